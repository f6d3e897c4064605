/** Small helpers that pages and components share: strings, URLs and locale facts. */
import config from 'virtual:signaal/config';
import { format, type UiKey } from '../i18n/ui.ts';
import { markLang } from '../i18n/marks.ts';
import { href } from '../routing/paths.ts';

export const campaign = config.campaign;

/** An interface string; one that falls back to another language is marked as such (src/i18n/marks.ts). */
export function t(locale: string, key: UiKey, values?: Record<string, string | number>): string {
  const text = format(config.strings[locale][key], values);
  const from = config.sources[locale]?.[key];
  return from ? markLang(text, from, locale) : text;
}

/** A campaign text given per locale (name, tagline), marked when it falls back to the default. */
export function localizedText(record: Record<string, string>, locale: string): string {
  const { text, lang } = localized(record, locale);
  return markLang(text, lang, locale);
}

export function url(path: string): string {
  return href(campaign.base, path);
}

export function localeOf(code: string) {
  return campaign.locales.find((l) => l.code === code)!;
}

export function localized(record: Record<string, string>, locale: string): { text: string; lang: string } {
  const lang = record[locale] ? locale : campaign.defaultLocale;
  return { text: record[lang], lang };
}

/** lang and dir for content written in another language than the page around it. */
export function langAttrs(contentLocale: string, pageLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (contentLocale === pageLocale) return {};
  const content = localeOf(contentLocale);
  return { lang: content.code, dir: content.dir !== localeOf(pageLocale).dir ? content.dir : undefined };
}
