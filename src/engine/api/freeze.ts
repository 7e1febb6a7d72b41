// Objects handed out by the store are deep-frozen (as tldraw's records are), so a caller that
// forgets to copy before changing an object fails loudly instead of corrupting the store.

export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/** A deep, mutable copy of a JSON-shaped object. */
export function clone<T>(o: T): T {
  return o === undefined ? o : (JSON.parse(JSON.stringify(o)) as T);
}
