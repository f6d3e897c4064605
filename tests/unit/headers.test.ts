import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerRules,
  headersFor,
  IMMUTABLE,
  parseHeadersFile,
  renderHeadersFile,
  REVALIDATE,
  securityHeaders,
} from '../../src/safety/headers.ts';
import { renderNginxLocations } from '../../src/safety/deploy.ts';

describe('security headers', () => {
  it('allow only the own origin, no inline script, no framing', () => {
    const csp = contentSecurityPolicy({ base: '/', wasm: false });
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ base: '/', wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('round-trip through the _headers format under a base path, within Cloudflare limits', () => {
    const file = renderHeadersFile(headerRules({ base: '/hg/', wasm: false }));
    const rules = parseHeadersFile(file);
    const page = new Map(headersFor(rules, '/hg/vormen/'));
    expect(page.get('Referrer-Policy')).toBe('no-referrer');
    expect(page.get('Cache-Control')).toContain('must-revalidate');
    const asset = headersFor(rules, '/hg/_astro/x.123.js');
    expect(asset.filter(([k]) => k === 'Cache-Control').at(-1)?.[1]).toContain('immutable');
    expect(file.split('\n').every((l) => l.length <= 2000)).toBe(true);
  });

  it('refuse a _headers file over Cloudflare limits', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ pattern: `/${i}`, headers: [] as [string, string][] }));
    expect(() => renderHeadersFile(many)).toThrow(/101 rules/);
    expect(() => renderHeadersFile([{ pattern: '/*', headers: [['X', 'y'.repeat(2001)]] }])).toThrow(/2000/);
  });

  it('are the same in the nginx configuration written for the campaign, under its base and per language', () => {
    const conf = renderNginxLocations(
      {
        base: '/hg/',
        defaultLocale: 'nl',
        locales: [
          { code: 'nl', name: 'Nederlands', dir: 'ltr' },
          { code: 'fa', name: 'فارسی', dir: 'rtl' },
        ],
      },
      { wasm: true },
    );
    const blocks = conf.split(/\n(?=location)/).filter((b) => b.startsWith('location'));
    const page = blocks.find((b) => b.startsWith('location /hg/ {'))!;
    const headers = new Map([...page.matchAll(/add_header (\S+) "([^"]+)" always;/g)].map((m) => [m[1], m[2]]));
    expect(Object.fromEntries(headers)).toEqual({ ...Object.fromEntries(securityHeaders({ base: '/hg/', wasm: true })), 'Cache-Control': REVALIDATE });
    expect(page).toContain('error_page 404 /hg/404.html;');
    expect(blocks.find((b) => b.startsWith('location ~ ^/hg/(fa)/'))).toContain('error_page 404 /hg/$1/404.html;');
    expect(blocks.find((b) => b.startsWith('location /hg/_astro/'))).toContain(IMMUTABLE);
    expect(conf).toContain('location = /hg/_headers { return 404; }');
  });
});
