// ESLint for the engine, its tests and scripts: the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-astro. Campaign content (MDX, YAML) is not code and is not linted.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'docs/', 'examples/*/node_modules/', 'examples/*/dist/', 'tests/fixtures/*/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The engine, CLI, tests and scripts run in Node.
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts the pages load run in the browser.
    files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
