// The `kubectl` root command (kubectl pkg/cmd/cmd.go NewKubectlCommand): the global flags, the
// subcommands in kubectl's registration order (which cobra's "Did you mean this?" follows), and
// the help groups of `kubectl --help` (only groups with commands the simulation has, plus the
// empty "Subcommands provided by plugins:" heading v1.34 prints), with `options` filtered out.
// Adding a command: a file in this folder and one line in `subcommands` (and in a group).

import { flagsUsages, showHelp, type CommandSpec, type FlagSpec } from '../spec';
import { apiResourcesCommand } from './api-resources';
import { annotateCommand } from './annotate';
import { applyCommand } from './apply';
import { clusterInfoCommand } from './cluster-info';
import { completeNamespaces } from './complete';
import type { KubectlApp } from './context';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { execCommand } from './exec';
import { globalFlags } from './flags';
import { getCommand } from './get';
import { labelCommand } from './label';
import { logsCommand } from './logs';
import { runCommand } from './run';
import { versionCommand } from './version';
import { waitCommand } from './wait';

const withCompletion = (flags: FlagSpec[]): FlagSpec[] =>
  flags.map((fl) => (fl.name === 'namespace' ? { ...fl, complete: completeNamespaces } : fl));

/** `kubectl options`: the inherited flags (templates.UseOptionsTemplates). */
const optionsCommand: CommandSpec<KubectlApp> = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  long: 'Print the list of flags inherited by all commands.',
  usage: 'options',
  examples: '  # Print flags inherited by all commands\n  kubectl options',
  run: async ({ io, path }) => {
    io.out('The following options can be passed to any command:\n\n' + flagsUsages(path[0].persistentFlags ?? []));
    return 0;
  },
};

/** kubectl's subcommands never get cobra's automatic ` [flags]` (their usage lines end in ` [options]`). */
function noFlagsInUseLine(c: CommandSpec<KubectlApp>): CommandSpec<KubectlApp> {
  return { ...c, disableFlagsInUseLine: true, subcommands: c.subcommands?.map(noFlagsInUseLine) };
}

export const kubectlRoot: CommandSpec<KubectlApp> = {
  name: 'kubectl',
  short: 'kubectl controls the Kubernetes cluster manager',
  long: 'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/',
  usage: 'kubectl',
  persistentFlags: withCompletion(globalFlags),
  groups: [
    { title: 'Basic Commands (Beginner):', commands: ['create', 'expose', 'run', 'set'] },
    { title: 'Basic Commands (Intermediate):', commands: ['explain', 'get', 'edit', 'delete'] },
    { title: 'Deploy Commands:', commands: ['rollout', 'scale', 'autoscale'] },
    { title: 'Cluster Management Commands:', commands: ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'] },
    {
      title: 'Troubleshooting and Debugging Commands:',
      commands: ['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events'],
    },
    { title: 'Advanced Commands:', commands: ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'] },
    { title: 'Settings Commands:', commands: ['label', 'annotate', 'completion'] },
    { title: 'Subcommands provided by plugins:', commands: [] },
  ],
  subcommands: [
    createCommand,
    runCommand,
    getCommand,
    deleteCommand,
    clusterInfoCommand,
    describeCommand,
    logsCommand,
    execCommand,
    applyCommand,
    waitCommand,
    labelCommand,
    annotateCommand,
    versionCommand,
    apiResourcesCommand,
    optionsCommand,
  ].map(noFlagsInUseLine),
  run: showHelp,
};
