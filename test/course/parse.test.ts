import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LessonFormatError, parseLesson } from '../../src/course/parse';

const lesson = (body: string) => `---\ntitle: T\nseed: 5\nsetup: |\n  kubectl create ns demo\n---\nIntro text.\n\n${body}`;

describe('parseLesson', () => {
  it('splits steps at ## headings and takes check, hint and solution blocks out of the text', () => {
    const l = parseLesson(
      'x/y',
      lesson('## First\nDo it:\n\n```bash\nkubectl get pods\n```\n\n```check\nget: pod/web\n```\n\n```hint\nUse run.\n```\n\n```solution\nkubectl run web --image=nginx\n```\n\n## Finish\nBye.\n'),
    );
    expect(l.title).toBe('T');
    expect(l.seed).toBe(5);
    expect(l.setup).toEqual(['kubectl create ns demo']);
    expect(l.intro).toBe('Intro text.');
    expect(l.steps).toHaveLength(1);
    expect(l.steps[0]).toEqual({
      title: 'First',
      body: 'Do it:\n\n```bash\nkubectl get pods\n```',
      check: [{ get: 'pod/web' }],
      hints: ['Use run.'],
      solution: ['kubectl run web --image=nginx'],
    });
    expect(l.finish).toBe('## Finish\nBye.');
  });

  it('keeps a heredoc in a solution as one command', () => {
    const l = parseLesson('a/b', lesson('## S\n```check\nran: kubectl apply\n```\n```solution\nkubectl apply -f - <<EOF\napiVersion: v1\nEOF\nkubectl get pods\n```\n'));
    expect(l.steps[0].solution).toEqual(['kubectl apply -f - <<EOF\napiVersion: v1\nEOF', 'kubectl get pods']);
  });

  it('rejects a lesson without front matter, a step without a check, and a malformed condition', () => {
    expect(() => parseLesson('a/b', '# no front matter')).toThrow(LessonFormatError);
    expect(() => parseLesson('a/b', lesson('## S\nnothing to check\n'))).toThrow('step "S" has no ```check block');
    expect(() => parseLesson('a/b', lesson('## S\n```check\nfoo: bar\n```\n'))).toThrow('exactly one of get, absent, count, ran, script');
  });

  it('parses the shipped lessons', () => {
    for (const dir of ['01-basics/01-first-pod', '01-basics/02-labels-and-selectors']) {
      const l = parseLesson(dir, readFileSync(`lessons/${dir}/lesson.md`, 'utf8'));
      expect(l.steps.length).toBeGreaterThanOrEqual(5);
      for (const s of l.steps) expect(s.solution.length).toBeGreaterThan(0);
    }
  });
});
