// The Shell interface as the terminal and bin/podlab use it.
import { describe, it, expect, beforeAll } from 'vitest';
import { SimClock } from '../../src/engine/sim/clock';
import { createShell } from '../../src/shell/shell';
import type { ShellHost } from '../../src/shell/types';
import { controlplane, drive, Screen, T0, warmUp } from './bash/helpers';

beforeAll(warmUp);

function make(host: ShellHost = controlplane()) {
  const clock = new SimClock(T0);
  const shell = createShell({ host, clock, topLevelExitMessage: 'logout is disabled here\n' });
  const screen = new Screen();
  const run = (line: string) => drive(clock, shell.run(line, { write: screen.write }));
  return { clock, shell, screen, run };
}

describe('Shell', () => {
  it('shows bash prompts with ~ for home and $ for other users', async () => {
    const { shell, run } = make({ ...controlplane(), user: 'student', home: '/home/student' });
    expect(shell.prompt()).toBe('student@controlplane:~$ ');
    await run('cd /etc');
    expect(shell.prompt()).toBe('student@controlplane:/etc$ ');
  });

  it('reports incomplete input without running it, then runs the joined text', async () => {
    const { shell, screen, run } = make();
    expect(await run('for i in 1 2; do')).toEqual({ exitCode: 0, incomplete: true });
    expect(await run('cat <<EOF | wc -l\nline')).toEqual({ exitCode: 0, incomplete: true });
    expect(shell.history).toEqual([]);
    expect(await run('for i in 1 2; do\necho $i\ndone')).toEqual({ exitCode: 0 });
    expect(screen.text).toBe('1\n2\n');
    expect(shell.history).toEqual(['for i in 1 2; do\necho $i\ndone']);
  });

  it('runs scripts like `bash FILE`: status of the last command, no history, state kept for --state', async () => {
    const { shell, screen, clock, run } = make();
    const res = await drive(clock, shell.runScript('cd /tmp\nexport X=1\nls /nope\n', { write: screen.write }));
    expect(res).toEqual({ exitCode: 2 });
    expect(screen.err).toBe('ls: /nope: No such file or directory\n');
    expect(shell.history).toEqual([]);
    screen.clear();
    await run('pwd; echo $X');
    expect(screen.out).toBe('/tmp\n1\n');
    const r2 = await drive(clock, shell.runScript('exit 7\necho never', { write: screen.write }));
    expect(r2.exitCode).toBe(7);
  });

  it('prints the configured message for exit at the outermost prompt', async () => {
    const { screen, run } = make();
    await run('exit');
    expect(screen.err).toBe('logout is disabled here\n');
  });

  it('ignores interrupt() when nothing runs', () => {
    const { shell } = make();
    expect(() => shell.interrupt()).not.toThrow();
    expect(shell.depth).toBe(1);
  });
});
