/** The built-in interface strings: complete, placeholders intact, and honest about review. */
import { describe, expect, it } from 'vitest';
import { SLUG } from '../../src/content/slug.ts';
import { BUILT_IN, UI_KEYS, UNREVIEWED } from '../../src/i18n/ui.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const nl = BUILT_IN.nl;

describe('built-in interface strings', () => {
  it('come in at least fourteen languages, the eight added for large communities among them', () => {
    expect(Object.keys(BUILT_IN)).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'fa', 'so', 'ti', 'es', 'pt', 'ro', 'bg', 'de']));
  });

  it.each(Object.keys(BUILT_IN))('%s has every key, no unknown key, the same placeholders as Dutch, and URL segments that are slugs', (code) => {
    const set = BUILT_IN[code];
    expect(UI_KEYS.filter((k) => !set[k]?.trim())).toEqual([]);
    expect(Object.keys(set).filter((k) => !(UI_KEYS as string[]).includes(k))).toEqual([]);
    for (const key of UI_KEYS) expect([key, placeholders(set[key]!)]).toEqual([key, placeholders(nl[key]!)]);
    for (const key of UI_KEYS.filter((k) => k.startsWith('route.'))) expect(set[key]).toMatch(SLUG);
  });

  it('marks every machine-assisted set as unreviewed until a native speaker has read it', () => {
    for (const code of ['fa', 'so', 'ti', 'es', 'pt', 'ro', 'bg', 'de', 'ar', 'tr', 'pl', 'uk']) expect(UNREVIEWED.has(code), code).toBe(true);
    expect(UNREVIEWED.has('nl')).toBe(false);
  });
});
