// Counts what a widget leaves live: listeners on media-query lists, and elements observed by
// resize, intersection and mutation observers. For the end-to-end stress test, which installs
// `instrument` before any page script runs.

/** Wraps the prototypes once; `window.__live()` then reports the counts. */
export function instrument() {
  if (window.__live) return;
  const live = { listeners: new Set(), observed: new Map() };
  window.__live = () => ({
    mediaQueryListeners: live.listeners.size,
    observed: [...live.observed.values()].reduce((n, targets) => n + targets.size, 0),
  });
  const keys = new WeakMap();
  const key = (list, listener) => {
    if (!keys.has(list)) keys.set(list, new Map());
    if (!keys.get(list).has(listener)) keys.get(list).set(listener, {});
    return keys.get(list).get(listener);
  };
  const { addEventListener: add, removeEventListener: remove } = MediaQueryList.prototype;
  MediaQueryList.prototype.addEventListener = function (type, listener, options) {
    live.listeners.add(key(this, listener));
    return add.call(this, type, listener, options);
  };
  MediaQueryList.prototype.removeEventListener = function (type, listener, options) {
    live.listeners.delete(key(this, listener));
    return remove.call(this, type, listener, options);
  };
  for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver]) {
    const { observe, unobserve, disconnect } = Observer.prototype;
    Observer.prototype.observe = function (target, options) {
      if (!live.observed.has(this)) live.observed.set(this, new Set());
      live.observed.get(this).add(target);
      return observe.call(this, target, options);
    };
    if (unobserve) {
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
