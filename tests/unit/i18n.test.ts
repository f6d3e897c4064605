import { describe, expect, it } from 'vitest';
import { format, missingKeys, parseOverrides, resolveStrings, UI_KEYS } from '../../src/i18n/ui.ts';

describe('interface strings', () => {
  it('ships every key in nl and en', () => {
    expect(missingKeys('nl')).toEqual([]);
    expect(missingKeys('en')).toEqual([]);
  });

  it('ships every key in the other built-in locales', () => {
    for (const l of ['ar', 'tr', 'pl', 'uk']) expect(missingKeys(l), l).toEqual([]);
  });

  it('falls back to the default locale for a locale without built-in strings', () => {
    const t = resolveStrings(['nl', 'fy'], 'nl');
    expect(t.fy['exit.label']).toBe('Snel weg');
    expect(missingKeys('fy').length).toBe(UI_KEYS.length);
  });

  it('lets a campaign override a string, and falls back to its default-locale override', () => {
    const t = resolveStrings(['en', 'fy'], 'en', { en: { 'exit.label': 'Get out' } });
    expect(t.en['exit.label']).toBe('Get out');
    expect(t.fy['exit.label']).toBe('Get out');
    expect(t.en['nav.help']).toBe('Help');
  });

  it('rejects unknown keys and bad URL segments in override files, naming file and key', () => {
    expect(() => parseOverrides({ 'exit.lable': 'x' }, 'content/i18n/nl.yaml')).toThrow(/content\/i18n\/nl\.yaml[\s\S]*exit\.lable: unknown interface string/);
    expect(() => parseOverrides({ 'route.help': 'Help Me' }, 'content/i18n/nl.yaml')).toThrow(/route\.help: a URL segment/);
  });

  it('fills placeholders', () => {
    expect(format('Hulp in {name}', { name: 'Oeverdam' })).toBe('Hulp in Oeverdam');
  });
});
