/**
 * The content doctor's rules, each on a copy of the small fixture campaign with one
 * kind of problem, plus the pure helpers it is built from.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { combine, ContentError, problemsOf } from '../../src/config/campaign.ts';
import { formSchema } from '../../src/content/schemas.ts';
import { GATE_HINT } from '../../src/content/gate.ts';
import { formatJson, formatReport } from '../../src/editor/doctor/format.ts';
import { imageSize } from '../../src/editor/doctor/image-info.ts';
import { runDoctor, type DoctorOptions, type Report } from '../../src/editor/doctor/index.ts';
import { groupByFile } from '../../src/editor/doctor/problems.ts';
import { measure, sentencesOf, THRESHOLDS } from '../../src/editor/doctor/readability.ts';
import { fieldsAt, parseField, validate } from '../../src/content/schema-issues.ts';
import { splitFrontmatter } from '../../src/editor/frontmatter.ts';
import { sourceHash } from '../../src/editor/hash.ts';
import { parseYaml } from '../../src/editor/yaml.ts';
import { ROOT } from '../support/paths.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of tests/fixtures/minimal with some files changed. */
function campaign(files: Record<string, string | Buffer | ((old: string) => string)> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-doctor-'));
  dirs.push(dir);
  cpSync(`${ROOT}/tests/fixtures/minimal`, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(`${dir}/${file}`), { recursive: true });
    writeFileSync(`${dir}/${file}`, typeof content === 'function' ? content(readFileSync(`${dir}/${file}`, 'utf8')) : content);
  }
  return dir;
}

const check = (dir: string, options: DoctorOptions = {}) => runDoctor(dir, { today: '2026-11-21', git: false, ...options });
const only = (r: Report, rule: string) => r.problems.filter((p) => p.rule === rule);
const FORM = 'content/forms/nl/stalking.mdx';
const CONTACT = 'content/contacts/veilig-thuis.yaml';

describe('the fixture campaign', () => {
  it('has no problems at all', () => {
    const r = check(campaign());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.files).toBe(8);
  });
});

describe('schema errors', () => {
  it('name the file, the line and the field, with what to do', () => {
    const r = check(
      campaign({
        [FORM]: (t) =>
          t
            .replace('order: 10\n', 'order: tien\nauthor: Jan\n')
            .replace('audiences: [bystander]', 'audiences: [bystander, neighbour]')
            .replace('title: Stalking\n', ''),
      }),
    );
    expect(r.ok).toBe(false);
    const byField = Object.fromEntries(only(r, 'schema').map((p) => [p.field, p]));
    expect(byField.order).toMatchObject({ file: FORM, line: 3, message: 'expected a number, but found the text "tien"' });
    expect(byField.author).toMatchObject({ line: 4 });
    expect(byField.author.message).toMatch(/unknown field.*Fields allowed here: title, summary/);
    expect(byField['signals[1].audiences[1]']).toMatchObject({
      line: 10,
      message: '"neighbour" is not allowed — use victim, bystander, child or professional',
    });
    expect(byField.title.message).toMatch(/required field is missing — add "title: …" with text/);
  });

  it('suggest the field an unknown one is a typo of', () => {
    const r = check(campaign({ [FORM]: (t) => t.replace('summary:', 'sumary:') }));
    expect(r.problems.find((p) => p.field === 'sumary')!.message).toContain('did you mean "summary"?');
  });

  it('cover contacts and the campaign file, with lines', () => {
    const r = check(
      campaign({
        [CONTACT]: (t) => t.replace('kind: helpline', 'kind: hotline').replace('phone: 0800-2000', 'phone: bel ons'),
        'content/campaign.yaml': (t) => t.replace('#1d4f91', '#8fb3e0'),
      }),
    );
    const kind = r.problems.find((p) => p.field === 'kind')!;
    expect(kind).toMatchObject({ file: CONTACT, line: 2 });
    expect(kind.message).toMatch(/"hotline" is not allowed — use emergency, helpline/);
    expect(r.problems.find((p) => p.field === 'phone')!.message).toMatch(/expected a phone number.*but found the text "bel ons"/);
    expect(r.problems.find((p) => p.file === 'content/campaign.yaml')).toMatchObject({ field: 'theme.primary', line: 15 });
  });

  it('report invalid YAML and MDX with their line, and go on with the other files', () => {
    const r = check(
      campaign({
        [FORM]: (t) => t.replace('order: 10', 'order: [10'),
        'content/pages/nl/over.mdx': (t) => `${t}\nEen {kapotte expressie\n`,
        [CONTACT]: (t) => t.replace('free: true', 'free: true\nfree: false'),
      }),
    );
    const yaml = only(r, 'yaml');
    expect(yaml.map((p) => p.file).sort()).toEqual([CONTACT, FORM]);
    // YAML notices an unclosed [ where the next line starts.
    expect(yaml.find((p) => p.file === FORM)!.line).toBeGreaterThanOrEqual(4);
    expect(yaml.find((p) => p.file === CONTACT)).toMatchObject({ line: 6 });
    expect(yaml.find((p) => p.file === CONTACT)!.message).toMatch(/Map keys must be unique/);
    expect(only(r, 'mdx')).toMatchObject([{ file: 'content/pages/nl/over.mdx', line: 9 }]);
  });

  it('a file without frontmatter', () => {
    const r = check(campaign({ 'content/pages/nl/leeg.mdx': 'Alleen tekst.\n' }));
    expect(r.problems).toMatchObject([{ rule: 'yaml', file: 'content/pages/nl/leeg.mdx', line: 1 }]);
  });

  it('a campaign file that cannot be read stops the checks that need it, and says so', () => {
    const r = check(campaign({ 'content/campaign.yaml': (t) => t.replace('defaultLocale: nl', 'defaultLocale: [nl') }));
    expect(only(r, 'yaml')[0]).toMatchObject({ file: 'content/campaign.yaml' });
    expect(r.skipped.join()).toMatch(/campaign\.yaml has to be valid first/);
  });
});

describe('structure and references (the engine’s own checks)', () => {
  it('report every problem, not only the first', () => {
    const r = check(
      campaign({
        'content/forms/fr/stalking.mdx': readFileSync(`${ROOT}/tests/fixtures/minimal/${FORM}`, 'utf8'),
        'content/pages/nl/tweede.mdx': '---\ntitle: x\nsummary: y\nrole: home\n---\n\nx\n',
        'content/stories/nl/hoop.mdx': (t) =>
          t.replace('relatedForms: [stalking]', 'relatedForms: [stalking, bestaat-niet]').replace('contacts: [veilig-thuis]', 'contacts: [onbekend]'),
        [CONTACT]: (t) => t.replace('scope: national', 'scope: [nergenshuizen]'),
        'content/stray.txt': 'x',
      }),
    );
    expect(r.problems.find((p) => p.file === 'content/forms/fr/stalking.mdx')!.message).toMatch(/locale folder "fr"/);
    expect(r.problems.find((p) => p.file === 'content/pages/nl/tweede.mdx')).toMatchObject({ field: 'role', line: 4 });
    expect(r.problems.find((p) => p.field === 'relatedForms[1]')).toMatchObject({ file: 'content/stories/nl/hoop.mdx', line: 6, rule: 'reference' });
    expect(r.problems.find((p) => p.field === 'contacts[0]')!.message).toMatch(/contact "onbekend" does not exist/);
    expect(r.problems.find((p) => p.field === 'scope[0]')).toMatchObject({ file: CONTACT, line: 7 });
    expect(r.problems.find((p) => p.file === 'content/stray.txt')!.severity).toBe('warning');
  });

  it('a missing description in the default language', () => {
    const r = check(campaign({ [CONTACT]: (t) => t.replace('  nl: Advies en melden.', '  en: Advice.') }));
    // No line of its own: it points at description.
    expect(r.problems.find((p) => p.field === 'description.nl')).toMatchObject({ line: 10, rule: 'reference' });
  });
});

describe('links in the text', () => {
  it('go through the engine’s resolver, with the body line of each bad link', () => {
    const r = check(
      campaign({
        [FORM]: (t) =>
          `${t}\n[a](page:bestaat-niet) en [b](frm:stalking)\n\n[c](/vormen/) en [d](over) en [e](contact:nope)\n\n[f](help:nergens) [g](form:stalking) [h](https://example.org) [112](contact:bestaat-niet)\n`,
      }),
    );
    const links = only(r, 'link');
    expect(links.map((p) => p.line)).toEqual([15, 15, 17, 17, 17, 19]);
    expect(links[0].message).toMatch(/page "bestaat-niet" that does not exist/);
    expect(links[1].message).toMatch(/"frm:" is not a kind of link.*did you mean form:/);
    expect(links[2].message).toMatch(/starts with \//);
    expect(links[3].message).toMatch(/\(page:over\)/);
    expect(links[4].message).toMatch(/contact "nope"/);
    expect(links[5].message).toMatch(/municipality "nergens"/);
  });

  it('a link to a page that is the introduction of another page', () => {
    const r = check(campaign({ [FORM]: (t) => `${t}\n[home](page:index)\n` }));
    expect(only(r, 'link')[0].message).toMatch(/introduction of the home page.*\(home:\)/);
  });
});

describe('components', () => {
  it('unknown names, missing required attributes and unknown references', () => {
    const r = check(
      campaign({
        [FORM]: (t) =>
          `${t}\n<HelpCard id="nope" />\n\n<Figuur src="/a.png" />\n\n<Callout type="tip">Let op.</Callout>\n\n<Video src="/v.mp4" poster="/p.jpg" />\n\n<SignalList form="stalking" audience="neighbour" />\n\n<HelpCard id="veilig-thuis" />\n`,
        'public/v.mp4': 'x',
        'public/p.jpg': 'x',
      }),
    );
    const c = only(r, 'component');
    expect(c.map((p) => [p.line, p.field])).toEqual([
      [15, 'HelpCard.id'],
      [17, 'Figuur'],
      [19, 'Callout.type'],
      [21, 'Video.captions'],
      [23, 'SignalList.audience'],
    ]);
    expect(c[1].message).toMatch(/did you mean <Figure>/);
  });
});

describe('images', () => {
  const png = (width: number, height: number, bytes = 64) => {
    const b = Buffer.alloc(bytes);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
    b.write('IHDR', 12, 'latin1');
    b.writeUInt32BE(width, 16);
    b.writeUInt32BE(height, 20);
    return b;
  };

  it('need alt text and a file of this site', () => {
    const r = check(
      campaign({
        [FORM]: (t) => `${t}\n![](/foto.png)\n\n![Een foto](/bestaat-niet.png)\n\n![Logo](https://cdn.example/logo.png)\n\n<Figure src="/foto.png" />\n`,
        'public/foto.png': png(100, 100),
      }),
    );
    const img = r.problems.filter((p) => p.rule === 'image' || p.rule === 'other-origin' || p.field === 'Figure.alt').sort((a, b) => a.line! - b.line!);
    expect(img.map((p) => p.line)).toEqual([15, 17, 19, 21]);
    expect(img[0].message).toMatch(/no alt text/);
    expect(img[1].message).toMatch(/does not exist \(looked for public\/bestaat-niet\.png\)/);
    expect(img[2].message).toMatch(/another website/);
    expect(img[3].message).toMatch(/needs alt/);
  });

  it('warn about heavy or very wide files in public/', () => {
    const r = check(campaign({ 'public/groot.png': png(3000, 2000, 400 * 1024), 'public/klein.png': png(800, 600) }));
    const img = only(r, 'image');
    expect(img.map((p) => p.file)).toEqual(['public/groot.png', 'public/groot.png']);
    expect(img.every((p) => p.severity === 'warning')).toBe(true);
    expect(img[0].message).toMatch(/400 KB/);
    expect(img[1].message).toMatch(/3000 pixels wide/);
  });

  it('reads the size of PNG, GIF, JPEG and WebP files', () => {
    expect(imageSize(png(1200, 800))).toEqual({ width: 1200, height: 800 });
    const gif = Buffer.from('GIF89a\x40\x01\xf0\x00', 'latin1');
    expect(imageSize(gif)).toEqual({ width: 320, height: 240 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 640, height: 480 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(2399, 24, 3);
    webp.writeUIntLE(1599, 27, 3);
    expect(imageSize(webp)).toEqual({ width: 2400, height: 1600 });
    expect(imageSize(Buffer.from('<svg/>'))).toBeUndefined();
  });
});

describe('contacts', () => {
  it('warn when not checked for more than 180 days, measured from an injected today', () => {
    const dir = campaign();
    expect(only(check(dir, { today: '2027-04-30' }), 'contact')).toEqual([]);
    const late = only(check(dir, { today: '2027-05-01' }), 'contact');
    expect(late).toMatchObject([{ severity: 'warning', field: 'verifiedAt', line: 13 }]);
    expect(late[0].message).toMatch(/181 days ago/);
    expect(only(check(dir, { today: '2026-10-01' }), 'contact')[0].message).toMatch(/in the future/);
  });

  it('warn about example contacts, as warnings only', () => {
    const r = check(campaign({ [CONTACT]: (t) => `${t}example: true\n` }));
    expect(r.ok).toBe(true);
    expect(only(r, 'contact')).toMatchObject([{ severity: 'warning', field: 'example', line: 14 }]);
  });
});

describe('translation status', () => {
  const en = 'content/forms/en/stalking.mdx';

  it('counts translated and falling-back pages per language, from the route table', () => {
    const t = check(campaign()).translations!;
    expect(t.defaultLocale).toBe('nl');
    expect(t.pages).toBe(4);
    expect(t.locales.map((l) => [l.locale, l.translated.length, l.fallingBack.length])).toEqual([
      ['en', 1, 3],
      ['ar', 1, 3],
    ]);
    expect(t.locales[0].fallingBack).toEqual(expect.arrayContaining(['pages/index', 'stories/hoop', 'pages/over']));
  });

  it('needs translation: made with --from and not translated yet', () => {
    const r = check(campaign({ [en]: (t) => t.replace('---\n\n', 'needsTranslation: true\n---\n\n') }));
    expect(r.translations!.locales[0].needsTranslation).toEqual(['forms/stalking']);
    expect(only(r, 'translation')).toMatchObject([{ file: en, field: 'needsTranslation', line: 9, severity: 'warning' }]);
  });

  it('outdated by sourceHash: the source changed after the translation was made', () => {
    const source = readFileSync(`${ROOT}/tests/fixtures/minimal/${FORM}`, 'utf8');
    const marked = (hash: string) => (t: string) => t.replace('---\n\n', `sourceHash: "${hash}"\n---\n\n`);
    const current = check(campaign({ [en]: marked(sourceHash('nl', source)) }));
    expect(current.translations!.locales[0].outdated).toEqual([]);
    const changed = check(campaign({ [en]: marked(sourceHash('nl', source)), [FORM]: `${source}\nNieuwe alinea.\n` }));
    expect(changed.translations!.locales[0].outdated).toEqual(['forms/stalking']);
    const warning = only(changed, 'translation')[0];
    expect(warning).toMatchObject({ file: en, field: 'sourceHash', line: 9 });
    expect(warning.message).toContain(`sourceHash: "${sourceHash('nl', `${source}\nNieuwe alinea.\n`)}"`);
  });

  it('outdated by commit dates when there is no sourceHash', () => {
    const dir = campaign();
    const dates = (nl: number, english: number) =>
      new Map([
        [FORM, nl],
        [en, english],
      ]);
    expect(check(dir, { git: dates(100, 200) }).translations!.locales[0].outdated).toEqual([]);
    const r = check(dir, { git: dates(300, 200) });
    expect(r.translations!.locales[0].outdated).toEqual(['forms/stalking']);
    expect(only(r, 'translation')[0].message).toMatch(/outdated: content\/forms\/nl\/stalking\.mdx was changed/);
  });

  it('says when it could not use git', () => {
    expect(check(campaign(), { git: true }).skipped.join()).toMatch(/not a git checkout/);
  });

  it('checks the interface strings files', () => {
    const r = check(campaign({ 'content/i18n/en.yaml': 'nav.home: Start\nbestaat.niet: x\n' }));
    expect(r.problems).toMatchObject([{ file: 'content/i18n/en.yaml', field: 'bestaat.niet', line: 2 }]);
  });

  it('marks interface strings no native speaker has read yet, and says how to clear the mark', () => {
    const r = check(
      campaign({
        'content/campaign.yaml': (t) =>
          t.replace('  - { code: ar, name: العربية, dir: rtl }', '  - { code: ar, name: العربية, dir: rtl }\n  - { code: de, name: Deutsch }'),
      }),
    );
    expect(r.translations!.locales.map((l) => [l.locale, l.missingStrings, l.unreviewedStrings])).toEqual([
      ['en', 0, false],
      ['ar', 0, true],
      ['de', 0, true],
    ]);
    const table = formatReport(r);
    expect(table).toMatch(/^ {2}de .*complete, unreviewed$/m);
    expect(table).toMatch(/^ {2}en .*complete$/m);
    expect(table).toContain('set `reviewed = true` in src/i18n/strings/<language>.ts');
  });
});

describe('readability (a B1 proxy)', () => {
  const long = Array.from(
    { length: 6 },
    () => 'Dit is een hele lange zin met heel erg veel woorden die maar doorgaat en doorgaat zonder dat er een einde aan lijkt te komen.',
  ).join(' ');

  it('warns about long sentences, pointing at the longest', () => {
    const r = check(campaign({ 'content/pages/nl/over.mdx': (t) => `${t}\n${long}\n` }));
    const w = only(r, 'readability');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', line: 9 });
    // (6 × 25 words + the page's own 3) / 7 sentences
    expect(w[0].message).toMatch(/21\.9 words long on average; .* aim for 15 or fewer .* the longest one \(25 words\)/);
  });

  it('warns about many long words', () => {
    const words = 'Gemeentelijke veiligheidscoördinatie vereist interdisciplinaire samenwerkingsverbanden. '.repeat(12);
    const r = check(campaign({ 'content/pages/nl/over.mdx': (t) => `${t}\n${words}\n` }));
    expect(only(r, 'readability')[0].message).toMatch(/% of the words are long/);
  });

  it('skips short pages, and long words in Arabic', () => {
    expect(only(check(campaign()), 'readability')).toEqual([]);
    const ar =
      'هذه جملة طويلة جدا تحتوي على كلمات كثيرة ولا تنتهي أبدا لأنها مستمرة في الكلام عن موضوع مهم للغاية بدون توقف وتستمر أكثر وأكثر مع كلمات إضافية. '.repeat(
        4,
      );
    const r = check(campaign({ 'content/pages/ar/index.mdx': (t) => `${t}\n${ar}\n` }));
    expect(only(r, 'readability')[0].message).toMatch(/aim for 20 or fewer/);
  });

  it('measures sentences of running text only', () => {
    const tree = mdxToMdast('# A heading that is long\n\nOne two three. Four five!\n\n- six seven\n\n```\ncode code code.\n```\n');
    expect(sentencesOf(tree).map((s) => s.text)).toEqual(['One two three.', 'Four five!', 'six seven']);
    const r = measure(tree, THRESHOLDS.nl!);
    expect(r.words).toBe(7);
    expect(r.sentences).toBe(3);
  });
});

describe('placeholders', () => {
  it('warn where TODO text from npm run new is still there', () => {
    const r = check(campaign({ [FORM]: (t) => t.replace('title: Stalking', 'title: "TODO: title"').concat('\nTODO: write more\n') }));
    expect(only(r, 'placeholder')).toMatchObject([
      { field: 'title', line: 2, severity: 'warning' },
      { line: 15, severity: 'warning' },
    ]);
  });
});

describe('the report', () => {
  it('gives each problem as a value with its hint when it has one, also in JSON', () => {
    const r = check(campaign({ [FORM]: (t) => `${t}\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n` }));
    const gate = r.problems.find((p) => p.rule === 'other-origin')!;
    expect(gate).toMatchObject({ severity: 'error', file: FORM, hint: GATE_HINT });
    expect(gate.line).toBeGreaterThan(1);
    expect(JSON.parse(formatJson(r)).problems).toContainEqual(expect.objectContaining({ rule: 'other-origin', hint: GATE_HINT }));
  });

  it('groups problems per file, top to bottom, and prints file:line and field', () => {
    const r = check(campaign({ [FORM]: (t) => t.replace('order: 10', 'order: tien').concat('\n[x](page:nope)\n') }));
    const groups = groupByFile(r.problems);
    expect(groups.map((g) => g.file)).toEqual([FORM]);
    expect(groups[0].problems.map((p) => p.line)).toEqual([4, 15]);
    const text = formatReport(r);
    expect(text).toContain(`error    ${FORM}:4  order: expected a number`);
    expect(text).toContain(`${FORM}:15  link "page:nope"`);
    expect(text).toMatch(/Translations \(compared with nl/);
    expect(text).toMatch(/2 errors and 0 warnings/);
    expect(JSON.parse(formatJson(r))).toMatchObject({ ok: false, errors: 2, problems: [{ file: FORM, line: 4, field: 'order' }, {}] });
  });
});

describe('helpers', () => {
  it('YAML lines: fields, list items and the nearest parent of a missing field', () => {
    const y = parseYaml('title: x\nsignals:\n  - text: a\n    audiences: [victim, neighbour]\n  - text: b\n', 2);
    expect(y.lineOf(['title'])).toBe(2);
    expect(y.lineOf(['signals', 0, 'audiences', 1])).toBe(5);
    expect(y.lineOf(['signals', 1])).toBe(6);
    expect(y.lineOf(['signals', 1, 'audiences'])).toBe(6);
    expect(y.lineOf(['summary'])).toBeUndefined();
    expect(parseYaml('a: [1\n', 2).errors[0].line).toBeGreaterThanOrEqual(2);
  });

  it('frontmatter split keeps the file lines', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\nBody')).toEqual({ yaml: 'a: 1', yamlLine: 2, body: '\nBody', bodyLine: 4 });
    expect(splitFrontmatter('Body').yaml).toBeUndefined();
  });

  it('engine errors carry their problems as values, single and combined; the text is written from them', () => {
    const a = new ContentError(
      'content/stories/nl/a.mdx',
      [{ path: 'relatedForms[1]', message: 'form of violence "x" does not exist (expected: a file)' }],
      undefined,
      'reference',
    );
    const b = new ContentError('content/campaign.yaml', [{ path: '', message: 'invalid YAML: bad: thing', line: 4, column: 7 }], undefined, 'yaml');
    expect(problemsOf(a)).toEqual([
      { rule: 'reference', file: 'content/stories/nl/a.mdx', field: 'relatedForms[1]', message: 'form of violence "x" does not exist (expected: a file)' },
    ]);
    const both = combine([a, b]);
    expect(problemsOf(both)).toEqual([...a.problems, { rule: 'yaml', file: 'content/campaign.yaml', line: 4, column: 7, message: 'invalid YAML: bad: thing' }]);
    expect(both.message).toContain('content/campaign.yaml:4:7 is not valid:\n  - invalid YAML: bad: thing');
    expect(both.message).toContain('content/stories/nl/a.mdx is not valid:\n  - relatedForms[1]: form of violence');
    // Anything that is not a content problem is a bug, and is not turned into one.
    expect(() => problemsOf(new Error('content/i18n/fr.yaml: "fr" is not one of the locales'))).toThrow('"fr" is not one');
    expect(parseField('signals[2].audiences[0]')).toEqual(['signals', 2, 'audiences', 0]);
  });

  it('schema messages and allowed fields come from the engine’s schemas', () => {
    expect(fieldsAt(formSchema, ['signals', 0])).toEqual(['text', 'audiences']);
    expect(fieldsAt(formSchema, [])).toContain('sourceHash');
    const { issues } = validate(formSchema, { title: 'x', summary: 'y', signals: [], order: 1.5 });
    expect(issues.map((i) => i.field)).toEqual(['order', 'signals']);
  });
});
