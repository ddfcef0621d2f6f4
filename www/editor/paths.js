// Where in the document's text a validation path points: `views[2].figures[0].value` names a
// value; the editor underlines it, or, for something missing, the object that should hold it.

/** @typedef {import('./session.js').JsonNode} JsonNode */

/** `views[2].figures[0].value` → ['views', 2, 'figures', 0, 'value']; `(document)` → []. @param {string | undefined} path */
export function pathSegments(path) {
  /** @type {(string | number)[]} */
  const segments = [];
  if (!path || path.startsWith('(')) return segments;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(index === undefined ? key : Number(index));
  }
  return segments;
}

/**
 * The text range `{from, to}` a path names in a parsed tree (jsonc-parser's `parseTree`): a
 * field with its name and value, an array item, or, when the path names something missing,
 * the first character of the nearest object or array that should hold it.
 * @param {JsonNode | null | undefined} root @param {string | undefined} path
 */
export function rangeOf(root, path) {
  const segments = pathSegments(path);
  for (let length = segments.length; root && length >= 0; length -= 1) {
    const node = nodeAt(root, segments.slice(0, length));
    if (!node) continue;
    if (length < segments.length) return { from: node.offset, to: node.offset + 1 };
    const target = node.parent?.type === 'property' ? node.parent : node;
    return { from: target.offset, to: target.offset + target.length };
  }
  return { from: 0, to: 0 };
}

/**
 * Where choosing a problem puts the cursor, `{anchor, head}`: inside the value its path names,
 * ready to type (between empty quotes; over a string's text or another value, selected so
 * typing replaces it), never over the key; for something missing, just inside the object that
 * should hold it.
 * @param {JsonNode | null | undefined} root @param {string | undefined} path
 */
export function cursorOf(root, path) {
  const segments = pathSegments(path);
  for (let length = segments.length; root && length >= 0; length -= 1) {
    const node = nodeAt(root, segments.slice(0, length));
    if (!node) continue;
    if (length < segments.length || node.type === 'object' || node.type === 'array') {
      return { anchor: node.offset + 1, head: node.offset + 1 };
    }
    if (node.type === 'string') return { anchor: node.offset + 1, head: node.offset + node.length - 1 };
    return { anchor: node.offset, head: node.offset + node.length };
  }
  return { anchor: 0, head: 0 };
}

/**
 * The node at a path, taking the last of duplicate keys, as the widget reads them
 * (jsonc-parser's `findNodeAtLocation` takes the first).
 * @param {JsonNode} root @param {(string | number)[]} segments
 */
function nodeAt(root, segments) {
  /** @type {JsonNode | undefined} */
  let node = root;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      node = node?.type === 'array' ? node.children?.[segment] : undefined;
    } else {
      const property = node?.type === 'object'
        ? node.children?.findLast((child) => child.children?.[0]?.value === segment)
        : undefined;
      node = property?.children?.[1];
    }
    if (!node) return undefined;
  }
  return node;
}
