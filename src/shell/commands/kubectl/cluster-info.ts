// `kubectl cluster-info` (kubectl pkg/cmd/clusterinfo): the control plane address, then every
// Service labelled kubernetes.io/cluster-service=true in -n (default kube-system) as
// `<kubernetes.io/name label> is running at <server>/api/v1/namespaces/<ns>/services/<name>:<port
// name>/proxy`, then the `cluster-info dump` hint. Names are green and links yellow (go-colortext
// ANSI) on a terminal. The server address is the kubeconfig's, else the control-plane node's
// InternalIP on port 6443. Simplified: no `dump` subcommand output.

import type { Stored } from '../../../engine/api/types';
import type { CommandSpec } from '../spec';
import { session, type KubectlApp, type Session } from './context';
import { guard } from './errors';

const GREEN = '\x1b[0;32m';
const YELLOW = '\x1b[0;33m';
const RESET = '\x1b[0m';

/** The API server URL kubectl talks to. */
export function serverUrl(s: Session, fallback?: string): string {
  if (s.kubeconfig.server) return s.kubeconfig.server;
  if (fallback) return fallback;
  const nodes = s.api.list('Node');
  const cp = nodes.find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined) ?? nodes[0];
  const ip = (cp?.status?.addresses as { type: string; address: string }[] | undefined)?.find((a) => a.type === 'InternalIP')?.address;
  return `https://${ip ?? '127.0.0.1'}:6443`;
}

function serviceLink(server: string, svc: Stored): string {
  const ports = (svc.spec?.ports ?? []) as { name?: string; port?: number }[];
  let name = svc.metadata.name;
  if (ports.length > 0) {
    const p = ports[0];
    const scheme = p.name === 'https' || p.port === 443 ? 'https' : '';
    // utilnet.JoinSchemeNamePort
    const port = p.name ?? '';
    name = scheme ? `${scheme}:${name}:${port}` : port ? `${name}:${port}` : name;
  }
  return `${server}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`;
}

export const clusterInfoCommand: CommandSpec<KubectlApp> = {
  name: 'cluster-info',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  usage: 'cluster-info',
  examples: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  run: (ctx) =>
    guard(ctx.io, async () => {
      const s = await session(ctx);
      const { io } = ctx;
      const ns = s.explicitNamespace ? s.namespace : 'kube-system';
      const server = serverUrl(s, ctx.app.opts.server);
      const line = (name: string, link: string) =>
        io.tty ? `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n` : `${name} is running at ${link}\n`;
      let out = line('Kubernetes control plane', server);
      const services = s.api.list('Service', {
        namespace: ns,
        labelSelector: [{ key: 'kubernetes.io/cluster-service', op: '=', values: ['true'] }],
      });
      for (const svc of services) out += line(svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name, serviceLink(server, svc));
      io.out(out + "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
      return 0;
    }),
};
