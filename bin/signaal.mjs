#!/usr/bin/env node
// The signaal command (src/cli/main.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const [major, minor] = process.versions.node.split('.').map(Number);

if (major < 22 || (major === 22 && minor < 12)) {
  // Astro needs Node 22.12 or newer: run again with the Node the engine brings (the
  // `node` package), so the command works on a machine with an older Node.
  const own = require.resolve('node/bin/node');
  const r = spawnSync(own, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// The engine is TypeScript, and Node does not strip types inside node_modules: Vite
// (which Astro brings) loads the command line the way Astro loads a config file.
const vite = require.resolve('vite', { paths: [dirname(require.resolve('astro/package.json'))] });
const { runnerImport } = await import(pathToFileURL(vite).href);
// Vite sets NODE_ENV=development when it starts; the commands (astro build among them)
// must see the environment the user gave, or a build would run in development mode.
const nodeEnv = process.env.NODE_ENV;
const { module } = await runnerImport(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
  server: { watch: null },
});
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
process.exitCode = await module.main(process.argv.slice(2), process.cwd());
