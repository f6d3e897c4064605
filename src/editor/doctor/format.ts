/** The doctor's report as plain text for editors, or as JSON for machines. */
import type { Report } from './index.ts';
import { groupByFile, type Problem } from './problems.ts';

export function where(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}`;
}

export function formatProblem(p: Problem): string {
  return `${p.severity === 'error' ? 'error  ' : 'warning'}  ${where(p)}  ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function formatReport(report: Report, opts: { listTranslations?: boolean } = {}): string {
  const out: string[] = [`Signaal content check — ${report.files} files read`, ''];
  for (const group of groupByFile(report.problems)) {
    const e = group.problems.filter((p) => p.severity === 'error').length;
    const w = group.problems.length - e;
    out.push(`${group.file}  (${[e && plural(e, 'error'), w && plural(w, 'warning')].filter(Boolean).join(', ')})`);
    for (const p of group.problems) out.push(`  ${formatProblem(p)}`);
    out.push('');
  }
  if (report.translations) out.push(...translationTable(report, opts.listTranslations ?? false), '');
  for (const s of report.skipped) out.push(`Not checked: ${s}.`);
  if (report.skipped.length) out.push('');
  if (report.errors) {
    out.push(`${plural(report.errors, 'error')} and ${plural(report.warnings, 'warning')}.`);
    out.push('Fix the errors first: the site cannot be built with them. Warnings are worth fixing before you publish.');
  } else if (report.warnings) {
    out.push(`No errors, ${plural(report.warnings, 'warning')}. The site can be built; the warnings are worth fixing before you publish.`);
  } else {
    out.push('No problems found.');
  }
  return out.join('\n');
}

function translationTable(report: Report, list: boolean): string[] {
  const t = report.translations!;
  const head = ['language', 'translated', 'outdated', 'needs translation', 'falling back', 'interface strings'];
  const strings = (l: (typeof t.locales)[number]) =>
    [l.missingStrings ? `${l.missingStrings} missing` : 'complete', l.unreviewedStrings ? 'unreviewed' : ''].filter(Boolean).join(', ');
  const rows = t.locales.map((l) => [
    l.locale,
    ...[l.translated.length, l.outdated.length, l.needsTranslation.length, l.fallingBack.length].map(String),
    strings(l),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  const out = [`Translations (compared with ${t.defaultLocale}, which has ${plural(t.pages, 'page')})`, line(head), ...rows.map(line)];
  if (list) {
    for (const l of t.locales) {
      for (const [label, pages] of [
        ['outdated', l.outdated],
        ['needs translation', l.needsTranslation],
        ['falling back', l.fallingBack],
      ] as const) {
        if (pages.length) out.push(`  ${l.locale} ${label}: ${pages.join(', ')}`);
      }
    }
  } else if (t.locales.some((l) => l.fallingBack.length)) {
    out.push('  Falling back: shown in the default language with a notice. Run npm run check -- --translations for the list.');
  }
  if (t.locales.some((l) => l.unreviewedStrings)) {
    out.push(
      '  Unreviewed: the built-in interface strings were not yet read by a native speaker; ask one, then set `reviewed = true` in src/i18n/strings/<language>.ts.',
    );
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
