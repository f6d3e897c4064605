/**
 * Rule: readability per page, as a rough stand-in for language level B1: the average
 * number of words per sentence and the share of long words. Warnings only; a page
 * about a hard subject may need a hard word. Thresholds per language, where the
 * measure makes sense for that language.
 */
import { lineOf, textOf, walkTree, type Node } from '../../content/mdast.ts';
import type { Project } from './project.ts';
import type { Problems } from './problems.ts';

export interface Thresholds {
  /** Average words per sentence, at most. */
  sentence: number;
  /** Share of long words, at most (0–1); undefined: not measured for this language. */
  longShare?: number;
  /** A word is long with more letters than this … */
  longLetters: number;
  /** … or at least this many syllables (vowel groups). */
  longSyllables: number;
}

/**
 * Languages without their own entry use `default`. A long word has four or more
 * syllables or more than 13 letters (Dutch and English B1 texts keep these to a few
 * percent). Turkish and Polish build long words from endings, so only really long
 * ones count; Ukrainian and Arabic words are measured by sentences only.
 */
export const THRESHOLDS: Record<string, Thresholds | undefined> = {
  default: { sentence: 15, longShare: 0.15, longLetters: 13, longSyllables: 4 },
  nl: { sentence: 15, longShare: 0.15, longLetters: 13, longSyllables: 4 },
  en: { sentence: 15, longShare: 0.15, longLetters: 13, longSyllables: 4 },
  tr: { sentence: 15, longShare: 0.2, longLetters: 15, longSyllables: 5 },
  pl: { sentence: 15, longShare: 0.2, longLetters: 15, longSyllables: 5 },
  uk: { sentence: 15, longLetters: 99, longSyllables: 99 },
  ar: { sentence: 20, longLetters: 99, longSyllables: 99 },
};

/** Pages shorter than this are not measured: a few sentences say little. */
export const MIN_WORDS = 40;

export interface Readability {
  words: number;
  sentences: number;
  averageSentence: number;
  longWords: number;
  longShare: number;
  /** The longest sentence, to start with. */
  longest?: { words: number; line?: number; text: string };
}

const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęıиаеєіїоуюяыэ]+/giu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?…؟](?=\s|$)["'”’)»]*/u;

export function isLongWord(word: string, t: Thresholds): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > t.longLetters || (letters.match(VOWELS)?.length ?? 0) >= t.longSyllables;
}

/** Sentences of running text: paragraphs and list items, not headings, code or component attributes. */
export function sentencesOf(tree: unknown): { text: string; line?: number }[] {
  const out: { text: string; line?: number }[] = [];
  walkTree(tree, (node: Node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    if (ancestors.some((a) => a.type === 'heading')) return;
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    // Split after . ! ? … at the end of a word; a list item or paragraph ends a sentence too.
    let rest = text;
    while (rest) {
      const m = SENTENCE_END.exec(rest);
      const cut = m ? m.index + m[0].length : rest.length;
      const sentence = rest.slice(0, cut).trim();
      if ((sentence.match(WORD) ?? []).length) out.push({ text: sentence, line: lineOf(node) });
      rest = rest.slice(cut).trim();
    }
  });
  return out;
}

export function measure(tree: unknown, t: Thresholds): Readability {
  const sentences = sentencesOf(tree);
  let words = 0;
  let longWords = 0;
  let longest: Readability['longest'];
  for (const s of sentences) {
    const w = s.text.match(WORD) ?? [];
    words += w.length;
    longWords += w.filter((x) => isLongWord(x, t)).length;
    if (!longest || w.length > longest.words) longest = { words: w.length, line: s.line, text: s.text };
  }
  return {
    words,
    sentences: sentences.length,
    averageSentence: sentences.length ? words / sentences.length : 0,
    longWords,
    longShare: words ? longWords / words : 0,
    longest,
  };
}

export function checkReadability(project: Project, problems: Problems, thresholds = THRESHOLDS): void {
  for (const entry of project.entries) {
    if (!entry.tree) continue;
    const t = entry.locale in thresholds ? thresholds[entry.locale] : thresholds.default;
    if (!t) continue;
    const r = measure(entry.tree, t);
    if (r.words < MIN_WORDS) continue;
    if (r.averageSentence > t.sentence) {
      const hint = r.longest && r.longest.words > t.sentence ? ` Start with the longest one (${r.longest.words} words): "${cut(r.longest.text)}"` : '';
      problems.warn(
        'readability',
        entry.file,
        `sentences are ${r.averageSentence.toFixed(1)} words long on average; for language level B1 aim for ${t.sentence} or fewer — split long sentences in two.${hint}`,
        {
          line: r.longest?.line,
        },
      );
    }
    if (t.longShare !== undefined && r.longShare > t.longShare) {
      problems.warn(
        'readability',
        entry.file,
        `${Math.round(r.longShare * 100)}% of the words are long; for language level B1 aim for at most ${Math.round(t.longShare * 100)}% — use shorter, everyday words where you can`,
      );
    }
  }
}

function cut(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}
