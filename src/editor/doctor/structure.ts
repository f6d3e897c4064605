/**
 * Rule: where files are and what they point to, with the engine's own checks: the
 * route table (language folders, file names, duplicate pages) and the references
 * between entries (related forms, contacts, municipalities, descriptions per language).
 */
import { checkReferences, type RefEntry } from '../../content/references.ts';
import { buildRoutes, type EntryRef, type RouteTable } from '../../routing/routes.ts';
import { engineProblems, parseField } from './engine-errors.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

/** Checks the route table and returns it, built from the entries without problems. */
export function checkRoutes(project: Project, problems: Problems): RouteTable | undefined {
  const { campaign, ctx } = project;
  if (!campaign || !ctx) return undefined;
  let refs: EntryRef[] = project.entries.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.file,
    role: typeof e.data?.role === 'string' ? e.data.role : undefined,
  }));
  // The engine stops at the first round of problems; leave those files out and go on.
  for (let round = 0; round < 10; round++) {
    try {
      return buildRoutes(campaign, ctx, refs);
    } catch (e) {
      const found = engineProblems(e);
      const bad = new Set(found.map((p) => p.file));
      for (const p of found) {
        const entry = project.entries.find((x) => x.file === p.file);
        const line = p.field && entry?.yaml ? entry.yaml.lineOf(parseField(p.field)) : undefined;
        problems.error('structure', p.file, advise(p.message), { field: p.field, line });
      }
      const before = refs.length;
      refs = refs.filter((r) => !bad.has(r.file));
      if (refs.length === before) return undefined;
    }
  }
  return undefined;
}

function advise(message: string): string {
  if (/^locale folder/.test(message)) return `${message} — move the file into a language folder that is listed, or add the language to content/campaign.yaml`;
  if (/^expected content\//.test(message)) return `${message} — files go exactly one folder deep, in their language folder`;
  if (/is also set by/.test(message)) return `${message} — each language can have only one page with this role; change the role of one of them`;
  return message;
}

export function checkRefs(project: Project, problems: Problems): void {
  const { campaign } = project;
  if (!campaign) return;
  const entries: RefEntry[] = [
    ...project.entries.map((e) => ({ file: e.file, collection: e.collection, data: e.data ?? {} })),
    ...project.contacts.filter((c) => c.data).map((c) => ({ file: c.file, collection: 'contacts' as const, data: c.data! })),
  ];
  try {
    checkReferences(campaign, entries);
  } catch (e) {
    for (const p of engineProblems(e)) {
      // Already reported by the schema (like a file name written with capitals).
      if (problems.has(p.file, p.field)) continue;
      const yaml = project.entries.find((x) => x.file === p.file)?.yaml ?? project.contacts.find((x) => x.file === p.file)?.yaml;
      const path = p.field ? parseField(p.field) : [];
      // A missing description.<locale> has no line of its own: point at description.
      const line = yaml && p.field ? (yaml.lineOf(path) ?? yaml.lineOf(path.slice(0, -1))) : undefined;
      problems.error('reference', p.file, advise(p.message), { field: p.field, line });
    }
  }
}
