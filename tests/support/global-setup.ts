import { existsSync } from 'node:fs';
import { astroBuild } from './build.ts';
import { ensureChromium } from './chromium.ts';
import { DIST, ROOT } from './paths.ts';

export default function setup() {
  ensureChromium();
  // SIGNAAL_REUSE_DIST=1 skips the build while iterating on tests locally.
  if (process.env.SIGNAAL_REUSE_DIST && existsSync(`${DIST}/index.html`)) return;
  const { status, output } = astroBuild(ROOT);
  if (status !== 0) throw new Error(`The default campaign did not build:\n${output.slice(-4000)}`);
}
