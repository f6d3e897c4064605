/** The route manifest for the sitemap; the integration reads and removes it after the build. */
import config from 'virtual:signaal/config';
import { getSite } from '../data/site.ts';
import { buildManifest } from '../routing/manifest.ts';

export async function GET() {
  const site = await getSite();
  return new Response(JSON.stringify(buildManifest(config.campaign, site.table)));
}
