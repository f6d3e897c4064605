/**
 * A problem in a campaign is a value: file, line, column, field, rule, message, hint.
 * Every content rule produces these; the build throws them (ContentError, an AstroError
 * with a hint, for the build output and the dev overlay) and the doctor lists them.
 * Nothing reads a message back.
 */
import type { GateRule } from './gate.ts';

export type Rule =
  | 'yaml'
  | 'schema'
  | 'structure'
  | 'reference'
  | 'component'
  | 'translation'
  | 'contact'
  | 'story'
  | 'campaign'
  | 'readability'
  | 'placeholder'
  | 'mdx'
  // The gate's rules (src/content/gate.ts).
  | GateRule;

export interface ContentProblem {
  rule: Rule;
  /** Relative to the project, like content/forms/nl/stalking.mdx. */
  file: string;
  line?: number;
  column?: number;
  /** The field, like signals[2].audiences[0]. */
  field?: string;
  /** What is wrong, and what to do, in plain words. */
  message: string;
  /** What to do next when it is more than the message says (the build shows it as the error's hint). */
  hint?: string;
}

/** The build's text for problems: per file, "file[:line] is not valid:" and one line per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  return files
    .map((file) => {
      const own = problems.filter((p) => p.file === file);
      // One problem of the whole file: its position goes into the header (file:line:column).
      const at = own.length === 1 && !own[0].field && own[0].line ? `:${own[0].line}${own[0].column ? `:${own[0].column}` : ''}` : '';
      const items = own.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}${p.line && !at ? ` (line ${p.line})` : ''}`);
      return `${file}${at} is not valid:\n${items.join('\n')}`;
    })
    .join('\n\n');
}
