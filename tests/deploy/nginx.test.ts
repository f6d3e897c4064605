/**
 * The nginx configuration the build writes (dist/_deploy/nginx-locations.conf), served
 * by Debian's nginx on loopback and driven in Chromium: the default campaign at the
 * root, and a small campaign under a sub-path. No CSP violation, the right 404 page
 * per language, long caching of hashed files only, build files not served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, recordingContext } from '../../src/testing/browser.ts';
import { ensureDebianPackage } from '../../src/testing/chromium.ts';
import { fixture, type Fixture } from '../support/fixture.ts';
import { ROOT } from '../support/paths.ts';
import nl from '../../src/i18n/strings/nl.ts';

const work = mkdtempSync(join(tmpdir(), 'signaal-nginx-'));
let browser: Browser;
const servers: ChildProcess[] = [];
let sub: Fixture;

beforeAll(async () => {
  ensureDebianPackage('nginx', ['/usr/sbin/nginx']);
  browser = await launch();
});
afterAll(async () => {
  for (const s of servers) s.kill();
  await browser?.close();
  sub?.dispose();
  rmSync(work, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** nginx serving `dist` under `base` with the campaign's own locations file. */
async function nginx(name: string, dist: string, base: string): Promise<string> {
  const dir = join(work, name);
  const www = join(dir, 'www');
  mkdirSync(www, { recursive: true });
  // The site's files sit where its base says: /var/www/signaal/<base> in the written server.
  if (base === '/') symlinkSync(dist, join(dir, 'root'));
  else {
    mkdirSync(join(www, base, '..'), { recursive: true });
    symlinkSync(dist, join(www, base.replace(/\/$/, '')));
  }
  const port = await freePort();
  // As root, nginx workers would run as nobody, who cannot enter the test's private temporary folders.
  const conf = `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${base === '/' ? join(dir, 'root') : www};
    index index.html;
    access_log off;
    include ${dist}/_deploy/nginx-locations.conf;
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const server = spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  servers.push(server);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${origin}${base}`).then(
        () => true,
        () => false,
      )
    )
      return origin;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start; see ${dir}/error.log`);
}

interface Case {
  name: string;
  base: string;
  dist: () => string;
  /** A page per locale and its 404 prefix. */
  locales: { code: string; home: string }[];
}

const cases: Case[] = [
  {
    name: 'the default campaign at the root',
    base: '/',
    dist: () => `${ROOT}/dist`,
    locales: [
      { code: 'nl', home: '' },
      { code: 'en', home: 'en/' },
      { code: 'ar', home: 'ar/' },
    ],
  },
  {
    name: 'a campaign under a sub-path',
    base: '/huiselijk-geweld/',
    dist: () => {
      sub = fixture();
      sub.edit('content/campaign.yaml', (t) => t.replace(/^base: .*$/m, 'base: /huiselijk-geweld/'));
      const r = sub.build();
      if (r.status !== 0) throw new Error(r.output.slice(-3000));
      return `${sub.dir}/dist`;
    },
    locales: [
      { code: 'nl', home: '' },
      { code: 'en', home: 'en/' },
    ],
  },
];

describe.each(cases)('nginx with the written configuration: $name', ({ name, base, dist, locales }) => {
  let origin = '';
  beforeAll(async () => {
    origin = await nginx(name.replace(/\W+/g, '-'), dist(), base);
  }, 600_000);

  it('serves every language with the security headers and no CSP violation, and each language its own 404 page', async () => {
    const { context, rec } = await recordingContext(browser);
    const page = await context.newPage();
    for (const { code, home } of locales) {
      const response = await page.goto(`${origin}${base}${home}`);
      expect(response?.status(), home).toBe(200);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['cache-control']).toContain('must-revalidate');
      await page.waitForLoadState('networkidle');
      expect(await page.locator('html').getAttribute('lang')).toBe(code);

      const missing = await page.goto(`${origin}${base}${home}bestaat-niet/`);
      expect(missing?.status()).toBe(404);
      expect(missing!.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(await page.locator('html').getAttribute('lang'), `404 of ${code}`).toBe(code);
      expect(await page.locator('body').getAttribute('data-kind')).toBe('404');
    }
    expect(rec.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(rec.cspViolations).toEqual([]);
    await context.close();
  });

  it('caches only hashed files for a year, and does not serve the build files', async () => {
    const html = await (await fetch(`${origin}${base}`)).text();
    const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+)"/.exec(html)![1];
    const hashed = await fetch(`${origin}${asset}`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toContain('immutable');
    expect(hashed.headers.get('content-security-policy')).toContain("default-src 'self'");
    const index = await fetch(`${origin}${base}pagefind/pagefind.js`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).not.toContain('immutable');
    expect((await fetch(`${origin}${base}sitemap-index.xml`)).headers.get('cache-control')).toContain('must-revalidate');
    for (const file of ['_headers', '_deploy/nginx-locations.conf']) expect((await fetch(`${origin}${base}${file}`)).status, file).toBe(404);
  });

  it('lets a reader search under the CSP (WebAssembly allowed, nothing else)', async () => {
    const { context, rec } = await recordingContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}${base}${nl['route.search']}/`);
    await page.locator('#search-input').fill('stalking');
    await page.waitForSelector('[data-search-results] a', { timeout: 30_000 });
    expect(rec.cspViolations).toEqual([]);
    await context.close();
  });
});
