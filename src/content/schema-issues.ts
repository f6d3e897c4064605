/**
 * Turns the engine's schema errors (zod issues) into plain messages for editors, with
 * the field and what to do. The rules themselves stay in src/content/schemas.ts and
 * src/config/campaign.ts; this only words their verdicts.
 */
import type { z } from 'astro/zod';

export interface Explained {
  /** Where the problem is: for an unknown field, the field itself. */
  path: PropertyKey[];
  field: string;
  message: string;
}

/** Validates with the given schema; the input is kept in the issues so messages can quote it. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): { data?: z.infer<S>; issues: Explained[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  return { issues: result.error.issues.flatMap((issue) => explain(issue, schema)) };
}

export function explain(issue: z.core.$ZodIssue, schema?: z.ZodType): Explained[] {
  const path = [...issue.path];
  const at = (p: PropertyKey[], message: string): Explained => ({ path: p, field: formatPath(p), message });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = schema ? fieldsAt(schema, path) : [];
      return issue.keys.map((key) => {
        const close = closest(key, allowed);
        const hint = close ? `did you mean "${close}"? ` : '';
        const list = allowed.length ? ` Fields allowed here: ${allowed.join(', ')}.` : '';
        return at([...path, key], `unknown field — ${hint}check the spelling, or remove it.${list}`);
      });
    }
    case 'invalid_type': {
      const name = String(path[path.length - 1] ?? '');
      if (issue.input === undefined) {
        return [
          at(path, `required field is missing — add ${typeof path[path.length - 1] === 'string' ? `"${name}: …" with ` : ''}${plainType(issue.expected)}`),
        ];
      }
      const quote =
        issue.expected === 'string' && ['number', 'boolean'].includes(typeof issue.input) ? ` — write it between "quotes", like "${String(issue.input)}"` : '';
      return [at(path, `expected ${plainType(issue.expected)}, but found ${plainValue(issue.input)}${quote}`)];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const got = issue.input === undefined ? 'nothing' : `${JSON.stringify(issue.input)}`;
      if (values.length === 1) return [at(path, `${got} is not allowed here — write ${values[0]}`)];
      return [at(path, `${got} is not allowed — use ${orList(values)}`)];
    }
    case 'invalid_format':
      if (issue.format === 'url' && /^Invalid/i.test(issue.message)) {
        return [at(path, `expected a full web address starting with https://, but found ${plainValue(issue.input)}`)];
      }
      if (issue.format === 'regex' && issue.input !== undefined) {
        return [at(path, `${issue.message}, but found ${plainValue(issue.input)}`)];
      }
      return [at(path, describeIssue(issue))];
    case 'too_small':
      if (issue.origin === 'array' && /^Too small/.test(issue.message))
        return [at(path, `add at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'} to this list`)];
      return [at(path, describeIssue(issue))];
    case 'invalid_union': {
      // Report the branch that got furthest, or the union's own message.
      const branches = issue.errors.filter((b) => b.length);
      if (issue.message && !/^Invalid input$/.test(issue.message)) return [at(path, issue.message)];
      if (branches.length) return branches[0].flatMap((i) => explain({ ...i, path: [...path, ...i.path] } as z.core.$ZodIssue));
      return [at(path, describeIssue(issue))];
    }
    default:
      return [at(path, describeIssue(issue))];
  }
}

function plainType(expected: string): string {
  return (
    (
      {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a group of fields',
        record: 'a group of fields',
        date: 'a date',
        tuple: 'a list',
      } as Record<string, string>
    )[expected] ?? expected
  );
}

function plainValue(v: unknown): string {
  if (v === null) return 'nothing (empty)';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return `the date ${v.toISOString().slice(0, 10)}`;
  if (typeof v === 'object') return 'a group of fields';
  if (typeof v === 'string') return `the text ${JSON.stringify(v)}`;
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? '' : typeof v} ${String(v)}`.trim();
}

export function orList(values: string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** The option a word is most likely a typo of, if any. */
export function closest(word: string, options: readonly string[]): string | undefined {
  return options.find((o) => o.toLowerCase() === word.toLowerCase()) ?? options.find((o) => similar(o, word));
}

/** One letter off, swapped or a different case: likely a typo of that field. */
function similar(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  return distance(x, y) <= (x.length >= 5 ? 2 : 1);
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Strips defaults, optionals and preprocessing to the schema that does the checking. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (['default', 'optional', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = defOf(d.in).type === 'transform' ? d.out : d.in;
    else return s;
  }
  return s;
}

/** The field names the schema allows at a path, to list when a field is unknown. */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema);
  for (const segment of path) {
    const d = defOf(s);
    if (d.type === 'object') s = (d.shape as Record<string, unknown>)[String(segment)];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else if (d.type === 'tuple') s = (d.items as unknown[])[Number(segment)];
    else if (d.type === 'union') {
      const options = (d.options as unknown[]).map(unwrap).filter((o) => defOf(o).type === 'object');
      s = options.map((o) => (defOf(o).shape as Record<string, unknown>)[String(segment)]).find(Boolean);
    } else return [];
    if (!s) return [];
    s = unwrap(s);
  }
  const d = defOf(s);
  if (d.type === 'object') return Object.keys(d.shape as object);
  if (d.type === 'union') {
    return [
      ...new Set(
        (d.options as unknown[])
          .map(unwrap)
          .filter((o) => defOf(o).type === 'object')
          .flatMap((o) => Object.keys(defOf(o).shape as object)),
      ),
    ];
  }
  return [];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `${p === '' ? '' : '.'}${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** zod's default messages, rephrased for editors who do not read code. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; allowed fields are documented in EDITING.md)`;
    case 'invalid_type':
      if (issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a group of fields';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** Parses a field as formatPath writes it (a.b[2].c) back into a path. */
export function parseField(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return path;
}
