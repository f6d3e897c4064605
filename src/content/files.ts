/** Listing the campaign's folders, the same way for the build and for `npm run check`. */
import { readdirSync, statSync } from 'node:fs';

export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files below a folder, relative to it, sorted; [] when it does not exist. */
export function walk(dir: string): string[] {
  if (!isDir(dir)) return [];
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const name of readdirSync(rel ? `${dir}/${rel}` : dir).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (isDir(`${dir}/${path}`)) visit(path);
      else out.push(path);
    }
  };
  visit('');
  return out;
}
