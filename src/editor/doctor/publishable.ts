/** Rule: stale, future-dated and example contacts and example stories (src/help/freshness.ts), with their lines. */
import { notReadyToPublish, type PublishFacts } from '../../help/freshness.ts';
import type { LinedYaml } from '../yaml.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

/** today: YYYY-MM-DD. */
export function checkPublishable(project: Project, problems: Problems, today: string): void {
  // Also when another field has a schema error: the dates are still worth checking.
  const contacts = project.contacts.map((c) => ({ entry: c, data: c.parsed ?? c.data }));
  const stories = project.entries.filter((e) => e.collection === 'stories').map((e) => ({ entry: e, data: e.parsed ?? e.data }));
  const items: (PublishFacts & { yaml?: LinedYaml })[] = [
    ...contacts.map(({ entry, data }) => ({
      file: entry.file,
      yaml: entry.yaml,
      kind: 'contact' as const,
      verifiedAt: data?.verifiedAt,
      example: data?.example === true,
    })),
    ...stories.map(({ entry, data }) => {
      const p = data?.provenance;
      return {
        file: entry.file,
        yaml: entry.yaml,
        kind: 'story' as const,
        example: p === 'composite-example' || (p as { kind?: unknown })?.kind === 'composite-example',
      };
    }),
  ];
  if (project.campaign && project.campaignYaml) {
    items.push({ file: 'content/campaign.yaml', yaml: project.campaignYaml, kind: 'accessibility', example: project.campaign.accessibility.example });
  }
  const yamlOf = new Map(items.map((i) => [i.file, i.yaml]));
  for (const p of notReadyToPublish(items, today)) {
    const rule = p.field === 'provenance' ? 'story' : p.field === 'accessibility.example' ? 'campaign' : 'contact';
    problems.warn(rule, p.file, p.message, { line: yamlOf.get(p.file)?.lineOf(p.field.split('.')), field: p.field });
  }
}
