// Counts what a widget leaves live: listeners on media-query lists, and elements observed by
// resize, intersection and mutation observers. For the end-to-end stress test, which installs
// `instrument` before any page script runs.

/** Wraps the prototypes once; `window.__live()` then reports the counts. */
export function instrument() {
  if (Object.hasOwn(window, '__live')) return;
  /** @type {{ listeners: Set<object>, observed: Map<object, Set<Node | Element>> }} */
  const live = { listeners: new Set(), observed: new Map() };
  window.__live = () => ({
    mediaQueryListeners: live.listeners.size,
    observed: [...live.observed.values()].reduce((n, targets) => n + targets.size, 0),
  });
  /** @type {WeakMap<MediaQueryList, Map<unknown, object>>} */
  const keys = new WeakMap();
  /** One key for a list's listener, however often it is added. @type {(list: MediaQueryList, listener: unknown) => object} */
  const key = (list, listener) => {
    const listeners = keys.get(list) ?? new Map();
    keys.set(list, listeners);
    if (!listeners.has(listener)) listeners.set(listener, {});
    return /** @type {object} */ (listeners.get(listener));
  };
  const { addEventListener: add, removeEventListener: remove } = MediaQueryList.prototype;
  /** @param {string} type @param {EventListenerOrEventListenerObject} listener @param {boolean | AddEventListenerOptions} [options] */
  MediaQueryList.prototype.addEventListener = function (type, listener, options) {
    live.listeners.add(key(this, listener));
    return add.call(this, type, listener, options);
  };
  /** @param {string} type @param {EventListenerOrEventListenerObject} listener @param {boolean | EventListenerOptions} [options] */
  MediaQueryList.prototype.removeEventListener = function (type, listener, options) {
    live.listeners.delete(key(this, listener));
    return remove.call(this, type, listener, options);
  };
  // The three observers' methods as one shape (a mutation observer has no `unobserve`).
  /** @typedef {{ observe(target: Node, options?: object): void, unobserve?(target: Element): void, disconnect(): void }} Observer */
  for (const Observer of /** @type {{ prototype: Observer }[]} */ ([ResizeObserver, IntersectionObserver, MutationObserver])) {
    const { observe, unobserve, disconnect } = Observer.prototype;
    /** @param {Node} target @param {object} [options] */
    Observer.prototype.observe = function (target, options) {
      const targets = live.observed.get(this) ?? new Set();
      live.observed.set(this, targets.add(target));
      return observe.call(this, target, options);
    };
    if (unobserve) {
      /** @param {Element} target */
      Observer.prototype.unobserve = function (target) {
        live.observed.get(this)?.delete(target);
        return unobserve.call(this, target);
      };
    }
    Observer.prototype.disconnect = function () {
      live.observed.delete(this);
      return disconnect.call(this);
    };
  }
}
