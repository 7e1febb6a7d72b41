// `kubectl version` as v1.34.1 prints it (build facts from real `kubectl version -o yaml` and the
// apiserver's /version of the v1.34.1 release).
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const h = setup();

describe('kubectl version', () => {
  it('prints client, kustomize and server versions', async () => {
    expect(await h.kubectl('version')).toEqual({
      out: 'Client Version: v1.34.1\nKustomize Version: v5.7.1\nServer Version: v1.34.1\n',
      err: '',
      code: 0,
    });
    expect((await h.kubectl('version --client')).out).toBe('Client Version: v1.34.1\nKustomize Version: v5.7.1\n');
  });

  it('prints the version structs as YAML (with the trailing blank line) and JSON', async () => {
    expect((await h.kubectl('version --client -o yaml')).out).toBe(
      [
        'clientVersion:',
        '  buildDate: "2025-09-09T19:44:50Z"',
        '  compiler: gc',
        '  gitCommit: 93248f9ae092f571eb870b7664c534bfc7d00f03',
        '  gitTreeState: clean',
        '  gitVersion: v1.34.1',
        '  goVersion: go1.24.6',
        '  major: "1"',
        '  minor: "34"',
        '  platform: linux/amd64',
        'kustomizeVersion: v5.7.1',
        '',
        '',
      ].join('\n'),
    );
    const y = (await h.kubectl('version -o yaml')).out;
    expect(y).toContain('serverVersion:\n  buildDate: "2025-09-09T19:37:20Z"\n  compiler: gc\n  emulationMajor: "1"\n  emulationMinor: "34"\n');
    expect(y).toContain('  minCompatibilityMajor: "1"\n  minCompatibilityMinor: "33"\n  minor: "34"\n  platform: linux/amd64\n\n');
    const j = JSON.parse((await h.kubectl('version -o json')).out);
    expect(Object.keys(j.serverVersion).slice(0, 6)).toEqual(['major', 'minor', 'emulationMajor', 'emulationMinor', 'minCompatibilityMajor', 'minCompatibilityMinor']);
    expect((await h.kubectl('version -o json --client')).out).toBe(
      '{\n  "clientVersion": {\n    "major": "1",\n    "minor": "34",\n    "gitVersion": "v1.34.1",\n    "gitCommit": "93248f9ae092f571eb870b7664c534bfc7d00f03",\n    "gitTreeState": "clean",\n    "buildDate": "2025-09-09T19:44:50Z",\n    "goVersion": "go1.24.6",\n    "compiler": "gc",\n    "platform": "linux/amd64"\n  },\n  "kustomizeVersion": "v5.7.1"\n}\n',
    );
  });

  it('rejects other output formats', async () => {
    expect(await h.kubectl('version -o wide')).toEqual({ out: '', err: "error: --output must be 'yaml' or 'json'\n", code: 1 });
  });
});
