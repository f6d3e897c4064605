/** The interface strings of the default campaign, as the pages show them. */
import { loadContext } from '../../src/integration/context.ts';
import { format, type UiKey } from '../../src/i18n/ui.ts';
import { ROOT } from './paths.ts';

const { strings } = loadContext(ROOT);
export const t = (key: UiKey, locale = 'nl', values?: Record<string, string>) => format(strings[locale][key], values);
