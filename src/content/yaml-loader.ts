/**
 * Loads one YAML file per entry (content/contacts/<id>.yaml) with the `yaml` package
 * in YAML 1.2 mode, where 2026-13-45 stays text instead of silently becoming a Date
 * in another month, and errors name the file and line. Reloads on change in dev.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readYaml } from '../config/load.ts';

export function yamlFolder(dir: string): Loader {
  return {
    name: 'signaal-yaml-folder',
    async load({ store, parseData, generateDigest, watcher, config }) {
      const root = new URL(config.root).pathname.replace(/\/$/, '');
      const abs = `${root}/${dir}`;
      const loadAll = async () => {
        store.clear();
        let names: string[] = [];
        try {
          names = readdirSync(abs).filter((n) => /\.ya?ml$/.test(n)).sort();
        } catch {
          return;
        }
        for (const name of names) {
          const filePath = `${dir}/${name}`;
          const data = readYaml(`${abs}/${name}`, filePath) as Record<string, unknown>;
          const id = name.replace(/\.ya?ml$/, '');
          const parsed = await parseData({ id, data, filePath });
          store.set({ id, data: parsed, filePath, digest: generateDigest(data) });
        }
      };
      await loadAll();
      watcher?.on('all', (_event, path) => {
        if (relative(abs, path).match(/^[^/]+\.ya?ml$/)) void loadAll();
      });
    },
  };
}
