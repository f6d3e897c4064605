/**
 * Internal links in MDX: editors write [text](form:stalking) or [text](help:) and the
 * engine turns them into the right URL for the file's locale, so links survive a base
 * path, localized section names and untranslated pages. Pure.
 */
import { href, pathFor, type PageKind, type PathContext } from '../routing/paths.ts';

export const LINK_KINDS = ['form', 'story', 'page', 'contact', 'home', 'forms', 'stories', 'signals', 'help', 'search', 'selfcheck'] as const;
type LinkKind = (typeof LINK_KINDS)[number];

export interface LinkTargets {
  /** Does an entry with this slug exist in this locale or the default locale? */
  exists(kind: 'form' | 'story' | 'page' | 'contact' | 'municipality', slug: string, locale: string): boolean;
  /** The slugs that exist (of this locale and the default one), to suggest the one an editor meant. */
  known(kind: 'form' | 'contact' | 'municipality', locale: string): string[];
  /** The audiences a form's signals are for (its file in this locale, else the default one); undefined when unknown. */
  audiencesOf(form: string, locale: string): string[] | undefined;
}

const SCHEME = /^([a-z]+):(.*)$/;

/** Returns the URL, null for links that are not internal references, or throws a readable error. */
export function resolveLink(url: string, locale: string, base: string, ctx: PathContext, targets: LinkTargets): string | null {
  if (url.startsWith('/')) {
    throw new Error(`link "${url}" starts with /: it breaks when the site lives under a sub-path. Write [text](page:slug), (form:slug), (help:) … instead`);
  }
  const m = SCHEME.exec(url);
  if (!m || !(LINK_KINDS as readonly string[]).includes(m[1])) return null;
  const kind = m[1] as LinkKind;
  const [slug, fragment] = m[2].split('#');
  const withFragment = (u: string) => (fragment ? `${u}#${fragment}` : u);
  switch (kind) {
    case 'form':
    case 'story':
    case 'page':
      if (!slug) throw new Error(`link "${url}" needs a slug, like ${kind}:example`);
      if (!targets.exists(kind, slug, locale)) throw new Error(`link "${url}" points to a ${kind} "${slug}" that does not exist — check the spelling against the file names in content/`);
      return withFragment(href(base, pathFor(ctx, locale, kind, slug)));
    case 'contact':
      if (!targets.exists('contact', slug, locale)) throw new Error(`link "${url}" points to a contact "${slug}" that does not exist in content/contacts/`);
      return `${href(base, pathFor(ctx, locale, 'help'))}#contact-${slug}`;
    case 'help':
      if (slug) {
        if (!targets.exists('municipality', slug, locale)) throw new Error(`link "${url}" points to a municipality "${slug}" that is not in content/campaign.yaml`);
        return withFragment(href(base, pathFor(ctx, locale, 'municipality', slug)));
      }
      return withFragment(href(base, pathFor(ctx, locale, 'help')));
    default:
      return withFragment(href(base, pathFor(ctx, locale, kind as PageKind)));
  }
}
