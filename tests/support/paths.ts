import { fileURLToPath } from 'node:url';
/** This repository: the engine's source. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
