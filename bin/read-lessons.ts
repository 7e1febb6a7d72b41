// Reads the lessons of a checkout from disk (lessons/<track>/<lesson>/lesson.md and files/) into the
// shape loadLessons takes; bin/podlab and the tests share it (the browser bundles them instead).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLessons } from '../src/sandbox';

export function readLessons(root: string) {
  const sources: Record<string, string> = {};
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = relative(root, p).split('\\').join('/');
        if (rel.endsWith('/lesson.md')) sources[rel] = readFileSync(p, 'utf8');
        else if (rel.includes('/files/')) files[rel] = readFileSync(p, 'utf8');
      }
    }
  };
  const dir = join(root, 'lessons');
  if (existsSync(dir)) walk(dir);
  return loadLessons(sources, files);
}
