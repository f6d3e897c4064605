/**
 * The deploy files of one campaign, written by the build beside the pages:
 *   _headers                     Netlify and Cloudflare Pages
 *   _deploy/nginx-locations.conf nginx: the locations to include in a server block
 *   _deploy/nginx.conf           nginx: a whole server that includes them
 * Both come from the same header rules (src/safety/headers.ts) and know the
 * campaign's base path and languages, so per-language 404 pages work under any base.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Campaign } from '../config/campaign.ts';
import { headerRules, IMMUTABLE, renderHeadersFile, REVALIDATE, securityHeaders } from './headers.ts';

export const DEPLOY_DIR = '_deploy';

export interface DeployOptions {
  /** Pagefind compiles WebAssembly: only then is 'wasm-unsafe-eval' allowed. */
  wasm: boolean;
}

/** The nginx locations for the campaign; `root` is set by the server around them. */
export function renderNginxLocations(campaign: Pick<Campaign, 'base' | 'locales' | 'defaultLocale'>, { wasm }: DeployOptions): string {
  const { base } = campaign;
  const headers = (cache: string) =>
    [...securityHeaders({ base, wasm }), ['Cache-Control', cache] as [string, string]]
      .map(([name, value]) => `    add_header ${name} "${value}" always;`)
      .join('\n');
  const others = campaign.locales.map((l) => l.code).filter((code) => code !== campaign.defaultLocale);
  const page = (notFound: string) => `${headers(REVALIDATE)}
    try_files $uri $uri/ =404;
    error_page 404 ${notFound};`;
  const blocks = [
    `# Written by Signaal for base ${base} and locales ${campaign.locales.map((l) => l.code).join(', ')}.
# A location with its own add_header does not inherit the server's, so each one
# carries all headers. "always" sends them with error pages too.`,
    `location ${base} {\n${page(`${base}404.html`)}\n}`,
    ...(others.length
      ? [
          `# Each language has its own "page not found".\nlocation ~ ^${escapeRegex(base)}(${others.map(escapeRegex).join('|')})/ {\n${page(`${base}$1/404.html`)}\n}`,
        ]
      : []),
    `# File names with a content hash never change: cache them for a year.\nlocation ${base}_astro/ {\n${headers(IMMUTABLE)}\n}`,
    `# Build files that are not part of the site.\nlocation = ${base}_headers { return 404; }\nlocation ^~ ${base}${DEPLOY_DIR}/ { return 404; }`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

export function renderNginxServer(campaign: Pick<Campaign, 'base'>): string {
  return `# nginx server for this Signaal site. Copy dist/ to /var/www/signaal${campaign.base}
# and this folder's nginx-locations.conf to /etc/nginx/snippets/signaal-locations.conf.
server {
    listen 80;
    server_name _;
    root /var/www/signaal;
    index index.html;
    # The site promises readers it keeps nothing: no access log of their visits.
    access_log off;
    include snippets/signaal-locations.conf;
}
`;
}

/** Writes every deploy file into the output folder; returns their paths relative to it. */
export function writeDeployFiles(outDir: string, context: { campaign: Campaign }, options: DeployOptions): string[] {
  const { campaign } = context;
  mkdirSync(`${outDir}${DEPLOY_DIR}`, { recursive: true });
  const files: Record<string, string> = {
    _headers: renderHeadersFile(headerRules({ base: campaign.base, wasm: options.wasm })),
    [`${DEPLOY_DIR}/nginx-locations.conf`]: renderNginxLocations(campaign, options),
    [`${DEPLOY_DIR}/nginx.conf`]: renderNginxServer(campaign),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(`${outDir}${file}`, text);
  return Object.keys(files);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
