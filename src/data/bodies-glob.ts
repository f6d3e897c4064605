/** Every MDX body as a module of the build's bundle (src/data/bodies.ts; the dev server imports each by its path instead). */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

export default import.meta.glob<{ default: AstroComponentFactory }>('/content/{forms,stories,pages}/**/*.mdx');
