/**
 * The editor's loop, measured: `astro dev` started cold, the time until the first page
 * answers, then other pages one by one (each compiled on its first request, as an
 * editor clicking through meets them), then an edit saved to one MDX file and the time
 * until the page shows it. Peak RSS of the dev server's process tree throughout.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { treeRss } from './measure.ts';

export interface DevRun {
  /** Seconds from starting `astro dev` until the first page answered 200. */
  firstPage: number;
  /** Median seconds of a page request after the first, and of the same page asked again. */
  page: number;
  repeat: number;
  /** Seconds from saving an edit until the page shows it. */
  editToVisible: number;
  peakMb: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function measureDev(opts: { dir: string; astroBin: string; pages: string[]; edit: { file: string; page: string } }): Promise<DevRun> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const start = performance.now();
  const child = spawn(process.execPath, [opts.astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: opts.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const get = async (path: string) => {
    const t = performance.now();
    const r = await fetch(origin + path);
    const body = await r.text();
    return { status: r.status, body, seconds: (performance.now() - t) / 1000 };
  };
  const original = readFileSync(opts.edit.file, 'utf8');
  try {
    // Cold start: until the server listens and the first page renders.
    let firstPage = 0;
    for (const end = Date.now() + 30 * 60_000; ;) {
      if (Date.now() > end) throw new Error(`no first page within 30 minutes:\n${output}`);
      const r = await get(opts.pages[0]).catch(() => undefined);
      if (r?.status === 200) {
        firstPage = (performance.now() - start) / 1000;
        break;
      }
      if (r && r.status !== 200 && r.status !== 404) throw new Error(`${opts.pages[0]}: HTTP ${r.status}\n${r.body.slice(0, 2000)}`);
      await sleep(200);
    }
    const times: number[] = [];
    for (const path of opts.pages.slice(1)) {
      const r = await get(path);
      if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}\n${r.body.slice(0, 2000)}`);
      times.push(r.seconds);
    }
    const repeats: number[] = [];
    for (let i = 0; i < 5; i++) repeats.push((await get(opts.pages[1])).seconds);
    // An edit: a new sentence at the end of one page, saved as an editor saves it.
    await get(opts.edit.page);
    const marker = `Bewerkt ${Date.now()}.`;
    writeFileSync(opts.edit.file, `${original.trimEnd()}\n\n${marker}\n`);
    const saved = performance.now();
    let editToVisible = NaN;
    for (const end = Date.now() + 120_000; Date.now() < end;) {
      const r = await get(opts.edit.page);
      if (r.body.includes(marker)) {
        editToVisible = (performance.now() - saved) / 1000;
        break;
      }
      await sleep(25);
    }
    return { firstPage, page: median(times), repeat: median(repeats), editToVisible, peakMb: peak / 1024 };
  } finally {
    clearInterval(timer);
    writeFileSync(opts.edit.file, original);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.on('close', r)));
  }
}
