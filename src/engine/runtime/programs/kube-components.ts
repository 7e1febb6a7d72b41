// The kube-system images of a kubeadm cluster: etcd (JSON log lines), kube-apiserver,
// kube-controller-manager, kube-scheduler and kube-proxy (klog lines), coredns, pause and flannel.
// Each logs a handful of the start-up lines the real component prints and keeps running; SIGTERM
// ends them with exit 0 (the Go components handle it). They do not do the real work: the engine's
// own controllers, scheduler and kube-proxy simulation do. Probe endpoints (coredns :8080/health,
// :8181/ready) answer `OK`.

import type { Program, ProgramContext } from '../program';
import { httpDate } from '../program';

function klog(ctx: ProgramContext, file: string, msg: string): void {
  const d = new Date(ctx.now()).toISOString();
  const us = String((ctx.now() % 1000) * 1000 + Math.floor(ctx.subMs() / 1000)).padStart(6, '0');
  ctx.stderr(`I${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 19)}.${us}       1 ${file}] ${msg}\n`);
}

function daemon(name: string, lines: (ctx: ProgramContext) => void, ports: number[] = []): Program {
  return {
    name,
    start(ctx) {
      if (!ctx.resumed) lines(ctx);
      for (const p of ports) ctx.listen(p, () => ({ status: 200, headers: [['Date', httpDate(ctx.now())], ['Content-Length', '2'], ['Content-Type', 'text/plain; charset=utf-8']], body: 'OK' }));
      ctx.onSignal((sig) => (sig === 'SIGTERM' || sig === 'SIGINT' ? ctx.exit(0) : undefined));
    },
  };
}

const v = (ctx: ProgramContext) => `v${ctx.image.version}`;
const flag = (ctx: ProgramContext, name: string, dflt: string) =>
  ctx.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

export const etcdProgram = daemon('etcd', (ctx) => {
  const ts = () => new Date(ctx.now()).toISOString().replace('Z', `${String(Math.floor(ctx.subMs() / 1000)).padStart(3, '0')}Z`);
  const j = (caller: string, msg: string, extra = '') => ctx.stderr(`{"level":"info","ts":"${ts()}","caller":"${caller}","msg":"${msg}"${extra}}\n`);
  j('etcdmain/etcd.go:64', 'Running: ', `,"args":${JSON.stringify(ctx.argv)}`);
  j('embed/etcd.go:138', 'configuring peer listeners', `,"listen-peer-urls":["https://${ctx.ip}:2380"]`);
  j('embed/etcd.go:311', 'starting an etcd server', `,"etcd-version":"${ctx.image.version}","data-dir":"/var/lib/etcd"`);
  j('etcdserver/server.go:2097', 'published local member to cluster through raft', `,"local-member-attributes":"{Name:${flag(ctx, 'name', 'controlplane')} ClientURLs:[https://${ctx.ip}:2379]}"`);
  j('embed/serve.go:210', 'serving client traffic securely', `,"traffic":"grpc+http","address":"${ctx.ip}:2379"`);
  j('etcdmain/main.go:44', 'notifying init daemon');
  j('etcdmain/main.go:50', 'successfully notified init daemon');
});

export const apiserverProgram = daemon('kube-apiserver', (ctx) => {
  klog(ctx, 'options.go:263', `external host was not specified, using ${flag(ctx, 'advertise-address', ctx.ip)}`);
  klog(ctx, 'server.go:150', `Version: ${v(ctx)}`);
  klog(ctx, 'server.go:152', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""');
  klog(ctx, 'secure_serving.go:211', `Serving securely on [::]:${flag(ctx, 'secure-port', '6443')}`);
  klog(ctx, 'controller.go:667', 'quota admission added evaluator for: leases.coordination.k8s.io');
  klog(ctx, 'controller.go:667', 'quota admission added evaluator for: endpoints');
});

export const controllerManagerProgram = daemon('kube-controller-manager', (ctx) => {
  klog(ctx, 'serving.go:386', 'Generated self-signed cert in-memory');
  klog(ctx, 'controllermanager.go:191', `"Starting" version="${v(ctx)}"`);
  klog(ctx, 'secure_serving.go:211', 'Serving securely on 127.0.0.1:10257');
  klog(ctx, 'leaderelection.go:257', 'attempting to acquire leader lease kube-system/kube-controller-manager...');
  klog(ctx, 'leaderelection.go:271', 'successfully acquired lease kube-system/kube-controller-manager');
});

export const schedulerProgram = daemon('kube-scheduler', (ctx) => {
  klog(ctx, 'serving.go:386', 'Generated self-signed cert in-memory');
  klog(ctx, 'server.go:167', `"Starting Kubernetes Scheduler" version="${v(ctx)}"`);
  klog(ctx, 'secure_serving.go:211', 'Serving securely on 127.0.0.1:10259');
  klog(ctx, 'leaderelection.go:257', 'attempting to acquire leader lease kube-system/kube-scheduler...');
  klog(ctx, 'leaderelection.go:271', 'successfully acquired lease kube-system/kube-scheduler');
});

export const kubeProxyProgram = daemon('kube-proxy', (ctx) => {
  klog(ctx, 'server_linux.go:53', '"Using iptables proxy"');
  klog(ctx, 'server.go:256', `"Successfully retrieved node IP(s)" IPs=["${ctx.ip}"]`);
  klog(ctx, 'server_linux.go:132', '"Using iptables Proxier"');
  klog(ctx, 'server.go:516', `"Version info" version="${v(ctx)}"`);
  klog(ctx, 'config.go:200', '"Starting service config controller"');
  klog(ctx, 'config.go:106', '"Starting endpoint slice config controller"');
  klog(ctx, 'shared_informer.go:357', '"Caches are synced" controller="service config"');
});

export const corednsProgram = daemon(
  'coredns',
  (ctx) => {
    ctx.stdout(
      '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\n' +
        `CoreDNS-${ctx.image.version}\nlinux/amd64, go1.24.1, 707c7c1\n`,
    );
  },
  [8080, 8181],
);

export const pauseProgram: Program = {
  name: 'pause',
  start(ctx) {
    ctx.onSignal((sig) => {
      if (sig === 'SIGTERM' || sig === 'SIGINT') {
        ctx.stderr(`Shutting down, got signal: ${sig === 'SIGTERM' ? 'Terminated' : 'Interrupt'}\n`);
        ctx.exit(0);
      }
    });
  },
};

export const flannelProgram = daemon('flannel', (ctx) => {
  klog(ctx, 'main.go:211', 'CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network kubeSubnetMgr:true iface:[] ipMasq:true}');
  klog(ctx, 'kube.go:139', 'Waiting 10m0s for node controller to sync');
  klog(ctx, 'kube.go:469', 'Starting kube subnet manager');
  klog(ctx, 'main.go:449', `Found network config - Backend type: vxlan`);
  klog(ctx, 'vxlan.go:141', 'VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false');
  klog(ctx, 'main.go:487', 'Running backend.');
});
