// Reverse incremental history search (readline's C-r): each typed character extends the query and the
// search continues from the current match; C-r again finds the next older match (C-r on an empty query
// reuses the last search); backspace undoes one step. The prompt reads as bash shows it:
// "(reverse-i-search)`q': " or "(failed reverse-i-search)`q': ". Simplified: only older history entries
// are searched (not the line being edited) and a further C-r skips entries equal to the current match.

import type { History } from './history';

/** A match: the history entry's index and the code-point offset of the query in it. */
export interface SearchMatch {
  readonly index: number;
  readonly offset: number;
}

interface Step {
  readonly query: string;
  readonly failed: boolean;
  readonly match: SearchMatch | null;
}

export class ReverseSearch {
  query = '';
  failed = false;
  match: SearchMatch | null = null;
  readonly #stack: Step[] = [];
  private readonly history: History;
  private readonly from: number;
  private readonly lastQuery: string;

  /** Searches `history` from entry `from` (inclusive) towards older entries. */
  constructor(history: History, from: number, lastQuery: string) {
    this.history = history;
    this.from = from;
    this.lastQuery = lastQuery;
  }

  /** The prompt shown in place of the normal one. */
  get prompt(): string {
    return `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `;
  }

  /** The matched entry's text, or `fallback` while nothing matched. */
  text(fallback: string): string {
    return this.match ? (this.history.at(this.match.index) ?? fallback) : fallback;
  }

  /** Extends the query by `text`, one character at a time as readline does. */
  type(text: string): void {
    for (const ch of text) {
      this.#push();
      this.query += ch;
      this.#find(this.match?.index ?? this.from);
    }
  }

  /** C-r: the next older match (or, with an empty query, the last search's query). */
  next(): void {
    this.#push();
    if (this.query === '') {
      if (this.lastQuery === '') return;
      this.query = this.lastQuery;
      this.#find(this.from);
      return;
    }
    if (this.failed) return;
    const start = this.match ? this.match.index - 1 : this.from;
    this.#find(start, this.match ? this.history.at(this.match.index) : undefined);
  }

  /** Backspace: undoes the last step; false when there was none. */
  back(): boolean {
    const s = this.#stack.pop();
    if (!s) return false;
    ({ query: this.query, failed: this.failed, match: this.match } = s);
    return true;
  }

  #push(): void {
    this.#stack.push({ query: this.query, failed: this.failed, match: this.match });
  }

  #find(from: number, skip?: string): void {
    const m = this.history.searchBackward(this.query, from, skip);
    if (m) {
      this.match = m;
      this.failed = false;
    } else {
      this.failed = true;
    }
  }
}
