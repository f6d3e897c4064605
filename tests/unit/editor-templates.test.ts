/** Templates of `npm run new` and the translation marker: valid for the engine's schemas as they are. */
import { describe, expect, it } from 'vitest';
import { contactSchema, formSchema, pageSchema, storySchema } from '../../src/content/schemas.ts';
import { splitFrontmatter } from '../../src/editor/frontmatter.ts';
import { contentHash, parseSourceHash, sourceHash } from '../../src/editor/hash.ts';
import { ENTRY_TYPES, entryPath, PLACEHOLDER, template, translationOf, type TemplateOptions } from '../../src/editor/templates.ts';
import { parseYaml } from '../../src/editor/yaml.ts';

const options = (o: Partial<TemplateOptions> = {}): TemplateOptions => ({
  slug: 'buurtavond',
  locale: 'nl',
  defaultLocale: 'nl',
  municipalities: ['teststad'],
  forms: ['stalking'],
  today: '2026-11-21',
  ...o,
});

const frontmatter = (text: string) => {
  const split = splitFrontmatter(text);
  const yaml = parseYaml(split.yaml!, split.yamlLine);
  expect(yaml.errors).toEqual([]);
  return yaml.data as Record<string, unknown>;
};

describe('templates for npm run new', () => {
  const schemas = { form: formSchema, story: storySchema, page: pageSchema } as const;

  it.each(['form', 'story', 'page'] as const)('a new %s passes its schema and has placeholders to replace', (type) => {
    const { path, text } = template(type, options());
    expect(path).toBe(entryPath(type, 'buurtavond', 'nl'));
    const result = schemas[type].safeParse(frontmatter(text));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(text).toContain(PLACEHOLDER);
    // Nothing in a template links to a page a campaign may not have.
    expect(text).not.toMatch(/\((?:form|page|story|contact):/);
  });

  it('a new contact passes the contact schema, is local to the first municipality and dated today', () => {
    const { path, text } = template('contact', options({ slug: 'teststad-wijkteam' }));
    expect(path).toBe('content/contacts/teststad-wijkteam.yaml');
    const data = parseYaml(text).data as Record<string, unknown>;
    const result = contactSchema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(data.scope).toEqual(['teststad']);
    expect(data.verifiedAt).toBe('2026-11-21');
    expect(Object.keys(data.description as object)).toEqual(['nl']);
    // Phone numbers are never made up: they are commented out until the editor fills them in.
    expect(data.phone).toBeUndefined();
  });

  it('a contact of a campaign without municipalities is national', () => {
    const data = parseYaml(template('contact', options({ municipalities: [] })).text).data as Record<string, unknown>;
    expect(data.scope).toBe('national');
  });

  it('a story names an existing form of violence', () => {
    expect(frontmatter(template('story', options({ forms: ['partnergeweld', 'stalking'] })).text).relatedForms).toEqual(['partnergeweld']);
  });

  it('headings follow the language when there is a template for it', () => {
    expect(template('form', options()).text).toContain('## Wat is het?');
    expect(template('form', options({ locale: 'en' })).text).toContain('## What is it?');
    expect(template('form', options({ locale: 'pl' })).text).toContain('## What is it?');
  });

  it('knows the four types', () => {
    expect(ENTRY_TYPES).toEqual(['form', 'story', 'page', 'contact']);
    expect(entryPath('story', 'hoop', 'en')).toBe('content/stories/en/hoop.mdx');
  });
});

describe('translations made with --from', () => {
  const source = '---\ntitle: Stalking\nsummary: Iets.\nsignals:\n  - text: Iemand wacht.\n    audiences: [victim]\n---\n\nStalking is strafbaar.\n';

  it('keep the structure, are marked as needing translation and record the source version', () => {
    const hash = sourceHash('nl', source);
    const text = translationOf(source, hash);
    const data = frontmatter(text);
    expect(data.needsTranslation).toBe(true);
    expect(data.sourceHash).toBe(hash);
    expect(data.title).toBe('Stalking');
    expect(splitFrontmatter(text).body).toBe(splitFrontmatter(source).body);
    expect(formSchema.safeParse(data).success).toBe(true);
  });

  it('replace an earlier marker instead of adding a second one', () => {
    const once = translationOf(source, 'nl:aaaaaaaaaaaa');
    const twice = translationOf(once, 'en:bbbbbbbbbbbb');
    expect(twice.match(/needsTranslation/g)).toHaveLength(2); // the comment and the field
    expect(frontmatter(twice).sourceHash).toBe('en:bbbbbbbbbbbb');
  });

  it('refuse a file without frontmatter', () => {
    expect(() => translationOf('# Hello', 'nl:aaaaaaaaaaaa')).toThrow(/frontmatter/);
  });
});

describe('source hashes', () => {
  it('are short, stable across line endings and readable back', () => {
    expect(contentHash('a\nb')).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash('a\r\nb')).toBe(contentHash('a\nb'));
    expect(contentHash('a\nc')).not.toBe(contentHash('a\nb'));
    expect(parseSourceHash(sourceHash('pt-BR', 'x'))).toEqual({ locale: 'pt-BR', hash: contentHash('x') });
  });

  it('pass the schema field, and a hand-written mistake does not', () => {
    const base = { title: 'x', summary: 'y', signals: [{ text: 'z', audiences: ['victim'] }] };
    expect(formSchema.safeParse({ ...base, sourceHash: sourceHash('nl', 'x') }).success).toBe(true);
    expect(formSchema.safeParse({ ...base, sourceHash: 'something' }).success).toBe(false);
  });
});
