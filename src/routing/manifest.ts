/**
 * The route manifest: what the sitemap and the 404 placement need to know of each
 * built page, from the same route table as the pages (src/integration/index.ts).
 */
import type { Campaign } from '../config/campaign.ts';
import { xDefault, type RouteTable } from './routes.ts';

export interface ManifestEntry {
  /** Absolute URL, as the sitemap lists it. */
  url: string;
  /** Relative to the base, as in the route table. */
  path: string;
  /** Real pages only: no fallback copies, no 404 pages. */
  sitemap: boolean;
  notFound: boolean;
  alternates: { url: string; lang: string }[];
}

export function absoluteUrl(campaign: Campaign, path: string): string {
  return new URL(`${campaign.base}${path}`, campaign.site).href;
}

export function buildManifest(campaign: Campaign, table: RouteTable): ManifestEntry[] {
  return table.routes.map((r) => {
    const alternates = r.alternates.map((a) => ({ url: absoluteUrl(campaign, a.path), lang: a.locale }));
    const xd = xDefault(r, campaign.defaultLocale);
    if (alternates.length > 1 && xd !== undefined) alternates.push({ url: absoluteUrl(campaign, xd), lang: 'x-default' });
    return {
      url: absoluteUrl(campaign, r.path),
      path: r.path,
      sitemap: !r.fallback && r.kind !== '404',
      notFound: r.kind === '404',
      // As on the page itself (src/layouts/Base.astro): hreflang only between two or more real translations.
      alternates: r.fallback || r.kind === '404' || r.alternates.length < 2 ? [] : alternates,
    };
  });
}
