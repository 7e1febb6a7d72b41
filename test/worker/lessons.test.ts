// The lessons bundled with import.meta.glob are the lesson folders on disk, with their files.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLessons } from '../../src/worker/lessons';

describe('bundledLessons', () => {
  it('holds every lessons/NN-track/NN-lesson folder, in order', () => {
    const onDisk = readdirSync('lessons', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((t) => readdirSync(`lessons/${t.name}`).map((l) => `${t.name}/${l}`))
      .sort();
    expect(bundledLessons().map((l) => l.id)).toEqual(onDisk);
  });

  it('parses titles and carries the files/ of a lesson', () => {
    const byId = new Map(bundledLessons().map((l) => [l.id, l]));
    expect(byId.get('01-basics/01-first-pod')?.title).toBe('Your first pod');
    expect(Object.keys(byId.get('01-basics/02-labels-and-selectors')?.files ?? {})).toEqual(['shop.yaml']);
  });
});
