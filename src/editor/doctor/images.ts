/**
 * Rule: images. Markdown images need alt text and a file of this site (the site loads
 * nothing from elsewhere); files used by <Figure> and <Video> must exist; images in
 * public/ should not be heavier or wider than a phone needs.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { imageSize } from './image-info.ts';
import { lineOf, walkTree } from '../../content/mdast.ts';
import type { MdxEntry, Project } from './project.ts';
import type { Problems } from './problems.ts';

export const IMAGE_LIMITS = { bytes: 300 * 1024, width: 2000 };
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export function checkImages(project: Project, problems: Problems, limits = IMAGE_LIMITS): void {
  for (const entry of project.entries) {
    if (!entry.tree) continue;
    walkTree(entry.tree, (node) => {
      const line = lineOf(node);
      if (node.type === 'image') {
        if (!node.alt?.trim()) {
          problems.error(
            'image',
            entry.file,
            `the image "${node.url}" has no alt text — write a short description of what it shows between the brackets: ![A mother and child at the door](${node.url})`,
            { line },
          );
        }
        // Where the image may come from is the gate's rule (gate.ts); the files of <Figure> and
        // <Video> are the components' rules (src/content/components.ts).
      }
    });
  }
  for (const file of project.publicFiles) {
    if (!IMAGE.test(file)) continue;
    const abs = `${project.root}/${file}`;
    const bytes = statSync(abs).size;
    if (bytes > limits.bytes) {
      problems.warn(
        'image',
        file,
        `this image is ${Math.round(bytes / 1024)} KB; keep images under ${Math.round(limits.bytes / 1024)} KB so the site stays fast on cheap phones — save it smaller (at most ${limits.width} pixels wide, JPEG or WebP at about 75% quality)`,
      );
    }
    if (/\.svg$/i.test(file)) continue;
    const size = imageSize(readFileSync(abs));
    if (size && size.width > limits.width) {
      problems.warn('image', file, `this image is ${size.width} pixels wide; ${limits.width} is plenty for any screen — make it smaller`);
    }
  }
}

/** Where an image address points on disk: /x.jpg in public/, ./x.jpg next to the MDX file. */
export function imageFile(project: Project, entry: MdxEntry, src: string): string {
  const base = project.campaign?.base ?? '/';
  const decodeURI = (s: string) => {
    try {
      return globalThis.decodeURI(s);
    } catch {
      return s;
    }
  };
  if (src.startsWith('/')) {
    const path = base !== '/' && src.startsWith(base) ? src.slice(base.length - 1) : src;
    return normalize(`public${decodeURI(path)}`);
  }
  return normalize(join(dirname(entry.file), decodeURI(src)));
}
