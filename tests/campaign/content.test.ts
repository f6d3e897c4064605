/**
 * The default campaign's own tests (not the engine's): its content is complete,
 * sourced, and every number callable. A campaign of a municipality may keep tests
 * like these beside its content.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contactSchema, formSchema } from '../../src/content/schemas.ts';
import { findPhoneNumbers } from '../../src/help/phone.ts';
import { builtPages, campaign, PROJECT as ROOT } from '../../src/testing/site.ts';

const content = `${ROOT}/content`;
const ls = (dir: string) => readdirSync(dir).sort();
const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]);
const slugs = (collection: string, locale: string) => ls(`${content}/${collection}/${locale}`).map((f) => f.replace(/\.mdx$/, ''));

describe('default campaign content', () => {
  it('has at least 11 forms of violence and 5 stories, complete in Dutch and English', () => {
    expect(slugs('forms', 'nl').length).toBeGreaterThanOrEqual(11);
    expect(slugs('stories', 'nl').length).toBeGreaterThanOrEqual(5);
    for (const c of ['forms', 'stories', 'pages']) expect(slugs(c, 'en'), c).toEqual(slugs(c, 'nl'));
  });

  it('has every page, form and story in ar, tr, pl and uk too, not as a fallback', () => {
    for (const locale of ['ar', 'tr', 'pl', 'uk']) {
      for (const c of ['forms', 'stories', 'pages']) expect(slugs(c, locale), `${locale} ${c}`).toEqual(slugs(c, 'nl'));
    }
  });

  it('keeps a glossary for translators per community language', () => {
    for (const locale of ['ar', 'tr', 'pl', 'uk']) expect(readFileSync(`${ROOT}/docs/glossary/${locale}.md`, 'utf8'), locale).toMatch(/melding/i);
  });

  it('gives every form victim and bystander signals in every locale it exists in, at least 5 in all', () => {
    for (const locale of campaign.locales.map((l) => l.code)) {
      for (const slug of slugs('forms', locale)) {
        const data = formSchema.parse(frontmatter(`${content}/forms/${locale}/${slug}.mdx`));
        const has = (a: string) => data.signals.some((s) => s.audiences.includes(a as 'victim'));
        expect(data.signals.length, `${locale}/${slug}`).toBeGreaterThanOrEqual(5);
        expect(has('victim') && has('bystander'), `${locale}/${slug}`).toBe(true);
      }
    }
  });

  it('gives every contact a source and a verifiedAt date; local example contacts are flagged', () => {
    for (const f of ls(`${content}/contacts`)) {
      const c = contactSchema.parse(parseYaml(readFileSync(`${content}/contacts/${f}`, 'utf8')));
      expect(c.source, f).toMatch(/^https:\/\//);
      expect(c.verifiedAt, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.scope !== 'national') {
        expect(c.example, `${f} is local example data`).toBe(true);
        expect(c.phone, `${f}: no invented phone numbers`).toBeUndefined();
      }
    }
  });

  it('lists the national contacts the campaign promises', () => {
    const ids = ls(`${content}/contacts`).map((f) => f.replace(/\.yaml$/, ''));
    for (const id of [
      '112',
      'veilig-thuis',
      'veilig-thuis-chat',
      'politie',
      'kindertelefoon',
      'centrum-seksueel-geweld',
      'slachtofferhulp',
      'meld-misdaad-anoniem',
      'buitenlandse-zaken',
      'fier-chat',
      '112nl-app',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('phone numbers on the built pages', () => {
  it('are all working tel: links', () => {
    const loose: string[] = [];
    let links = 0;
    for (const p of builtPages()) {
      for (const a of p.doc.querySelectorAll('a[href^="tel:"]')) {
        links++;
        expect(a.getAttribute('href'), p.file).toMatch(/^tel:\+?\d{3,15}$/);
      }
      // Text outside tel: links must not contain a phone number.
      const main = p.doc.querySelector('body')!.clone() as typeof p.doc;
      // Headings and names name a service ("Alarmnummer 112"); the number itself is a link beside it.
      main.querySelectorAll('a, script, [class~="sr-only"], h1, h2, h3, h4, [data-contact-name]').forEach((e) => e.remove());
      for (const { number } of findPhoneNumbers(main.textContent)) loose.push(`${p.file}: ${number}`);
    }
    expect(loose).toEqual([]);
    expect(links).toBeGreaterThan(builtPages().length);
  });

  it('lets screen readers read the numbers on call buttons digit by digit', () => {
    const help = builtPages().find((p) => p.path === 'hulp/')!;
    const call = help.doc.querySelector('[data-contact="veilig-thuis"] a[href="tel:+318002000"]')!;
    expect(call.querySelector('[aria-hidden="true"]')!.textContent).toBe('0800-2000');
    expect(call.querySelector('.sr-only')!.textContent).toBe('0 8 0 0, 2 0 0 0');
  });

  it('shows the accessibility statement at /toegankelijkheid in Dutch', () => {
    const page = builtPages().find((p) => p.path === 'toegankelijkheid/')!;
    expect(page.doc.querySelector('h1')!.textContent).toMatch(/toegankelijk/i);
    expect(page.doc.querySelector('main')!.textContent).toMatch(/WCAG 2\.2/);
  });
});

describe('npm run check on the default campaign', () => {
  it('passes with warnings only (its example contacts)', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output).toBe(0);
    expect(output).toMatch(/content\/contacts\/voorbeeldstad-wijkteam\.yaml:\d+ {2}example: this is example data/);
    expect(output).toMatch(/Translations \(compared with nl/);
    expect(output).toMatch(/No errors, \d+ warnings/);
  });
});
