import { describe, expect, it } from 'vitest';
import { buildRoutes, pickerLinks, type EntryRef } from '../../src/routing/routes.ts';
import { buildManifest } from '../../src/routing/manifest.ts';
import { localeOfPath } from '../../src/routing/paths.ts';
import { testContext } from '../support/campaign.ts';

const { campaign, ctx } = testContext();
const e = (collection: EntryRef['collection'], id: string, role?: string): EntryRef => ({ collection, id, file: `content/${collection}/${id}.mdx`, role });
const entries: EntryRef[] = [
  e('forms', 'nl/stalking'),
  e('forms', 'en/stalking'),
  e('forms', 'nl/partnergeweld'),
  e('pages', 'nl/index', 'home'),
  e('pages', 'en/index', 'home'),
  e('pages', 'nl/privacy', 'privacy'),
  e('stories', 'ar/alleen-arabisch'),
];
const table = buildRoutes(campaign, ctx, entries);
const at = (key: string, locale: string) => table.byKey.get(key)?.get(locale);

describe('route table', () => {
  it('puts the default locale at the root and others under /<code>/ with localized sections', () => {
    expect(at('home', 'nl')?.path).toBe('');
    expect(at('home', 'en')?.path).toBe('en/');
    expect(at('form:stalking', 'nl')?.path).toBe('vormen/stalking/');
    expect(at('form:stalking', 'en')?.path).toBe('en/forms/stalking/');
    expect(at('404', 'ar')?.path).toBe('ar/404');
  });

  it('serves untranslated default-locale entries in every locale as fallbacks', () => {
    const r = at('form:partnergeweld', 'ar')!;
    expect(r.fallback).toBe(true);
    expect(r.contentLocale).toBe('nl');
    expect(r.alternates).toEqual([]);
    expect(at('form:stalking', 'en')?.fallback).toBe(false);
  });

  it('lists only real translations as alternates', () => {
    expect(at('form:stalking', 'nl')?.alternates.map((a) => a.locale)).toEqual(['nl', 'en']);
    expect(at('home', 'ar')?.fallback).toBe(true);
    expect(at('home', 'en')?.alternates.map((a) => a.locale)).toEqual(['nl', 'en']);
  });

  it('does not invent a default-locale page for an entry that only exists in another locale', () => {
    expect(at('story:alleen-arabisch', 'nl')).toBeUndefined();
    expect(at('story:alleen-arabisch', 'ar')?.fallback).toBe(false);
  });

  it('makes the picker offer translations or the locale home, never a fallback or a 404', () => {
    const links = pickerLinks(table, at('form:stalking', 'nl')!, ['nl', 'en', 'ar']);
    expect(links).toEqual([
      { locale: 'nl', path: 'vormen/stalking/', translated: true },
      { locale: 'en', path: 'en/forms/stalking/', translated: true },
      { locale: 'ar', path: 'ar/', translated: false },
    ]);
    for (const route of table.routes) {
      for (const l of pickerLinks(table, route, ['nl', 'en', 'ar'])) {
        const target = table.byPath.get(l.path)!;
        expect(target, l.path).toBeDefined();
        expect(target.kind).not.toBe('404');
        if (target.fallback) expect(target.kind).toBe('home');
      }
    }
  });

  it('rejects a locale folder that is not configured, and a slug that clashes with a section', () => {
    expect(() => buildRoutes(campaign, ctx, [e('forms', 'fr/stalking')])).toThrow(
      /content\/forms\/fr\/stalking\.mdx[\s\S]*locale folder "fr" is not one of the locales/,
    );
    expect(() => buildRoutes(campaign, ctx, [e('pages', 'nl/vormen')])).toThrow(/content\/pages\/nl\/vormen\.mdx[\s\S]*already used for a section/);
  });

  it('feeds the sitemap only real pages, with hreflang alternates and x-default', () => {
    const manifest = buildManifest(campaign, table);
    const stalking = manifest.find((m) => m.url === 'https://example.org/huiselijk-geweld/vormen/stalking/')!;
    expect(stalking.sitemap).toBe(true);
    expect(stalking.alternates.map((a) => a.lang)).toEqual(['nl', 'en', 'x-default']);
    expect(manifest.find((m) => m.path === 'ar/vormen/partnergeweld/' || m.path === 'ar/forms/partnergeweld/')?.sitemap).toBe(false);
    expect(manifest.filter((m) => m.notFound).every((m) => !m.sitemap)).toBe(true);
  });
});

describe('locale of a path', () => {
  it('reads back the locale of every route from its path', () => {
    for (const r of table.routes) expect(localeOfPath(ctx, r.path), r.path).toBe(r.locale);
    expect(localeOfPath(ctx, 'nl/stalking/')).toBe('nl'); // a page slug named like the default locale
  });
});

describe('untranslated copies', () => {
  it('serves an entry marked needsTranslation as a fallback of the default-locale entry', () => {
    const t = buildRoutes(campaign, ctx, [e('forms', 'nl/stalking'), { ...e('forms', 'en/stalking'), needsTranslation: true }]);
    const en = t.byKey.get('form:stalking')!.get('en')!;
    expect(en.fallback).toBe(true);
    expect(en.entryId).toBe('nl/stalking');
  });
});
