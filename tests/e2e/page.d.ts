// Types for the functions the end-to-end tests have the browser run (page.evaluate,
// waitForFunction, addInitScript, WebKit's run and until), as tests/e2e/tsconfig.json checks
// them: what the tests' pages and init scripts put on `window`, and the element as the tests
// meet it. Types only: no page loads this file. A recorder a test adds to `window` is declared
// here, under the file that reads it.
import type { PingshanInfographic } from '../../www/pingshan-infographic.js';

declare module '../../www/pingshan-infographic.js' {
  interface PingshanInfographic {
    /** The element attaches its open shadow root in its constructor, so a defined one has it. */
    readonly shadowRoot: ShadowRoot;
  }
}

declare global {
  /** The element, for `@type` in the tests. */
  type Widget = PingshanInfographic;
  /** Playwright's page, for `@param` in the tests. */
  type Page = import('playwright-core').Page;

  interface Document {
    /**
     * The page's first widget, in the functions the tests have the browser run. The tests' pages
     * have one (each test waits for it with widgetReady), and where a page has none, reading it
     * throws a TypeError that fails the call, so the tests read it without a check; a function
     * that waits for the widget to appear still writes `?.`.
     */
    querySelector(selectors: 'pingshan-infographic'): PingshanInfographic;
    // ParentNode's own, which a declaration here would otherwise hide.
    querySelector<K extends keyof HTMLElementTagNameMap>(selectors: K): HTMLElementTagNameMap[K] | null;
    querySelector<K extends keyof SVGElementTagNameMap>(selectors: K): SVGElementTagNameMap[K] | null;
    querySelector<K extends keyof MathMLElementTagNameMap>(selectors: K): MathMLElementTagNameMap[K] | null;
    querySelector<E extends Element = Element>(selectors: string): E | null;
  }

  /**
   * The parts of the widget's shadow tree the tests read, by the selector they read them with:
   * shadow.js builds all but the canvas in the element's constructor, and the widget draws its
   * canvas before `ready` resolves, which the tests wait for (widgetReady). Where one is missing
   * all the same, reading it throws a TypeError that fails the call.
   */
  interface WidgetParts {
    'canvas:not([aria-hidden])': HTMLCanvasElement;
    '.frame': HTMLElement;
    '.source': HTMLElement;
    '.tooltip': HTMLElement;
    '[role="tooltip"]': HTMLElement;
    '[role="status"]': HTMLElement;
    '[role="alert"]': HTMLElement;
    '[role="tablist"]': HTMLElement;
  }

  interface FocusOptions {
    /** HTML's option to show the focus ring (lib.dom does not declare it yet). */
    focusVisible?: boolean;
  }

  interface Element {
    /** An element's text is never null (only a document's or a doctype's is), as the DOM standard says. */
    textContent: string;
  }

  interface ShadowRoot {
    querySelector<K extends keyof WidgetParts>(selectors: K): WidgetParts[K];
    // ParentNode's own, which a declaration here would otherwise hide.
    querySelector<K extends keyof HTMLElementTagNameMap>(selectors: K): HTMLElementTagNameMap[K] | null;
    querySelector<K extends keyof SVGElementTagNameMap>(selectors: K): SVGElementTagNameMap[K] | null;
    querySelector<K extends keyof MathMLElementTagNameMap>(selectors: K): MathMLElementTagNameMap[K] | null;
    querySelector<E extends Element = Element>(selectors: string): E | null;
  }

  interface Window {
    // Recorders the tests install, by the files that read them.
    /** csp: each CSP violation, as `directive blocked-URI`. */
    __violations: string[];
    /** data: the listeners the widget put on resolution media queries. */
    resolutionListeners: EventListener[];
    /** demo: a widget taken out of the page, and where to put it back. */
    __parked: { widget: PingshanInfographic; parent: ParentNode };
    /** editor, loading: axe-core, added as a script tag. */
    axe: typeof import('axe-core');
    /** embed: the pym.js parent of the embedding page. */
    pymParent: { sendWidth(): void };
    /** examples: each widget's live-region writes, by the widget's id, and their observers. */
    heardIn: Record<string, string[]>;
    walkers: Record<string, MutationObserver>;
    /** explore: text drawn on any canvas, and each started canvas animation's duration in ms. */
    textsDrawn: number;
    canvasAnimations: number[];
    /** hostile: set only if a document's text ran as script. */
    __pwned?: number;
    /** languages: the language and first tab shown, each time they change. */
    seen: string[];
    /** loading: layout shifts not caused by input, and the widget's heights as observed. */
    testShifts: number[];
    testHeights: number[];
    /** loading: how often the tab row's scrollWidth was read. */
    testRowReads: number;
    /** properties: each viewchange (the widget's id and the detail), each dataerror's messages, and `ready`. */
    viewChanges: { id: string; view: string; previous: string }[];
    dataErrors: string[][];
    lateReady: boolean;
    /** screenreader: the live region's writes, and its observer. */
    heard: string[];
    liveRegion: MutationObserver;
    /** stress: what tests/instrument.js counts as left live. */
    __live(): { mediaQueryListeners: number; observed: number };
    /** transcripts: the virtual screen reader's browser build. */
    VirtualScreenReader: typeof import('@guidepup/virtual-screen-reader');
    /** wasm: each wasm the page fetched, and whether the element was defined and its loading state laid out then. */
    testWasmRequests: { path: string; defined: boolean; laidOut: boolean }[];
    /** webkit: the page's errors, as the recorder script writes them. */
    testErrors: string[];
  }
}
