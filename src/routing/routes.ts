/**
 * The route table: every page of the site in every locale, built once from the
 * content entries. Decides which pages are real translations and which are
 * fallbacks (default-locale content served in another locale), so hreflang, the
 * language picker, the sitemap and the search index all agree.
 */
import { throwProblems, type Campaign } from '../config/campaign.ts';
import type { ContentProblem } from '../content/problems.ts';
import { SLUG } from '../content/slug.ts';
import { pathFor, type PageKind, type PathContext } from './paths.ts';

export type Collection = 'forms' | 'stories' | 'pages';

/** What the route table needs to know of one MDX entry. */
export interface EntryRef {
  collection: Collection;
  /** Content-layer id, e.g. "nl/partnergeweld". */
  id: string;
  /** Path of the source file relative to the project, for error messages. */
  file: string;
  /** Page role for the pages collection (home, privacy, …). */
  role?: string;
  /** A copy made with `npm run new -- --from` that is not translated yet: served as a fallback. */
  needsTranslation?: boolean;
}

export interface Route {
  /** Relative to base: '' | 'en/' | 'vormen/stalking/' | 'en/404'. */
  path: string;
  /** Same key in every locale = the same page translated. */
  key: string;
  kind: PageKind;
  /** The reader's locale: <html lang>. */
  locale: string;
  /** The locale the main content is written in (differs on fallback pages). */
  contentLocale: string;
  fallback: boolean;
  slug?: string;
  /** Content entry shown on this route (forms/stories/pages) or intro (home/signals/help). */
  entryId?: string;
  /** Real translations of this page (the route itself included when it is real). */
  alternates: { locale: string; path: string }[];
}

/** Pages with these roles are shown inside engine pages, not at their own URL. */
export const INTRO_ROLES: Record<string, PageKind> = { home: 'home', signals: 'signals', help: 'help', selfcheck: 'selfcheck' };

export interface RouteTable {
  routes: Route[];
  byPath: Map<string, Route>;
  /** key → locale → route */
  byKey: Map<string, Map<string, Route>>;
}

/** The route table; throws the problems of misplaced or misnamed files (the build). */
export function buildRoutes(campaign: Campaign, ctx: PathContext, entries: EntryRef[]): RouteTable {
  const { table, problems } = collectRoutes(campaign, ctx, entries);
  throwProblems(problems);
  return table;
}

/** The route table of the entries that can have a route, and the problems of the others (the doctor). */
export function collectRoutes(campaign: Campaign, ctx: PathContext, entries: EntryRef[]): { table: RouteTable; problems: ContentProblem[] } {
  const locales = campaign.locales.map((l) => l.code);
  const def = campaign.defaultLocale;
  // key → locale → entry
  const groups = new Map<string, { kind: PageKind; slug?: string; byLocale: Map<string, EntryRef> }>();
  const problems: ContentProblem[] = [];
  const problem = (entry: EntryRef, message: string, field?: string) =>
    problems.push({ rule: 'structure', file: entry.file, message, ...(field ? { field } : {}) });
  // Top-level URL segments a free page may not take: locale codes, section names, 404.
  const reserved = new Set([
    ...locales,
    '404',
    ...Object.values(ctx.strings).flatMap((s) =>
      Object.entries(s)
        .filter(([k]) => k.startsWith('route.'))
        .map(([, v]) => v),
    ),
  ]);

  for (const entry of entries) {
    const parts = entry.id.split('/');
    const fileSlug = entry.file
      .split('/')
      .pop()!
      .replace(/\.mdx?$/, '');
    if (parts.length !== 2) {
      problem(entry, `expected content/${entry.collection}/<locale>/<slug>.mdx — files go exactly one folder deep, in their language folder`);
      continue;
    }
    const [locale, slug] = parts;
    if (entry.needsTranslation && locale !== def) continue;
    if (!locales.includes(locale)) {
      problem(
        entry,
        `locale folder "${locale}" is not one of the locales in content/campaign.yaml (${locales.join(', ')}) — move the file into a language folder that is listed, or add the language to content/campaign.yaml`,
      );
      continue;
    }
    if (!SLUG.test(fileSlug)) {
      problem(entry, `the file name "${fileSlug}" must be a slug: lower-case letters, digits and hyphens`);
      continue;
    }
    let kind: PageKind = entry.collection === 'forms' ? 'form' : entry.collection === 'stories' ? 'story' : 'page';
    let key = `${kind}:${slug}`;
    if (entry.collection === 'pages' && entry.role && INTRO_ROLES[entry.role]) {
      kind = INTRO_ROLES[entry.role];
      key = kind;
    } else if (kind === 'page' && reserved.has(slug)) {
      problem(entry, `the slug "${slug}" is already used for a section or a language of the site; rename the file`);
      continue;
    }
    const group = groups.get(key) ?? { kind, slug: kind === 'home' || kind === 'signals' || kind === 'help' ? undefined : slug, byLocale: new Map() };
    const existing = group.byLocale.get(locale);
    if (existing) {
      problem(
        entry,
        `the ${kind} page of locale "${locale}" is also set by ${existing.file} — each language can have only one page with this role; change the role of one of them`,
        'role',
      );
      continue;
    }
    group.byLocale.set(locale, entry);
    groups.set(key, group);
  }

  const routes: Route[] = [];
  // Engine pages exist in every locale (their intros may fall back), but a section
  // without entries has no page: no empty list, no menu item, no link to nothing.
  const has = (kind: PageKind) => [...groups.values()].some((g) => g.kind === kind);
  const sections = { forms: has('form'), signals: has('form'), selfcheck: has('form'), stories: has('story') };
  for (const kind of ['home', 'forms', 'signals', 'stories', 'help', 'selfcheck', 'search', '404'] as const) {
    if (kind in sections && !sections[kind as keyof typeof sections]) {
      groups.delete(kind);
      continue;
    }
    const intro = groups.get(kind);
    groups.delete(kind);
    const all = locales.map((locale) => {
      const own = intro?.byLocale.get(locale);
      const source = own ?? intro?.byLocale.get(def);
      return {
        path: pathFor(ctx, locale, kind),
        key: kind,
        kind,
        locale,
        contentLocale: own ? locale : source ? def : locale,
        // The home page is only a translation when its intro is; list pages are always translated.
        fallback: kind === 'home' ? !own && !!source : false,
        entryId: source?.id,
        alternates: [],
      } satisfies Route;
    });
    routes.push(...linkAlternates(kind === '404' ? [] : all.filter((r) => !r.fallback), all));
  }
  // Help per municipality: engine pages, translated in every locale.
  for (const { slug } of campaign.organisation.municipalities) {
    const all = locales.map((locale) => ({
      path: pathFor(ctx, locale, 'municipality', slug),
      key: `municipality:${slug}`,
      kind: 'municipality' as const,
      locale,
      contentLocale: locale,
      fallback: false,
      slug,
      alternates: [],
    }));
    routes.push(...linkAlternates(all, all));
  }
  for (const [key, group] of groups) routes.push(...entryRoutes(key, group.kind, group));
  return { table: index(routes), problems };

  function entryRoutes(key: string, kind: PageKind, group: { slug?: string; byLocale: Map<string, EntryRef> }): Route[] {
    const all: Route[] = [];
    for (const locale of locales) {
      const own = group.byLocale.get(locale);
      const source = own ?? group.byLocale.get(def);
      if (!source) continue;
      all.push({
        path: pathFor(ctx, locale, kind, group.slug),
        key,
        kind,
        locale,
        contentLocale: own ? locale : def,
        fallback: !own,
        slug: group.slug,
        entryId: source.id,
        alternates: [],
      });
    }
    return linkAlternates(
      all.filter((r) => !r.fallback),
      all,
    );
  }
}

/** The route of a page in a locale: undefined when the campaign has no such page. */
export function routeAt(table: RouteTable, key: string, locale: string): Route | undefined {
  return table.byKey.get(key)?.get(locale);
}

function linkAlternates(real: Route[], all: Route[]): Route[] {
  const alternates = real.map((r) => ({ locale: r.locale, path: r.path }));
  for (const r of all) r.alternates = r.fallback ? [] : alternates;
  return all;
}

function index(routes: Route[]): RouteTable {
  const byPath = new Map<string, Route>();
  const byKey = new Map<string, Map<string, Route>>();
  for (const r of routes) {
    byPath.set(r.path, r);
    if (!byKey.has(r.key)) byKey.set(r.key, new Map());
    byKey.get(r.key)!.set(r.locale, r);
  }
  return { routes, byPath, byKey };
}

/**
 * The language picker: per locale, the real translation of this page, or that
 * locale's home page. It never leads to a fallback copy or a 404.
 */
export function pickerLinks(table: RouteTable, route: Route, locales: string[]): { locale: string; path: string; translated: boolean }[] {
  return locales.map((locale) => {
    const alt = route.alternates.find((a) => a.locale === locale);
    if (alt) return { locale, path: alt.path, translated: true };
    const home = table.byKey.get('home')!.get(locale)!;
    return { locale, path: home.path, translated: false };
  });
}

/** The x-default alternate: the default-locale version when it is real. */
export function xDefault(route: Route, defaultLocale: string): string | undefined {
  return route.alternates.find((a) => a.locale === defaultLocale)?.path;
}
