/** Rule: the editors' MDX components (src/content/components.ts, the rules the build runs), every problem with its line. */
import { existsSync } from 'node:fs';
import { componentProblems, importedNames } from '../../content/components.ts';
import { linkTargets } from './links.ts';
import { lineOf, walkTree } from '../../content/mdast.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

export function checkComponents(project: Project, problems: Problems): void {
  const targets = linkTargets(project);
  const def = project.campaign?.defaultLocale ?? '';
  for (const entry of project.entries) {
    if (!entry.tree) continue;
    const opts = {
      locale: entry.locale || def,
      targets,
      imported: importedNames(entry.text),
      base: project.campaign?.base ?? '/',
      inPublic: (path: string) => existsSync(`${project.root}/public/${path}`),
    };
    walkTree(entry.tree, (node) => {
      for (const p of componentProblems(node, opts)) problems.error(p.rule, entry.file, p.message, { line: lineOf(node), field: p.field });
    });
  }
}
