/** The built default campaign, read from dist/: what readers and search engines get. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, campaign, localeOfPath } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { t } from '../support/strings.ts';

const pages = builtPages();
const base = campaign.base;
const site = new URL(base, campaign.site).href;
const isNotFound = (p: { file: string }) => /(^|\/)404\.html$/.test(p.file);
const byPath = new Map(pages.map((p) => [p.path, p]));

describe('built pages', () => {
  it('cover every locale and page type', () => {
    for (const l of campaign.locales) {
      const prefix = l.code === campaign.defaultLocale ? '' : `${l.code}/`;
      expect(byPath.has(prefix), `home of ${l.code}`).toBe(true);
      expect(existsSync(`${DIST}/${prefix}404.html`), `404 of ${l.code}`).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(100);
  });

  it('have the lang and dir of their locale on <html>', () => {
    for (const p of pages) {
      const code = isNotFound(p) ? localeOfPath(p.file) : localeOfPath(p.path);
      const locale = campaign.locales.find((l) => l.code === code)!;
      const html = p.doc.querySelector('html')!;
      expect(html.getAttribute('lang'), p.file).toBe(locale.code);
      expect(html.getAttribute('dir'), p.file).toBe(locale.dir);
    }
    expect(byPath.get('ar/')!.doc.querySelector('html')!.getAttribute('dir')).toBe('rtl');
  });

  it('have one main landmark, a canonical URL and the no-referrer policy', () => {
    for (const p of pages) {
      expect(p.doc.querySelectorAll('main').length, p.file).toBe(1);
      expect(p.doc.querySelector('meta[name="referrer"]')?.getAttribute('content'), p.file).toBe('no-referrer');
      if (isNotFound(p)) continue;
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, p.file).toBeDefined();
      expect(canonical!.startsWith(site), p.file).toBe(true);
    }
  });

  it('list hreflang alternates (with x-default) only between real translations', () => {
    for (const p of pages.filter((x) => !isNotFound(x))) {
      const links = p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]);
      const fallback = p.doc.querySelector('main')!.hasAttribute('lang');
      if (fallback) {
        expect(links, `${p.file} is a fallback copy`).toEqual([]);
        continue;
      }
      if (links.length === 0) continue; // a page that exists in one locale only
      const self = new URL(p.path, site).href;
      expect(links.some(([, href]) => href === self), `${p.file} lists itself`).toBe(true);
      expect(links.some(([lang]) => lang === 'x-default'), p.file).toBe(true);
      for (const [lang, href] of links) {
        const target = byPath.get(href.slice(site.length));
        expect(target, `${p.file} → ${href}`).toBeDefined();
        expect(target!.doc.querySelector('main')!.hasAttribute('lang'), `${href} must be a real translation`).toBe(false);
        if (lang !== 'x-default') expect(target!.doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      }
    }
  });

  it('serve untranslated pages with a notice, the source language and a canonical to the source', () => {
    // Stories exist in nl and en only: in Arabic they are fallback copies.
    const fallback = pages.find((x) => x.path.startsWith('ar/stories/'))!;
    expect(fallback, 'an Arabic fallback story').toBeDefined();
    const main = fallback.doc.querySelector('main')!;
    expect(main.getAttribute('lang')).toBe('nl');
    expect(main.getAttribute('dir')).toBe('ltr');
    const notice = fallback.doc.querySelector('[data-fallback-notice]')!;
    expect(notice.getAttribute('lang')).toBe('ar');
    expect(fallback.doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(fallback.path.replace(/^ar\/stories\//, 'verhalen/'), site).href);
  });

  it('link only to pages that exist, including anchors', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith(base) && !href.startsWith('#')) continue;
        const [path, hash] = href.startsWith('#') ? [p.path, href.slice(1)] : href.slice(base.length).split('#');
        const target = byPath.get(path) ?? (existsSync(`${DIST}/${path}`) && !path.endsWith('/') ? { doc: null } : undefined);
        if (!target) broken.push(`${p.file} → ${href}`);
        else if (hash && target.doc && !target.doc.getElementById(hash)) broken.push(`${p.file} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('have a language picker that never leads to a fallback copy or a 404', () => {
    for (const p of pages) {
      const links = p.doc.querySelectorAll('.language-picker a');
      expect(links.length, p.file).toBe(campaign.locales.length);
      for (const a of links) {
        const target = byPath.get(a.getAttribute('href')!.slice(base.length))!;
        expect(target, `${p.file}: ${a.getAttribute('href')}`).toBeDefined();
        const isHome = campaign.locales.some((l) => target.path === (l.code === campaign.defaultLocale ? '' : `${l.code}/`));
        if (!isHome) expect(target.doc.querySelector('main')!.hasAttribute('lang'), `${p.file} → ${target.path}`).toBe(false);
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = readFileSync(`${DIST}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const xml = sitemaps.map((u) => readFileSync(`${DIST}/${u.slice(site.length)}`, 'utf8')).join('');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('is linked from robots.txt', () => {
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
  });

  it('lists every real page once, and no fallback copy or 404', () => {
    // Real: not a 404, not a fallback entry (main in another language), not a home page with an untranslated intro.
    // (Section pages such as help stay real when only their intro falls back: lists and interface are translated.)
    const isHome = (p: { path: string }) => p.path === '' || campaign.locales.some((l) => p.path === `${l.code}/`);
    const real = pages.filter((p) => !isNotFound(p) && !p.doc.querySelector('main')!.hasAttribute('lang') && !(isHome(p) && p.doc.querySelector('[data-fallback-notice]')));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual(real.map((p) => new URL(p.path, site).href).sort());
  });

  it('carries hreflang alternates for translated pages', () => {
    const stalking = xml.split('<url>').find((u) => u.includes(`<loc>${site}vormen/stalking/</loc>`))!;
    for (const code of ['nl', 'en']) expect(stalking, code).toContain(`hreflang="${code}"`);
    expect(stalking).toContain('hreflang="x-default"');
  });
});

describe('valid HTML basics', () => {
  it('has no duplicate ids on any page', () => {
    const dupes: string[] = [];
    for (const p of builtPages()) {
      const ids = p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) dupes.push(`${p.file}: #${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('has no empty lists (a screen reader announces "list, 0 items")', () => {
    const empty: string[] = [];
    for (const p of builtPages()) {
      // A hidden list (search results before a search) is neither shown nor announced.
      for (const list of p.doc.querySelectorAll('ul, ol')) if (!list.querySelector('li') && !list.hasAttribute('hidden')) empty.push(`${p.file}: <${list.rawTagName} class="${list.getAttribute('class') ?? ''}">`);
    }
    expect(empty).toEqual([]);
  });
});

describe('header', () => {
  it('opens search and help from every page, in the page\'s language', () => {
    const missing: string[] = [];
    for (const p of pages) {
      const locale = isNotFound(p) ? localeOfPath(p.file) : localeOfPath(p.path);
      const prefix = locale === campaign.defaultLocale ? base : `${base}${locale}/`;
      const nav = p.doc.querySelectorAll('header nav a').map((a) => a.getAttribute('href')!);
      const search = nav.find((h) => byPath.get(h.slice(base.length))?.doc.querySelector('body')!.getAttribute('data-kind') === 'search');
      if (!search || !search.startsWith(prefix)) missing.push(`${p.file}: search`);
      if (!p.doc.querySelector('header a[href^="tel:112"]')) missing.push(`${p.file}: 112`);
    }
    expect(missing).toEqual([]);
  });

  // The quick exit, safety notice, menu and footer are rendered once per language (and the
  // menu once per current section) and repeated: each page must still get its own.
  it('shows quick exit, safety notice, menu and footer in the page\'s language, marking the current section', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      const locale = isNotFound(p) ? localeOfPath(p.file) : localeOfPath(p.path);
      const text = (selector: string) => p.doc.querySelector(selector)?.text.replace(/\s+/g, ' ').trim();
      if (!text('a.quick-exit')?.endsWith(t('exit.label', locale))) wrong.push(`${p.file}: quick exit "${text('a.quick-exit')}"`);
      if (text('#safety-title') !== t('safety.title', locale)) wrong.push(`${p.file}: safety notice "${text('#safety-title')}"`);
      if (text('#footer-help') !== t('footer.help', locale)) wrong.push(`${p.file}: footer "${text('#footer-help')}"`);
      const current = p.doc.querySelectorAll('header nav a[aria-current="page"]').map((a) => a.getAttribute('href'));
      const own = p.doc.querySelectorAll('header nav a').map((a) => a.getAttribute('href')).filter((h) => h === `${base}${p.path}`);
      if (current.join() !== own.join()) wrong.push(`${p.file}: menu marks ${current.join() || 'nothing'}`);
    }
    expect(wrong).toEqual([]);
  });
});
