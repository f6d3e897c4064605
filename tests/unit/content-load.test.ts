/** The build's content reader: every file read, dates kept as text, errors with file, field and line. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { walk } from '../../src/content/files.ts';
import { loadContent } from '../../src/content/load.ts';
import { splitFrontmatter } from '../../src/editor/frontmatter.ts';
import { ROOT } from '../support/paths.ts';

/** A campaign of the engine's own (tests/fixtures/campaigns/reference), not the default one. */
const CAMPAIGN = `${ROOT}/tests/fixtures/campaigns/reference`;

const filesOf = (dir: string): string[] => walk(dir).map((f) => join(dir, f));

let tmp: string | undefined;
afterEach(() => tmp && rmSync(tmp, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  tmp = mkdtempSync(join(tmpdir(), 'signaal-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(tmp, name, '..'), { recursive: true });
    writeFileSync(join(tmp, name), text);
  }
  return tmp;
}

describe('loadContent', () => {
  it('reads every entry of a campaign', () => {
    const content = loadContent(CAMPAIGN);
    for (const c of ['forms', 'stories', 'pages', 'contacts'] as const) {
      expect(content[c].length, c).toBe(filesOf(`${CAMPAIGN}/content/${c}`).length);
    }
    const stalking = content.forms.find((f) => f.id === 'nl/stalking')!;
    expect(stalking.filePath).toBe('content/forms/nl/stalking.mdx');
    expect(stalking.data.signals.length).toBeGreaterThan(3);
  });

  it('reads YAML exactly as the `yaml` package (YAML 1.2) that `npm run check` uses', () => {
    const files = ['forms', 'stories', 'pages', 'contacts'].flatMap((c) => filesOf(`${CAMPAIGN}/content/${c}`));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = file.endsWith('.mdx') ? splitFrontmatter(text).yaml! : text;
      expect(load(yaml, { schema: CORE_SCHEMA }), file).toEqual(parse(yaml));
    }
  });

  it('keeps a date as text, so an impossible date fails instead of rolling over', () => {
    const contact = readFileSync(`${CAMPAIGN}/content/contacts/veilig-thuis.yaml`, 'utf8').replace(/verifiedAt: .*/, 'verifiedAt: 2026-02-30');
    const root = project({ 'content/contacts/veilig-thuis.yaml': contact });
    expect(() => loadContent(root)).toThrow(
      /content\/contacts\/veilig-thuis\.yaml[\s\S]*verifiedAt: expected a real calendar date \(YYYY-MM-DD\) \(line \d+\)/,
    );
  });

  it('names every file with a problem at once, with field and line', () => {
    const root = project({
      'content/forms/nl/a.mdx': '---\ntitle: A\nsummary: ""\nsignals:\n  - text: x\n    audiences: [victim]\n---\n\nx\n',
      'content/pages/nl/b.mdx': '---\ntitle: [B\n---\n',
      'content/pages/nl/c.mdx': 'no frontmatter\n',
    });
    const error = (() => {
      try {
        loadContent(root);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toContain('3 problems');
    expect(error).toMatch(/content\/forms\/nl\/a\.mdx is not valid:\n {2}- summary: must not be empty \(line 3\)/);
    expect(error).toMatch(/content\/pages\/nl\/b\.mdx:2 is not valid:\n {2}- invalid YAML/);
    expect(error).toContain('content/pages/nl/c.mdx:1 is not valid:\n  - the file must start with frontmatter');
  });
});
