/**
 * npm run audit: Lighthouse (mobile, Debian's Chromium) on the home page, a form,
 * the help page and the self-check in nl and ar, median of 3 runs, against dist/
 * served with its own _headers. Writes docs/lighthouse.md. Not part of npm test (slow).
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from '../src/testing/chromium.ts';
import { serve } from '../src/testing/server.ts';
import { loadCampaign } from '../src/config/load.ts';

const ROOT = process.cwd();
const campaign = loadCampaign(ROOT);
const PAGES = ['', 'vormen/partnergeweld/', 'hulp/', 'zelftest/', 'ar/', 'ar/forms/partnergeweld/', 'ar/help/', 'ar/self-check/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = 3;

const site = await serve(`${ROOT}/dist`, campaign.base);
const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[] = [];
let worst = 100;
try {
  for (const path of PAGES) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(site.url(path), { port: chrome.port, output: 'json', onlyCategories: CATEGORIES, logLevel: 'error' });
      for (const c of CATEGORIES) scores[c].push(Math.round((result!.lhr.categories[c].score ?? 0) * 100));
    }
    const m = CATEGORIES.map((c) => median(scores[c]));
    worst = Math.min(worst, ...m);
    rows.push(`| /${path} | ${m.join(' | ')} |`);
    console.log(rows.at(-1));
  }
} finally {
  chrome.kill();
  await site.close();
}
const table = ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|', ...rows].join('\n');
writeFileSync(
  `${ROOT}/docs/lighthouse.md`,
  `# Lighthouse\n\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile settings (default), Debian's Chromium, median of ${RUNS} runs per page, dist/ served on loopback with the headers from dist/_headers. Run with \`npm run audit\` after \`npm run build\`.\n\nMeasured ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`,
);
console.log(`\n${table}`);
process.exit(worst === 100 ? 0 : 1);
