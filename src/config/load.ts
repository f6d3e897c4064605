/** Reads YAML files from disk with errors that name the file and the line. */
import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import { ContentError, parseCampaign, type Campaign } from './campaign.ts';

export function readYaml(absPath: string, displayPath: string): unknown {
  let source: string;
  try {
    source = readFileSync(absPath, 'utf8');
  } catch {
    throw new ContentError(displayPath, [{ path: '', message: 'file not found' }]);
  }
  try {
    return parse(source);
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0];
      throw new ContentError(line ? `${displayPath}:${line.line}:${line.col}` : displayPath, [
        { path: '', message: `invalid YAML: ${e.message.split('\n')[0]}` },
      ]);
    }
    throw e;
  }
}

export function loadCampaign(root: string): Campaign {
  const display = 'content/campaign.yaml';
  return parseCampaign(readYaml(`${root}/${display}`, display), display);
}
