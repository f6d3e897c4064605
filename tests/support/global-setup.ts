/**
 * Global set-ups of the test projects (vitest.config.ts): the default campaign built
 * in place for the promise checks, the reference fixture campaign built in its own
 * folder for the engine's browser tests. SIGNAAL_REUSE_DIST=1 skips a build that is
 * already there, while iterating on tests locally.
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from '../../src/testing/chromium.ts';
import { installEngine } from '../../src/testing/install.ts';
import { astroBuild } from './build.ts';
import { CAMPAIGN_CONFIG } from './fixture.ts';
import { REFERENCE, ROOT } from './paths.ts';

function build(dir: string, what: string) {
  if (process.env.SIGNAAL_REUSE_DIST && existsSync(`${dir}/dist/index.html`)) return;
  const { status, output } = astroBuild(dir);
  if (status !== 0) throw new Error(`${what} did not build:\n${output.slice(-4000)}`);
}

export function defaultCampaign() {
  ensureChromium();
  build(ROOT, 'The default campaign');
}

export function referenceCampaign() {
  ensureChromium();
  if (!(process.env.SIGNAAL_REUSE_DIST && existsSync(`${REFERENCE}/dist/index.html`))) {
    rmSync(REFERENCE, { recursive: true, force: true });
    cpSync(`${ROOT}/tests/fixtures/campaigns/reference`, REFERENCE, { recursive: true });
    writeFileSync(`${REFERENCE}/astro.config.mjs`, CAMPAIGN_CONFIG);
    writeFileSync(`${REFERENCE}/package.json`, '{ "name": "reference", "private": true, "type": "module" }\n');
    installEngine(REFERENCE, `${ROOT}/node_modules`, ROOT);
  }
  build(REFERENCE, 'The reference fixture campaign');
}
