import { describe, expect, it } from 'vitest';
import { node01 } from './node01';

function run(seed: number | string) {
  const s = node01(seed); // jitter on
  s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
  s.pod('crash', { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo boom; exit 1'] }] });
  s.pod('bad', { containers: [{ name: 'c', image: 'nginx:nope' }] });
  s.w.advance(120_000);
  const pods = ['web', 'crash', 'bad'].map((n) => s.get(n));
  return {
    timeline: s.timeline,
    events: ['web', 'crash', 'bad'].flatMap((n) => s.events(n)),
    statuses: JSON.stringify(pods.map((p) => p.status)),
    logs: s.rt.logs(pods[0].metadata.uid, 'nginx', { timestamps: true }),
  };
}

describe('kubelet determinism', () => {
  it('gives byte-identical timelines, events, statuses and logs for the same seed', () => {
    expect(run(7)).toEqual(run(7));
  });

  it('varies the timings with the seed', () => {
    expect(run(7).timeline).not.toEqual(run(8).timeline);
  });
});
