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
    // Dirents tell folders from files without a stat per entry (tens of thousands in a
    // large build's output); a symbolic link is followed to see what it points to.
    const entries = readdirSync(rel ? `${dir}/${rel}` : dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() || (e.isSymbolicLink() && isDir(`${dir}/${path}`))) visit(path);
      else out.push(path);
    }
  };
  visit('');
  return out;
}
