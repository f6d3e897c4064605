/** The content collections: MDX per locale, contacts as YAML. Schemas live in content/schemas.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlFolder } from './content/yaml-loader.ts';
import { contactSchema, formSchema, pageSchema, storySchema } from './content/schemas.ts';

// Ids are "<locale>/<slug>" exactly as on disk (the default would fold index.mdx into its folder).
const mdx = (collection: string) =>
  glob({ pattern: '**/*.mdx', base: `./content/${collection}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

export const collections = {
  forms: defineCollection({ loader: mdx('forms'), schema: formSchema }),
  stories: defineCollection({ loader: mdx('stories'), schema: storySchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  contacts: defineCollection({ loader: yamlFolder('content/contacts'), schema: contactSchema }),
};
