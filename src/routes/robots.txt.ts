/** robots.txt with the sitemap's full address, which depends on site and base. */
import config from 'virtual:signaal/config';

export function GET() {
  const { site, base } = config.campaign;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base}sitemap-index.xml`, site).href}\n`);
}
