// Tab-completion helpers modelled on GNU readline's complete.c: what a Tab does with the hook's answer
// (one candidate: insert it and a space, none after a directory's `/`; several: insert their longest
// common prefix, or list them on a second Tab), and the candidate listing printed on a second Tab, sorted and laid out down the columns
// (readline's default, print-completions-horizontally off) with each column as wide as the longest
// candidate plus two spaces. Simplified: no "Display all N possibilities? (y or n)" question and no
// paging; candidates are shown as the hook returns them (readline shows only a filename's last part).

import { stringWidth } from './width';

/** What the completion hook returns: replace `line.slice(from, to)` (UTF-16 offsets) by a candidate. */
export interface CompletionResult {
  readonly from: number;
  readonly to: number;
  readonly candidates: readonly string[];
}

/** The completion hook: given the line and the cursor (a UTF-16 offset), the candidates for the word. */
export type CompleteFn = (line: string, cursor: number) => Promise<CompletionResult>;

/** Longest common prefix of `words` (by code point). */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = Array.from(words[0]!);
  for (const w of words.slice(1)) {
    const cps = Array.from(w);
    let n = 0;
    while (n < prefix.length && n < cps.length && prefix[n] === cps[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.join('');
}

/**
 * Formats `candidates` as readline lists them for a `cols`-wide screen: sorted, de-duplicated, filled
 * down the columns. Returns the rows without line ends; padding follows every item but the last in a row.
 */
export function formatCandidates(candidates: readonly string[], cols: number): string[] {
  const items = [...new Set(candidates)].sort();
  if (items.length === 0) return [];
  const max = Math.max(...items.map(stringWidth)) + 2;
  let perRow = Math.floor(cols / max);
  if (perRow !== 1 && perRow * max === cols) perRow--;
  if (perRow <= 0) perRow = 1;
  const rows = Math.ceil(items.length / perRow);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const idx = r + c * rows;
      const item = items[idx];
      if (item === undefined) break;
      line += item;
      if (c + 1 < perRow && idx + rows < items.length) line += ' '.repeat(max - stringWidth(item));
    }
    out.push(line);
  }
  return out;
}

/** What a Tab does: replace [from, to) (UTF-16) by `text` then step over `skip` characters, or list. */
export type CompletionPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'insert'; readonly from: number; readonly to: number; readonly text: string; readonly skip: number }
  | { readonly kind: 'list'; readonly candidates: readonly string[] };

/** Plans a Tab on `line` given the hook's result; `again` is true for a second Tab in a row. */
export function planCompletion(line: string, r: CompletionResult, again: boolean): CompletionPlan {
  const cands = [...new Set(r.candidates)];
  if (cands.length === 0) return { kind: 'none' };
  const from = Math.max(0, Math.min(r.from, line.length));
  const to = Math.max(from, Math.min(r.to, line.length));
  if (cands.length === 1) {
    const c = cands[0]!;
    if (c.endsWith('/')) return { kind: 'insert', from, to, text: c, skip: 0 };
    // As readline: the space is stepped over when one already follows the word.
    return line[to] === ' ' ? { kind: 'insert', from, to, text: c, skip: 1 } : { kind: 'insert', from, to, text: c + ' ', skip: 0 };
  }
  const prefix = commonPrefix(cands);
  if (prefix.length > to - from) return { kind: 'insert', from, to, text: prefix, skip: 0 };
  return again ? { kind: 'list', candidates: cands } : { kind: 'none' };
}
