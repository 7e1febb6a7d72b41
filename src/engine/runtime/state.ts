// Saving and restoring the runtime with the sandbox: node image stores, pod volumes, container
// records with their logs and files. Running containers are resumed on load: their program starts
// again with `resumed: true` (no repeated start-up lines); timers inside a program (a `sleep 3600`)
// start afresh, which is the one visible simplification.

import type { ImageInfo } from '../registry';
import type { ContainerRuntime } from './index';
import type { ContainerRecord } from './types';
import { ContainerFs } from './container-fs';
import { LogBuffer, type LogLine } from './logs';

/** A container as saved: its record without the live parts (log buffer, filesystem, process). */
type SavedContainer = Omit<ContainerRecord, 'log' | 'fs' | 'proc'> & { log: LogLine[]; files: Record<string, string> };

export interface SavedRuntime {
  images: Record<string, ImageInfo[]>;
  volumes: Record<string, Record<string, Record<string, string>>>;
  /** `podUid/name` → instances, oldest first. */
  containers: Record<string, SavedContainer[]>;
}

export function saveRuntime(rt: ContainerRuntime): SavedRuntime {
  const images: SavedRuntime['images'] = {};
  for (const [node, m] of rt.nodeImages) images[node] = [...m.values()];
  const volumes: SavedRuntime['volumes'] = {};
  for (const [uid, m] of rt.volumes) volumes[uid] = Object.fromEntries([...m].map(([n, f]) => [n, Object.fromEntries(f)]));
  const containers: SavedRuntime['containers'] = {};
  for (const [key, list] of rt.byName) {
    containers[key] = list.map((r) => ({
      id: r.id,
      spec: r.spec,
      state: r.state,
      createdAt: r.createdAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      exitCode: r.exitCode,
      reason: r.reason,
      message: r.message,
      argv: r.argv,
      program: r.program,
      log: r.log.lines,
      files: r.fs.ownFiles(),
    }));
  }
  return JSON.parse(JSON.stringify({ images, volumes, containers }));
}

export function restoreRuntime(rt: ContainerRuntime, raw: unknown): void {
  const s = raw as SavedRuntime;
  rt.removeAllForLoad();
  for (const [node, list] of Object.entries(s.images)) for (const img of list) rt.storeImage(node, img);
  for (const [uid, vols] of Object.entries(s.volumes)) {
    for (const [name, files] of Object.entries(vols)) {
      const v = rt.volume(uid, name);
      for (const [p, c] of Object.entries(files)) v.set(p, c);
    }
  }
  const toResume: ContainerRecord[] = [];
  for (const [key, list] of Object.entries(s.containers)) {
    const recs = list.map((c) => {
      const fs = new ContainerFs(c.files);
      for (const m of c.spec.mounts) fs.mount({ path: m.path, files: rt.volume(m.owner ?? c.spec.podUid, m.volume), readOnly: m.readOnly, subPath: m.subPath });
      const log = new LogBuffer(() => rt.world.clock.now(), rt.world.rand.stream('logs'));
      log.lines = c.log;
      const rec: ContainerRecord = { ...c, log, fs };
      rt.byId.set(c.id, rec);
      if (c.state === 'running') toResume.push(rec);
      return rec;
    });
    rt.byName.set(key, recs);
  }
  for (const rec of toResume) rt.run(rec, rt.nodeImage(rec.spec.node, rec.spec.image) ?? rt.mustLookup(rec.spec.image), true);
}
