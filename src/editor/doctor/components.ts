/**
 * Rule: MDX components in the text (<HelpCard id="veilig-thuis" />, <Figure … />):
 * known names, required attributes, and attributes that name a contact, form or
 * municipality. The table below describes the components editors may use; keep it
 * in step with the components themselves (documented in EDITING.md, "Components").
 */
import { AUDIENCES } from '../../content/schemas.ts';
import { linkTargets } from './links.ts';
import { attribute, isJsx, lineOf, walkTree } from './mdast.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';
import { closest, orList } from './schema-issues.ts';

type Target = 'contact' | 'form' | 'municipality';

export interface ComponentRules {
  /** Attributes that must be there and not be empty. */
  required?: string[];
  /** Attributes whose value names an entry that must exist. */
  refs?: Record<string, Target>;
  /** Attributes with a fixed set of values. */
  values?: Record<string, readonly string[]>;
}

export const COMPONENTS: Record<string, ComponentRules> = {
  Callout: { values: { type: ['info', 'warning', 'danger'] } },
  HelpCard: { required: ['id'], refs: { id: 'contact' } },
  ContactList: { refs: { form: 'form', municipality: 'municipality' } },
  SignalList: { refs: { form: 'form' }, values: { audience: AUDIENCES } },
  StoryQuote: {},
  Steps: {},
  Video: { required: ['src', 'captions', 'poster'] },
  Figure: { required: ['src', 'alt'] },
};

const WHAT: Record<string, string> = {
  alt: 'a short description of what the image shows, for people who cannot see it',
  captions: 'the captions file (.vtt) in public/, so people who cannot hear the video can follow it',
  poster: 'an image in public/ that is shown before the video plays',
  src: 'the file in public/',
  id: 'the file name of a contact in content/contacts/',
};

export function checkComponents(project: Project, problems: Problems): void {
  const targets = linkTargets(project);
  const def = project.campaign?.defaultLocale ?? '';
  for (const entry of project.entries) {
    if (!entry.tree) continue;
    // Components imported in the file itself are the file's own business.
    const imported = new Set([...entry.text.matchAll(/^import\s+(?:\{([^}]*)\}|(\w+))/gm)].flatMap((m) => (m[1] ?? m[2]).split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!)));
    walkTree(entry.tree, (node) => {
      if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name) || imported.has(node.name)) return;
      const line = lineOf(node);
      const rules = COMPONENTS[node.name];
      if (!rules) {
        const close = closest(node.name, Object.keys(COMPONENTS));
        const known = orList(Object.keys(COMPONENTS).map((c) => `<${c}>`));
        problems.error('component', entry.file, `<${node.name}> is not a component Signaal knows — ${close ? `did you mean <${close}>? The components are` : 'use'} ${known} (see EDITING.md, "Components")`, { line, field: node.name });
        return;
      }
      for (const name of rules.required ?? []) {
        const v = attribute(node, name);
        if (v === undefined || v === true || (typeof v === 'string' && !v.trim())) {
          problems.error('component', entry.file, `<${node.name}> needs ${name}="…": ${WHAT[name] ?? 'it is required'}`, { line, field: `${node.name}.${name}` });
        }
      }
      for (const [name, target] of Object.entries(rules.refs ?? {})) {
        const v = attribute(node, name);
        if (typeof v !== 'string' || !v) continue;
        if (!targets.exists(target, v, entry.locale || def)) {
          const where = target === 'contact' ? 'content/contacts/' : target === 'form' ? 'content/forms/<language>/' : 'organisation.municipalities in content/campaign.yaml';
          problems.error('component', entry.file, `<${node.name} ${name}="${v}">: there is no ${target} "${v}" — use a file name from ${where}`, { line, field: `${node.name}.${name}` });
        }
      }
      for (const [name, allowed] of Object.entries(rules.values ?? {})) {
        const v = attribute(node, name);
        if (typeof v === 'string' && !allowed.includes(v)) {
          problems.error('component', entry.file, `<${node.name} ${name}="${v}">: "${v}" is not allowed — use ${orList([...allowed])}`, { line, field: `${node.name}.${name}` });
        }
      }
    });
  }
}
