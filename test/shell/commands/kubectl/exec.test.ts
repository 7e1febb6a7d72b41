// `kubectl exec` (kubectl pkg/cmd/exec): commands run in the container's files and environment,
// a non-zero status prints `command terminated with exit code N` (no `error:`) and becomes the
// exit code, missing executables fail as runc reports them, -i passes stdin, -it opens a nested
// session in an interactive shell (prompt style from the shell started), and the errors.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShellHost } from '../../../../src/shell/types';
import { setup, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = setup({
    files: {
      '/root/two.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n  - name: app\n    image: busybox\n    command: ["sleep", "3600"]\n  - name: side\n    image: alpine\n    command: ["sleep", "3600"]\n',
    },
  });
  await h.kubectl('run web --image=nginx');
  await h.kubectl('create -f two.yaml');
  await h.kubectl('run done --image=busybox --restart=Never -- true');
  h.advance(30_000);
});

describe('kubectl exec', () => {
  it('runs a command in the container', async () => {
    expect(await h.kubectl('exec web -- cat /etc/hostname')).toEqual({ out: 'web\n', err: '', code: 0 });
    expect(await h.kubectl('exec web -- ls /usr/share/nginx/html')).toEqual({ out: '50x.html\nindex.html\n', err: '', code: 0 });
    expect((await h.kubectl('exec web -- printenv NGINX_VERSION')).out).toBe('1.29.4\n');
    // Programs handle their own commands (nginx -v prints on stderr).
    expect(await h.kubectl('exec web -- nginx -v')).toEqual({ out: '', err: 'nginx version: nginx/1.29.4\n', code: 0 });
  });

  it('passes the exit status on', async () => {
    expect(await h.kubectl('exec web -- sh -c "exit 3"')).toEqual({ out: '', err: 'command terminated with exit code 3\n', code: 3 });
    expect(await h.kubectl('exec web -- foo')).toEqual({
      out: '',
      err: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown\ncommand terminated with exit code 127\n',
      code: 127,
    });
  });

  it('defaults the container with a notice and feeds stdin with -i', async () => {
    expect(await h.kubectl('exec two -- hostname')).toEqual({ out: 'two\n', err: 'Defaulted container "app" out of: app, side\n', code: 0 });
    expect(await h.kubectl('exec -i web -- sh', { stdin: 'echo hi\nhostname\n' })).toEqual({ out: 'hi\nweb\n', err: '', code: 0 });
    expect((await h.kubectl('exec -i web -- cat', { stdin: 'piped\n' })).out).toBe('piped\n');
  });

  it('opens a session for -it in an interactive shell', async () => {
    const hosts: ShellHost[] = [];
    const open = async (host: ShellHost) => {
      hosts.push(host);
      return 0;
    };
    expect(await h.kubectl('exec -it web -- bash', { openSession: open })).toEqual({ out: '', err: '', code: 0 });
    expect(await h.kubectl('exec -it two -c side -- sh', { openSession: open })).toEqual({ out: '', err: '', code: 0 });
    expect(hosts.map((x) => [x.hostname, x.promptStyle, x.cwd])).toEqual([
      ['web', 'bash', '/'],
      ['two', 'sh', '/'],
    ]);
    expect(hosts[0].live?.read('/etc/hostname')).toBe('web\n');
    // Without a terminal kubectl says so and runs the command plainly.
    expect(await h.kubectl('exec -it web -- hostname')).toEqual({
      out: 'web\n',
      err: 'Unable to use a TTY - input is not a terminal or the right kind of file\n',
      code: 0,
    });
  });

  it.each([
    ['exec web', 'error: you must specify at least one command for the container\n', 1],
    ['exec', 'error: pod, type/name or --filename must be specified\n', 1],
    ['exec nope -- ls', 'Error from server (NotFound): pods "nope" not found\n', 1],
    ['exec web -c nope -- ls', 'Error from server (BadRequest): container nope is not valid for pod web\n', 1],
    ['exec done -- ls', 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', 1],
  ])('%s', async (line, err, code) => {
    expect(await h.kubectl(line)).toEqual({ out: '', err, code });
  });

  it('warns about the deprecated form without --', async () => {
    expect(await h.kubectl('exec web hostname')).toEqual({
      out: 'web\n',
      err: 'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n',
      code: 0,
    });
  });
});
