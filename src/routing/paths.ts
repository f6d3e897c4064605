/**
 * Where every kind of page lives, per locale. Pure, shared by the page routes, the
 * MDX link resolver and the tests, so a path is computed in exactly one place.
 * Paths are relative to the base and end with '/' (the home page of the default locale is '').
 */
import type { UiStrings } from '../i18n/ui.ts';

export type SectionKind = 'forms' | 'stories' | 'help' | 'signals' | 'search' | 'selfcheck';
export type PageKind = 'home' | SectionKind | 'form' | 'story' | 'page' | 'municipality' | '404';

export interface PathContext {
  defaultLocale: string;
  strings: Record<string, UiStrings>;
}

export function localePrefix(ctx: PathContext, locale: string): string {
  return locale === ctx.defaultLocale ? '' : `${locale}/`;
}

/** The locale a path (relative to the base) is in: the inverse of localePrefix. */
export function localeOfPath(ctx: PathContext, path: string): string {
  const first = path.split('/')[0];
  return first !== ctx.defaultLocale && first in ctx.strings ? first : ctx.defaultLocale;
}

export function sectionPath(ctx: PathContext, locale: string, section: SectionKind): string {
  return `${localePrefix(ctx, locale)}${ctx.strings[locale][`route.${section}`]}/`;
}

/** The path of one page: kind plus, for entries, its slug (or municipality slug). */
export function pathFor(ctx: PathContext, locale: string, kind: PageKind, slug?: string): string {
  switch (kind) {
    case 'home':
      return localePrefix(ctx, locale);
    case '404':
      return `${localePrefix(ctx, locale)}404`;
    case 'form':
      return `${sectionPath(ctx, locale, 'forms')}${slug}/`;
    case 'story':
      return `${sectionPath(ctx, locale, 'stories')}${slug}/`;
    case 'municipality':
      return `${sectionPath(ctx, locale, 'help')}${slug}/`;
    case 'page':
      return `${localePrefix(ctx, locale)}${slug}/`;
    default:
      return sectionPath(ctx, locale, kind);
  }
}

/** Joins the base ('/' or '/sub/') and a path into a root-relative URL. */
export function href(base: string, path: string): string {
  return `${base}${path}`;
}
