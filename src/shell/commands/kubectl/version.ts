// `kubectl version` (kubectl pkg/cmd/version): `Client Version`, `Kustomize Version`, `Server
// Version` lines, `--client` for the first two, `-o yaml|json` for the version.Info structs
// (JSON indented 2 spaces; both printed with a trailing Println, so YAML ends in a blank line).
// Build facts are those of the v1.34.1 release (kubectl binary 2025-09-09T19:44:50Z,
// kube-apiserver 2025-09-09T19:37:20Z, as `kubectl version -o yaml` / `curl /version` show them).

import { toYaml } from '../../format/yaml-json';
import type { CommandSpec } from '../spec';
import { session, type KubectlApp } from './context';
import { CliError, guard } from './errors';

const COMMIT = '93248f9ae092f571eb870b7664c534bfc7d00f03';

export const clientVersion = {
  major: '1',
  minor: '34',
  gitVersion: 'v1.34.1',
  gitCommit: COMMIT,
  gitTreeState: 'clean',
  buildDate: '2025-09-09T19:44:50Z',
  goVersion: 'go1.24.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const serverVersion = {
  major: '1',
  minor: '34',
  emulationMajor: '1',
  emulationMinor: '34',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '33',
  gitVersion: 'v1.34.1',
  gitCommit: COMMIT,
  gitTreeState: 'clean',
  buildDate: '2025-09-09T19:37:20Z',
  goVersion: 'go1.24.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const KUSTOMIZE_VERSION = 'v5.7.1';

export const versionCommand: CommandSpec<KubectlApp> = {
  name: 'version',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  usage: 'version',
  examples: '  # Print the client and server versions for the current context\n  kubectl version',
  flags: [
    { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
    { name: 'output', shorthand: 'o', type: 'string', usage: "One of 'yaml' or 'json'." },
  ],
  run: (ctx) =>
    guard(ctx.io, async () => {
      const { io, flags } = ctx;
      const out = flags.string('output');
      if (out !== '' && out !== 'yaml' && out !== 'json') throw new CliError(`--output must be 'yaml' or 'json'`);
      const client = flags.bool('client');
      if (!client) await session(ctx);
      const info: Record<string, unknown> = { clientVersion, kustomizeVersion: KUSTOMIZE_VERSION };
      if (!client) info.serverVersion = serverVersion;
      if (out === 'yaml') io.out(toYaml(info) + '\n');
      else if (out === 'json') io.out(JSON.stringify(info, null, 2) + '\n');
      else {
        io.out(`Client Version: ${clientVersion.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
        if (!client) io.out(`Server Version: ${serverVersion.gitVersion}\n`);
      }
      return 0;
    }),
};
