/** Rule: placeholder text from `npm run new` (TODO) that was not replaced yet. */
import { PLACEHOLDER } from '../templates.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';
import type { LinedYaml } from '../yaml.ts';
import { formatPath } from '../../content/schema-issues.ts';

const MARK = new RegExp(`\\b${PLACEHOLDER}\\b`);

export function checkPlaceholders(project: Project, problems: Problems): void {
  const fields = (file: string, yaml: LinedYaml | undefined, data: unknown) => {
    if (!yaml) return;
    const visit = (v: unknown, path: PropertyKey[]) => {
      if (typeof v === 'string' && MARK.test(v)) {
        problems.warn('placeholder', file, `still has placeholder text ("${v.length > 60 ? `${v.slice(0, 57)}…` : v}") — replace it before publishing`, {
          line: yaml.lineOf(path),
          field: formatPath(path),
        });
      } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
    };
    visit(data, []);
  };
  for (const e of project.entries) {
    fields(e.file, e.yaml, e.data);
    const lines = e.text.split(/\r?\n/);
    const bodyStart = e.yaml ? lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) + 1 : 0;
    lines.forEach((text, i) => {
      if (i >= bodyStart && MARK.test(text))
        problems.warn('placeholder', e.file, `still has placeholder text ("${text.trim().slice(0, 60)}") — replace it before publishing`, { line: i + 1 });
    });
  }
  for (const c of project.contacts) fields(c.file, c.yaml, c.data);
}
