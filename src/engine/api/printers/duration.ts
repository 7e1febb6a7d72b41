// Human-readable durations as kubectl prints them in AGE, RESTARTS "(… ago)", Job DURATION and the
// describe Events table: apimachinery pkg/util/duration (HumanDuration, ShortHumanDuration) and
// printers.go translateTimestampSince. Durations are whole milliseconds here (Go uses nanoseconds);
// every boundary in the upstream tests falls on a millisecond, so the results are the same.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Go's int(x) conversion of a float: truncates toward zero. */
const trunc = (x: number): number => Math.trunc(x);

/**
 * `duration.HumanDuration`: about 2-3 significant figures, all parts truncated.
 * `0s`…`119s`, `2m`/`2m1s`…`9m59s`, `10m`…`179m`, `3h`/`3h1m`…`7h59m`, `8h`…`47h`, `2d`/`2d1h`…`7d23h`,
 * `8d`…`729d`, `2y`/`2y1d`…`7y364d`, `8y`…; `<invalid>` at 2 s or more in the past (clock skew).
 */
export function humanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = trunc(ms / SECOND) % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${trunc(hours / 24)}d` : `${trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = trunc(hours / 24) % 365;
    const y = trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${trunc(hours / 24 / 365)}y`;
}

/**
 * `duration.ShortHumanDuration`: one unit only (`59s`, `1m`, `23h`, `1d`, `364d`, `1y`). Used by a few
 * older printers (e.g. `kubectl top`-style ages); `kubectl get` uses {@link humanDuration}.
 */
export function shortHumanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${trunc(hours / 24)}d`;
  return `${trunc(ms / HOUR / 24 / 365)}y`;
}

/**
 * printers.go `translateTimestampSince`: the age of an RFC 3339 timestamp at `nowMs`, or `<unknown>`
 * when the timestamp is missing (a zero `metav1.Time`) or unreadable.
 */
export function translateTimestampSince(ts: string | undefined | null, nowMs: number): string {
  if (!ts) return '<unknown>';
  const t = Date.parse(ts);
  if (Number.isNaN(t)) return '<unknown>';
  return humanDuration(nowMs - t);
}
