/**
 * Which edit of content/ the dev server has seen. The integration's file watcher counts
 * every change (src/integration/index.ts); pages keep the loaded site until the count
 * moves. A global, because the watcher and the pages run in one process but in
 * different module graphs.
 */
const KEY = Symbol.for('signaal.contentVersion');
const counter = globalThis as { [KEY]?: number };

export const contentVersion = (): number => counter[KEY] ?? 0;

export function bumpContentVersion(): void {
  counter[KEY] = contentVersion() + 1;
}
