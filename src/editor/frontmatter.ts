/**
 * Splits an MDX file into its YAML frontmatter and its body, keeping track of the
 * line each part starts on so problems can be reported with the file's own line numbers.
 */

export interface SplitFile {
  /** The YAML between the two --- lines, or undefined when the file has no frontmatter. */
  yaml?: string;
  /** File line (1-based) of the first YAML line. */
  yamlLine: number;
  body: string;
  /** File line (1-based) of the first body line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { yamlLine: 1, body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end === -1) return { yamlLine: 2, body: '', bodyLine: lines.length + 1 };
  return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** True when the file starts a frontmatter block but never closes it. */
export function unclosedFrontmatter(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return FENCE.test(lines[0] ?? '') && !lines.some((l, i) => i > 0 && FENCE.test(l));
}
