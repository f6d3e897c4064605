/** Small helpers that pages and components share: strings, URLs and locale facts. */
import config from 'virtual:signaal/config';
import { format, type UiKey } from '../i18n/ui.ts';
import { href } from '../routing/paths.ts';

export const campaign = config.campaign;

export function t(locale: string, key: UiKey, values?: Record<string, string | number>): string {
  return format(config.strings[locale][key], values);
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
