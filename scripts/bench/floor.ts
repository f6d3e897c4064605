/**
 * The floor: a bare Astro project that renders the same MDX files in a minimal
 * layout, with the same Astro, MDX, Tailwind and Pagefind versions. Signaal's figures
 * are reported as a ratio to it, so they hold on any machine.
 */
import { mkdirSync, writeFileSync, cpSync } from 'node:fs';

export function writeFloorProject(dir: string, contentFrom: string) {
  mkdirSync(`${dir}/src/pages`, { recursive: true });
  cpSync(`${contentFrom}/content`, `${dir}/content`, { recursive: true });
  writeFileSync(`${dir}/package.json`, '{"type":"module","private":true}\n');
  writeFileSync(
    `${dir}/astro.config.mjs`,
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
const search = { name: 'floor-search', hooks: { 'astro:build:done': async ({ dir }) => {
  const out = fileURLToPath(dir);
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: out });
  await index.writeFiles({ outputPath: out + 'pagefind' });
  await pagefind.close();
} } };
// Its own Vite cache, as Signaal has (not the node_modules/.vite both projects would share).
export default defineConfig({ cacheDir: './.astro/cache', site: 'https://example.org', integrations: [mdx(), search], vite: { plugins: [tailwindcss()] }, build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  );
  writeFileSync(`${dir}/src/style.css`, '@import "tailwindcss";\n');
  writeFileSync(`${dir}/src/Stub.astro`, '<div class="border p-2"><slot /></div>\n');
  writeFileSync(
    `${dir}/src/pages/[...slug].astro`,
    `---
import '../style.css';
import Stub from '../Stub.astro';
export async function getStaticPaths() {
  const files = import.meta.glob('../../content/**/*.mdx');
  return Object.entries(files).map(([path, load]) => ({ params: { slug: path.replace('../../content/', '').replace(/\\.mdx$/, '') }, props: { load } }));
}
const { Content, frontmatter } = await Astro.props.load();
const lang = Astro.params.slug.split('/')[1];
---
<html lang={lang}><head><meta charset="utf-8"><title>{frontmatter.title}</title></head>
<body class="p-4"><main data-pagefind-body><h1 class="text-2xl">{frontmatter.title}</h1><Content components={{ HelpCard: Stub, Callout: Stub, ContactList: Stub, SignalList: Stub, StoryQuote: Stub, Steps: Stub, Video: Stub, Figure: Stub }} /></main></body></html>
`,
  );
}
