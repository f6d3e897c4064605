/**
 * What the engine knows of a campaign before any page renders: the checked campaign
 * file and the interface strings of every locale. Read once when Astro loads the
 * configuration; pages receive it as `virtual:signaal/config`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadCampaign, readLinedYaml } from '../config/load.ts';
import { campaignFileProblems, throwProblems, type Campaign } from '../config/campaign.ts';
import {
  fallbackChain,
  parseOverrides,
  resolveWithSources,
  missingKeys,
  type PartialStrings,
  type ResolvedStrings,
  type UiStrings,
  overridesFileProblem,
} from '../i18n/ui.ts';

export interface SignaalContext {
  /** The engine's version (its package.json): shown to hosts in <meta name="generator">. */
  version: string;
  /** The campaign folder (where content/ and public/ live). */
  root: string;
  campaign: Campaign;
  strings: Record<string, UiStrings>;
  /** Which interface strings of a locale are shown in another language, and which. */
  sources: ResolvedStrings['sources'];
}

export const ENGINE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function loadContext(root: string, warn: (message: string) => void = console.warn): SignaalContext {
  const campaign = loadCampaign(root);
  throwProblems(campaignFileProblems(campaign, (path) => existsSync(`${root}/public/${path}`)));
  const locales = campaign.locales.map((l) => l.code);
  const overrides: Record<string, PartialStrings> = {};
  const dir = `${root}/content/i18n`;
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const locale = name.replace(/\.ya?ml$/, '');
      const file = `content/i18n/${name}`;
      const wrong = overridesFileProblem(file, locale, locales);
      if (wrong) throwProblems([wrong]);
      const yaml = readLinedYaml(`${root}/${file}`, file);
      overrides[locale] = parseOverrides(yaml.data, file, yaml);
    }
  }
  for (const locale of locales) {
    const missing = missingKeys(locale, overrides);
    const chain = fallbackChain(locale, campaign.defaultLocale, campaign.fallback).join(' → ');
    if (missing.length)
      warn(
        `${missing.length} interface strings of "${locale}" are shown in ${chain} (e.g. ${missing.slice(0, 3).join(', ')}); translate them in content/i18n/${locale}.yaml, or set the order with fallback.${locale} in content/campaign.yaml`,
      );
  }
  const { strings, sources } = resolveWithSources(locales, campaign.defaultLocale, overrides, campaign.fallback);
  return { version: ENGINE_VERSION, root, campaign, strings, sources };
}
