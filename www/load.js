// Loading for the element: the wasm bindings, once per page, the words of a language the wasm
// does not carry (`lang/<code>.json`), once per page, and a page's own data document
// (the `data` property, a child script or `src`). Every failure is a `HostError` naming the message Rust wrote for it in the shell,
// with the values that fill it; the element says it in the reader's language.

import SHELL from './shell.js';
import { utf8Length } from './dom.js';
import { codeOf, pageTag } from './page.js';

/**
 * What the element calls of the wasm glue (its other exports are left out of the bundle).
 * @typedef {Pick<typeof import('./pkg/pingshan_infographic.js'),
 *   'createWidget' | 'createWidgetFromText' | 'maxDocumentBytes' | 'checkDocumentSize' | 'loadLanguage'>} Bindings
 */

/**
 * Where a document comes from (`documentOrigin`): the `data` property, a child script's text or
 * `src`, each undefined when it is not the origin.
 * @typedef {{data?: unknown, script?: string, src?: string}} Origin
 */

/** Anything thrown, read for its message (an Error's, a DOMException's) if it has one. @typedef {{message?: unknown} | null | undefined} Failure */

/** A failure before Rust could speak: `kind` names the message in shell.js, `fields` fill it. */
export class HostError extends Error {
  /** @param {string} kind @param {Record<string, unknown>} fields */
  constructor(kind, fields) {
    super(kind);
    this.kind = kind;
    this.fields = fields;
  }
}

// A widget's code that never arrives must end in the error state, not in a loading message
// forever; a slow connection that keeps delivering must not. So the limit is on silence: the
// fetch is aborted when no byte has come for this long.
const WASM_STALL_MS = 10000;
// A data document has this long to arrive whole.
const SRC_TIMEOUT_MS = 10000;

// Loads the wasm bindings. The specifiers are relative to this module (so the widget works
// from any origin or path) and static (so bundlers such as Vite follow them and emit the
// .wasm). The wasm is fetched while the glue module loads, not after it: one round trip less
// before the first chart. Where a bundler or dev server moves the module but not the wasm,
// the page names the wasm's address itself (`address`: the `wasm` attribute, or
// `configure({ wasmUrl })`), resolved against the page.
/** @param {string | null} address @returns {Promise<Bindings>} */
async function defaultLoader(address) {
  const url = address ? new URL(address, document.baseURI) : wasmBesideModule();
  const { watch, wasm } = early?.href === url.href ? early : requestWasm(url);
  early = null;
  try {
    const glue = await import('./pkg/pingshan_infographic.js');
    await glue.default({ module_or_path: wasm });
    // What the element calls, by name, so a bundler leaves out the rest of the glue (such as
    // `initSync`). tests/web.rs hands in the same four (`useBindings`), without
    // `loadLanguage` (its widgets then write a language loaded on demand in English's words).
    return {
      createWidget: glue.createWidget,
      createWidgetFromText: glue.createWidgetFromText,
      maxDocumentBytes: glue.maxDocumentBytes,
      checkDocumentSize: glue.checkDocumentSize,
      loadLanguage: glue.loadLanguage,
    };
  } catch (failure) {
    if (watch.stalled) throw new HostError('wasm_timeout', { url, seconds: WASM_STALL_MS / 1000 });
    if (watch.start) throw new HostError('wasm_text', { url, start: watch.start });
    throw new HostError('wasm_failed', { url, error: /** @type {Failure} */ (failure)?.message ?? failure });
  }
}

/** The wasm's address when neither the page nor a widget names one. */
const wasmBesideModule = () => new URL('./pkg/pingshan_infographic_bg.wasm', import.meta.url);

/**
 * The wasm's request: its response (fetchWasm) and the watch on it.
 * @typedef {{href: string, watch: {stalled: boolean, start: string}, wasm: Promise<Response>}} WasmRequest
 */

/** @param {URL} url @returns {WasmRequest} */
function requestWasm(url) {
  const watch = { stalled: false, start: '' };
  const wasm = fetchWasm(url, watch);
  wasm.catch(() => {}); // A failed fetch is reported by the load that takes it, not as unhandled.
  return { href: url.href, watch, wasm };
}

// A page that preloads the wasm beside this module for a widget that starts at once (the
// README's advice for a `loading="eager"` widget at the top of the page, `<link rel="preload"
// as="fetch">`) has it requested when this module first runs, rather than when the load
// starts: a microtask after the widgets' upgrade (`loadBindings`), behind the rest of the
// module's evaluation. Only a file the page preloads itself is asked for this early, and the
// load takes the request at once (that microtask), or leaves it when it asks for another
// address (a `wasm` attribute, `configure`): unread, it ends at the stall watch.
/** @type {WasmRequest | null} */
let early = document.querySelector('pingshan-infographic[loading=eager]')
  && [...document.querySelectorAll('link[as=fetch]')].some((link) => /** @type {HTMLLinkElement} */ (link).href === wasmBesideModule().href)
  ? requestWasm(wasmBesideModule()) : null;

// The wasm response, its body passed through a watch that aborts the fetch after
// WASM_STALL_MS without a byte (and sets `watch.stalled`), and that stops it at once when the
// answer is not a wasm (`watch.start`, its first characters): most often a dev server's or a
// host's fallback HTML page answering for a wasm it does not have, which the browser would
// report only as a wrong magic word. It
// stays a streaming `application/wasm` response, so the browser still compiles while it
// downloads.
/** @param {URL} url @param {{stalled: boolean, start: string}} watch */
async function fetchWasm(url, watch) {
  const controller = new AbortController();
  let timer = 0;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { watch.stalled = true; controller.abort(); }, WASM_STALL_MS);
  };
  rearm();
  let response;
  try {
    response = await fetch(url, { signal: controller.signal });
  } finally {
    if (!response?.ok) clearTimeout(timer);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  let first = true;
  const body = new ReadableStream({
    async pull(stream) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          clearTimeout(timer);
          stream.close();
        } else {
          // A wasm starts with the bytes `\0asm`; text (an HTML page) never with a zero byte.
          if (first && value[0]) {
            watch.start = new TextDecoder().decode(value.subarray(0, 15));
            reader.cancel();
            throw new Error(watch.start);
          }
          first = false;
          rearm();
          stream.enqueue(value);
        }
      } catch (failure) {
        clearTimeout(timer);
        stream.error(failure);
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      return reader.cancel(reason);
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
}

let loader = defaultLoader;
/** @type {Promise<Bindings> | null} */
let bindingsPromise = null;
/** @type {string | null} */
let wasmUrl = null;

/**
 * Replaces how the wasm bindings are loaded (tests hand in their own build).
 * @param {(address: string | null) => Promise<Bindings>} customLoader
 */
export function useBindings(customLoader) {
  loader = customLoader;
  bindingsPromise = null;
}

/**
 * The page's settings for every widget: `wasmUrl`, the wasm's address when it is not beside the module.
 * @param {{wasmUrl?: string | null} | null | undefined} options
 */
export function configure(options) {
  wasmUrl = options?.wasmUrl ?? wasmUrl;
}

/**
 * The bindings: one load serves every widget; a failed one is forgotten, so a later widget
 * tries again. The first widget to load names the wasm's address (its `wasm` attribute, else
 * the configured one, else beside the module). The load starts a microtask later, so a
 * module that imports the element and then calls `configure` is in time even for the widgets
 * its import upgraded.
 * @param {string | null} address
 */
export function loadBindings(address) {
  if (!bindingsPromise) {
    bindingsPromise = Promise.resolve().then(() => loader(address || wasmUrl));
    bindingsPromise.catch(() => { bindingsPromise = null; });
  }
  return bindingsPromise;
}

/** @type {Map<string, Promise<boolean>>} */
const languageLoads = new Map();

/**
 * Readies a language whose words the wasm does not carry (Spanish, French, German, Portuguese,
 * Japanese: `lang/<code>.json`, written by Rust beside this module, about 1.4 KB gzip each), so
 * a page pays only for the languages it shows. Fetched once per page, in parallel with the
 * wasm; its table is then handed to the wasm and its host words join the shell's. Resolves
 * true when the language is ready (or carried), false when its file could not be had (the
 * widget then writes that language's document in English's interface words; a later call
 * tries again).
 * @param {string} code @returns {Promise<boolean>}
 */
export function loadLanguage(code) {
  if (!code || Object.hasOwn(SHELL.languages, code)) return Promise.resolve(true);
  let load = languageLoads.get(code);
  if (!load) {
    const url = new URL(`./lang/${code}.json`, import.meta.url);
    load = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      const file = JSON.parse(text);
      const bindings = await loadBindings(null);
      if (bindings.loadLanguage && bindings.loadLanguage(text) !== code) throw new Error(`${url}: not ${code}'s words`);
      // The embedded document's tabs and heights are those of the language it speaks to this
      // language's reader (`embedded`, a language the shell carries).
      const languages = /** @type {Record<string, import('./page.js').Language>} */ (/** @type {unknown} */ (SHELL.languages));
      languages[code] = { ui: file.ui, embedded: (languages[file.embedded] ?? languages.en).embedded };
      return true;
    })();
    languageLoads.set(code, load);
    load.catch(() => languageLoads.delete(code));
  }
  return load.catch(() => false);
}

/**
 * Fetches a data document: same-origin with credentials, cross-origin only where CORS allows
 * (without credentials), within a time limit, and streamed so a huge answer is cut off at the
 * size limit rather than read whole (Rust's `checkDocumentSize` throws the usual error list).
 * @param {URL} url @param {Bindings} bindings
 */
export async function fetchDocument(url, bindings) {
  const sameOrigin = url.origin === location.origin;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SRC_TIMEOUT_MS);
  const max = bindings.maxDocumentBytes();
  try {
    const response = await fetch(url, {
      mode: sameOrigin ? 'same-origin' : 'cors',
      credentials: sameOrigin ? 'same-origin' : 'omit',
      signal: controller.signal,
    });
    if (!response.ok) throw new HostError('src_status', { url, status: response.status });
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > max) bindings.checkDocumentSize(declared);
    const reader = /** @type {ReadableStream<Uint8Array<ArrayBuffer>>} */ (response.body).getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        controller.abort();
        bindings.checkDocumentSize(size);
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
  } catch (failure) {
    if (Array.isArray(failure) || failure instanceof HostError) throw failure;
    if (controller.signal.aborted) throw new HostError('src_timeout', { url, seconds: SRC_TIMEOUT_MS / 1000 });
    throw new HostError('src_network', { url, error: /** @type {Failure} */ (failure)?.message ?? failure });
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an origin names a document of the page's own (`data`, a script or `src`), not the embedded one. @param {Origin} origin */
export const givesDocument = (origin) => Object.values(origin).some((given) => given !== undefined);

// Where a document comes from, in the order that wins: the `data` property (`data`), a child
// script's text, the `src` attribute, else (all undefined) the embedded document.
/** @param {Element} host @param {unknown} data @returns {Origin} */
export function documentOrigin(host, data) {
  if (data !== undefined) return { data };
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) return { script: /** @type {string} */ (script.textContent) };
  return { src: host.getAttribute('src') ?? undefined };
}

/** The words of the language `host`'s page asks for, if the wasm does not carry them. @param {Element} host */
export const pageLanguage = (host) => loadLanguage(codeOf(pageTag(host)));

/**
 * The widget of the document `from` names (`documentOrigin`) for `host`: one the page gives
 * has its language's words fetched first (the fetch the element started with the wasm's, if
 * it did), its text read, and a too-large one refused before it is copied into wasm memory.
 * @param {Bindings} bindings @param {Origin} from @param {Element} host
 */
export async function createWidget(bindings, from, host) {
  if (givesDocument(from)) await pageLanguage(host);
  const text = await dataText(from, bindings);
  if (text === null) return bindings.createWidget();
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a long text needs measuring.
  if (text.length > bindings.maxDocumentBytes() / 3) bindings.checkDocumentSize(utf8Length(text));
  return bindings.createWidgetFromText(text);
}

/**
 * The data document's text from where it comes (`documentOrigin`), or null for the embedded document.
 * @param {Origin} origin @param {Bindings} bindings
 */
async function dataText({ data, script, src }, bindings) {
  if (data !== undefined) {
    // Text as given, anything else as JSON.stringify writes it (which throws on a cycle, and
    // gives no text for a function).
    let text;
    try {
      text = typeof data === 'string' ? data : JSON.stringify(data);
    } catch (failure) {
      text = failure;
    }
    if (typeof text !== 'string') throw new HostError('data_invalid', { error: /** @type {Failure} */ (text)?.message ?? typeof data });
    return text;
  }
  if (script !== undefined) return script;
  if (!src) return null;
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch (failure) {
    throw new HostError('src_network', { url: src, error: /** @type {Failure} */ (failure)?.message ?? failure });
  }
  return fetchDocument(url, bindings);
}
