// Which hints the learner has asked to see, per lesson step: revealed one at a time, on demand (as
// Killercoda and the Kubernetes tutorials do), and forgotten when the page reloads.

export class Hints {
  #shown = $state.raw<Record<string, number>>({});

  /** How many hints of `step` in `lesson` are revealed. */
  shown(lesson: string, step: number): number {
    return this.#shown[`${lesson}#${step}`] ?? 0;
  }

  /** Reveals the next hint, up to `total`. */
  reveal(lesson: string, step: number, total: number): void {
    const key = `${lesson}#${step}`;
    const n = Math.min(total, (this.#shown[key] ?? 0) + 1);
    this.#shown = { ...this.#shown, [key]: n };
  }
}
