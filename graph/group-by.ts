// Groups items under a key in a Map of arrays, appending in place: one allocation per key, not one
// copy of the group per item (a spread-append in a loop is quadratic in the group's size).

/** Appends `item` to the array `groups` holds under `key`, creating it on first use. */
export function appendToGroup<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Groups `items` by `keyOf`, keeping their order within each group. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) appendToGroup(groups, keyOf(item), item);
  return groups;
}
