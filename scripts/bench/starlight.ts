/**
 * Starlight, the yardstick for the editor's loop: the same MDX files as a Starlight
 * site (its current release, installed for the bench only into <tmp>/signaal-bench-starlight/,
 * never a dependency of the site). Signaal's own components (<HelpCard … />) are left
 * out of its copy: Starlight does not have them.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const LOCALES: Record<string, { label: string; dir?: 'rtl' }> = {
  nl: { label: 'Nederlands' },
  en: { label: 'English' },
  ar: { label: 'العربية', dir: 'rtl' },
  tr: { label: 'Türkçe' },
  pl: { label: 'Polski' },
  uk: { label: 'Українська' },
};

/**
 * Installs Starlight (latest) with the engine's Astro version once, in <tmp>/signaal-bench-starlight/,
 * which is also the Starlight project (Astro wants its components inside the project's own
 * node_modules, not behind a link).
 */
export function installStarlight(root: string): { dir: string; version: string } {
  // Outside the repository: from inside it, a package Starlight lacks would resolve to the engine's node_modules.
  const dir = join(tmpdir(), 'signaal-bench-starlight');
  const astro = (JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const installed = join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  const sameAstro =
    existsSync(join(dir, 'node_modules', 'astro', 'package.json')) &&
    JSON.parse(readFileSync(join(dir, 'node_modules', 'astro', 'package.json'), 'utf8')).version === astro;
  if (!existsSync(installed) || !sameAstro) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true,"type":"module"}\n');
    console.log(`Installing @astrojs/starlight@latest with astro@${astro} for the bench…`);
    // Saved in package.json: Astro hands packages listed there to Vite (Starlight imports astro:content).
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `astro@${astro}`, '@astrojs/starlight@latest'], { cwd: dir, stdio: 'inherit' });
  }
  return { dir, version: (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version };
}

/** The Starlight project (in installStarlight's folder) holding the campaign's forms and pages as docs, per locale. */
export function writeStarlightProject(dir: string, contentFrom: string): void {
  for (const old of ['src', 'public', 'dist', '.astro']) rmSync(join(dir, old), { recursive: true, force: true });
  for (const collection of ['forms', 'pages']) {
    for (const locale of Object.keys(LOCALES)) {
      const from = join(contentFrom, 'content', collection, locale);
      const to = join(dir, 'src', 'content', 'docs', locale, collection);
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(from)) {
        const text = readFileSync(join(from, f), 'utf8').replace(/^<[A-Z]\w*[^>]*\/>\s*$/gm, '');
        writeFileSync(join(to, f), text);
      }
    }
  }
  cpSync(join(contentFrom, 'public'), join(dir, 'public'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://example.org',
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
  integrations: [starlight({ title: 'Bench', defaultLocale: 'nl', locales: ${JSON.stringify(LOCALES)} })],
});
`,
  );
}
