// Parses a lesson.md into a Lesson. Pure: the caller supplies the text and the lesson's files, so the
// same parser serves the browser (bundled with import.meta.glob) and Node (read from disk).

import { parse as parseYaml } from 'yaml';
import type { Condition, Lesson, Step } from './format';

export class LessonFormatError extends Error {}

const FRONT = /^---\n([\s\S]*?)\n---\n?/;
const FENCE = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;

export function parseLesson(id: string, text: string, files: Record<string, string> = {}): Lesson {
  const src = text.replace(/\r\n/g, '\n');
  const fm = src.match(FRONT);
  if (!fm) throw new LessonFormatError(`${id}: lesson.md must start with YAML front matter (---)`);
  const meta = (parseYaml(fm[1]) ?? {}) as Record<string, unknown>;
  if (typeof meta.title !== 'string') throw new LessonFormatError(`${id}: front matter needs a title`);
  const rest = src.slice(fm[0].length);
  const parts = rest.split(/^## +/m);
  const intro = parts[0].trim();
  const steps: Step[] = [];
  let finish = '';
  for (const part of parts.slice(1)) {
    const nl = part.indexOf('\n');
    const title = (nl < 0 ? part : part.slice(0, nl)).trim();
    const body = nl < 0 ? '' : part.slice(nl + 1);
    if (/^finish\b|^done\b|^what'?s next/i.test(title) && !/```check/.test(body)) {
      finish = `## ${title}\n${body}`.trim();
      continue;
    }
    steps.push(parseStep(id, title, body));
  }
  if (steps.length === 0) throw new LessonFormatError(`${id}: a lesson needs at least one "## step"`);
  return {
    id,
    title: meta.title,
    description: typeof meta.description === 'string' ? meta.description : '',
    seed: typeof meta.seed === 'number' ? meta.seed : 1,
    cluster: typeof meta.cluster === 'string' ? meta.cluster : 'kubeadm-2nodes',
    setup: toLines(meta.setup),
    intro,
    steps,
    finish,
    files,
  };
}

function parseStep(id: string, title: string, body: string): Step {
  const check: Condition[] = [];
  const hints: string[] = [];
  const solution: string[] = [];
  const text = body.replace(FENCE, (whole, lang: string, content: string) => {
    switch (lang) {
      case 'check':
        check.push(...parseCheck(id, title, content));
        return '';
      case 'hint':
        hints.push(content.trim());
        return '';
      case 'solution':
        solution.push(...content.split('\n').filter((l) => l.trim() !== ''));
        return '';
      default:
        return whole;
    }
  });
  if (check.length === 0) throw new LessonFormatError(`${id}: step "${title}" has no \`\`\`check block`);
  return { title, body: text.replace(/\n{3,}/g, '\n\n').trim(), check, hints, solution: joinContinuations(solution) };
}

function parseCheck(id: string, title: string, content: string): Condition[] {
  let data: unknown;
  try {
    data = parseYaml(content);
  } catch (e) {
    throw new LessonFormatError(`${id}: step "${title}": check is not valid YAML: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((c) => {
    if (!c || typeof c !== 'object') throw new LessonFormatError(`${id}: step "${title}": a check condition must be a mapping`);
    const keys = ['get', 'absent', 'count', 'ran', 'script'].filter((k) => k in (c as object));
    if (keys.length !== 1) {
      throw new LessonFormatError(`${id}: step "${title}": a condition needs exactly one of get, absent, count, ran, script`);
    }
    return c as Condition;
  });
}

/** Heredocs in a solution stay one command: lines up to the terminator are joined. */
function joinContinuations(lines: string[]): string[] {
  const out: string[] = [];
  let term: string | undefined;
  for (const l of lines) {
    if (term !== undefined) {
      out[out.length - 1] += `\n${l}`;
      if (l.trim() === term) term = undefined;
      continue;
    }
    out.push(l);
    const m = l.match(/<<-?\s*['"]?(\w+)['"]?/);
    if (m) term = m[1];
  }
  return out;
}

function toLines(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.split('\n').filter((l) => l.trim() !== '');
  return [];
}
