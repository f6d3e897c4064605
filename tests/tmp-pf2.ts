import * as pagefind from 'pagefind';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
function tree(pid: number, acc: number[] = []) { try { acc.push(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
  for (const t of readdirSync(`/proc/${pid}/task`)) { const c = readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim(); for (const x of c ? c.split(' ') : []) tree(Number(x), acc); } } catch {} return acc; }
let peak = 0;
const timer = setInterval(() => { const p = tree(process.pid).slice(1).reduce((a, b) => a + b, 0) / 1024; peak = Math.max(peak, p); }, 50);
const dir = process.argv[2]; const out = process.argv[3];
rmSync(out, { recursive: true, force: true });
const locales = ['ar', 'en', 'pl', 'tr', 'uk'];
const top = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !locales.includes(e.name) && e.name !== 'pagefind' && e.name !== '_astro').map((e) => `${e.name}/**/*.html`);
const globs = [`{*.html,${top.join(',')}}`, ...locales.map((l) => `${l}/**/*.html`)];
const t0 = performance.now();
const entry: any = { languages: {} };
for (const glob of globs) {
  const t = performance.now();
  const { index } = await pagefind.createIndex({});
  const r = await index!.addDirectory({ path: dir, glob });
  await index!.writeFiles({ outputPath: out });
  await pagefind.close();
  const e = JSON.parse(readFileSync(`${out}/pagefind-entry.json`, 'utf8'));
  Object.assign(entry, { ...e, languages: { ...entry.languages, ...e.languages } });
  console.log(glob.slice(0, 40), r.page_count, ((performance.now() - t) / 1000).toFixed(1), 's', Object.keys(e.languages), readdirSync(`${out}/fragment`).length, 'fragments so far');
}
writeFileSync(`${out}/pagefind-entry.json`, JSON.stringify(entry));
console.log('total', ((performance.now() - t0) / 1000).toFixed(1), 's, peak', peak.toFixed(0), 'MB');
clearInterval(timer);
