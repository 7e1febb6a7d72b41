// ssh between the simulated nodes, as on two-node lab clusters where `ssh node01` just works (keys
// are set up for root). Interactive: opens a nested shell on the other host; with a command
// (`ssh node01 crictl ps`), runs it there and returns. Unknown hosts fail as OpenSSH does.

import type { CommandIO, ShellCommand, ShellHost } from '../types';

export interface SshDeps {
  /** The host for a name (`node01`, `controlplane`, or their IPs), if it exists. */
  host(name: string): ShellHost | undefined;
  /** Runs a command line on a host non-interactively, streaming its output to `io`. */
  runOn(host: ShellHost, line: string, io: CommandIO): Promise<number>;
}

export function createSsh(deps: SshDeps): ShellCommand {
  return {
    name: 'ssh',
    async run(io) {
      const args = io.argv.filter((a, i, all) => !a.startsWith('-') && !(i > 0 && /^-[ilopFJ]$/.test(all[i - 1])));
      const target = args[0];
      if (!target) {
        io.err('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n');
        return 255;
      }
      const name = target.includes('@') ? target.slice(target.indexOf('@') + 1) : target;
      const host = deps.host(name);
      if (!host) {
        io.err(`ssh: Could not resolve hostname ${name}: Name or service not known\n`);
        return 255;
      }
      const command = args.slice(1).join(' ');
      if (command) return deps.runOn(host, command, io);
      if (!io.openSession) {
        io.err('Pseudo-terminal will not be allocated because stdin is not a terminal.\n');
        return io.stdin.trim() ? deps.runOn(host, io.stdin, io) : 0;
      }
      const code = await io.openSession(host);
      io.err(`logout\nConnection to ${name} closed.\n`);
      return code;
    },
  };
}
