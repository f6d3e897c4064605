import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules, headersFor, parseHeadersFile, renderHeadersFile, securityHeaders } from '../../src/safety/headers.ts';
import { ROOT } from '../support/paths.ts';

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

  it('are the same in the shipped nginx configuration', () => {
    const conf = readFileSync(`${ROOT}/deploy/signaal-headers.conf`, 'utf8');
    const nginx = new Map([...conf.matchAll(/^add_header (\S+) "([^"]+)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.fromEntries(nginx)).toEqual(Object.fromEntries(securityHeaders({ base: '/', wasm: true })));
    const server = readFileSync(`${ROOT}/deploy/nginx.conf`, 'utf8');
    expect(server.match(/include snippets\/signaal-headers\.conf;/g)?.length).toBe(3);
    expect(server).toContain('immutable');
  });
});
