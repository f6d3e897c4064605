/**
 * The Signaal engine as one Astro configuration: reads and validates the campaign
 * once, provides it to pages as a virtual module, wires MDX, Tailwind and the
 * sitemap, and finishes the output after the build.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import type { ViteDevServer } from 'vite';
import { loadCampaign, readYaml } from '../config/load.ts';
import { type Campaign } from '../config/campaign.ts';
import { parseOverrides, resolveStrings, missingKeys, type PartialStrings, type UiStrings } from '../i18n/ui.ts';
import { mdxLinks } from './mdx-links.ts';
import { headerRules, renderHeadersFile } from '../safety/headers.ts';
import { indexingPrerenderer } from './search.ts';
import { ROUTES_MANIFEST, type ManifestEntry } from '../routing/manifest.ts';
import type { PathContext } from '../routing/paths.ts';

export interface SignaalOptions {
  /** The project folder (where content/ and public/ live). */
  root: URL;
}

export interface SignaalContext {
  /** The project folder: the pages read content/ from here (src/data/site.ts). */
  root: string;
  campaign: Campaign;
  strings: Record<string, UiStrings>;
}

export function loadContext(root: string): SignaalContext {
  const campaign = loadCampaign(root);
  const locales = campaign.locales.map((l) => l.code);
  const overrides: Record<string, PartialStrings> = {};
  const dir = `${root}/content/i18n`;
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const locale = name.replace(/\.ya?ml$/, '');
      const file = `content/i18n/${name}`;
      if (!locales.includes(locale)) {
        throw new Error(`${file}: "${locale}" is not one of the locales in content/campaign.yaml (${locales.join(', ')})`);
      }
      overrides[locale] = parseOverrides(readYaml(`${root}/${file}`, file), file);
    }
  }
  for (const locale of locales) {
    const missing = missingKeys(locale, overrides);
    if (missing.length) console.warn(`[signaal] ${missing.length} interface strings of "${locale}" fall back to "${campaign.defaultLocale}" (e.g. ${missing.slice(0, 3).join(', ')}); add them in content/i18n/${locale}.yaml`);
  }
  return { root, campaign, strings: resolveStrings(locales, campaign.defaultLocale, overrides) };
}

export function signaal({ root }: SignaalOptions): AstroUserConfig {
  const rootPath = fileURLToPath(root).replace(/\/$/, '');
  const context = loadContext(rootPath);
  const { campaign, strings } = context;
  const ctx = { defaultLocale: campaign.defaultLocale, strings };
  const manifest = new Map<string, ManifestEntry>();

  return {
    site: campaign.site,
    base: campaign.base,
    trailingSlash: 'always',
    // Per-project Vite cache, not inside a node_modules that several projects may share.
    cacheDir: './.astro/cache',
    // Pages render one at a time (Astro's default): rendering several at once was no faster
    // once the content layer was gone, and took more memory (docs/benchmarks.md).
    build: { format: 'directory', inlineStylesheets: 'never' },
    devToolbar: { enabled: false },
    markdown: {
      // Campaign pages show no code; Shiki's highlighting would also write inline styles the CSP forbids.
      syntaxHighlight: false,
      processor: satteri({
        mdastPlugins: [mdxLinks({ root: rootPath, base: campaign.base, ctx, municipalities: campaign.organisation.municipalities.map((m) => m.slug) })],
      }),
    },
    vite: {
      plugins: [tailwindcss(), virtualModules(context)],
      // Every script and style is a same-origin file: the CSP forbids inline code.
      build: {
        assetsInlineLimit: 0,
        rollupOptions: {
          // Astro's own MDX modules trigger this notice once per file; it says nothing to an editor.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    },
    integrations: [
      mdx({ optimize: true }),
      finishOutput(manifest, campaign, ctx),
      sitemap({
        filter: (url) => manifest.get(url)?.sitemap ?? false,
        serialize: (item) => {
          const entry = manifest.get(item.url);
          return { ...item, links: entry?.alternates ?? [] };
        },
      }),
    ],
  };
}

/** `virtual:signaal/config` (campaign + strings) and `virtual:signaal/theme.css`. */
function virtualModules(context: SignaalContext) {
  const ids: Record<string, string> = {
    'virtual:signaal/config': `export default ${JSON.stringify(context)};`,
    'virtual:signaal/theme.css': `:root{--signaal-primary:${context.campaign.theme.primary};--signaal-accent:${context.campaign.theme.accent}}`,
  };
  return {
    name: 'signaal:virtual',
    resolveId(id: string) {
      return id in ids ? `\0${id}` : undefined;
    },
    load(id: string) {
      return id.startsWith('\0') && id.slice(1) in ids ? ids[id.slice(1)] : undefined;
    },
    // In `npm run dev` every page reads content/ afresh (src/data/site.ts); MDX files
    // reload themselves as modules, so only a changed YAML file needs a reload here.
    configureServer(server: ViteDevServer) {
      const content = `${context.root}/content/`;
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(content) && /\.ya?ml$/.test(file)) server.ws.send({ type: 'full-reload', path: '*' });
      });
    },
  };
}

/**
 * While the pages render, index them for search (src/integration/search.ts). After
 * the build: read the route manifest the pages wrote (it feeds the sitemap), move
 * each locale's 404 page to <locale>/404.html where static hosts look, and write the
 * security headers for Netlify and Cloudflare Pages (dist/_headers).
 */
function finishOutput(manifest: Map<string, ManifestEntry>, campaign: Campaign, ctx: PathContext): AstroIntegration {
  let outDir = '';
  return {
    name: 'signaal:output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((inner) => indexingPrerenderer(inner, { outDir, base: campaign.base, locales: campaign.locales.map((l) => l.code), ctx }));
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const file = `${out}${ROUTES_MANIFEST}`;
        const entries = JSON.parse(readFileSync(file, 'utf8')) as ManifestEntry[];
        rmSync(file);
        for (const e of entries) {
          manifest.set(e.url, e);
          if (e.notFound) {
            const from = `${out}${e.path}/index.html`;
            renameSync(from, `${out}${e.path}.html`);
            rmSync(`${out}${e.path}`, { recursive: true });
          }
        }
        // Pagefind searches with WebAssembly: the CSP allows compiling it.
        const wasm = existsSync(`${out}pagefind`);
        writeFileSync(`${out}_headers`, renderHeadersFile(headerRules({ base: campaign.base, wasm })));
      },
    },
  };
}
