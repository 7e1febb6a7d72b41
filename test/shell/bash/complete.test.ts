import { describe, it, expect, beforeAll } from 'vitest';
import { rig, warmUp } from './helpers';
import { tokenize } from '../../../src/shell/bash/complete';

beforeAll(warmUp);

describe('completion', () => {
  it('completes command names from programs, /bin, builtins, functions and aliases', async () => {
    const r = rig();
    await r.run('kpods() { :; }; alias kk=kubectl');
    expect(await r.shell.completeWords('kub', 3)).toEqual({ from: 0, to: 3, candidates: ['kubectl'] });
    expect((await r.shell.completeWords('echo hi | gre', 13)).candidates).toEqual(['grep']);
    expect((await r.shell.completeWords('k', 1)).candidates).toEqual(['kill', 'kk', 'kpods', 'kubectl']);
    expect((await r.shell.completeWords('X=1 wa', 6)).candidates).toEqual(['wait', 'watch']);
  });

  it('completes file names relative to the working directory, directories with a slash', async () => {
    const r = rig();
    await r.run('mkdir -p /root/manifests && touch /root/manifests/web.yaml /root/manifests/db.yaml /root/.hidden /root/my\\ file');
    expect(await r.shell.completeWords('cat man', 7)).toEqual({ from: 4, to: 7, candidates: ['manifests/'] });
    expect((await r.shell.completeWords('kubectl apply -f manifests/w', 28)).candidates).toEqual(['manifests/web.yaml']);
    expect((await r.shell.completeWords('ls ~/manifests/', 15)).candidates).toEqual(['~/manifests/db.yaml', '~/manifests/web.yaml']);
    expect((await r.shell.completeWords('cat .h', 6)).candidates).toEqual(['.hidden']);
    expect((await r.shell.completeWords('cat my', 6)).candidates).toEqual(['my\\ file']);
    expect((await r.shell.completeWords('cd /ro', 6)).candidates).toEqual(['/root/']);
    expect((await r.shell.completeWords('./man', 5)).candidates).toEqual(['./manifests/']);
  });

  it('asks a registered completer for a program’s arguments, falling back to files', async () => {
    const r = rig();
    const calls: unknown[] = [];
    r.shell.registerCompleter('kubectl', (req) => {
      calls.push({ argv: req.argv, word: req.word, cwd: req.cwd });
      return req.argv.length === 1 ? ['get', 'describe'].filter((w) => w.startsWith(req.word)) : undefined;
    });
    expect(await r.shell.completeWords('kubectl g', 9)).toEqual({ from: 8, to: 9, candidates: ['get'] });
    expect(calls).toEqual([{ argv: ['kubectl'], word: 'g', cwd: '/root' }]);
    await r.run('touch /root/pod.yaml');
    expect((await r.shell.completeWords('kubectl apply -f po', 19)).candidates).toEqual(['pod.yaml']);
  });

  it('completes variable names', async () => {
    const r = rig();
    expect((await r.shell.completeWords('echo $HO', 8)).candidates).toEqual(['$HOME', '$HOSTNAME']);
    expect((await r.shell.completeWords('echo ${PA', 9)).candidates).toEqual(['${PATH}']);
  });

  it('splits the words of the command under the cursor', () => {
    expect(tokenize('a | kubectl get "my pod" x')).toEqual({ words: ['kubectl', 'get', 'my pod'], current: 'x', start: 25 });
    expect(tokenize('echo ')).toEqual({ words: ['echo'], current: '', start: 5 });
  });
});
