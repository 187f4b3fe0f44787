// Map helpers shared by the model and the session.

/** The value `map` (a Map or a WeakMap) holds for `key`, added with `make()` when there is none yet. */
export function getOrAdd<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
