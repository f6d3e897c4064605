/** Chromium via playwright-core, with every request and CSP violation recorded. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';
import { campaign, DIST } from './site.ts';
import { serve, type StaticSite } from './server.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

export interface Recorder {
  requests: string[];
  cspViolations: string[];
}

/** A fresh context (no cookies, no storage) that records what the pages ask for. */
export async function recordingContext(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; rec: Recorder }> {
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true });
  const rec: Recorder = { requests: [], cspViolations: [] };
  context.on('request', (r) => rec.requests.push(r.url()));
  context.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) rec.cspViolations.push(m.text());
  });
  return { context, rec };
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe-core in the page (injected over the DevTools protocol, so the CSP does not block it). */
export async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
}

/** Cookies and every kind of storage the page could have written. */
export async function storageOf(page: Page, context: BrowserContext) {
  const cookies = await context.cookies();
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    sw: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  return { cookies: cookies.length, ...storage };
}

/**
 * The built site served on loopback (with its _headers) and one Chromium, for the
 * tests of one file: `const env = servedSite();` then env.site.url(…) and env.browser.
 */
export function servedSite(): { browser: Browser; site: StaticSite } {
  const env = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    env.site = await serve(DIST, campaign.base);
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
