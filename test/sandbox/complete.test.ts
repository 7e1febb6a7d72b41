// Tab completion through the sandbox, as the terminal asks for it: commands, kubectl verbs, resource
// types, object names, flags, namespaces, files and ssh hosts.
import { describe, expect, it } from 'vitest';
import { run, sandbox } from '../helpers/sandbox';

describe('completion', () => {
  it('completes what a learner types', async () => {
    const sb = await sandbox();
    await run(sb, 'kubectl run web --image=nginx; kubectl run worker --image=nginx');
    const c = async (line: string) => (await sb.complete(line, line.length)).candidates;
    expect(await c('kub')).toEqual(['kubectl']);
    expect(await c('kubectl ge')).toEqual(['get']);
    expect(await c('kubectl get pods w')).toEqual(['web', 'worker']);
    expect(await c('k logs we')).toEqual(['web']);
    expect(await c('kubectl get pods --show-l')).toEqual(['--show-labels']);
    expect(await c('kubectl get pods -n kube-s')).toEqual(['kube-system']);
    expect(await c('cat /etc/host')).toEqual(['/etc/hostname', '/etc/hosts']);
    expect(await c('ssh no')).toEqual(['node01']);
  });
});
