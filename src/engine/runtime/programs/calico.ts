// Canal's Calico images: the CNI installer init container (copies the plugins, writes the
// kubeconfig and the CNI config, exits 0), calico-node (felix; health on :9099) and
// calico-kube-controllers. Calico's log format: `2026-01-15 09:00:05.123 [INFO][1] <component>: msg`.
// They only log; the engine's network simulation does the actual networking.

import type { Program, ProgramContext } from '../program';
import { httpDate } from '../program';

function clog(ctx: ProgramContext, level: string, comp: string, msg: string): void {
  const d = new Date(ctx.now()).toISOString();
  ctx.stdout(`${d.slice(0, 10)} ${d.slice(11, 23)} [${level}][1] ${comp}: ${msg}\n`);
}

const ver = (ctx: ProgramContext) => `v${ctx.image.version}`;

export const calicoCniProgram: Program = {
  name: 'calico-cni',
  start(ctx) {
    const c = 'cni-installer/<nil> <nil>';
    clog(ctx, 'INFO', c, 'Running as a Kubernetes pod');
    for (const b of ['bandwidth', 'calico', 'calico-ipam', 'flannel', 'host-local', 'loopback', 'portmap', 'tuning']) clog(ctx, 'INFO', c, `Installed /host/opt/cni/bin/${b}`);
    clog(ctx, 'INFO', c, 'Wrote Calico CNI binaries to /host/opt/cni/bin');
    clog(ctx, 'INFO', c, `CNI plugin version: ${ver(ctx)}`);
    clog(ctx, 'INFO', c, '/host/secondary-bin-dir is not writeable, skipping');
    clog(ctx, 'WARNING', c, 'Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.');
    clog(ctx, 'INFO', c, 'Created /host/etc/cni/net.d/calico-kubeconfig');
    clog(ctx, 'INFO', c, `Calico CNI config installed in /host/etc/cni/net.d/${ctx.env.CNI_CONF_NAME ?? '10-calico.conflist'}`);
    clog(ctx, 'INFO', c, 'Done configuring CNI.  Sleep= false');
    ctx.exit(0);
  },
};

export const calicoNodeProgram: Program = {
  name: 'calico-node',
  start(ctx) {
    if (!ctx.resumed) {
      clog(ctx, 'INFO', 'startup/startup.go 432', 'Early log level set to info');
      clog(ctx, 'INFO', 'startup/utils.go 126', `Using NODENAME environment for node name ${ctx.env.NODENAME ?? ctx.hostname}`);
      clog(ctx, 'INFO', 'startup/startup.go 94', 'Datastore is ready');
      clog(ctx, 'INFO', 'startup/startup.go 690', 'CALICO_IPV4POOL_NAT_OUTGOING is true (defaulted) through environment variable');
      clog(ctx, 'INFO', 'felix/daemon.go 391', `Successfully loaded configuration. GOMAXPROCS=2 builddate="2025-06-20T00:00:00+0000" config=&config.Config{...} gitcommit="" version="${ver(ctx)}"`);
      clog(ctx, 'INFO', 'felix/health.go 336', 'Overall health status changed: live=true ready=true');
    }
    ctx.listen(9099, (req) => {
      const body = req.path.startsWith('/readiness') || req.path.startsWith('/liveness') ? '' : '404 page not found\n';
      return { status: body ? 404 : 204, headers: [['Date', httpDate(ctx.now())]], body };
    });
    ctx.onSignal((s) => (s === 'SIGTERM' ? ctx.exit(0) : undefined));
  },
};

export const calicoKubeControllersProgram: Program = {
  name: 'calico-kube-controllers',
  start(ctx) {
    if (!ctx.resumed) {
      clog(ctx, 'INFO', 'main.go 99', 'Loaded configuration from environment config=&config.Config{LogLevel:"info", WorkloadEndpointWorkers:1, ProfileWorkers:1, PolicyWorkers:1, NodeWorkers:1, Kubeconfig:"", DatastoreType:"kubernetes"}');
      clog(ctx, 'INFO', 'main.go 123', `Ensuring Calico datastore is initialized`);
      clog(ctx, 'INFO', 'main.go 149', 'Calico datastore is initialized');
      clog(ctx, 'INFO', 'main.go 186', 'Getting initial config snapshot from datastore');
      clog(ctx, 'INFO', 'main.go 189', 'Got initial config snapshot');
      clog(ctx, 'INFO', 'node_controller.go 141', 'Starting Node controller');
      clog(ctx, 'INFO', 'node_controller.go 148', 'Node controller is now running');
    }
    ctx.onSignal((s) => (s === 'SIGTERM' ? ctx.exit(0) : undefined));
  },
};
