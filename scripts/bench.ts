/**
 * npm run bench [-- --pages 1200,12000 --runs 3]: one synthetic campaign, three projects
 * on the same MDX files, side by side on this machine: Signaal, the bare-Astro floor and
 * Starlight (its current release, installed for the bench only). For each: the
 * production build (wall time, ms per page, peak RSS), a build after changing one file,
 * and the editor's loop in `astro dev` (first page after starting, a page after the
 * first, the same page again, edit-to-visible, peak RSS). Signaal is given as a ratio to
 * Starlight and to the floor. Builds run --runs times taking turns (median and range);
 * the dev loop once per run. Writes docs/benchmarks.last.md.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync, cpSync, writeFileSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCampaign } from './bench/generate.ts';
import { writeFloorProject } from './bench/floor.ts';
import { countPages, dirSize, measure } from './bench/measure.ts';
import { installStarlight, writeStarlightProject } from './bench/starlight.ts';
import { measureDev, type DevRun } from './bench/dev.ts';
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
const withStarlight = !process.argv.includes('--no-starlight');
// --rebuild Signaal: measure the build after one change for these projects only (default: all).
const rebuildArg = process.argv.indexOf('--rebuild');
const rebuildOnly = rebuildArg > 0 ? process.argv[rebuildArg + 1].split(',') : undefined;
// --no-dev: builds only (the dev loop takes minutes per project at 12,000 files).
const withDev = !process.argv.includes('--no-dev');
const starlight = withStarlight ? installStarlight(ROOT) : undefined;
const devRows: string[] = [];
const rebuildRows: string[] = [];

for (const mdxFiles of sizes) {
  const perLocale = Math.round(mdxFiles / 12);
  const work = mkdtempSync(join(tmpdir(), 'signaal-bench-'));
  const signaal = join(work, 'signaal');
  const floor = join(work, 'floor');
  const star = starlight?.dir ?? '';
  try {
    generateCampaign(signaal, perLocale, ROOT);
    cpSync(join(ROOT, 'src'), join(signaal, 'src'), { recursive: true });
    for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(signaal, f));
    symlinkSync(join(ROOT, 'node_modules'), join(signaal, 'node_modules'));
    writeFloorProject(floor, signaal);
    symlinkSync(join(ROOT, 'node_modules'), join(floor, 'node_modules'));
    if (starlight) writeStarlightProject(star, signaal);

    const n = (i: number, prefix: string) => `${prefix}-${String(i).padStart(5, '0')}`;
    // The same pages in each project: a first page, then five forms and five free pages (nl).
    const pagesOf = (form: (slug: string) => string, page: (slug: string) => string) => [
      form(n(0, 'vorm')),
      ...[1, 2, 3, 4, 5].map((i) => form(n(i, 'vorm'))),
      ...[1, 2, 3, 4, 5].map((i) => page(n(i, 'pagina'))),
    ];
    const projects = [
      {
        name: 'floor',
        dir: floor,
        astro: astroBin,
        pages: pagesOf(
          (s) => `/forms/nl/${s}/`,
          (s) => `/pages/nl/${s}/`,
        ),
        editFile: join(floor, 'content/forms/nl', `${n(7, 'vorm')}.mdx`),
        editPage: `/forms/nl/${n(7, 'vorm')}/`,
      },
      {
        name: 'Signaal',
        dir: signaal,
        astro: astroBin,
        pages: pagesOf(
          (s) => `/vormen/${s}/`,
          (s) => `/${s}/`,
        ),
        editFile: join(signaal, 'content/forms/nl', `${n(7, 'vorm')}.mdx`),
        editPage: `/vormen/${n(7, 'vorm')}/`,
      },
      ...(starlight
        ? [
            {
              name: 'Starlight',
              dir: star,
              astro: join(starlight.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
              pages: pagesOf(
                (s) => `/nl/forms/${s}/`,
                (s) => `/nl/pages/${s}/`,
              ),
              editFile: join(star, 'src/content/docs/nl/forms', `${n(7, 'vorm')}.mdx`),
              editPage: `/nl/forms/${n(7, 'vorm')}/`,
            },
          ]
        : []),
    ];
    type Run = { seconds: number; peakMb: number };
    const builds = new Map<string, Run[]>(projects.map((p) => [p.name, []]));
    const rebuilds = new Map<string, Run[]>(projects.map((p) => [p.name, []]));
    const devs = new Map<string, DevRun[]>(projects.map((p) => [p.name, []]));
    // Each build starts from the same state: no dist/ to delete first (deleting 24,000 files
    // of the previous run took 20 s on this disk) and nothing left to write back from it.
    const build = (dir: string, astro: string, clean = true) => {
      if (clean) rmSync(join(dir, 'dist'), { recursive: true, force: true });
      execFileSync('sync');
      // The same command for each: `npm run build` only adds a wrapper that swaps dist/ when done.
      return measure(process.execPath, [astro, 'build'], dir);
    };
    for (let run = 1; run <= runs; run++) {
      for (const p of projects) {
        console.log(`\n${perLocale * 12} MDX files, run ${run} of ${runs}: building ${p.name}…`);
        builds.get(p.name)!.push(await build(p.dir, p.astro));
        console.log(`${p.name}: ${builds.get(p.name)!.at(-1)!.seconds.toFixed(1)} s, ${builds.get(p.name)!.at(-1)!.peakMb.toFixed(0)} MB`);
        if (rebuildOnly && !rebuildOnly.includes(p.name)) continue;
        // One file changed, built again with everything the first build left (caches, dist/).
        const original = readFileSync(p.editFile, 'utf8');
        writeFileSync(p.editFile, `${original.trimEnd()}\n\nEen zin erbij.\n`);
        try {
          rebuilds.get(p.name)!.push(await build(p.dir, p.astro, false));
        } finally {
          writeFileSync(p.editFile, original);
        }
        console.log(`${p.name}, one file changed: ${rebuilds.get(p.name)!.at(-1)!.seconds.toFixed(1)} s`);
      }
      for (const p of withDev ? projects : []) {
        console.log(`${p.name}: npm run dev…`);
        const d = await measureDev({ dir: p.dir, astroBin: p.astro, pages: p.pages, edit: { file: p.editFile, page: p.editPage } });
        devs.get(p.name)!.push(d);
        console.log(
          `${p.name} dev: first page ${d.firstPage.toFixed(1)} s, page ${d.page.toFixed(3)} s, again ${d.repeat.toFixed(3)} s, edit visible ${d.editToVisible.toFixed(2)} s, ${d.peakMb.toFixed(0)} MB`,
        );
      }
    }
    const summary = (xs: Run[]) => ({
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
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    const vs = (name: string, pick: (r: Record<string, number>) => number, table: Map<string, Record<string, number>>) => {
      if (name !== 'Signaal') return '';
      const others = ['Starlight', 'floor'].filter((o) => table.has(o)).map((o) => `${ratio(pick(table.get('Signaal')!), pick(table.get(o)!))} of ${o}`);
      return others.length ? ` (${others.join(', ')})` : '';
    };
    const buildStats = new Map(projects.map((p) => [p.name, summary(builds.get(p.name)!)]));
    const rebuildStats = new Map(projects.map((p) => [p.name, summary(rebuilds.get(p.name)!)]));
    const pagesBuilt = new Map(projects.map((p) => [p.name, countPages(join(p.dir, 'dist'))]));
    const fBytes = await bytesUntilFirstResults(join(floor, 'dist'), `forms/nl/vorm-00000/`, 'geweld');
    const sBytes = await bytesUntilFirstResults(join(signaal, 'dist'), `vormen/vorm-00000/`, 'geweld');
    const sIndex = dirSize(join(signaal, 'dist', 'pagefind'));
    const fIndex = dirSize(join(floor, 'dist', 'pagefind'));
    const perLang = Object.entries(indexPerLocale(join(signaal, 'dist')))
      .map(([l, v]) => `${l} ${mb(v)}`)
      .join(', ');
    for (const p of projects) {
      const b = buildStats.get(p.name)!;
      const r = rebuilds.get(p.name)!.length ? rebuildStats.get(p.name)! : undefined;
      const pick = (key: 'seconds' | 'peakMb') => (x: Record<string, number>) => x[key];
      const table = buildStats as unknown as Map<string, Record<string, number>>;
      const search =
        p.name === 'floor'
          ? `${mb(fIndex)} MB | ${(fBytes / 1024).toFixed(0)} KB`
          : p.name === 'Signaal'
            ? `${mb(sIndex)} MB (${perLang}) | ${(sBytes / 1024).toFixed(0)} KB`
            : '– | –';
      rows.push(
        `| ${perLocale * 12} MDX | ${p.name} | ${pagesBuilt.get(p.name)} | ${b.seconds.toFixed(1)} s${b.secondsRange}${vs(p.name, pick('seconds'), table)} | ${((b.seconds * 1000) / pagesBuilt.get(p.name)!).toFixed(1)} | ${b.peakMb.toFixed(0)} MB${b.peakRange}${vs(p.name, pick('peakMb'), table)} | ${search} |`,
      );
      if (r)
        rebuildRows.push(
          `| ${perLocale * 12} MDX | ${p.name} | ${r.seconds.toFixed(1)} s${r.secondsRange}${vs(p.name, pick('seconds'), new Map([...rebuildStats].filter(([name]) => rebuilds.get(name)!.length)) as unknown as Map<string, Record<string, number>>)} | ${(r.seconds / b.seconds).toFixed(2)}× of its full build |`,
        );
    }
    const devStats = new Map(
      projects.map((p) => {
        const d = devs.get(p.name)!;
        const m = (k: keyof DevRun) => median(d.map((x) => x[k]));
        return [p.name, { firstPage: m('firstPage'), page: m('page'), repeat: m('repeat'), editToVisible: m('editToVisible'), peakMb: m('peakMb') }];
      }),
    );
    for (const p of withDev ? projects : []) {
      const d = devStats.get(p.name)!;
      const t = devStats as unknown as Map<string, Record<string, number>>;
      devRows.push(
        `| ${perLocale * 12} MDX | ${p.name} | ${d.firstPage.toFixed(1)} s${vs(p.name, (x) => x.firstPage, t)} | ${d.page.toFixed(3)} s${vs(p.name, (x) => x.page, t)} | ${d.repeat.toFixed(3)} s${vs(p.name, (x) => x.repeat, t)} | ${d.editToVisible.toFixed(2)} s${vs(p.name, (x) => x.editToVisible, t)} | ${d.peakMb.toFixed(0)} MB${vs(p.name, (x) => x.peakMb, t)} |`,
      );
    }
    console.log([...rows.slice(-projects.length), ...rebuildRows.slice(-projects.length), ...devRows.slice(-projects.length)].join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const table = [
  `Median of ${runs} run${runs > 1 ? 's' : ''} each [range]; ${cpus().length} cores${starlight ? `; Starlight ${starlight.version}` : ''}.`,
  '',
  '### Production build',
  '',
  '| size | project | HTML pages | wall time (ratio) | ms per page | peak RSS (ratio) | search index (per locale, MB) | bytes until first results |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  '### A build after changing one MDX file',
  '',
  '| size | project | wall time (ratio) | of a full build |',
  '|---|---|---|---|',
  ...rebuildRows,
  '',
  "### `astro dev`: the editor's loop",
  '',
  '| size | project | first page after start | a page after the first (median of 10) | the same page again | edit to visible | peak RSS |',
  '|---|---|---|---|---|---|---|',
  ...devRows,
].join('\n');
console.log(`\n${table}`);
writeFileSync(
  join(ROOT, 'docs', 'benchmarks.last.md'),
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.\n\n${defaultSite}\n\n${table}\n`,
);
