import { describe, expect, it } from 'vitest';
import { directionOf, markLang, renderMarks, unmark } from '../../src/i18n/marks.ts';
import { fallbackChain, resolveWithSources } from '../../src/i18n/ui.ts';

describe('text in another language than the page', () => {
  it('becomes a span with lang, and dir only where the direction differs', () => {
    const html = `<html lang="fa" dir="rtl"><p>${markLang('Snel weg', 'nl', 'fa')}</p><p>${markLang('خروج', 'ar', 'fa')}</p></html>`;
    expect(renderMarks(html, 'rtl')).toBe(
      '<html lang="fa" dir="rtl"><p><span lang="nl" dir="ltr">Snel weg</span></p><p><span lang="ar">خروج</span></p></html>',
    );
  });

  it('is isolated with Unicode marks where no element can go: attributes and the title', () => {
    const mark = markLang('Snel weg', 'nl', 'fa');
    const html = `<title>${mark} | x</title><a aria-label="${mark}" title="${markLang('Exit', 'en', 'fa')}">${mark}</a>`;
    expect(renderMarks(html, 'rtl')).toBe(
      '<title>\u2066Snel weg\u2069 | x</title><a aria-label="\u2066Snel weg\u2069" title="\u2066Exit\u2069"><span lang="nl" dir="ltr">Snel weg</span></a>',
    );
    // In a left-to-right page, Dutch needs no isolate.
    expect(renderMarks(`<a title="${markLang('Snel weg', 'nl', 'en')}">`, 'ltr')).toBe('<a title="Snel weg">');
  });

  it("works for a string inside another, and is left alone in the page's own language", () => {
    const inner = markLang('Oeverdam', 'nl', 'fa');
    expect(renderMarks(`<p>${markLang(`Hulp in ${inner}`, 'en', 'fa')}</p>`, 'rtl')).toBe(
      '<p><span lang="en" dir="ltr">Hulp in <span lang="nl" dir="ltr">Oeverdam</span></span></p>',
    );
    expect(markLang('Snel weg', 'nl', 'nl')).toBe('Snel weg');
    expect(unmark(markLang('Snel weg', 'nl', 'fa'))).toBe('Snel weg');
  });

  it('knows the direction of languages it has no campaign data for', () => {
    expect(['fa', 'ar', 'he', 'ur', 'nl', 'so', 'ti'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });
});

describe('interface strings of a locale without built-in strings', () => {
  it("fall back along the campaign's chain, then the Dutch reference set, and remember their language", () => {
    expect(fallbackChain('ps', 'nl')).toEqual(['nl']);
    expect(fallbackChain('ps', 'nl', { ps: ['en', 'nl'] })).toEqual(['en', 'nl']);
    const { strings, sources } = resolveWithSources(['nl', 'en', 'ps'], 'nl', { ps: { 'exit.label': 'خروج سریع' } }, { ps: ['en'] });
    expect(strings.ps['exit.label']).toBe('خروج سریع');
    expect(sources.ps['exit.label']).toBeUndefined();
    expect(strings.ps['safety.title']).toBe(strings.en['safety.title']);
    expect(sources.ps['safety.title']).toBe('en');
    expect(sources.en).toEqual({});
  });
});
