/** Rule: every entry's frontmatter and every contact against the engine's schemas (src/content/read.ts, as the build checks them). */
import { checkFields } from '../../content/read.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

export function checkSchemas(project: Project, problems: Problems): void {
  for (const entry of [...project.entries, ...project.contacts]) {
    if (!entry.data || !entry.yaml) continue;
    const result = checkFields(entry);
    for (const p of result.problems) problems.add({ severity: 'error', ...p });
    entry.parsed = result.data as Record<string, unknown> | undefined;
  }
}
