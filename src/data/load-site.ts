/**
 * The site as pages see it: every collection, checked for cross-references, turned
 * into the route table. Pure of Astro: the pages call it through src/data/site.ts,
 * the integration calls readRoutes() for the sitemap and the 404 pages.
 */
import type { SignaalContext } from '../integration/context.ts';
import type { FileCache } from '../content/read.ts';
import { loadContent, type ContactEntry, type FormEntry, type MdxEntry, type PageEntry, type StoryEntry } from '../content/load.ts';
import { checkReferences } from '../content/references.ts';
import { editorError } from '../config/campaign.ts';
import { isStrict, notReadyToPublish, type PublishFacts } from '../help/freshness.ts';
import { localToday } from '../editor/today.ts';
import type { Audience } from '../content/schemas.ts';
import { buildRoutes, type EntryRef, type Route, type RouteTable } from '../routing/routes.ts';
import type { PathContext } from '../routing/paths.ts';

export type { ContactEntry, FormEntry, MdxEntry, PageEntry, StoryEntry };

export interface Listed<E> {
  route: Route;
  entry: E;
}

export interface Site {
  table: RouteTable;
  ctx: PathContext;
  entries: Map<string, MdxEntry>;
  contacts: ContactEntry[];
  /** The contacts for the whole country, in list order (help page, footer, home, self-check). */
  national: ContactEntry[];
  /** Per locale: the forms, stories and pages a reader of that locale can open (own or fallback). */
  forms: Record<string, Listed<FormEntry>[]>;
  stories: Record<string, Listed<StoryEntry>[]>;
  pages: Record<string, Listed<PageEntry>[]>;
  /** Per locale: pages with a role (about, privacy, accessibility, …) for the footer. */
  footerPages: Record<string, Listed<PageEntry>[]>;
  /** Per locale: forms by slug. */
  formBySlug: Record<string, Map<string, Listed<FormEntry>>>;
}

/** Every MDX entry of the content as the route table needs it. */
function refsOf(mdx: MdxEntry[]): EntryRef[] {
  return mdx.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.filePath,
    role: e.collection === 'pages' ? e.data.role : undefined,
    needsTranslation: e.data.needsTranslation,
  }));
}

/** The route table alone, for the integration after the build (sitemap, 404 pages). */
export function readRoutes({ root, campaign, strings }: SignaalContext): RouteTable {
  const { forms, stories, pages } = loadContent(root);
  return buildRoutes(campaign, { defaultLocale: campaign.defaultLocale, strings }, refsOf([...forms, ...stories, ...pages]));
}

/** files: the dev server's cache of files read before (src/content/read.ts). */
export function loadSite({ root, campaign, strings }: SignaalContext, files?: FileCache): Site {
  const { forms, stories, pages, contacts } = loadContent(root, files);
  checkReferences(
    campaign,
    [...forms, ...stories, ...pages, ...contacts].map((e) => ({ file: e.filePath, collection: e.collection, data: e.data as Record<string, unknown> })),
  );
  warnAboutExamples([
    ...contacts.map((c): PublishFacts => ({ file: c.filePath, kind: 'contact', verifiedAt: c.data.verifiedAt, example: c.data.example })),
    ...stories.map((s): PublishFacts => ({ file: s.filePath, kind: 'story', example: s.data.provenance.kind === 'composite-example' })),
    { file: 'content/campaign.yaml', kind: 'accessibility', example: campaign.accessibility.example },
  ]);
  const mdx: MdxEntry[] = [...forms, ...stories, ...pages];
  const ctx = { defaultLocale: campaign.defaultLocale, strings };
  const table = buildRoutes(campaign, ctx, refsOf(mdx));
  const entries = new Map(mdx.map((e) => [e.id, e]));

  const listed = <E extends MdxEntry>(kind: Route['kind']) => {
    const out: Record<string, Listed<E>[]> = {};
    for (const { code } of campaign.locales) {
      out[code] = table.routes
        .filter((r) => r.kind === kind && r.locale === code)
        .map((route) => ({ route, entry: entries.get(route.entryId!) as E }))
        .sort((a, b) => order(a.entry) - order(b.entry) || a.entry.data.title.localeCompare(b.entry.data.title, code));
    }
    return out;
  };

  const forms_ = listed<FormEntry>('form');
  const pages_ = listed<PageEntry>('page');
  const sorted = contacts.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
  const byLocale = <T>(f: (code: string) => T) => Object.fromEntries(campaign.locales.map(({ code }) => [code, f(code)]));
  return {
    table,
    ctx,
    entries,
    footerPages: byLocale((code) => pages_[code].filter((p) => p.entry.data.role !== 'other')),
    formBySlug: byLocale((code) => new Map(forms_[code].map((f) => [f.route.slug!, f]))),
    contacts: sorted,
    national: sorted.filter((c) => c.data.scope === 'national'),
    forms: forms_,
    stories: listed<StoryEntry>('story'),
    pages: pages_,
  };
}

/** Stale and example contacts, example stories: a warning, or with --strict a failed build. */
function warnAboutExamples(items: PublishFacts[]) {
  const warnings = notReadyToPublish(items, localToday()).map((p) => `${p.file}: ${p.field}: ${p.message}`);
  if (!warnings.length) return;
  if (isStrict()) {
    throw editorError(
      `Strict mode: ${warnings.length} ${warnings.length > 1 ? 'files are' : 'file is'} not ready to publish:\n${warnings.map((w) => `  - ${w}`).join('\n')}`,
      "Check each contact on the service's own site and update verifiedAt; replace or remove the example contacts and example stories. Build without --strict to preview.",
    );
  }
  console.warn(
    `[signaal] ${warnings.length} publishing warning(s); \`npm run build -- --strict\` turns these into errors:\n${warnings.map((w) => `  - ${w}`).join('\n')}`,
  );
}

function order(e: MdxEntry): number {
  return 'order' in e.data ? (e.data.order as number) : 100;
}

/** Contacts for a locale's reader: national ones, or the local ones of one municipality. */
export function contactsFor(all: ContactEntry[], opts: { municipality?: string; form?: string; audience?: Audience } = {}): ContactEntry[] {
  return all.filter((c) => {
    const scope = c.data.scope;
    if (opts.municipality ? scope === 'national' || !scope.includes(opts.municipality) : false) return false;
    if (opts.form && !c.data.relatedForms.includes(opts.form)) return false;
    if (opts.audience && !c.data.audiences.includes(opts.audience)) return false;
    return true;
  });
}
