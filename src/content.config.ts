/** The content collections: MDX per locale, contacts as YAML. Schemas live in content/schemas.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contactSchema, formSchema, pageSchema, storySchema } from './content/schemas.ts';

const mdx = (collection: string) => glob({ pattern: '**/*.mdx', base: `./content/${collection}` });

export const collections = {
  forms: defineCollection({ loader: mdx('forms'), schema: formSchema }),
  stories: defineCollection({ loader: mdx('stories'), schema: storySchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  contacts: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/contacts' }), schema: contactSchema }),
};
