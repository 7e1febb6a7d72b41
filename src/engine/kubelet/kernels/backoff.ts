// client-go's flowcontrol.Backoff as the kubelet uses it for container restarts (CrashLoopBackOff)
// and image pulls (ImagePullBackOff): 10 s initial, doubling, capped at 300 s; an entry whose last
// update is more than twice the cap (10 min) old has expired and starts over. Pure values in, values
// out; no jitter (the kubelet configures none).

export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

export interface BackoffEntry {
  /** Current back-off period. */
  delayMs: number;
  /** When `next` last updated the entry (epoch ms). */
  lastUpdate: number;
}

const expired = (eventTime: number, e: BackoffEntry) => eventTime - e.lastUpdate > BACKOFF_MAX_MS * 2;

/** Backoff.Next: the entry after another failure observed at `eventTime`, updated at `now`. */
export function nextBackoff(e: BackoffEntry | undefined, eventTime: number, now: number): BackoffEntry {
  if (!e || expired(eventTime, e)) return { delayMs: BACKOFF_INITIAL_MS, lastUpdate: now };
  return { delayMs: Math.min(e.delayMs * 2, BACKOFF_MAX_MS), lastUpdate: now };
}

/** Backoff.IsInBackOffSince: is a restart after a failure at `eventTime` still held back at `now`? */
export function inBackoffSince(e: BackoffEntry | undefined, eventTime: number, now: number): boolean {
  if (!e || expired(eventTime, e)) return false;
  return now - eventTime < e.delayMs;
}

/** Backoff.IsInBackOffSinceUpdate: held back since the entry's last update (image pulls)? */
export function inBackoffSinceUpdate(e: BackoffEntry | undefined, now: number): boolean {
  if (!e || expired(now, e)) return false;
  return now - e.lastUpdate < e.delayMs;
}

/**
 * Go's time.Duration.String for whole milliseconds: `505ms`, `4.123s`, `10s`, `1m20s`, `5m0s`,
 * `1h0m0s` (what the kubelet prints in back-off messages and pull times).
 */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sMs = ms % 60_000;
  const s = `${Math.floor(sMs / 1000)}${sMs % 1000 ? `.${String(sMs % 1000).padStart(3, '0').replace(/0+$/, '')}` : ''}s`;
  if (h) return `${h}h${m}m${s}`;
  if (m) return `${m}m${s}`;
  return s;
}
