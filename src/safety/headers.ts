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
