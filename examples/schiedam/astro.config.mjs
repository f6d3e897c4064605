import { defineConfig } from 'astro/config';
import signaal from 'signaal';

export default defineConfig({ integrations: [signaal()] });
