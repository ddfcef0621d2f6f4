// <pingshan-infographic>: the host element around the Rust/WebAssembly widget.
//
// This module owns the DOM, events and observers; Rust (the wasm `Widget` handle) owns the
// data, validation, layout, drawing, hit-testing and every word shown, and Rust's shell
// (shell.js) every word, colour and size the element needs before the wasm arrives. Data text
// reaches the DOM only through `textContent`. Each listener and observer is made once,
// attached in connectedCallback and removed in disconnectedCallback, so a removed element
// leaves nothing behind and a re-inserted one works again. Beside it, one concern a module
// (www/element-files.json lists them, ARCHITECTURE.md says what each holds).
//
// Widgets start lazily, within 600 px of the viewport; `loading="eager"` at once.
//
// It is the only file a host page includes:
//   <script type="module" src=".../pingshan-infographic.js"></script>
//   <pingshan-infographic view="companies"></pingshan-infographic>

import SHELL from './shell.js';
import {
  configure, createWidget, documentOrigin, givesDocument, loadBindings, loadLanguage, pageLanguage,
} from './load.js';
import { AttributeProperties, upgradeProperties } from './properties.js';
import { frameWords, shadowTree } from './shadow.js';
import { renderTabs, tabListeners } from './tabs.js';
import { drawnKey, dropViews, fillViewText, paintView, showView, viewEntry } from './views.js';
import { liveRegion } from './live.js';
import { explorer } from './explore.js';
import { errorReports, fillAlert } from './errors.js';
import { downloadCsv, downloadPng } from './downloads.js';
import {
  cancelIdle, languageOf, pageIsDark, pageTag, requestIdle, restoreView, shareView, systemColors,
} from './page.js';
import { heightAt, scrollIntoRow, setAttribute, setMarkedText, setStyle, setText } from './dom.js';

export { configure, useBindings } from './load.js';

// The types of what Rust returns and takes are declared once, in src/web/results.rs (the glue's .d.ts).
/** @typedef {import('./pkg/pingshan_infographic.js').Widget} Widget */
/** @typedef {import('./pkg/pingshan_infographic.js').DrawOptions} DrawOptions */
/** @typedef {import('./pkg/pingshan_infographic.js').Texts} Texts */
/** @typedef {import('./views.js').ViewEntry} ViewEntry */
/** @typedef {import('./views.js').OnScreen} OnScreen */
/** @typedef {import('./load.js').Origin} Origin */
/** What the element has Rust draw: every option given. @typedef {Required<DrawOptions>} Drawing */

export class PingshanInfographic extends AttributeProperties {
  /** Defines the element; a second call (or a second copy of this file) does no harm. */
  static define(tag = 'pingshan-infographic', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  /** Settings for every widget of the page: `{ wasmUrl }`, where the wasm is served if not beside this module. */
  static configure = configure;

  /** @type {Widget | null} */ #widget = null;
  /** @type {Promise<Widget | null> | null} */ #loading = null;
  /** @type {{path: string, message: string}[] | null} */ #errors = null;
  #width = 0;
  #frameRequest = 0;
  #idleRequest = 0; // The one pending idle callback that prepares a view (#prepareView).
  // Set by #ready's executor, which runs at once.
  /** @type {((value?: unknown) => void) | undefined} */ #readyResolve;
  #ready = new Promise((resolve) => { this.#readyResolve = resolve; });

  /** @type {HTMLDivElement} */ #frame; /** @type {HTMLDivElement} */ #probe; /** @type {HTMLDivElement} */ #schemeProbe;
  /** @type {HTMLSpanElement} */ #systemProbe; /** @type {HTMLDivElement} */ #tablist; /** @type {HTMLDivElement} */ #panel;
  /** @type {HTMLParagraphElement} */ #loadingNote; /** @type {HTMLParagraphElement} */ #source;
  /** @type {HTMLDivElement} */ #tableBox; /** @type {HTMLDivElement} */ #alert; /** @type {HTMLSlotElement} */ #fallback;
  /** @type {HTMLDivElement} */ #tooltip;
  /** @type {HTMLButtonElement} */ #pngButton; /** @type {HTMLButtonElement} */ #csvButton;
  // Each view drawn so far (views.js); after each render, the views not on screen are laid out
  // and painted in idle time, so even a first visit to a view finds it drawn (issue 24).
  /** @type {Map<string, ViewEntry>} */ #views = new Map(); // view id → { canvas, description, table, lang, drawn, painted }
  // What is on screen, or null before the first draw and after an error: the view's #views
  // entry, the options it was drawn with (its id among them) and its marks.
  /** @type {OnScreen | null} */ #onScreen = null;
  // The drawnKey (views.js, without view and focus) that every view not on screen was last
  // prepared for in idle time, or null: while renders keep it, there is nothing to prepare.
  /** @type {string | null} */ #prepared = null;
  #tabsFit = ''; // The width and language at which every tab was found to fit in its row.
  #live = liveRegion(); // The polite live region (live.js).
  /** @type {ReturnType<typeof explorer>} */ #explore; // Pointer and keyboard on the chart, and the tooltip (explore.js).
  /** @type {(Texts & {lang: string}) | null} */ #texts = null; // The tabs and source line in the language last drawn.
  /** @type {ResizeObserver} */ #resizeObserver;
  // Lazy start: nothing is fetched or instantiated until the widget comes near the viewport.
  /** @type {IntersectionObserver | null} */
  #visibilityObserver = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      /** @type {IntersectionObserver} */ (this.#visibilityObserver).disconnect();
      this.#start();
    }, { rootMargin: '600px 0px' })
    : null;
  // Without a `lang` of its own the widget speaks the page's language, so a change of any
  // `lang` in the page (a bilingual site's switch) redraws it. Shadow trees are outside the
  // observed subtree, so the widget's own `lang` writes do not come back here.
  #langObserver = new MutationObserver(() => { if (!this.hasAttribute('lang')) this.#scheduleRender(); });
  // A child `<script type="application/json">` changed by the page (a framework's template,
  // an editor's preview) is read again.
  #childObserver = new MutationObserver(() => { if (this.#documentChanged()) this.#load(); });
  #darkQuery = matchMedia('(prefers-color-scheme: dark)');
  #forcedColorsQuery = matchMedia('(forced-colors: active)');
  /** @type {MediaQueryList | null} */ #pixelRatioQuery = null;
  // Whether the view asked for came from the reader's tab (a click or a key), not the page.
  #switchedByTab = false;

  // Handlers are bound once so they can be removed; the tabs' (tabs.js) and the
  // exploration's (explore.js) are made with the shadow tree.
  /** @type {import('./dom.js').Listener[]} */ #tabListeners;
  #onSchemeChange = () => this.#scheduleRender();
  #onPixelRatioChange = () => { this.#watchPixelRatio(); this.#scheduleRender(); };
  // Printing: a lazy widget still far down the page starts now, and prints light.
  #onBeforePrint = () => { this.#printing = true; this.#start(); this.#render(); };
  #onAfterPrint = () => { this.#printing = false; this.#scheduleRender(); };
  #printing = false;
  /** @type {unknown} */ #data = undefined; // The `data` property: a document given by a script.
  /** @type {Origin | null} */ #loadedFrom = null; // Where the document drawn came from (see load.js's documentOrigin).
  #onHashChange = () => restoreView(this);
  // The language this widget's document speaks for a page's tag.
  /** @type {{tag: string, lang: string} | null} */ #spoken = null;
  #onIdle = () => { this.#idleRequest = 0; this.#prepareView(); };
  // Downloads: the view as a PNG with its source line drawn in, and its figures as CSV. The
  // PNG is in the document's own colours, not the reader's forced ones: the file goes to others.
  #onPngClick = () => {
    const view = this.#onScreen?.drawing.view;
    if (!this.#widget || !view) return;
    downloadPng(this.#widget, {
      ...this.#drawOptions(view), width: this.#width || 640, pixelRatio: 2, focused: null, system: null,
    });
  };
  #onCsvClick = () => {
    const view = this.#onScreen?.drawing.view;
    if (this.#widget && view) downloadCsv(this.#widget, view, this.#langTag());
  };

  constructor() {
    super();
    [this.#frame, this.#probe, this.#schemeProbe, this.#systemProbe, this.#tablist, this.#panel, this.#loadingNote, this.#tooltip,
      this.#source, this.#pngButton, this.#csvButton, this.#tableBox, this.#alert, this.#fallback,
    ] = shadowTree(this.attachShadow({ mode: 'open' }), this.#live.status);
    this.#tabListeners = tabListeners(this.#tablist, (view) => {
      this.#switchedByTab = true;
      this.view = view;
    });
    this.#explore = explorer(this, this.#frame, this.#panel, this.#tooltip, () => this.#onScreen,
      (call) => this.#ask(call), () => this.#langTag(), this.#live.say, () => this.#scheduleRender());
    this.#resizeObserver = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      // Drawn now rather than in the next frame: this callback runs after layout and before
      // paint, so no frame shows the widget at a size it no longer has.
      if (width !== this.#width) {
        this.#width = width;
        this.#render();
      }
    });
    upgradeProperties(/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this)));
  }

  /** Resolves once the widget has drawn its first view or shown its error. */
  get ready() {
    return this.#ready;
  }

  // The properties that hold state; those that only reflect an attribute are in properties.js.

  /** The id of the view on screen (before the first draw, the `view` attribute, or null). */
  get view() {
    return this.#onScreen?.drawing.view ?? this.getAttribute('view');
  }

  /** @param {string | null | undefined} id */
  set view(id) {
    setAttribute(this, 'view', id ?? null);
  }

  /**
   * A document given by a script rather than the page: an object (as `JSON.parse` returns) or
   * its JSON text. It takes the place of a child script and of `src`; null gives them back, and
   * so does '', which Preact sets for a prop it is given as null or undefined.
   * Frameworks that cannot put a `<script>` in a template (Vue, Svelte, Angular) set this.
   */
  get data() {
    return this.#data ?? null;
  }

  /** @param {unknown} document */
  set data(document) {
    this.#data = document === '' ? undefined : document ?? undefined;
    if (this.isConnected && this.#documentChanged()) this.#load();
  }

  /** The validation errors of the data, or null. */
  get errors() {
    return this.#errors;
  }

  connectedCallback() {
    this.#resizeObserver.observe(this.#probe);
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    for (const [target, type, handler, capture] of this.#listeners()) target.addEventListener(type, handler, capture);
    this.#watchPixelRatio();
    restoreView(this);
    if (this.#widget || this.#errors) {
      // A document changed while the element was out of the page is loaded now.
      if (this.#documentChanged()) this.#load();
      else this.#scheduleRender();
      return;
    }
    if (this.getAttribute('loading') === 'eager' || !this.#visibilityObserver) this.#start();
    else this.#visibilityObserver.observe(this);
    // The loading state in the next frame, at its final size: the wasm's request goes first,
    // and a quick wasm's chart (preloaded, cached) replaces it before it is ever drawn.
    this.#scheduleRender();
  }

  // Every listener the element holds while connected, in one place, so that what
  // connectedCallback adds, disconnectedCallback removes.
  /** @returns {import('./dom.js').Listener[]} */
  #listeners() {
    return [
      ...this.#tabListeners,
      [this.#darkQuery, 'change', this.#onSchemeChange],
      [this.#forcedColorsQuery, 'change', this.#onSchemeChange],
      [this.#schemeProbe, 'transitionend', this.#onSchemeChange],
      [window, 'hashchange', this.#onHashChange],
      ...this.#explore.listeners,
      [this.#pngButton, 'click', this.#onPngClick],
      [this.#csvButton, 'click', this.#onCsvClick],
      [window, 'beforeprint', this.#onBeforePrint],
      [window, 'afterprint', this.#onAfterPrint],
    ];
  }

  #start() {
    if (!this.#widget && !this.#loading && !this.#errors) this.#load();
  }

  disconnectedCallback() {
    this.#resizeObserver.disconnect();
    this.#langObserver.disconnect();
    this.#childObserver.disconnect();
    this.#visibilityObserver?.disconnect();
    for (const [target, type, handler, capture] of this.#listeners()) target.removeEventListener(type, handler, capture);
    this.#pixelRatioQuery?.removeEventListener('change', this.#onPixelRatioChange);
    this.#pixelRatioQuery = null;
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = 0;
    this.#live.stop();
    cancelIdle(this.#idleRequest);
    this.#idleRequest = 0;
  }

  /** @param {string} name @param {string | null} oldValue @param {string | null} newValue */
  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'loading') {
      if (newValue === 'eager' && this.isConnected) this.#start();
    } else if (name === 'src') {
      if (this.isConnected && this.#documentChanged()) this.#load();
    } else if (name === 'share') {
      restoreView(this);
    } else {
      this.#scheduleRender();
    }
  }

  // Redraws whenever the device pixel ratio changes (zoom, moving to another screen).
  #watchPixelRatio() {
    this.#pixelRatioQuery?.removeEventListener('change', this.#onPixelRatioChange);
    const query = (this.#pixelRatioQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`));
    query.addEventListener('change', this.#onPixelRatioChange, { once: true });
  }

  /** Whether a widget already started has been given another document since it loaded. */
  #documentChanged() {
    // Not started yet (lazy, far from the viewport), or still waiting for the page to parse
    // its children: the load to come reads the document as it then is.
    if (!(this.#widget || this.#loading || this.#errors) || !this.#loadedFrom) return false;
    const now = documentOrigin(this, this.#data);
    const then = this.#loadedFrom;
    return now.data !== then.data || now.script !== then.script || now.src !== then.src;
  }

  async #load() {
    this.#loadedFrom = null;
    // Read in the load only after an await, when it is assigned (hence `undefined` in its type).
    /** @type {Promise<Widget | null> | undefined} */
    const attempt = (this.#loading = (async () => {
      const bindingsLoad = loadBindings(this.getAttribute('wasm'));
      // A language the wasm does not carry, in parallel with the wasm; the embedded document
      // is written only in languages it carries.
      const language = this.#ownDocument() && pageLanguage(this);
      const bindings = await bindingsLoad;
      await language;
      if (document.readyState === 'loading') {
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      // The document as it is now (a document given while the wasm loaded is drawn with its
      // language's words: load.js).
      return attempt === this.#loading ? createWidget(bindings, (this.#loadedFrom = documentOrigin(this, this.#data)), this) : null;
    })());
    try {
      const widget = await attempt;
      if (attempt !== this.#loading) return; // A newer load (src changed) took over.
      this.#widget = widget;
      this.#spoken = null;
      this.#errors = null;
      this.#dropViews();
      this.#alert.hidden = this.#fallback.hidden = true;
      this.#pngButton.hidden = this.#csvButton.hidden = false;
      // The first view is drawn now rather than in the next frame, so it shows in this one.
      if (this.isConnected) {
        cancelAnimationFrame(this.#frameRequest);
        this.#frameRequest = 0;
        this.#render();
      }
    } catch (failure) {
      if (attempt !== this.#loading) return;
      this.#showErrors(failure);
    } finally {
      if (attempt === this.#loading) this.#loading = null;
    }
  }

  // The language the widget speaks: the page's, once drawn narrowed by Rust to one the
  // document is written in (an English-only document speaks English on a Chinese page). The
  // answer is kept for the tag it was asked for: this runs on every render and every tooltip.
  #langTag() {
    const tag = pageTag(this);
    if (!this.#widget) return tag;
    if (this.#spoken?.tag !== tag) {
      this.#spoken = { tag, lang: this.#widget.resolveLang(tag) };
      // A language switched to live whose words are not here yet: drawn again when they are.
      if (!Object.hasOwn(SHELL.languages, this.#spoken.lang)) {
        loadLanguage(this.#spoken.lang).then(() => {
          this.#texts = this.#prepared = null;
          for (const entry of this.#views.values()) { entry.lang = null; entry.drawn = undefined; }
          this.#scheduleRender();
        });
      }
    }
    return this.#spoken.lang;
  }

  #themeName() {
    if (this.#printing) return 'light';
    const theme = this.getAttribute('theme');
    if (theme === 'light' || theme === 'dark') return theme;
    return pageIsDark(this, this.#schemeProbe, this.#darkQuery) ? 'dark' : 'light';
  }

  #scheduleRender() {
    if (this.#frameRequest || !this.isConnected) return;
    this.#frameRequest = requestAnimationFrame(() => {
      this.#frameRequest = 0;
      this.#render();
    });
  }

  // Before the wasm: the box takes its final size and says what is coming. For the embedded
  // document the shell knows the tabs, view titles, source line and chart height at every
  // width, so the widget shows as it will, less the chart, and nothing moves when the chart
  // comes. A document of the page's own (`src`, a child script) is unknown until read: the
  // widget reserves `--pingshan-infographic-height` if the page sets it, else about what the
  // embedded document takes, and moves once, when the document is drawn.
  #renderLoading() {
    if (!this.isConnected || this.#errors) return;
    const language = languageOf(this.#langTag());
    const { ui } = language;
    // Reads (colour scheme, width), then writes, then the selected tab's place in its row,
    // which a row just made with its first tab selected needs not: the page is laid out once.
    const theme = this.#themeName();
    const width = this.#currentWidth();
    const known = this.#ownDocument() ? null : language.embedded;
    const tabs = known?.tabs ?? [];
    const view = tabs.find((tab) => tab.id === this.getAttribute('view')) ?? tabs[0];
    setAttribute(this.#frame, 'data-loading', known ? '' : 'unknown');
    frameWords(this.#frame, this.#pngButton, this.#csvButton, ui, theme, width);
    const made = !this.#tablist.firstChild;
    const selected = renderTabs(this.#tablist, this.#panel, tabs, view?.id, ui.views, !known);
    setStyle(this.#panel, 'height', `${heightAt(language.embedded.heights, width)}px`);
    this.#loadingNote.hidden = false;
    setText(this.#loadingNote, view ? ui.loading_view.replace('{title}', view.title) : ui.loading);
    setMarkedText(this.#source, known?.source ?? '', known?.source_langs);
    if (selected && !(made && selected === this.#tablist.firstChild)) scrollIntoRow(this.#tablist, selected);
  }

  /** The width laid out: as last observed, else measured now (before the first observation). */
  #currentWidth() {
    return this.#width || Math.floor(this.getBoundingClientRect().width) || SHELL.min_width;
  }

  /** Whether the page gives the document (`src` or a child script) rather than the embedded one. */
  #ownDocument() {
    return givesDocument(documentOrigin(this, this.#data));
  }

  // Runs at every render: `hidden` is written only when it changes, since each write restyles the note.
  #endLoading() {
    setAttribute(this.#frame, 'data-loading', null);
    if (!this.#loadingNote.hidden) this.#loadingNote.hidden = true;
  }

  // Draws the view asked for, in steps: what to draw, the chart, the parts around it, and
  // after a switch, the announcement.
  #render() {
    if (!this.#widget) {
      this.#renderLoading();
      return;
    }
    this.#endLoading();
    this.#ask((widget) => this.#renderView(widget));
  }

  // A call into the widget: undefined without one, or when the call fails (a trap in Rust
  // stops this widget, not the page: its error is shown in its place).
  /** @template T @param {(widget: Widget) => T} call @returns {T | undefined} */
  #ask(call) {
    try {
      return this.#widget ? call(this.#widget) : undefined;
    } catch (failure) {
      this.#showErrors(failure);
      return undefined;
    }
  }

  // Reads first (the tab row's scroll, the page's colour scheme), then writes, so this render
  // makes the browser lay out the page once, in the frame, rather than in the middle of it.
  /** @param {Widget} widget */
  #renderView(widget) {
    // A view the tabs name is itself; anything else Rust resolves (to the first view).
    const wanted = this.getAttribute('view') ?? '';
    const view = this.#texts?.tabs.some((tab) => tab.id === wanted) ? wanted : widget.resolveView(wanted);
    const previous = this.#onScreen?.drawing.view ?? null;
    const switched = previous !== null && previous !== view;
    const options = this.#drawOptions(view);
    // Where every tab fits in its row at this width and language, nothing is read to scroll.
    const fit = `${options.width} ${options.lang}`;
    const tab = switched && this.#tabsFit !== fit && [...this.#tablist.children].find((button) => button.getAttribute('data-view') === view);
    if (tab) {
      if (this.#tablist.scrollWidth > this.#tablist.clientWidth) scrollIntoRow(this.#tablist, tab);
      else this.#tabsFit = fit;
    }
    if (switched) {
      options.focused = null;
      this.#explore.reset();
    }
    const ringed = switched && this.#onScreen?.drawing.focused;
    const entry = this.#drawChart(widget, options);
    this.#renderParts(widget, options, entry, !switched);
    this.#explore.refresh();
    /** @type {() => void} */ (this.#readyResolve)();
    const byTab = this.#switchedByTab;
    this.#switchedByTab = false;
    if (switched) this.#announceSwitch(view, previous, byTab);
    // The views not on screen are prepared again if the view left keeps a focus ring, or the
    // language, theme, width or colours changed.
    if (ringed) this.#prepared = null;
    if (this.#prepared !== drawnKey({ ...options, view: '', focused: null })) this.#idleRequest ||= requestIdle(this.#onIdle);
  }

  // In idle time, one view a callback: the first view not on screen whose canvas does not show
  // what a switch to it would draw is painted (Rust lays out every view at once, with the first
  // render) and its words filled in; then the next, in the next idle period. Input waits for at
  // most one view's paint, and a switch to a prepared view paints nothing. The views are drawn
  // as the one on screen was (#onScreen), without a focus ring: nothing of the page is read here.
  #prepareView() {
    const texts = this.#texts;
    const onScreen = this.#onScreen;
    // The words are dropped alone when a language's come, until the render they ask for.
    if (!this.isConnected || !onScreen || !texts) return;
    this.#ask((widget) => {
      const shown = { ...onScreen.drawing, focused: null };
      for (const { id } of texts.tabs) {
        const entry = this.#entry(id);
        const options = { ...shown, view: id };
        if (id === shown.view || entry.drawn === drawnKey(options)) continue;
        paintView(widget, entry, options);
        fillViewText(widget, entry, id, options.lang, texts.tabs);
        this.#idleRequest ||= requestIdle(this.#onIdle);
        return;
      }
      this.#prepared = drawnKey({ ...shown, view: '' });
    });
  }

  /** A view's #views entry, made on its first showing (views.js). @param {string} view */
  #entry(view) {
    return viewEntry(this.#views, view, this.#panel, this.#tooltip, this.#tableBox);
  }

  /**
   * What Rust draws: `{view, lang, theme, width, pixelRatio, focused, system}`.
   * @param {string} view @returns {Drawing}
   */
  #drawOptions(view) {
    return {
      view,
      lang: this.#langTag(),
      theme: this.#themeName(),
      width: this.#currentWidth(),
      pixelRatio: window.devicePixelRatio || 1,
      focused: this.#explore.focused(),
      system: this.#systemColors(),
    };
  }

  // Under forced colours, the reader's system colours (page.js); otherwise (and when
  // printing) null.
  #systemColors() {
    return this.#forcedColorsQuery.matches && !this.#printing ? systemColors(this.#systemProbe) : null;
  }

  // The view's canvas, made on its first showing, drawn by Rust (which paints only what
  // changed) and sized in CSS from the width and the height Rust laid out, never from the
  // element's own height, so the widget cannot grow itself in a flex or %-height container.
  /** @param {Widget} widget @param {Drawing} options */
  #drawChart(widget, options) {
    const entry = this.#entry(options.view);
    const { height, marks, hits } = paintView(widget, entry, options);
    const previous = this.#onScreen?.entry;
    this.#onScreen = { entry, drawing: options, marks, hits };
    setStyle(this.#panel, 'height', `${height}px`);
    // Shows its canvas and table in place of the previous view's (views.js).
    if (entry !== previous) showView(previous ?? null, entry, /** @type {ShadowRoot} */ (this.shadowRoot));
    return entry;
  }

  // The parts around the chart: frame, tabs, source line, buttons, and what a
  // screen reader gets for the view (its name, description and table), in the language.
  // The selected tab is scrolled into its row here unless the render did it first (`scroll`).
  /** @param {Widget} widget @param {Drawing} options @param {ViewEntry} entry @param {boolean} scroll */
  #renderParts(widget, { view, lang, theme, width }, entry, scroll) {
    const { ui } = languageOf(lang);
    frameWords(this.#frame, this.#pngButton, this.#csvButton, ui, theme, width);
    const texts = this.#texts?.lang === lang ? this.#texts : (this.#texts = { lang, ...widget.texts(lang) });
    setMarkedText(this.#source, texts.source, texts.sourceLangs);
    const selected = renderTabs(this.#tablist, this.#panel, texts.tabs, view, ui.views);
    if (selected && scroll) scrollIntoRow(this.#tablist, selected);
    fillViewText(widget, entry, view, lang, texts.tabs);
  }

  /** The tab of a view, in the language last drawn. @param {string} view */
  #tab(view) {
    return this.#texts?.tabs.find((tab) => tab.id === view);
  }

  // After a switch: the live region says which view is on screen, the chart fades in (unless
  // the reader asks for less motion), and the page hears of it.
  // A switch the reader made on a tab is not said: the screen reader says the tab, and the
  // chart says its title when reached, so the title would be heard twice (issue 24 item 2).
  // A switch made by the page (the `view` attribute or property) is.
  /** @param {string} view @param {string} previous @param {boolean} byTab */
  #announceSwitch(view, previous, byTab) {
    if (!byTab) this.#live.say(this.#tab(view)?.announcement ?? view, true);
    // The stylesheet's fade-in, for a canvas marked so (views.js's showView unmarks the one
    // left): a CSS animation, which costs no script; `animate()` took a fifth of a switch.
    /** @type {OnScreen} */ (this.#onScreen).entry.canvas.setAttribute('data-in', '');
    if (this.hasAttribute('share')) shareView(this, view);
    this.dispatchEvent(new CustomEvent('viewchange', { detail: { view, previous }, bubbles: true, composed: true }));
  }

  #dropViews() {
    dropViews(this.#views);
    this.#onScreen = null;
    this.#prepared = null;
    this.#texts = null;
    this.#panel.style.removeProperty('height');
  }

  // The error state: every problem listed with its path (errors.js), in place of the chart.
  /** @param {unknown} failure */
  #showErrors(failure) {
    const { ui } = languageOf(this.#langTag());
    const reports = errorReports(failure, ui);
    this.#errors = reports;
    this.#widget = null;
    this.#endLoading();
    const heading = /** @type {{kind?: string} | null | undefined} */ (failure)?.kind?.startsWith('wasm') ? ui.load_error_title : ui.error_title;
    fillAlert(this.#alert, heading, reports);
    // A failure to load (not a document's own errors, which its author must see) shows the
    // page's fallback content, when it has some, in place of the message: the reader gets the
    // figures instead of an apology. The message still goes to the console and the event.
    const fallback = !Array.isArray(failure) && this.querySelector(':scope > [slot="fallback"]');
    this.#alert.hidden = Boolean(fallback);
    this.#fallback.hidden = !fallback;
    renderTabs(this.#tablist, this.#panel, [], null, ui.views);
    this.#explore.hide();
    this.#dropViews();
    setMarkedText(this.#source, '');
    this.#pngButton.hidden = this.#csvButton.hidden = true;
    console.error(`<pingshan-infographic>: ${heading}:\n${reports.map((r) => r.message).join('\n')}`, this);
    this.dispatchEvent(new CustomEvent('dataerror', { detail: { errors: reports }, bubbles: true, composed: true }));
    /** @type {() => void} */ (this.#readyResolve)();
  }
}

PingshanInfographic.define();
