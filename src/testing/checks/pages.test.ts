/**
 * The promises a built campaign keeps, read from dist/: what readers and search
 * engines get. Runs on whatever campaign is built (`signaal test`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathFor } from '../../routing/paths.ts';
import { builtPages, campaign, ctx, DIST, isNotFound, localeOfPage, routes, t } from '../site.ts';

const pages = builtPages();
const base = campaign.base;
const site = new URL(base, campaign.site).href;
const byPath = new Map(pages.map((p) => [p.path, p]));
const isFallback = (p: { doc: ReturnType<typeof builtPages>[number]['doc'] }) => p.doc.querySelector('main')!.hasAttribute('lang');
const homes = new Set(campaign.locales.map((l) => pathFor(ctx, l.code, 'home')));

describe('built pages', () => {
  it('are every page of the route table, in every locale, with a 404 page per locale', () => {
    const expected = routes.routes.map((r) => (r.kind === '404' ? `${r.path}.html` : `${r.path}index.html`)).sort();
    expect(pages.map((p) => p.file).sort()).toEqual(expected);
    for (const l of campaign.locales) expect(existsSync(`${DIST}/${pathFor(ctx, l.code, '404')}.html`), `404 of ${l.code}`).toBe(true);
  });

  it('have the lang and dir of their locale on <html>', () => {
    for (const p of pages) {
      const locale = campaign.locales.find((l) => l.code === localeOfPage(p))!;
      const html = p.doc.querySelector('html')!;
      expect([html.getAttribute('lang'), html.getAttribute('dir')], p.file).toEqual([locale.code, locale.dir]);
    }
  });

  it('have one main landmark, a canonical URL and the no-referrer policy', () => {
    for (const p of pages) {
      expect(p.doc.querySelectorAll('main').length, p.file).toBe(1);
      expect(p.doc.querySelector('meta[name="referrer"]')?.getAttribute('content'), p.file).toBe('no-referrer');
      if (isNotFound(p)) continue;
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical?.startsWith(site), `${p.file}: canonical ${canonical}`).toBe(true);
    }
  });

  it('list hreflang alternates (with x-default) only between real translations', () => {
    for (const p of pages.filter((x) => !isNotFound(x))) {
      const links = p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]);
      if (isFallback(p)) {
        expect(links, `${p.file} is a fallback copy`).toEqual([]);
        continue;
      }
      if (links.length === 0) continue; // a page that exists in one locale only
      expect(
        links.some(([, href]) => href === new URL(p.path, site).href),
        `${p.file} lists itself`,
      ).toBe(true);
      expect(
        links.some(([lang]) => lang === 'x-default'),
        p.file,
      ).toBe(true);
      for (const [lang, href] of links) {
        const target = byPath.get(href.slice(site.length));
        expect(target, `${p.file} → ${href}`).toBeDefined();
        expect(isFallback(target!), `${href} must be a real translation`).toBe(false);
        if (lang !== 'x-default') expect(target!.doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      }
    }
  });

  it("serve untranslated pages with a notice in the reader's language and the source language on <main>", () => {
    for (const p of pages.filter(isFallback)) {
      const main = p.doc.querySelector('main')!;
      const source = campaign.locales.find((l) => l.code === main.getAttribute('lang'))!;
      expect(source, p.file).toBeDefined();
      expect(main.getAttribute('dir') ?? source.dir, p.file).toBe(source.dir);
      expect(p.doc.querySelector('[data-fallback-notice]')?.getAttribute('lang'), p.file).toBe(localeOfPage(p));
    }
  });

  it('link only to pages and files that exist, including anchors', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith(base) && !href.startsWith('#')) continue;
        const [path, hash] = href.startsWith('#') ? [p.path, href.slice(1)] : href.slice(base.length).split('#');
        const target = byPath.get(path) ?? (existsSync(`${DIST}/${decodeURI(path)}`) && !path.endsWith('/') ? { doc: null } : undefined);
        if (!target) broken.push(`${p.file} → ${href}`);
        else if (hash && target.doc && !target.doc.getElementById(hash)) broken.push(`${p.file} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('can all be reached by following links from the home page (no page only search can find)', () => {
    // The search page lists every page: links from it do not count.
    const search = new Set(routes.routes.filter((r) => r.kind === 'search').map((r) => r.path));
    const seen = new Set<string>([...homes]);
    const queue = [...homes];
    while (queue.length) {
      const at = queue.shift()!;
      const page = search.has(at) ? undefined : byPath.get(at);
      for (const a of page?.doc.querySelectorAll('a[href]') ?? []) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith(base)) continue;
        const path = href.slice(base.length).split('#')[0];
        if (byPath.has(path) && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    expect(pages.filter((p) => !isNotFound(p) && !seen.has(p.path)).map((p) => p.path)).toEqual([]);
  });

  it('have a language picker that never leads to a fallback copy or a 404', () => {
    if (campaign.locales.length < 2) return;
    for (const p of pages) {
      const links = p.doc.querySelectorAll('.language-picker a');
      expect(links.length, p.file).toBe(campaign.locales.length);
      for (const a of links) {
        const target = byPath.get(a.getAttribute('href')!.slice(base.length));
        expect(target, `${p.file}: ${a.getAttribute('href')}`).toBeDefined();
        if (!homes.has(target!.path)) expect(isFallback(target!), `${p.file} → ${target!.path}`).toBe(false);
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = readFileSync(`${DIST}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const xml = sitemaps.map((u) => readFileSync(`${DIST}/${u.slice(site.length)}`, 'utf8')).join('');
  const entries = xml.split('<url>').slice(1);
  const urls = entries.map((u) => /<loc>([^<]+)<\/loc>/.exec(u)![1]);

  it('is linked from robots.txt', () => {
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
  });

  it('lists every real page once, and no fallback copy or 404', () => {
    // A home page whose intro is not translated counts as a fallback; section pages stay
    // real when only their intro falls back: their lists and interface are translated.
    const real = pages.filter((p) => !isNotFound(p) && !isFallback(p) && !(homes.has(p.path) && p.doc.querySelector('[data-fallback-notice]')));
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(real.map((p) => new URL(p.path, site).href).sort());
  });

  it('carries the same hreflang alternates as the pages', () => {
    for (const entry of entries) {
      const url = /<loc>([^<]+)<\/loc>/.exec(entry)![1];
      const page = byPath.get(url.slice(site.length))!;
      const inPage = page.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
      const inMap = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(inMap.sort(), url).toEqual(inPage.sort());
    }
  });
});

describe('valid HTML basics', () => {
  it('has no duplicate ids on any page', () => {
    const dupes: string[] = [];
    for (const p of pages) {
      const seen = new Set<string>();
      for (const id of p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!)) {
        if (seen.has(id)) dupes.push(`${p.file}: #${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('has no empty lists (a screen reader announces "list, 0 items")', () => {
    const empty: string[] = [];
    for (const p of pages) {
      // A hidden list (search results before a search) is neither shown nor announced.
      for (const list of p.doc.querySelectorAll('ul, ol'))
        if (!list.querySelector('li') && !list.hasAttribute('hidden'))
          empty.push(`${p.file}: <${list.rawTagName} class="${list.getAttribute('class') ?? ''}">`);
    }
    expect(empty).toEqual([]);
  });
});

describe('every page', () => {
  it("opens search and help from the header, in the page's language, and offers 112", () => {
    const missing: string[] = [];
    for (const p of pages) {
      const search = `${base}${pathFor(ctx, localeOfPage(p), 'search')}`;
      const nav = p.doc.querySelectorAll('header a').map((a) => a.getAttribute('href')!);
      if (!nav.includes(search)) missing.push(`${p.file}: search (${search})`);
      if (!p.doc.querySelector('header a[href^="tel:112"]')) missing.push(`${p.file}: 112`);
    }
    expect(missing).toEqual([]);
  });

  // Quick exit, safety notice, menu and footer are rendered once per language and
  // repeated: each page must still get its own language and its own current section.
  it('shows quick exit, safety notice, menu and footer in its language, marking the current section', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      const locale = localeOfPage(p);
      const text = (selector: string) => p.doc.querySelector(selector)?.text.replace(/\s+/g, ' ').trim();
      if (!text('a.quick-exit')?.endsWith(t('exit.label', locale))) wrong.push(`${p.file}: quick exit "${text('a.quick-exit')}"`);
      if (text('#safety-title') !== t('safety.title', locale)) wrong.push(`${p.file}: safety notice "${text('#safety-title')}"`);
      if (text('#footer-help') !== t('footer.help', locale)) wrong.push(`${p.file}: footer "${text('#footer-help')}"`);
      const current = p.doc.querySelectorAll('header nav a[aria-current="page"]').map((a) => a.getAttribute('href'));
      const own = p.doc
        .querySelectorAll('header nav a')
        .map((a) => a.getAttribute('href'))
        .filter((h) => h === `${base}${p.path}`);
      if (current.join() !== own.join()) wrong.push(`${p.file}: menu marks ${current.join() || 'nothing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('loads nothing from another origin and carries no inline code', () => {
    const found: string[] = [];
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll('[src], [srcset], [poster], [data], link[href], object, embed, iframe, frame')) {
        // Canonical and hreflang links name the site's own address; they load nothing.
        if (el.rawTagName === 'link' && /^(canonical|alternate)$/.test(el.getAttribute('rel') ?? '')) continue;
        for (const attr of ['src', 'srcset', 'poster', 'data', 'href']) {
          const value = el.getAttribute(attr);
          if (value && /(^|[\s,])(https?:)?\/\//.test(value)) found.push(`${p.file}: <${el.rawTagName} ${attr}="${value}">`);
        }
        if (/^(iframe|frame|object|embed)$/i.test(el.rawTagName)) found.push(`${p.file}: <${el.rawTagName}>`);
      }
      for (const s of p.doc.querySelectorAll('script:not([src])'))
        if (s.getAttribute('type') !== 'application/ld+json') found.push(`${p.file}: inline <script>`);
      for (const el of p.doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) found.push(`${p.file}: <${el.rawTagName} ${name}>`);
        if (el.hasAttribute('style')) found.push(`${p.file}: <${el.rawTagName} style>`);
      }
      if (/<style[\s>]/i.test(p.html)) found.push(`${p.file}: inline <style>`);
      if (/http-equiv=["']?refresh/i.test(p.html)) found.push(`${p.file}: meta refresh`);
    }
    expect(found).toEqual([]);
  });

  it('marks every link to another site rel="noreferrer"', () => {
    const missing: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href^="http"]')) {
        if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noreferrer')) missing.push(`${p.file}: ${a.getAttribute('href')}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
