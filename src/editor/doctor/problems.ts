import type { ContentProblem, Rule } from '../../content/problems.ts';

/** What the content doctor reports: the engine's problems (src/content/problems.ts), each an error or a warning. */

export type Severity = 'error' | 'warning';
export type { Rule };

export interface Problem extends ContentProblem {
  severity: Severity;
}

export class Problems {
  readonly list: Problem[] = [];

  add(p: Problem): void {
    // The same message for the same place once is enough.
    if (this.list.some((q) => q.file === p.file && q.line === p.line && q.field === p.field && q.message === p.message)) return;
    this.list.push(p);
  }

  error(rule: Rule, file: string, message: string, at: { line?: number; field?: string } = {}): void {
    this.add({ severity: 'error', rule, file, message, ...defined(at) });
  }

  warn(rule: Rule, file: string, message: string, at: { line?: number; field?: string } = {}): void {
    this.add({ severity: 'warning', rule, file, message, ...defined(at) });
  }

  has(file: string, field?: string): boolean {
    return this.list.some((p) => p.file === file && p.severity === 'error' && (field === undefined || p.field === field));
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** Problems grouped per file, files in a stable order (campaign first), top to bottom within a file. */
export function groupByFile(problems: Problem[]): { file: string; problems: Problem[] }[] {
  const files = [...new Set(problems.map((p) => p.file))].sort(compareFiles);
  return files.map((file) => ({
    file,
    problems: problems
      .filter((p) => p.file === file)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
  }));
}

function compareFiles(a: string, b: string): number {
  const rank = (f: string) => (f === 'content/campaign.yaml' ? 0 : f.startsWith('content/') ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}
