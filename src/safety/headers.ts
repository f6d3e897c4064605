/**
 * Security headers for static hosts, as data: written to dist/_headers (Netlify and
 * Cloudflare Pages) and mirrored in deploy/nginx.conf. Pure.
 */

export interface HeaderRule {
  /** A path pattern: /* or /_astro/* (a trailing * matches the rest). */
  pattern: string;
  headers: [string, string][];
}

/** Parses a _headers file: a path line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/** All headers for a path; later rules add to earlier ones, as on Netlify and Cloudflare. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

/** Cloudflare Pages' limits for _headers (Netlify's are looser). */
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

export interface HeaderOptions {
  base: string;
  /** Pagefind compiles WebAssembly: only then is 'wasm-unsafe-eval' allowed. */
  wasm: boolean;
}

/**
 * Only the site's own origin, no inline script; nothing may frame the site.
 * style-src stays 'self' too: Astro writes every style to a file (inlineStylesheets: never).
 */
export function contentSecurityPolicy(opts: HeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self'${opts.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PERMISSIONS_POLICY = [
  'camera',
  'microphone',
  'geolocation',
  'payment',
  'usb',
  'bluetooth',
  'serial',
  'hid',
  'accelerometer',
  'gyroscope',
  'magnetometer',
  'display-capture',
  'browsing-topics',
  'interest-cohort',
]
  .map((f) => `${f}=()`)
  .join(', ');

export function securityHeaders(opts: HeaderOptions): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(opts)],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
}

/** Hashed file names never change content: cache them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the search index change with each build: revalidate. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export function headerRules(opts: HeaderOptions): HeaderRule[] {
  return [
    { pattern: `${opts.base}*`, headers: [...securityHeaders(opts), ['Cache-Control', REVALIDATE]] },
    { pattern: `${opts.base}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
  ];
}

/** The _headers file; throws when it would exceed Cloudflare's limits. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  if (rules.length > MAX_RULES) throw new Error(`_headers: ${rules.length} rules, Cloudflare Pages allows ${MAX_RULES}`);
  const lines = ['# Security headers for Netlify and Cloudflare Pages, written by Signaal at build time.'];
  for (const r of rules) {
    lines.push(r.pattern);
    for (const [k, v] of r.headers) lines.push(`  ${k}: ${v}`);
  }
  const long = lines.find((l) => l.length > MAX_LINE);
  if (long) throw new Error(`_headers: a line of ${long.length} characters, Cloudflare Pages allows ${MAX_LINE}: ${long.slice(0, 60)}…`);
  return `${lines.join('\n')}\n`;
}
