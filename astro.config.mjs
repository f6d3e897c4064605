// The engine builds its whole configuration from content/campaign.yaml.
import { defineConfig } from 'astro/config';
import { signaal } from './src/integration/index.ts';

export default defineConfig(signaal({ root: new URL('.', import.meta.url) }));
