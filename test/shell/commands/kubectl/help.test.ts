// kubectl's help and usage errors (kubectl pkg/util/templates templater.go, cobra Find /
// SuggestionsFor): `kubectl` / `kubectl --help` list the commands by group as v1.34 does (only the
// groups with commands the simulation has, plus the empty plugins heading), command help in the
// Examples/Options/Usage layout with ` [options]` usage lines, `kubectl options`, unknown commands
// with "Did you mean this?", and `k` behaving exactly like `kubectl`.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const h = setup();

const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  run             Run a particular image on the cluster

Basic Commands (Intermediate):
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Cluster Management Commands:
  cluster-info    Display cluster information

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Subcommands provided by plugins:

Other Commands:
  api-resources   Print the supported API resources on the server
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

describe('kubectl help', () => {
  it('lists the commands for `kubectl`, `kubectl --help`, `kubectl -h` and `k`', async () => {
    for (const line of ['kubectl', 'kubectl --help', 'kubectl -h', 'k']) expect(await h.kubectl(line)).toEqual({ out: ROOT_HELP, err: '', code: 0 });
  });

  it('prints a command help: long text, examples, options, usage line with [options]', async () => {
    const out = (await h.kubectl('logs --help')).out;
    expect(out).toMatch(
      /^Print the logs for a container in a pod or specified resource\. If the pod has only one container, the container name is optional\.\n\nExamples:\n {2}# Return snapshot logs from pod nginx with only one container\n {2}kubectl logs nginx\n {2}\n/,
    );
    expect(out).toContain('Options:\n    --all-containers=false:\n\tGet all containers\' logs in the pod(s).\n\n');
    expect(out).toContain('    -c, --container=\'\':\n\tPrint the logs of this container\n\n');
    expect(out).toContain('    --tail=-1:\n\tLines of recent log file to display.');
    expect(out.endsWith(
      '\n\nUsage:\n  kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
    )).toBe(true);
    expect((await h.kubectl('get -h')).out).toContain(
      'Usage:\n  kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]\n',
    );
  });

  it('lists subcommands and aliases', async () => {
    const create = (await h.kubectl('create --help')).out;
    expect(create).toContain('\n\nAvailable Commands:\n  namespace     Create a namespace with the specified name\n\nOptions:\n');
    expect(create).toContain('Use "kubectl create <command> --help" for more information about a given command.\n');
    expect((await h.kubectl('create ns -h')).out).toContain('\n\nAliases:\nnamespace, ns\n\nExamples:\n');
  });

  it('prints the global options', async () => {
    const out = (await h.kubectl('options')).out;
    expect(out.startsWith("The following options can be passed to any command:\n\n    --as='':\n\tUsername to impersonate")).toBe(true);
    expect(out).toContain("    -n, --namespace='':\n\tIf present, the namespace scope for this CLI request\n\n");
    expect(out.endsWith('Treat warnings received from the server as errors and exit with a non-zero exit code\n\n')).toBe(true);
  });

  it('reports unknown commands with suggestions (cobra distance 2, prefixes, SuggestFor)', async () => {
    expect(await h.kubectl('kubectl aply -f x')).toEqual({ out: '', err: 'error: unknown command "aply" for "kubectl"\n\nDid you mean this?\n\tapply\n', code: 1 });
    expect((await h.kubectl('kubectl ge po')).err).toBe('error: unknown command "ge" for "kubectl"\n\nDid you mean this?\n\tget\n');
    expect((await h.kubectl('kubectl list pods')).err).toBe('error: unknown command "list" for "kubectl"\n\nDid you mean this?\n\tget\n');
    expect((await h.kubectl('kubectl frobnicate')).err).toBe('error: unknown command "frobnicate" for "kubectl"\n');
  });

  it('reports flag errors with the command path', async () => {
    expect((await h.kubectl('delete pod x --grace=3')).err).toBe("error: unknown flag: --grace\nSee 'kubectl delete --help' for usage.\n");
    expect((await h.kubectl('logs web --tail=x')).err).toBe(
      'error: invalid argument "x" for "--tail" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl logs --help\' for usage.\n',
    );
    expect((await h.kubectl('create ns dev -z')).err).toBe("error: unknown shorthand flag: 'z' in -z\nSee 'kubectl create namespace --help' for usage.\n");
    expect((await h.kubectl('get pods -n')).err).toBe("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n");
  });
});
