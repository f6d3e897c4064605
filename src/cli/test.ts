/**
 * `signaal test [--no-build]`: builds the campaign (unless --no-build), then runs the
 * promise checks (src/testing/checks/) on its dist/ in Vitest and Chromium: the same
 * checks the engine's own CI runs on the default campaign and the examples, so a
 * municipality's CI holds its own content to them.
 */
import { startVitest } from 'vitest/node';
import { ENGINE } from '../testing/install.ts';
import { runBuild } from './build.ts';

export const CHECKS = 'src/testing/checks/**/*.test.ts';

export async function runSiteTests(argv: string[], root: string): Promise<number> {
  const unknown = argv.filter((a) => a !== '--no-build');
  if (unknown.length) {
    console.error(`unknown option "${unknown[0]}"\nusage: signaal test [--no-build]`);
    return 2;
  }
  if (!argv.includes('--no-build')) {
    const code = runBuild([], root);
    if (code) return code;
  }
  process.env.SIGNAAL_PROJECT = root;
  const vitest = await startVitest(
    'test',
    [],
    {
      root: ENGINE,
      config: false,
      watch: false,
      include: [CHECKS],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
    {
      // Vitest's cache beside the campaign's other build files, not in a node_modules of its own.
      cacheDir: `${root}/.astro/cache/vitest`,
    },
  );
  const failed = !vitest || vitest.state.getCountOfFailedTests() > 0 || vitest.state.getUnhandledErrors().length > 0;
  await vitest?.close();
  return failed ? 1 : 0;
}
