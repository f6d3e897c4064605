/**
 * Page-weight budgets, gzipped, measured on the built site (pure: sizes come in).
 * A reader on a cheap phone and a slow connection pays for every byte.
 */
export const KB = 1024;

export const BUDGETS = {
  /** HTML of a content page: a form of violence, a story, a free page. */
  contentHtml: 10 * KB,
  /** All CSS of the site together. */
  css: 10 * KB,
  /** JavaScript a page loads before the reader does anything. */
  jsBeforeInteraction: 2 * KB,
  /** The same for the self-check, a tool whose script is what it does (with the contact cards' "open now"). */
  toolJsBeforeInteraction: 3 * KB,
  /**
   * Search JavaScript fetched on demand for the first query (our search UI and
   * pagefind.js). Pagefind's WebAssembly engine (~58 KB, already compressed) and the
   * index are reported beside it: no Pagefind release fits all of them in 60 KB.
   */
  searchCode: 60 * KB,
};

export const CONTENT_KINDS = ['form', 'story', 'page'];
export const TOOL_KINDS = ['selfcheck'];

export interface PageWeight {
  file: string;
  kind: string;
  html: number;
  js: number;
}

export interface BudgetRow {
  what: string;
  size: number;
  budget?: number;
  worst?: string;
}

/** The table: the heaviest page of each kind, plus CSS and search. */
export interface SearchWeight {
  js: number;
  wasm: number;
  index: number;
}

export function budgetTable(pages: PageWeight[], css: number, search?: SearchWeight): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const kinds = [...new Set(pages.map((p) => p.kind))].sort();
  for (const kind of kinds) {
    const of = pages.filter((p) => p.kind === kind);
    const html = of.reduce((a, b) => (b.html > a.html ? b : a));
    const js = of.reduce((a, b) => (b.js > a.js ? b : a));
    rows.push({ what: `HTML ${kind}`, size: html.html, budget: CONTENT_KINDS.includes(kind) ? BUDGETS.contentHtml : undefined, worst: html.file });
    const jsBudget = TOOL_KINDS.includes(kind) ? BUDGETS.toolJsBeforeInteraction : BUDGETS.jsBeforeInteraction;
    rows.push({ what: `JS before interaction ${kind}`, size: js.js, budget: jsBudget, worst: js.file });
  }
  rows.push({ what: 'CSS (all)', size: css, budget: BUDGETS.css });
  if (search) {
    rows.push({ what: 'Search JS on demand, first query', size: search.js, budget: BUDGETS.searchCode });
    rows.push({ what: 'Search WebAssembly, first query', size: search.wasm });
    rows.push({ what: 'Search index data, first query', size: search.index });
    rows.push({ what: 'Search total until first results', size: search.js + search.wasm + search.index });
  }
  return rows;
}

export const overBudget = (rows: BudgetRow[]) => rows.filter((r) => r.budget !== undefined && r.size > r.budget);

export function formatTable(rows: BudgetRow[]): string {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const lines = rows.map((r) => {
    const status = r.budget === undefined ? '' : r.size > r.budget ? 'OVER' : 'ok';
    return `${r.what.padEnd(40)} ${kb(r.size).padStart(9)} ${r.budget ? `/ ${kb(r.budget)}`.padStart(11) : ''.padStart(11)}  ${status.padEnd(4)} ${r.worst ?? ''}`;
  });
  return ['Page weight, gzipped (heaviest page of each kind)', ...lines].join('\n');
}
