import { fileURLToPath } from 'node:url';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const DIST = `${ROOT}/dist`;
