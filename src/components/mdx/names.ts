/**
 * The components editors may use in MDX, and the attributes each one takes. Plain
 * TypeScript without Astro, so the Markdown plugin (src/integration/mdx-links.ts), the
 * content doctor (src/editor/doctor/components.ts) and the components themselves share
 * one list. Documented for editors in EDITING.md, "Components".
 */
export const MDX_COMPONENT_NAMES = ['Callout', 'HelpCard', 'ContactList', 'SignalList', 'StoryQuote', 'Steps', 'Video', 'Figure'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Every attribute a component accepts; anything else is a mistake (often a typo). */
export const MDX_COMPONENT_ATTRIBUTES: Record<MdxComponentName, readonly string[]> = {
  Callout: ['type', 'title'],
  HelpCard: ['id'],
  ContactList: ['form', 'municipality', 'audience'],
  SignalList: ['form', 'audience'],
  StoryQuote: ['name'],
  Steps: [],
  Video: ['src', 'captions', 'poster', 'caption'],
  Figure: ['src', 'alt', 'width', 'height', 'caption', 'decorative'],
};

export const CALLOUT_TYPES = ['info', 'warning', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** File types the media components accept (the browser must be able to play or show them). */
export const VIDEO_EXTENSIONS = ['.mp4', '.webm'] as const;
export const CAPTION_EXTENSIONS = ['.vtt'] as const;
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'] as const;

/** Names MDX itself provides: <Fragment> groups content without adding an element. */
export const BUILT_IN_NAMES: readonly string[] = ['Fragment'];

export function isMdxComponent(name: string): name is MdxComponentName {
  return (MDX_COMPONENT_NAMES as readonly string[]).includes(name);
}

/** Attributes written without a value, like <Figure decorative … />. */
export const FLAG_ATTRIBUTES: readonly string[] = ['decorative'];

/** How an attribute is written, for messages: decorative, or alt="…". */
export const attributeHint = (name: string) => (FLAG_ATTRIBUTES.includes(name) ? name : `${name}="…"`);
