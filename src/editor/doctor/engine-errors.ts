/**
 * The engine's own checks (references, the route table, interface strings) throw a
 * ContentError, or several combined into one error. This splits them back into
 * single problems, so the doctor reports exactly what the build would, per file.
 */
import { ContentError } from '../../config/campaign.ts';

export interface EngineProblem {
  file: string;
  line?: number;
  /** The field as the engine writes it, like relatedForms[1] or description.en. */
  field?: string;
  message: string;
}

const HEADER = /^(.+?) is not valid:$/;
const ITEM = /^ {2}- (?:([\w$][\w$.[\]-]*): )?(.*)$/;

export function engineProblems(error: unknown): EngineProblem[] {
  if (error instanceof ContentError) return error.problems.map((p) => withLine(error.file, p.path, p.message));
  const text = error instanceof Error ? error.message : String(error);
  const chunks = /^\d+ problems in the content:\n\n/.test(text) ? text.replace(/^.*\n\n/, '').split(/\n\n(?=\S)/) : [text];
  const out: EngineProblem[] = [];
  for (const chunk of chunks) {
    const [first, ...rest] = chunk.split('\n');
    const header = HEADER.exec(first);
    if (header) {
      for (const line of rest) {
        const item = ITEM.exec(line);
        if (item) out.push(withLine(header[1], item[1] ?? '', item[2]));
      }
      continue;
    }
    // "file: message" (plain errors of the engine)
    const plain = /^(content\/\S+?|public\/\S+?): (.*)$/s.exec(chunk);
    out.push(plain ? withLine(plain[1], '', plain[2]) : { file: 'content', message: chunk });
  }
  return out;
}

/** Files may carry a position, like content/campaign.yaml:4:7. */
function withLine(file: string, field: string, message: string): EngineProblem {
  const m = /^(.*?):(\d+)(?::\d+)?$/.exec(file);
  return {
    file: m ? m[1] : file,
    ...(m ? { line: Number(m[2]) } : {}),
    ...(field ? { field } : {}),
    message,
  };
}

/** Parses a field as the engine formats it (a.b[2].c) back into a path. */
export function parseField(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return path;
}
