/**
 * The MDX bodies of all entries, as modules that load when a page first shows them
 * (the frontmatter comes from src/content/load.ts). Kept at module level: the map of
 * loaders is built once, not for every page.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { MdxEntry } from '../content/load.ts';

const bodies = import.meta.glob<{ default: AstroComponentFactory }>('/content/{forms,stories,pages}/**/*.mdx');

export async function loadBody(entry: MdxEntry): Promise<AstroComponentFactory> {
  const load = bodies[`/${entry.filePath}`];
  if (!load) throw new Error(`${entry.filePath}: the file was read but cannot be loaded as a page; build again`);
  return (await load()).default;
}
