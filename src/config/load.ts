/** Reads the campaign's own YAML files (campaign.yaml, i18n/) with errors that name the file and the line. */
import { readFileSync } from 'node:fs';
import { yamlProblems } from '../content/read.ts';
import { parseYaml, type LinedYaml } from '../editor/yaml.ts';
import { ContentError, parseCampaign, throwProblems, type Campaign } from './campaign.ts';

export function readLinedYaml(absPath: string, displayPath: string): LinedYaml {
  let source: string;
  try {
    source = readFileSync(absPath, 'utf8');
  } catch {
    throw new ContentError(displayPath, [{ path: '', message: 'file not found' }], undefined, 'structure');
  }
  const yaml = parseYaml(source);
  throwProblems(yamlProblems(yaml, displayPath));
  return yaml;
}

export function readYaml(absPath: string, displayPath: string): unknown {
  return readLinedYaml(absPath, displayPath).data;
}

export function loadCampaign(root: string): Campaign {
  const display = 'content/campaign.yaml';
  const yaml = readLinedYaml(`${root}/${display}`, display);
  return parseCampaign(yaml.data, display, yaml);
}
