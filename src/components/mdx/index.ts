/** The components editors may use in MDX without importing them. */
import HelpCard from './HelpCard.astro';

export const mdxComponents = { HelpCard };
