/**
 * A static server for dist/ on loopback, like the hosts municipalities use: serves
 * the site under its base path, answers unknown paths with the locale's 404.html,
 * and applies the headers in dist/_headers (Netlify / Cloudflare Pages format).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseHeadersFile, headersFor } from '../safety/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.vtt': 'text/vtt',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export interface StaticSite {
  origin: string;
  /** Absolute URL of a path relative to the base: url('en/') */
  url(path?: string): string;
  close(): Promise<void>;
}

export async function serve(dist: string, base: string, opts: { headers?: boolean } = {}): Promise<StaticSite> {
  const rules = opts.headers !== false && existsSync(`${dist}/_headers`) ? parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      for (const [k, v] of headersFor(rules, pathname)) headers[k] = v;
      res.writeHead(status, headers);
      res.end(readFileSync(file));
    };
    if (!pathname.startsWith(base)) return notFound();
    const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    return notFound();

    function notFound() {
      const first = pathname.slice(base.length).split('/')[0];
      const localized = join(dist, first, '404.html');
      const page = first && existsSync(localized) ? localized : join(dist, '404.html');
      if (existsSync(page)) return send(404, page);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
