/** `npm run new` on a copy of the small fixture campaign: what it makes, what it refuses. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/new.ts';
import { runDoctor } from '../../src/editor/doctor/index.ts';
import { sourceHash } from '../../src/editor/hash.ts';
import { ROOT } from '../support/paths.ts';

let dir: string;
const run = (...argv: string[]) => runNew(argv, dir, { today: '2026-11-21' });
const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'signaal-new-'));
  cpSync(`${ROOT}/tests/fixtures/minimal`, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('makes a form, story, page and contact that the doctor finds no errors in', () => {
    for (const [type, slug] of [
      ['form', 'digitaal-geweld'],
      ['story', 'nieuw-begin'],
      ['page', 'buurtavond'],
      ['contact', 'teststad-wijkteam'],
    ]) {
      const r = run(type, slug);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Created content\//);
      expect(r.stdout).toContain('Next:');
    }
    expect(existsSync(`${dir}/content/forms/nl/digitaal-geweld.mdx`)).toBe(true);
    expect(existsSync(`${dir}/content/stories/nl/nieuw-begin.mdx`)).toBe(true);
    expect(existsSync(`${dir}/content/pages/nl/buurtavond.mdx`)).toBe(true);
    expect(read('content/contacts/teststad-wijkteam.yaml')).toContain('verifiedAt: 2026-11-21');
    const report = runDoctor(dir, { today: '2026-11-21', git: false });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // …but it does point at every placeholder.
    expect(report.problems.filter((p) => p.rule === 'placeholder').length).toBeGreaterThan(8);
  });

  it('uses --locale, and tells where to see the page', () => {
    const r = run('page', 'contact-info', '--locale', 'en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('content/pages/en/contact-info.mdx');
    expect(r.stdout).toContain('http://localhost:4321/hg/en/contact-info/');
  });

  it('starts a translation with --from: a marked copy with the source version', () => {
    const r = run('story', 'hoop', '--locale', 'en', '--from', 'nl');
    expect(r.code, r.stderr).toBe(0);
    const text = read('content/stories/en/hoop.mdx');
    expect(text).toContain('needsTranslation: true');
    expect(text).toContain(`sourceHash: "${sourceHash('nl', read('content/stories/nl/hoop.mdx'))}"`);
    expect(text).toContain('Anna belde Veilig Thuis.');
    const report = runDoctor(dir, { today: '2026-11-21', git: false });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.translations!.locales.find((l) => l.locale === 'en')!.needsTranslation).toEqual(['stories/hoop']);
  });

  it('refuses to overwrite', () => {
    const before = read('content/forms/en/stalking.mdx');
    const r = run('form', 'stalking', '--locale', 'en', '--from', 'nl');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/forms/en/stalking.mdx already exists');
    expect(read('content/forms/en/stalking.mdx')).toBe(before);
    expect(run('contact', 'veilig-thuis').stderr).toContain('already exists');
  });

  it('explains wrong input', () => {
    const cases: [string[], RegExp][] = [
      [[], /say what to make/],
      [['widget', 'x'], /"widget" is not a type of content/],
      [['page', 'Mijn Pagina'], /like "mijn-pagina"/],
      [['page', 'mijn', 'pagina'], /use hyphens, like mijn-pagina/],
      [['page', 'x', '--locale', 'fr'], /"fr" is not one of the languages.*nl, en, ar/],
      [['page', 'x', '--locale'], /--locale needs a language code/],
      [['page', 'x', '--from', 'nl'], /same language/],
      [['form', 'stalkin', '--locale', 'ar', '--from', 'nl'], /does not exist.*did you mean stalking/],
      [['contact', 'x', '--from', 'nl'], /one file for every language/],
      [['page', 'en'], /already used for a section or a language/],
      [['page', 'vormen'], /already used/],
      [['page', 'x', '--force'], /unknown option "--force"/],
    ];
    for (const [argv, message] of cases) {
      const r = run(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
  });

  it('stops with the campaign file problem when campaign.yaml is broken', () => {
    writeFileSync(`${dir}/content/campaign.yaml`, 'site: [\n');
    const r = run('page', 'x');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/campaign\.yaml/);
    expect(r.stderr).toContain('npm run check');
  });
});
