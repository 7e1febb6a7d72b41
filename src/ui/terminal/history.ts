// Command history as bash keeps it with HISTCONTROL=ignoreboth and HISTSIZE=1000: lines starting with a
// space and consecutive duplicates are not saved, the oldest entries drop off past the limit. Multi-line
// commands (continuations, heredocs) are one entry with embedded newlines, as with bash's `lithist`.
// Simplified: no HISTIGNORE, no timestamps, no history expansion (`!!`).

/** Default bound on the number of entries (bash's HISTSIZE default). */
export const HISTORY_LIMIT = 1000;

export class History {
  #entries: string[] = [];
  readonly #limit: number;

  constructor(entries: readonly string[] = [], limit = HISTORY_LIMIT) {
    this.#limit = limit;
    this.import(entries);
  }

  /** Number of entries. */
  get length(): number {
    return this.#entries.length;
  }

  /** The entry at `index` (0 is the oldest). */
  at(index: number): string | undefined {
    return this.#entries[index];
  }

  /**
   * Records an accepted command. Returns false when the rules leave it out (blank, starts with a space,
   * same as the previous entry).
   */
  add(line: string): boolean {
    if (line.trim() === '' || line.startsWith(' ')) return false;
    if (this.#entries[this.#entries.length - 1] === line) return false;
    this.#entries.push(line);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    return true;
  }

  /** A copy of the entries, oldest first, for persisting. */
  export(): string[] {
    return [...this.#entries];
  }

  /** Replaces the entries with `entries` (oldest first), applying the same rules as {@link add}. */
  import(entries: readonly string[]): void {
    this.#entries = [];
    for (const e of entries) if (typeof e === 'string') this.add(e);
  }

  /**
   * Index of the newest entry at or before `from` that contains `query`, with the match offset (in code
   * points); undefined when none does. Used by reverse incremental search.
   */
  searchBackward(query: string, from: number, skip?: string): { index: number; offset: number } | undefined {
    for (let i = Math.min(from, this.#entries.length - 1); i >= 0; i--) {
      const e = this.#entries[i]!;
      if (e === skip) continue;
      const at = e.lastIndexOf(query);
      if (at >= 0) return { index: i, offset: Array.from(e.slice(0, at)).length };
    }
    return undefined;
  }
}
