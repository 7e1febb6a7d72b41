// Every lesson is a test: replayed on its own seed, each step's check must fail before its solution
// runs and pass after it (ARCHITECTURE §5).
import { describe, expect, it } from 'vitest';
import { run, sandbox, shippedLessons } from '../helpers/sandbox';

const lessons = shippedLessons();

describe('lesson replay', () => {
  it('finds the shipped lessons', () => {
    expect(lessons.map((l) => l.id)).toEqual(['01-basics/01-first-pod', '01-basics/02-labels-and-selectors']);
  });

  for (const lesson of lessons) {
    it(`${lesson.id}: every check fails before its solution and passes after`, async () => {
      const sb = await sandbox({ lessons, lesson: lesson.id });
      for (let i = 0; i < lesson.steps.length; i++) {
        const step = lesson.steps[i];
        const before = sb.courseState().active!;
        expect(before.current, `step ${i + 1} "${step.title}" should be the current one`).toBe(i);
        expect(before.steps[i].done, `step ${i + 1} "${step.title}" passed before its solution ran`).toBe(false);
        expect(await sb.checkStep(i), `step ${i + 1} "${step.title}" check should fail before the solution`).not.toEqual([]);
        for (const line of step.solution) {
          const r = await run(sb, line);
          expect(r.code, `solution line \`${line}\` failed:\n${r.screen}`).toBe(0);
        }
        expect(await sb.checkStep(i), `step ${i + 1} "${step.title}" check should pass after the solution`).toEqual([]);
        expect(sb.courseState().active!.steps[i].done).toBe(true);
      }
      expect(sb.courseState().active!.current).toBe(lesson.steps.length);
    });
  }
});
