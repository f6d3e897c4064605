/**
 * Interface strings: built-in per locale, overridden per campaign, and a missing
 * string falls back to the default locale (then to the Dutch reference set).
 * Pure: the overrides are passed in, already read from content/i18n/<locale>.yaml.
 */
import ar from './strings/ar.ts';
import en from './strings/en.ts';
import nl from './strings/nl.ts';
import pl from './strings/pl.ts';
import tr from './strings/tr.ts';
import uk from './strings/uk.ts';
import { ContentError } from '../config/campaign.ts';

export type UiKey = keyof typeof nl;
export type UiStrings = Record<UiKey, string>;
export type PartialStrings = Partial<UiStrings>;

export const BUILT_IN: Record<string, PartialStrings> = { nl, en, ar, tr, pl, uk };
export const UI_KEYS = Object.keys(nl) as UiKey[];

/** Checks a campaign's override file: only known keys, only non-empty strings. */
export function parseOverrides(data: unknown, file: string): PartialStrings {
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, [{ path: '', message: 'expected fields of the form "key: text"' }]);
  }
  const problems: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(UI_KEYS as string[]).includes(key)) problems.push({ path: key, message: 'unknown interface string (see src/i18n/strings/nl.ts for the keys)' });
    else if (typeof value !== 'string' || !value.trim()) problems.push({ path: key, message: 'expected a non-empty text' });
    else if (key.startsWith('route.') && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      problems.push({ path: key, message: 'a URL segment must be lower-case letters, digits and hyphens' });
    }
  }
  if (problems.length) throw new ContentError(file, problems);
  return data as PartialStrings;
}

/** Resolves the full string table of every locale once. */
export function resolveStrings(
  locales: readonly string[],
  defaultLocale: string,
  overrides: Record<string, PartialStrings> = {},
): Record<string, UiStrings> {
  const table: Record<string, UiStrings> = {};
  for (const locale of locales) {
    table[locale] = {
      ...nl,
      ...BUILT_IN[defaultLocale],
      ...overrides[defaultLocale],
      ...BUILT_IN[locale],
      ...overrides[locale],
    };
  }
  return table;
}

/** Which keys a locale takes from the fallback: shown as a warning at build time. */
export function missingKeys(locale: string, overrides: Record<string, PartialStrings> = {}): UiKey[] {
  const own = { ...BUILT_IN[locale], ...overrides[locale] };
  return UI_KEYS.filter((k) => !(k in own));
}

/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

/** Names of languages in the reader's language ("Engels"), one formatter per locale: building one is slow. */
const languageNames = new Map<string, Intl.DisplayNames>();
export function languageNamesIn(locale: string): Intl.DisplayNames {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  return names;
}
