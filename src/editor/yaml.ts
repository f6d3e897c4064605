/**
 * YAML with line numbers: parses like the engine does (the `yaml` package, YAML 1.2)
 * and can say on which line of the file a field sits, so every problem has a file:line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlSyntaxError {
  line?: number;
  message: string;
}

export interface LinedYaml {
  data: unknown;
  errors: YamlSyntaxError[];
  /**
   * The file line of a field (its key) or list item. A field that is missing gives the
   * line of the nearest parent that exists, or undefined when that is the whole file.
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** firstLine: the file line the YAML text starts on (2 for frontmatter after ---). */
export function parseYaml(text: string, firstLine = 1): LinedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({
    line: e.linePos ? e.linePos[0].line + firstLine - 1 : undefined,
    message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
  }));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (e) {
      errors.push({ line: undefined, message: (e as Error).message });
    }
  }
  return { data, errors, lineOf: (path) => lineIn(doc, path, line) };
}

function lineIn(doc: Document, path: readonly PropertyKey[], line: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let found: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) return found;
      found = line(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (!item?.range) return found;
      found = line(item.range[0]);
      node = item;
    } else {
      return found;
    }
  }
  return found;
}
