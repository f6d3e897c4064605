/**
 * Rule: where files are and what they point to, with the engine's own checks: the
 * route table (language folders, file names, duplicate pages) and the references
 * between entries (related forms, contacts, municipalities, descriptions per language).
 */
import { referenceProblems, type RefEntry } from '../../content/references.ts';
import { parseField } from '../../content/schema-issues.ts';
import { collectRoutes, type EntryRef, type RouteTable } from '../../routing/routes.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

/** Checks the route table and returns it, built from the entries without problems. */
export function checkRoutes(project: Project, problems: Problems): RouteTable | undefined {
  const { campaign, ctx } = project;
  if (!campaign || !ctx) return undefined;
  const refs: EntryRef[] = project.entries.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.file,
    role: typeof e.data?.role === 'string' ? e.data.role : undefined,
  }));
  const { table, problems: found } = collectRoutes(campaign, ctx, refs);
  for (const p of found) {
    const yaml = project.entries.find((x) => x.file === p.file)?.yaml;
    const line = p.field && yaml ? yaml.lineOf(parseField(p.field)) : undefined;
    problems.add({ severity: 'error', ...p, ...(line ? { line } : {}) });
  }
  return table;
}

export function checkRefs(project: Project, problems: Problems): void {
  const { campaign } = project;
  if (!campaign) return;
  const entries: RefEntry[] = [
    ...project.entries.map((e) => ({ file: e.file, collection: e.collection, data: e.data ?? {} })),
    ...project.contacts.filter((c) => c.data).map((c) => ({ file: c.file, collection: 'contacts' as const, data: c.data! })),
  ];
  for (const p of referenceProblems(campaign, entries)) {
    // Already reported by the schema (like a file name written with capitals).
    if (problems.has(p.file, p.field)) continue;
    const yaml = project.entries.find((x) => x.file === p.file)?.yaml ?? project.contacts.find((x) => x.file === p.file)?.yaml;
    const path = p.field ? parseField(p.field) : [];
    // A missing description.<locale> has no line of its own: point at description.
    const line = yaml && p.field ? (yaml.lineOf(path) ?? yaml.lineOf(path.slice(0, -1))) : undefined;
    problems.add({ severity: 'error', ...p, ...(line ? { line } : {}) });
  }
}
