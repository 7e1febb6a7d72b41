// polinux/stress (the image the Kubernetes docs use to show OOMKilled): `stress --vm 1 --vm-bytes
// 250M --vm-hang 1` allocates the given memory; above the container's memory limit the kernel's OOM
// killer ends it (exit 137, reason OOMKilled) about half a second in. `--timeout N` ends a run that
// fits with exit 0. CPU hogs are not simulated beyond their log line.

import type { Program } from '../program';

/** `250M` → bytes; stress accepts B, K, M, G suffixes (powers of 1024). */
export function parseStressBytes(s: string): number {
  const m = /^(\d+)([bkmgBKMG]?)$/.exec(s);
  if (!m) return NaN;
  const mult = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

export const stressProgram: Program = {
  name: 'stress',
  start(ctx) {
    const args = ctx.argv.slice(1);
    const val = (name: string) => {
      const i = args.indexOf(name);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const vm = Number(val('--vm') ?? val('-m') ?? 0);
    const cpu = Number(val('--cpu') ?? val('-c') ?? 0);
    const bytes = parseStressBytes(val('--vm-bytes') ?? '256M') * Math.max(vm, 0);
    const timeout = val('--timeout') ?? val('-t');
    if (!ctx.resumed) ctx.stdout(`stress: info: [1] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd\n`);
    if (vm > 0 && ctx.memoryLimit !== undefined && bytes > ctx.memoryLimit) {
      ctx.after(500, () => ctx.oomKill());
      return;
    }
    if (timeout) {
      const secs = parseFloat(timeout) * (timeout.endsWith('m') ? 60 : 1);
      ctx.after(secs * 1000, () => {
        ctx.stdout(`stress: info: [1] successful run completed in ${Math.round(secs)}s\n`);
        ctx.exit(0);
      });
    }
  },
};
