// Turns bundled lesson sources into Lessons: `lessons/<track>/<lesson>/lesson.md` plus the files
// under `lessons/<track>/<lesson>/files/`, keyed by path. The browser bundles them with
// import.meta.glob, Node reads them from disk; both end here.

import type { Lesson } from '../course/format';
import { parseLesson } from '../course/parse';

export function loadLessons(sources: Record<string, string>, files: Record<string, string>): Lesson[] {
  const lessons: Lesson[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const m = path.match(/(?:^|\/)lessons\/([^/]+\/[^/]+)\/lesson\.md$/);
    if (!m) continue;
    const id = m[1];
    const prefix = `lessons/${id}/files/`;
    const own: Record<string, string> = {};
    for (const [fp, content] of Object.entries(files)) {
      const i = fp.indexOf(prefix);
      if (i >= 0 && (i === 0 || fp[i - 1] === '/')) own[fp.slice(i + prefix.length)] = content;
    }
    lessons.push(parseLesson(id, text, own));
  }
  return lessons.sort((a, b) => a.id.localeCompare(b.id));
}
