/**
 * The Signaal engine as one Astro integration. A campaign's astro.config.mjs holds
 *
 *   integrations: [signaal()]
 *
 * beside any integration or setting of its own. The integration reads and checks the
 * campaign once, sets what the campaign decides (site, base, trailing slashes), adds
 * MDX and the sitemap when the campaign has not, injects the page routes, gives pages
 * the campaign as a virtual module and finishes the output after the build.
 */
import { relative } from 'node:path';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Rolldown, ViteDevServer } from 'vite';
import { loadContext, type SignaalContext } from './context.ts';
import { mdxLinks } from './mdx-links.ts';
import { indexingPrerenderer } from './search.ts';
import { buildManifest, type ManifestEntry } from '../routing/manifest.ts';
import { readRoutes } from '../data/load-site.ts';
import { writeDeployFiles } from '../safety/deploy.ts';
import { MDX_HINT } from '../config/campaign.ts';
import { mdxSyntaxProblem } from '../content/mdx-syntax.ts';
import { bumpContentVersion } from '../data/content-version.ts';

export type { SignaalContext } from './context.ts';
export { loadContext } from './context.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Everything a campaign decides lives in content/campaign.yaml: the integration takes no options. */
export default function signaal(): AstroIntegration {
  let context: SignaalContext;
  let outDir = '';
  // Filled after the build from the route table, read by the sitemap's filter: in memory.
  const manifest = new Map<string, ManifestEntry>();

  return {
    name: 'signaal',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute, addMiddleware, logger }) => {
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        context = loadContext(root, (m) => logger.warn(m));
        const { campaign, strings } = context;
        const ctx = { defaultLocale: campaign.defaultLocale, strings };
        const has = (name: string) => config.integrations.some((i) => i.name === name);

        injectRoute({ pattern: '/[...path]', entrypoint: here('../routes/page.astro'), prerender: true });
        injectRoute({ pattern: '/robots.txt', entrypoint: here('../routes/robots.txt.ts'), prerender: true });
        addMiddleware({ entrypoint: here('./middleware.ts'), order: 'post' });

        updateConfig({
          site: campaign.site,
          base: campaign.base,
          trailingSlash: 'always',
          // Per-project Vite cache, not inside a node_modules that several projects may share.
          cacheDir: new URL('./.astro/cache/', config.root),
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          markdown: {
            // Campaign pages show no code; Shiki's highlighting would also write inline styles the CSP forbids.
            syntaxHighlight: false,
            processor: satteri({
              mdastPlugins: [mdxLinks({ root, base: campaign.base, ctx, municipalities: campaign.organisation.municipalities.map((m) => m.slug) })],
            }),
          },
          vite: {
            plugins: [tailwindcss(), virtualModules(context, command === 'dev'), mdxErrorHints()],
            // Every script and style is a same-origin file: the CSP forbids inline code.
            build: {
              assetsInlineLimit: 0,
              rollupOptions: {
                // Astro's own MDX modules trigger this notice once per file; it says nothing to an editor.
                onwarn(warning: Rolldown.RolldownLog, warn: Rolldown.LoggingFunction) {
                  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
                },
              },
            },
          },
          integrations: [
            ...(has('@astrojs/mdx') ? [] : [mdx({ optimize: true })]),
            ...(has('@astrojs/sitemap')
              ? []
              : [
                  sitemap({
                    filter: (url) => manifest.get(url)?.sitemap ?? false,
                    serialize: (item) => ({ ...item, links: manifest.get(item.url)?.alternates ?? [] }),
                  }),
                ]),
          ],
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const { campaign, strings } = context;
        const ctx = { defaultLocale: campaign.defaultLocale, strings };
        setPrerenderer((inner) => indexingPrerenderer(inner, { outDir, base: campaign.base, locales: campaign.locales.map((l) => l.code), ctx }));
      },
      'astro:build:done': ({ dir, logger }) => finishOutput(context, fileURLToPath(dir), manifest, logger),
    },
  };
}

/**
 * After the build: the route table (read again from the content's frontmatter) feeds
 * the sitemap; each locale's 404 page moves to <locale>/404.html where static hosts
 * look; the deploy files are written for this campaign's base and locales.
 */
function finishOutput(context: SignaalContext, out: string, manifest: Map<string, ManifestEntry>, logger: AstroIntegrationLogger) {
  for (const e of buildManifest(context.campaign, readRoutes(context))) {
    manifest.set(e.url, e);
    if (e.notFound) {
      renameSync(`${out}${e.path}/index.html`, `${out}${e.path}.html`);
      rmSync(`${out}${e.path}`, { recursive: true });
    }
  }
  // Pagefind searches with WebAssembly: the CSP allows compiling it.
  const written = writeDeployFiles(out, context, { wasm: existsSync(`${out}pagefind`) });
  logger.info(`deploy files: ${written.join(', ')}`);
}

/**
 * MDX's own syntax errors (an unclosed component, a stray `{`) name the file and line
 * but tell an editor nothing to do: they get the same hint as Signaal's own errors.
 */
function mdxErrorHints() {
  return {
    name: 'signaal:mdx-error-hints',
    configResolved(resolved: { root: string; plugins: readonly { name: string; transform?: unknown }[] }) {
      const mdxPlugin = resolved.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdxPlugin?.transform as { handler?: (...args: unknown[]) => Promise<unknown> } | undefined;
      const handler = transform?.handler;
      // Once: each of Vite's environments resolves the same plugin object.
      if (!transform || !handler || (handler as { signaal?: boolean }).signaal) return;
      transform.handler = async function (this: unknown, ...args: unknown[]) {
        try {
          return await handler.apply(this, args);
        } catch (e) {
          const error = e as Error & { hint?: string; id?: string; loc?: { file?: string } };
          const file = error.loc?.file ?? error.id ?? (typeof args[1] === 'string' ? args[1] : undefined);
          // A syntax error of MDX itself: the doctor's words (src/content/mdx-syntax.ts), with file and line.
          if (file && /^\d+:\d+: /.test(error.message)) {
            const p = mdxSyntaxProblem(error.message);
            error.message = `${relative(resolved.root, file.split('?')[0])}:${p.line}: ${p.message}`;
          }
          error.hint ??= MDX_HINT;
          throw error;
        }
      };
      Object.assign(transform.handler, { signaal: true });
    },
  };
}

/**
 * `virtual:signaal/config` (campaign + strings), `virtual:signaal/theme.css`, and
 * `virtual:signaal/bodies`: the glob of all MDX bodies in a build, nothing in dev
 * (src/data/bodies.ts says why).
 */
function virtualModules(context: SignaalContext, dev: boolean) {
  const ids: Record<string, string> = {
    'virtual:signaal/config': `export default ${JSON.stringify(context)};`,
    'virtual:signaal/theme.css': `:root{--signaal-primary:${context.campaign.theme.primary};--signaal-accent:${context.campaign.theme.accent}}`,
    'virtual:signaal/bodies': dev ? 'export default null;' : `export { default } from ${JSON.stringify(here('../data/bodies-glob.ts'))};`,
  };
  return {
    name: 'signaal:virtual',
    resolveId(id: string) {
      return id in ids ? `\0${id}` : undefined;
    },
    load(id: string) {
      return id.startsWith('\0') && id.slice(1) in ids ? ids[id.slice(1)] : undefined;
    },
    // In `npm run dev` pages keep the loaded site until content/ changes (src/data/site.ts):
    // every change counts. MDX files reload themselves as modules, so only a changed YAML
    // file needs the browser to reload.
    configureServer(server: ViteDevServer) {
      const content = `${context.root}/content/`;
      // Astro keeps each route's getStaticPaths until told that content changed (as its own
      // content layer tells it): a new or renamed page then has its address at once.
      const changed = () => {
        bumpContentVersion();
        for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
      };
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(content)) return;
        changed();
        // Two saves within one tick of the file clock give one event: count again a moment
        // later, so the next request also reads what the second save wrote.
        setTimeout(changed, 300).unref();
        if (/\.ya?ml$/.test(file)) server.ws.send({ type: 'full-reload', path: '*' });
      });
    },
  };
}
