/**
 * Interface strings: built-in per locale, overridden per campaign, and a missing
 * string falls back along a chain of locales (by default the campaign's default
 * locale, then the Dutch reference set), remembering which language it is in.
 * Pure: the overrides are passed in, already read from content/i18n/<locale>.yaml.
 */
import * as ar from './strings/ar.ts';
import * as bg from './strings/bg.ts';
import * as de from './strings/de.ts';
import * as en from './strings/en.ts';
import * as es from './strings/es.ts';
import * as fa from './strings/fa.ts';
import nl, * as nlSet from './strings/nl.ts';
import * as pl from './strings/pl.ts';
import * as pt from './strings/pt.ts';
import * as ro from './strings/ro.ts';
import * as so from './strings/so.ts';
import * as ti from './strings/ti.ts';
import * as tr from './strings/tr.ts';
import * as uk from './strings/uk.ts';
import { ContentError } from '../config/campaign.ts';
import { SLUG } from '../content/slug.ts';
import type { LinedYaml } from '../editor/yaml.ts';
import type { ContentProblem } from '../content/problems.ts';

export type UiKey = keyof typeof nl;
export type UiStrings = Record<UiKey, string>;
export type PartialStrings = Partial<UiStrings>;

/** Each built-in set says whether a native speaker has read it (`reviewed`). */
const SETS: Record<string, { default: PartialStrings; reviewed: boolean }> = { nl: nlSet, en, ar, tr, pl, uk, fa, so, ti, es, pt, ro, bg, de };

export const BUILT_IN: Record<string, PartialStrings> = Object.fromEntries(Object.entries(SETS).map(([code, set]) => [code, set.default]));

/** Built-in sets not yet read by a native speaker: the doctor's translation table marks them. */
export const UNREVIEWED: ReadonlySet<string> = new Set(Object.keys(SETS).filter((code) => !SETS[code].reviewed));
export const UI_KEYS = Object.keys(nl) as UiKey[];

/** content/i18n/<locale>.yaml must be named after a listed locale (the build and the doctor both ask here). */
export function overridesFileProblem(file: string, locale: string, locales: readonly string[]): ContentProblem | undefined {
  if (locales.includes(locale)) return undefined;
  return {
    rule: 'structure',
    file,
    message: `"${locale}" is not one of the locales in content/campaign.yaml (${locales.join(', ')}) — rename the file or add the language to campaign.yaml`,
  };
}

/** Checks a campaign's override file: only known keys, only non-empty strings. */
/** yaml: the file with its lines, so each problem names its line. */
export function parseOverrides(data: unknown, file: string, yaml?: LinedYaml): PartialStrings {
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, [{ path: '', message: 'expected fields of the form "key: text"' }]);
  }
  const problems: { path: string; message: string; line?: number }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const at = { path: key, line: yaml?.lineOf([key]) };
    if (!(UI_KEYS as string[]).includes(key)) problems.push({ ...at, message: 'unknown interface string (see src/i18n/strings/nl.ts for the keys)' });
    else if (typeof value !== 'string' || !value.trim()) problems.push({ ...at, message: 'expected a non-empty text' });
    else if (key.startsWith('route.') && !SLUG.test(value)) {
      problems.push({ ...at, message: 'a URL segment must be lower-case letters, digits and hyphens' });
    }
  }
  if (problems.length) throw new ContentError(file, problems);
  return data as PartialStrings;
}

/**
 * The locales a locale's missing strings come from, in order: the campaign's own chain
 * (campaign.yaml `fallback`, e.g. fa: [en, nl]), else its default locale; the Dutch
 * reference set, which has every string, always comes last.
 */
export function fallbackChain(locale: string, defaultLocale: string, chains: Record<string, string[]> = {}): string[] {
  return [...new Set([...(chains[locale] ?? [defaultLocale]), 'nl'])].filter((l) => l !== locale);
}

export interface ResolvedStrings {
  strings: Record<string, UiStrings>;
  /** Per locale, the keys shown in another language, and which: { fa: { 'exit.label': 'en' } }. */
  sources: Record<string, Partial<Record<UiKey, string>>>;
}

/** Resolves the full string table of every locale once, and where each fallback string came from. */
export function resolveWithSources(
  locales: readonly string[],
  defaultLocale: string,
  overrides: Record<string, PartialStrings> = {},
  chains: Record<string, string[]> = {},
): ResolvedStrings {
  const strings: Record<string, UiStrings> = {};
  const sources: ResolvedStrings['sources'] = {};
  for (const locale of locales) {
    const layers = [locale, ...fallbackChain(locale, defaultLocale, chains)];
    const table = {} as UiStrings;
    const from: Partial<Record<UiKey, string>> = {};
    for (const key of UI_KEYS) {
      const lang = layers.find((l) => overrides[l]?.[key] ?? BUILT_IN[l]?.[key]) ?? 'nl';
      table[key] = overrides[lang]?.[key] ?? BUILT_IN[lang]?.[key] ?? nl[key];
      if (lang !== locale) from[key] = lang;
    }
    strings[locale] = table;
    sources[locale] = from;
  }
  return { strings, sources };
}

export function resolveStrings(
  locales: readonly string[],
  defaultLocale: string,
  overrides: Record<string, PartialStrings> = {},
  chains: Record<string, string[]> = {},
): Record<string, UiStrings> {
  return resolveWithSources(locales, defaultLocale, overrides, chains).strings;
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
