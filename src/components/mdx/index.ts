/**
 * The components editors may use in MDX without importing them. Their names and
 * attributes are listed in names.ts, which the Markdown plugin (unknown components fail
 * the build) and `npm run check` read too.
 */
import Callout from './Callout.astro';
import ContactList from './ContactList.astro';
import Figure from './Figure.astro';
import HelpCard from './HelpCard.astro';
import SignalList from './SignalList.astro';
import Steps from './Steps.astro';
import StoryQuote from './StoryQuote.astro';
import Video from './Video.astro';
import type { MdxComponentName } from './names.ts';

export const mdxComponents = { Callout, HelpCard, ContactList, SignalList, StoryQuote, Steps, Video, Figure } satisfies Record<MdxComponentName, unknown>;
