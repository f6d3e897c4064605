/**
 * The MDX bodies of all entries, as modules that load when a page first shows them
 * (the frontmatter comes from src/content/load.ts). In a build they are one glob
 * (src/data/bodies-glob.ts). In `npm run dev` the virtual module gives no glob and each
 * body is imported by its path when a page shows it: with the glob, Astro's dev CSS
 * collection followed every body a page could import, and the first page compiled every
 * MDX file of the campaign (71 s at 12,000 files, docs/benchmarks.md).
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { MdxEntry } from '../content/load.ts';
import loaders from 'virtual:signaal/bodies';

export async function loadBody(entry: MdxEntry): Promise<AstroComponentFactory> {
  const load = loaders ? loaders[`/${entry.filePath}`] : () => import(/* @vite-ignore */ `/${entry.filePath}`);
  if (!load) throw new Error(`${entry.filePath}: the file was read but cannot be loaded as a page; build again`);
  return ((await load()) as { default: AstroComponentFactory }).default;
}
