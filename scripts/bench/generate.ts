/**
 * A synthetic campaign for benchmarks: N forms and N pages per locale in six
 * locales, with realistic MDX (headings, lists, links, editor components).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const WORDS =
  'geweld thuis hulp partner kind signalen veilig advies buurvrouw schelden geld afpakken controle angst vertrouwen praten melden school huisarts wijkteam familie jongeren ouderen mantelzorg verhaal steun gesprek rust toekomst'.split(
    ' ',
  );

/** Deterministic text, so every run builds the same site. */
function words(seed: number, n: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]);
  }
  const s = out.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

const paragraph = (seed: number) => [0, 1, 2, 3].map((i) => words(seed * 7 + i, 12)).join(' ');

export function generateCampaign(root: string, perLocale: number, projectRoot: string) {
  mkdirSync(`${root}/content`, { recursive: true });
  // The default campaign's contacts, pointed at the synthetic forms.
  mkdirSync(`${root}/content/contacts`, { recursive: true });
  for (const f of readdirSync(`${projectRoot}/content/contacts`)) {
    const yaml = readFileSync(`${projectRoot}/content/contacts/${f}`, 'utf8').replace(/^relatedForms:.*$/m, 'relatedForms: [vorm-00000, vorm-00001]');
    writeFileSync(`${root}/content/contacts/${f}`, yaml);
  }
  cpSync(`${projectRoot}/content/campaign.yaml`, `${root}/content/campaign.yaml`);
  cpSync(`${projectRoot}/public`, `${root}/public`, { recursive: true });
  for (const locale of LOCALES) {
    mkdirSync(`${root}/content/forms/${locale}`, { recursive: true });
    mkdirSync(`${root}/content/pages/${locale}`, { recursive: true });
    for (let i = 0; i < perLocale; i++) {
      const slug = `vorm-${String(i).padStart(5, '0')}`;
      const related = `vorm-${String((i + 1) % perLocale).padStart(5, '0')}`;
      writeFileSync(
        `${root}/content/forms/${locale}/${slug}.mdx`,
        `---\ntitle: ${words(i, 3)}\nsummary: ${words(i + 1, 14)}\norder: ${i}\nrelatedForms: [${related}]\nsignals:\n${[0, 1, 2, 3, 4, 5]
          .map((k) => `  - text: ${words(i * 10 + k, 9)}\n    audiences: [${['victim', 'bystander', 'bystander', 'child', 'professional', 'victim'][k]}]`)
          .join(
            '\n',
          )}\n---\n\n## ${words(i + 2, 3)}\n\n${paragraph(i)}\n\n${paragraph(i + 1)} Zie [verwant](form:${related}) en [hulp](help:).\n\n<HelpCard id="veilig-thuis" />\n\n## ${words(i + 3, 3)}\n\n- ${words(i + 4, 8)}\n- ${words(i + 5, 8)}\n- ${words(i + 6, 8)}\n\n${paragraph(i + 2)} Bel 0800-2000.\n`,
      );
      writeFileSync(
        `${root}/content/pages/${locale}/pagina-${String(i).padStart(5, '0')}.mdx`,
        `---\ntitle: ${words(i + 9, 3)}\nsummary: ${words(i + 10, 12)}\n---\n\n${paragraph(i + 3)}\n\n## ${words(i + 11, 3)}\n\n${paragraph(i + 4)}\n\n1. ${words(i + 12, 6)}\n2. ${words(i + 13, 6)}\n\n${paragraph(i + 5)} Lees [meer](page:pagina-${String((i + 1) % perLocale).padStart(5, '0')}).\n`,
      );
    }
  }
}
