// How the page shows simulated time: the clock as HH:MM:SS (UTC, like the cluster's timestamps) and the
// speed as a label. Formatting only; time itself comes from the worker's updates.

/** `14:03:07` for an epoch-ms time, in UTC. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** `2026-01-05` for an epoch-ms time, in UTC. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `paused`, `1×`, `60×`. */
export function formatSpeed(speed: number): string {
  return speed <= 0 ? 'paused' : `${speed}×`;
}
