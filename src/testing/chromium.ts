/**
 * Finds the Debian programs the checks drive (Chromium; nginx for the deploy test).
 * When one is missing and we run as root with apt-get (as CI does), installs it;
 * otherwise fails with what to install. Browser checks are never skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CHROMIUM.find((p) => existsSync(p));
}

/** The first of `binaries` that exists, installing Debian's `pkg` when none does and we may. */
export function ensureDebianPackage(pkg: string, binaries: string[], find = () => binaries.find((p) => existsSync(p))): string {
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`[signaal] ${pkg} not found: installing Debian's ${pkg} package…`);
    const apt = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      apt('install', '-y', '--no-install-recommends', pkg);
    } catch {
      apt('update');
      apt('install', '-y', '--no-install-recommends', pkg);
    }
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(
    `These checks need ${binaries[0]}. Install Debian's package (sudo apt-get install ${pkg})${pkg === 'chromium' ? ' or set CHROME_PATH to a Chromium or Chrome binary' : ''}.`,
  );
}

export const ensureChromium = (): string => ensureDebianPackage('chromium', CHROMIUM, findChromium);

/** Flags for a headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
