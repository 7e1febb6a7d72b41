// The three-way merge client-side `kubectl apply` performs (strategicpatch
// CreateThreeWayMergePatch, applied to the live object): fields in the new configuration win,
// fields that were in the last applied configuration but are gone from the new one are removed,
// and fields only the server or other writers set are kept. Lists of objects merge by their
// strategic merge key (`name`, `containerPort`, `port`, `mountPath`, `ip`), other lists are
// replaced. Simplified: no $patch directives, no retainKeys, merge keys guessed from the items.

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip', 'topologyKey'];

function mergeKeyOf(items: Json[]): string | undefined {
  if (items.length === 0 || !items.every(isObj)) return undefined;
  return MERGE_KEYS.find((k) => items.every((i) => (i as Obj)[k] !== undefined));
}

function mergeList(orig: Json[] | undefined, mod: Json[], live: Json[]): Json[] {
  const key = mergeKeyOf(mod);
  if (!key || !live.every(isObj)) return mod;
  const find = (list: Json[] | undefined, k: Json) => list?.find((x) => isObj(x) && x[key] === k);
  const out: Json[] = mod.map((m) => threeWayMerge(find(orig, (m as Obj)[key]), m, find(live, (m as Obj)[key])));
  for (const l of live) {
    const k = (l as Obj)[key];
    if (find(mod, k) !== undefined) continue;
    if (find(orig, k) !== undefined) continue; // removed from the configuration
    out.push(l);
  }
  return out;
}

/** The object apply sends: `live` patched from `orig` (last applied) to `mod` (new config). */
export function threeWayMerge(orig: Json, mod: Json, live: Json): Json {
  if (isObj(mod) && isObj(live)) {
    const out: Obj = { ...live };
    const o = isObj(orig) ? orig : {};
    for (const [k, v] of Object.entries(mod)) out[k] = threeWayMerge(o[k], v, live[k]);
    for (const k of Object.keys(o)) if (!(k in mod)) delete out[k];
    return out;
  }
  if (Array.isArray(mod) && Array.isArray(live)) return mergeList(Array.isArray(orig) ? orig : undefined, mod, live);
  return mod;
}
