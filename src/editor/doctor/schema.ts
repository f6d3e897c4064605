/** Rule: every entry's frontmatter and every contact against the engine's schemas (strict: unknown fields too). */
import { contactSchema, formSchema, pageSchema, storySchema } from '../../content/schemas.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';
import { validate } from './schema-issues.ts';

export const SCHEMAS = { forms: formSchema, stories: storySchema, pages: pageSchema } as const;

export function checkSchemas(project: Project, problems: Problems): void {
  for (const entry of project.entries) {
    if (!entry.data || !entry.yaml) continue;
    const result = validate(SCHEMAS[entry.collection], entry.data);
    for (const issue of result.issues) problems.error('schema', entry.file, issue.message, { line: entry.yaml.lineOf(issue.path), field: issue.field });
    entry.parsed = result.data as Record<string, unknown> | undefined;
  }
  for (const contact of project.contacts) {
    if (!contact.data) continue;
    const result = validate(contactSchema, contact.data);
    for (const issue of result.issues) problems.error('schema', contact.file, issue.message, { line: contact.yaml.lineOf(issue.path), field: issue.field });
    contact.parsed = result.data as Record<string, unknown> | undefined;
  }
}
