import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

type Json = unknown;

function keyText(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/**
 * Brings a parsed YAML node to a new value while touching as little of it as possible: a changed
 * scalar keeps its node (quoting, block style, comments), unchanged keys and items keep theirs, and
 * only what is new is created. So an edit to one budget changes one line of the person's file.
 */
function merge(doc: Document, node: Node | null | undefined, value: Json): Node {
  if (node && isDeepStrictEqual(node.toJSON(), value)) return node;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return node;
  }
  if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = value as Record<string, Json>;
    node.items = node.items.filter((pair) => Object.hasOwn(entries, keyText(pair)));
    for (const [key, item] of Object.entries(entries)) {
      const pair = node.items.find((p) => keyText(p) === key);
      if (pair) pair.value = merge(doc, pair.value as Node | null, item);
      else {
        // A new fiscal year is written as a number, like the years around it.
        const k = /^\d{4}$/.test(key) && node.items.some((p) => isScalar(p.key) && typeof p.key.value === 'number') ? Number(key) : key;
        node.add(doc.createPair(k, item));
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const old = [...node.items] as Node[];
    // Items edited, added, removed or moved, removed or moved: an unchanged item keeps its node (and comments) wherever it went;
    // any other reuses the node that stood at its place, else is created.
    const unused = new Set(old);
    const kept = value.map((item) => {
      const same = old.find((n) => unused.has(n) && isDeepStrictEqual(n.toJSON(), item));
      if (same) unused.delete(same);
      return same;
    });
    node.items = value.map((item, i) => {
      if (kept[i]) return kept[i];
      const at = old[i];
      if (at && unused.has(at)) {
        unused.delete(at);
        return merge(doc, at, item);
      }
      return doc.createNode(item) as Node;
    });
    return node;
  }
  return doc.createNode(value) as Node;
}

/** Sets the whole document to `value`, keeping every part that did not change as it was written. */
export function mergeInto(doc: Document, value: Json): void {
  doc.contents = merge(doc, doc.contents as Node | null, value) as typeof doc.contents;
}
