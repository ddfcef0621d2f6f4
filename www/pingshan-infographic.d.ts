// Types for <pingshan-infographic>, the element defined by pingshan-infographic.js.
//
// The element's events are typed on the element itself and on `document` (they bubble and are
// composed), not on every HTMLElement. The JSX entries need no JSX library: the `react` and
// `preact` augmentations below apply only where @types/react or preact is installed, because
// TypeScript ignores an augmentation of a module it cannot find when the augmentation is in a
// declaration file.

/** One problem in a data document: where it is, what was expected, what was found. */
export interface DataError {
  path: string;
  expected?: string;
  found?: string;
  message: string;
}

/** The views of the embedded Pingshan data; a document given by `src` may name others. */
export type PingshanView = 'companies' | 'output' | 'talent' | (string & {});

/**
 * A BCP 47 tag. The widget speaks the document's declared language closest to it (English,
 * Chinese, Spanish, French, German, Portuguese or Japanese, with any subtags: `en-GB`, `zh-HK`,
 * `pt-BR`), else the document's first; any tag is accepted,
 * so a page's `locale: string` can be passed as it is.
 */
export type PingshanLanguage = 'en' | 'zh' | 'es' | 'fr' | 'de' | 'pt' | 'ja' | `en-${string}` | `zh-${string}` | `es-${string}` | `fr-${string}` | `de-${string}` | `pt-${string}` | `ja-${string}` | (string & {});

/** `auto` follows the reader's light or dark setting. */
export type PingshanTheme = 'light' | 'dark' | 'auto';

/** `lazy` starts when the widget comes within 600 px of the viewport; `eager` starts at once. */
export type PingshanLoading = 'lazy' | 'eager';

export interface ViewChangeDetail {
  view: string;
  previous: string;
}

export interface DataErrorDetail {
  errors: DataError[];
}

/** The element's own events; both bubble and are composed. */
export interface PingshanInfographicEventMap {
  /** A switch of view, by the reader or by the `view` attribute or property. */
  viewchange: CustomEvent<ViewChangeDetail>;
  /** The data document is invalid, or could not be fetched or read. */
  dataerror: CustomEvent<DataErrorDetail>;
}

/** Every event the element fires or receives: its own and those of any HTML element. */
export interface PingshanInfographicElementEventMap extends HTMLElementEventMap, PingshanInfographicEventMap {}

/**
 * The element's attributes as JSX props. Setting a property to null or undefined removes its
 * attribute, so a JSX prop left out or set to undefined means the attribute's default.
 */
export interface PingshanInfographicAttributes {
  /** Any view id of the data; the first view by default. */
  view?: PingshanView | undefined;
  /** The nearest `lang` of the page by default, else English. */
  lang?: PingshanLanguage | undefined;
  theme?: PingshanTheme | undefined;
  /** The URL of a data document; the embedded Pingshan data by default. */
  src?: string | undefined;
  loading?: PingshanLoading | undefined;
  /**
   * Keeps the view on screen in the page address's fragment (`#key=view`) and shows it again
   * on load; the key is the value given, else the element's id, else `view`.
   */
  share?: string | boolean | undefined;
  /**
   * The wasm's address, resolved against the page, where a bundler or dev server serves it
   * elsewhere than beside the module. The first widget of the page to load decides; a
   * change after that loads nothing.
   */
  wasm?: string | undefined;
}

/** Settings for every widget of the page. */
export interface PingshanConfiguration {
  /** The wasm's address, resolved against the page; by default beside the element's module. */
  wasmUrl?: string | URL | undefined;
}

/** A data document: the object `JSON.parse` returns for one, or its JSON text. */
export type PingshanDocument = { [field: string]: unknown } | string;

export class PingshanInfographic extends HTMLElement {
  static observedAttributes: string[];
  /** Defines the element under `tag`; a second call does nothing. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof PingshanInfographic;
  /** The same as the module's `configure`. */
  static configure(options: PingshanConfiguration): void;
  /** Resolves once the widget has drawn its first view or shown its error. */
  readonly ready: Promise<void>;
  /** The validation errors of the data, or null. */
  readonly errors: DataError[] | null;

  // The properties reflect their attributes. Setting null or undefined removes the attribute,
  // so the element falls back to the attribute's default.

  /** The id of the view on screen (before the first draw, the `view` attribute, or null). */
  get view(): PingshanView | null;
  set view(id: PingshanView | null | undefined);
  /**
   * The `lang` attribute, or '' without one, as on every HTML element (the widget then speaks
   * the page's language). The getter is typed `string` because HTMLElement's is, and because
   * the attribute can hold any tag.
   */
  get lang(): string;
  set lang(tag: PingshanLanguage | null | undefined);
  /** The `theme` attribute; `auto` when it is missing or not a theme, as the widget reads it. */
  get theme(): PingshanTheme;
  set theme(theme: PingshanTheme | null | undefined);
  /** The `src` attribute as written (a URL resolved against the page), or null. */
  get src(): string | null;
  set src(url: string | null | undefined);
  /** The `loading` attribute; `lazy` when it is missing or not `eager`, as the widget reads it. */
  get loading(): PingshanLoading;
  set loading(loading: PingshanLoading | null | undefined);
  /**
   * A document given by a script: it takes the place of a child script and of `src` (null,
   * or '' as Preact sets for null, gives them back). Set before or after the element is
   * defined; setting it again redraws.
   */
  get data(): PingshanDocument | null;
  set data(document: PingshanDocument | null | undefined);
  /** The `share` attribute (the fragment's key for the view), or null without one. */
  get share(): string | null;
  set share(key: string | boolean | null | undefined);

  // The event overloads follow lib.dom's for elements with events of their own (HTMLMediaElement).
  addEventListener<K extends keyof PingshanInfographicElementEventMap>(
    type: K,
    listener: (this: PingshanInfographic, event: PingshanInfographicElementEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PingshanInfographicElementEventMap>(
    type: K,
    listener: (this: PingshanInfographic, event: PingshanInfographicElementEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** Replaces how the wasm bindings are loaded (for tests and unusual hosting). */
export function useBindings(loader: () => Promise<unknown>): void;

/**
 * Settings for every widget of the page, called before the first widget loads its wasm (in
 * the module that imports the element, before any `await`). On a server it does nothing.
 */
export function configure(options: PingshanConfiguration): void;

/**
 * The element's JSX props where a JSX library declares the global `JSX` namespace: its
 * attributes and the few global ones that take plain values. They are kept assignable from
 * React's props, because @types/react 18 makes `React.JSX.IntrinsicElements` extend the global
 * `JSX.IntrinsicElements`, so the React entry below must fit this one.
 */
export interface PingshanInfographicJSXAttributes extends PingshanInfographicAttributes {
  id?: string | undefined;
  class?: string | undefined;
  slot?: string | undefined;
  title?: string | undefined;
  hidden?: boolean | undefined;
  /** Fallback content for readers without JavaScript, such as a `<noscript>` with a static SVG. */
  children?: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'pingshan-infographic': PingshanInfographic;
  }
  // The events bubble out of the widget and are composed, so a page can listen once on
  // `document` for every widget.
  interface DocumentEventMap extends PingshanInfographicEventMap {}
  namespace JSX {
    interface IntrinsicElements {
      'pingshan-infographic': PingshanInfographicJSXAttributes;
    }
  }
}

// React's JSX. The three empty interfaces merge with React's own where @types/react is installed
// (the type parameter keeps React's name, as merging requires); without it they stand in, so
// this block still compiles. Together they are React's `DetailedHTMLProps` for the element.
// `style` also takes CSS custom properties (`--pingshan-infographic-height`), which React's
// own `CSSProperties` refuses, and `class` is written as HTML writes it, which React 19 passes
// to a custom element as the attribute.
declare module 'react' {
  interface ClassAttributes<T> {}
  interface HTMLAttributes<T> {}
  interface CSSProperties {}
  namespace JSX {
    interface IntrinsicElements {
      'pingshan-infographic': ClassAttributes<PingshanInfographic>
        & Omit<HTMLAttributes<PingshanInfographic>, 'style'>
        & PingshanInfographicAttributes
        & {
          class?: string | undefined;
          style?: (CSSProperties & { [property: `--${string}`]: string | number | undefined }) | undefined;
          // React 19 sets a prop the element has as a property as that property.
          data?: PingshanDocument | null | undefined;
          // React 19 adds a listener for a prop named `on` + an event's name, as written.
          onviewchange?: ((event: PingshanInfographicEventMap['viewchange']) => void) | undefined;
          ondataerror?: ((event: PingshanInfographicEventMap['dataerror']) => void) | undefined;
        };
    }
  }
}

// Preact's JSX (`jsxImportSource: "preact"`, or `h` from 'preact'). Preact sets a prop the
// element has as that property (so `data` takes an object once the element is defined), and
// listens for `on` + an event's name as written when the element has no such handler property.
// The empty interface merges with Preact's own where preact is installed, and stands in
// without it.
declare module 'preact' {
  namespace JSX {
    interface HTMLAttributes<RefType extends EventTarget = EventTarget> {}
    interface IntrinsicElements {
      'pingshan-infographic': HTMLAttributes<PingshanInfographic>
        & PingshanInfographicAttributes
        & {
          data?: PingshanDocument | null | undefined;
          onviewchange?: ((event: PingshanInfographicEventMap['viewchange']) => void) | undefined;
          ondataerror?: ((event: PingshanInfographicEventMap['dataerror']) => void) | undefined;
        };
    }
  }
}
