// The element's attributes as properties: the part of its public face that is only attributes.
// Each property reflects its attribute. Setting one to null or undefined removes the attribute,
// so the widget falls back to the default (React 19 sets a prop it drops to undefined). `theme`
// and `loading` read as the keyword the widget acts on, as the enumerated attributes of HTML
// elements do (`img.loading`), so an unknown value reads as the default. The properties that
// hold state (`view`, `data`, `errors`, `ready`) are the element's own.

import { setAttribute } from './dom.js';

export class AttributeProperties extends HTMLElement {
  static observedAttributes = ['view', 'lang', 'theme', 'src', 'loading', 'share'];

  /** The `lang` attribute, or '' as on every element (the widget then speaks the page's language). */
  get lang() {
    return this.getAttribute('lang') ?? '';
  }

  // HTMLElement's own setter would write `lang="null"` for null.
  set lang(tag) {
    setAttribute(this, 'lang', tag ?? null);
  }

  get theme() {
    const theme = this.getAttribute('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }

  set theme(theme) {
    setAttribute(this, 'theme', theme ?? null);
  }

  /** The `src` attribute as written (resolved against the page when fetched), or null. */
  get src() {
    return this.getAttribute('src');
  }

  set src(url) {
    setAttribute(this, 'src', url ?? null);
  }

  /** The `share` attribute (the key of the view in the page address), or null. */
  get share() {
    return this.getAttribute('share');
  }

  /** @param {string | boolean | null | undefined} key */
  set share(key) {
    setAttribute(this, 'share', key === true ? '' : key === false ? null : key ?? null);
  }

  get loading() {
    return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy';
  }

  set loading(loading) {
    setAttribute(this, 'loading', loading ?? null);
  }
}

// A property set before this module defined the element (Angular's bindings, Vue's `.prop`,
// Astro, any script that runs first) is an own property of the instance that shadows the
// accessor: the element would report it and never act on it. On upgrade each is read,
// deleted and set again through its accessor, as lit and relative-time-element do.
/** @param {Record<string, unknown>} element an element, its properties read by name */
export function upgradeProperties(element) {
  for (const name of [...AttributeProperties.observedAttributes, 'data']) {
    if (!Object.hasOwn(element, name)) continue;
    const value = element[name];
    delete element[name];
    element[name] = value;
  }
}
