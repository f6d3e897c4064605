// The default campaign: content/ and public/ of this folder, built by the engine.
// A campaign of your own holds the same two lines with `from 'signaal'` (README).
import { defineConfig } from 'astro/config';
import signaal from 'signaal';

export default defineConfig({
  integrations: [signaal()],
});
