import { fileURLToPath } from 'node:url';
/** This repository: the engine's source and the default campaign. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** Where the reference fixture campaign (tests/fixtures/campaigns/reference) is built. */
export const REFERENCE = `${ROOT}/.astro/fixtures/reference`;
