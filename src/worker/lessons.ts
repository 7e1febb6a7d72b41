// The lessons shipped with the app, bundled into the worker at build time: every
// `lessons/NN-track/NN-lesson/lesson.md` and the files under its `files/`, as raw text, handed to the
// sandbox's loader (keys without the leading `/`, as the loader and bin/podlab use them). Adding a lesson
// folder is all it takes; nothing here lists lessons.

import type { Lesson } from '../course/format';
import { loadLessons } from '../sandbox';

const sources = import.meta.glob<string>('/lessons/*/*/lesson.md', { query: '?raw', import: 'default', eager: true });
const files = import.meta.glob<string>('/lessons/*/*/files/**', { query: '?raw', import: 'default', eager: true });

const relative = (m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k.replace(/^\/+/, ''), v]));

let cache: Lesson[] | undefined;

/** The bundled lessons, parsed once. */
export function bundledLessons(): Lesson[] {
  cache ??= loadLessons(relative(sources), relative(files));
  return cache;
}
