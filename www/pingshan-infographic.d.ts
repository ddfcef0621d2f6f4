// Types for <pingshan-infographic>, the element defined by pingshan-infographic.js.

/** One problem in a data document: where it is, what was expected, what was found. */
export interface DataError {
  path: string;
  expected?: string;
  found?: string;
  message: string;
}

export interface ViewChangeDetail {
  view: string;
  previous: string;
}

export class PingshanInfographic extends HTMLElement {
  static observedAttributes: string[];
  /** Defines the element under `tag`; a second call does nothing. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof PingshanInfographic;
  /** Resolves once the widget has drawn its first view or shown its error. */
  readonly ready: Promise<void>;
  /** The validation errors of the data, or null. */
  readonly errors: DataError[] | null;
  /** The id of the view on screen; setting it switches views. */
  view: string | null;
}

/** Replaces how the wasm bindings are loaded (for tests and unusual hosting). */
export function useBindings(loader: () => Promise<unknown>): void;

declare global {
  interface HTMLElementTagNameMap {
    'pingshan-infographic': PingshanInfographic;
  }
  interface HTMLElementEventMap {
    viewchange: CustomEvent<ViewChangeDetail>;
    dataerror: CustomEvent<{ errors: DataError[] }>;
  }
}
