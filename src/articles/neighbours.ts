/** An item of a newest-first list with the items next to it. */
export interface WithNeighbours<Item> {
  item: Item;
  /** The one before it in the list (the next newer), if any. */
  newer: Item | undefined;
  /** The one after it in the list (the next older), if any. */
  older: Item | undefined;
}

/** Each item of a newest-first list with its next newer and next older item. */
export function withNeighbours<Item>(newestFirst: readonly Item[]): WithNeighbours<Item>[] {
  return newestFirst.map((item, index) => ({ item, newer: newestFirst[index - 1], older: newestFirst[index + 1] }));
}
