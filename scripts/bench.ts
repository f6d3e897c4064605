/**
 * npm run bench [-- --pages 1200,12000]: builds a synthetic campaign with Signaal and
 * the same MDX with a bare Astro project (the floor), and reports wall time, ms per
 * page, peak RSS, search index size and bytes until the first search results, with
 * Signaal as a ratio to the floor. Each build runs --runs times (default 3), the two
 * taking turns so both see the same machine; the median is reported, with the range.
 * Writes docs/benchmarks.last.md.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync, cpSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCampaign } from './bench/generate.ts';
import { writeFloorProject } from './bench/floor.ts';
import { countPages, dirSize, measure } from './bench/measure.ts';
import { bytesUntilFirstResults } from './bench/search-bytes.ts';

const ROOT = process.cwd();
const arg = process.argv.indexOf('--pages');
const sizes = (arg > 0 ? process.argv[arg + 1] : '1200,12000').split(',').map(Number);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[], f: (n: number) => string) => (xs.length > 1 ? ` [${f(Math.min(...xs))}–${f(Math.max(...xs))}]` : '');
const astroBin = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

function indexPerLocale(dist: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const sub of ['index', 'fragment', 'filter']) {
    for (const f of readdirSync(join(dist, 'pagefind', sub))) {
      const lang = f.split('_')[0];
      out[lang] = (out[lang] ?? 0) + statSync(join(dist, 'pagefind', sub, f)).size;
    }
  }
  return out;
}

const rows: string[] = [];
// The default campaign as built in dist/ (npm run build first): search weight per language.
let defaultSite = '';
if (existsSync(join(ROOT, 'dist', 'pagefind'))) {
  const bytes = await bytesUntilFirstResults(join(ROOT, 'dist'), 'vormen/partnergeweld/', 'geweld');
  const perLang = Object.entries(indexPerLocale(join(ROOT, 'dist')))
    .map(([l, n]) => `${l} ${(n / 1024).toFixed(0)} KB`)
    .join(', ');
  defaultSite = `Default campaign (dist/): ${countPages(join(ROOT, 'dist'))} HTML pages; search index per language: ${perLang}; bytes until the first results (query "geweld", nl): ${(bytes / 1024).toFixed(0)} KB.`;
  console.log(defaultSite);
}
for (const mdxFiles of sizes) {
  const perLocale = Math.round(mdxFiles / 12);
  const work = mkdtempSync(join(tmpdir(), 'signaal-bench-'));
  const signaal = join(work, 'signaal');
  const floor = join(work, 'floor');
  try {
    generateCampaign(signaal, perLocale, ROOT);
    cpSync(join(ROOT, 'src'), join(signaal, 'src'), { recursive: true });
    for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(signaal, f));
    symlinkSync(join(ROOT, 'node_modules'), join(signaal, 'node_modules'));
    writeFloorProject(floor, signaal);
    symlinkSync(join(ROOT, 'node_modules'), join(floor, 'node_modules'));

    const fRuns: { seconds: number; peakMb: number }[] = [];
    const sRuns: { seconds: number; peakMb: number }[] = [];
    // Each build starts from the same state: no dist/ to delete first (deleting 24,000 files
    // of the previous run took 20 s on this disk) and nothing left to write back from it.
    const build = (dir: string) => {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      execFileSync('sync');
      // The same command for both: `npm run build` only adds a wrapper that swaps dist/ when done.
      return measure(process.execPath, [astroBin, 'build'], dir);
    };
    for (let run = 1; run <= runs; run++) {
      console.log(`\n${perLocale * 12} MDX files, run ${run} of ${runs}: building the floor…`);
      fRuns.push(await build(floor));
      console.log(`… and Signaal`);
      sRuns.push(await build(signaal));
      console.log(
        `floor ${fRuns.at(-1)!.seconds.toFixed(1)} s, ${fRuns.at(-1)!.peakMb.toFixed(0)} MB; Signaal ${sRuns.at(-1)!.seconds.toFixed(1)} s, ${sRuns.at(-1)!.peakMb.toFixed(0)} MB`,
      );
    }
    const summary = (xs: { seconds: number; peakMb: number }[]) => ({
      seconds: median(xs.map((x) => x.seconds)),
      peakMb: median(xs.map((x) => x.peakMb)),
      secondsRange: range(
        xs.map((x) => x.seconds),
        (n) => n.toFixed(1),
      ),
      peakRange: range(
        xs.map((x) => x.peakMb),
        (n) => n.toFixed(0),
      ),
    });
    const f = summary(fRuns);
    const s = summary(sRuns);
    const fPages = countPages(join(floor, 'dist'));
    const sPages = countPages(join(signaal, 'dist'));
    const fBytes = await bytesUntilFirstResults(join(floor, 'dist'), `forms/nl/vorm-00000/`, 'geweld');
    const sBytes = await bytesUntilFirstResults(join(signaal, 'dist'), `vormen/vorm-00000/`, 'geweld');
    const sIndex = dirSize(join(signaal, 'dist', 'pagefind'));
    const fIndex = dirSize(join(floor, 'dist', 'pagefind'));
    const perLang = Object.entries(indexPerLocale(join(signaal, 'dist')))
      .map(([l, n]) => `${l} ${mb(n)}`)
      .join(', ');
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    rows.push(
      `| ${perLocale * 12} MDX | floor | ${fPages} | ${f.seconds.toFixed(1)} s${f.secondsRange} | ${((f.seconds * 1000) / fPages).toFixed(1)} | ${f.peakMb.toFixed(0)} MB${f.peakRange} | ${mb(fIndex)} MB | ${(fBytes / 1024).toFixed(0)} KB |`,
      `| ${perLocale * 12} MDX | Signaal | ${sPages} | ${s.seconds.toFixed(1)} s${s.secondsRange} (${ratio(s.seconds, f.seconds)}) | ${((s.seconds * 1000) / sPages).toFixed(1)} | ${s.peakMb.toFixed(0)} MB${s.peakRange} (${ratio(s.peakMb, f.peakMb)}) | ${mb(sIndex)} MB (${perLang}) | ${(sBytes / 1024).toFixed(0)} KB |`,
    );
    console.log(rows.slice(-2).join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const table = [
  `Median of ${runs} run${runs > 1 ? 's' : ''} each [range].`,
  '',
  '| size | build | HTML pages | wall time (ratio to floor) | ms per page | peak RSS (ratio) | search index (per locale, MB) | bytes until first results |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(`\n${table}`);
writeFileSync(
  join(ROOT, 'docs', 'benchmarks.last.md'),
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.\n\n${defaultSite}\n\n${table}\n`,
);
