#![cfg(target_arch = "wasm32")]
//! Browser tests, run by `wasm-pack test --headless --chrome` and `--firefox`: only what a
//! browser can show. The element under test is the real `www/pingshan-infographic.js`, handed
//! the wasm bindings of this test build instead of loading `www/pkg`.

use js_sys::{Array, Function, JsString, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

use pingshan_infographic::web::{
    check_document_size, create_widget, create_widget_from_text, load_language, max_document_bytes,
};

wasm_bindgen_test_configure!(run_in_browser);

// The test runner's server (tiny_http 0.12, under wasm-bindgen-test-runner) can leave a
// connection unserved when the browser opens several at once: its task pool counts a thread
// woken for one queued connection as still idle, queues the next connection for it, and that
// connection waits for a thread until another connection closes. On a 2-core machine one run
// in three hung at "Loading scripts..." (chromedriver's 300 s, then a failed CI) when the
// element's ten modules were requested together. So the test glue statically imports only
// the shell and one inline block, and `useBindings` below imports the element's modules one at
// a time, leaves first: never more than one of them in flight. Add helpers to the inline block
// rather than a block of their own.
//
// The element: copied among this test build's snippets, imported by `useBindings`.
#[wasm_bindgen(module = "/www/pingshan-infographic.js")]
extern "C" {
    #[wasm_bindgen(js_name = useBindings)]
    fn _use_bindings(loader: &Function);
}

// The element imports its shell (`./shell.js`, which Rust writes) from beside itself; naming
// the shell here also puts it beside the element among this test build's snippets.
#[wasm_bindgen(module = "/www/shell.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = default)]
    static SHELL: JsValue;
}

// The element's other modules, for the same reason. Their items are never called, so the test
// glue does not import them (wasm-bindgen copies a module it is told of, and imports it only
// when an item is used): `useBindings` does.
#[wasm_bindgen(module = "/www/load.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadBindings)]
    fn _load_bindings() -> Promise;
}
#[wasm_bindgen(module = "/www/style.js")]
extern "C" {
    #[wasm_bindgen(js_name = styleSheet)]
    fn _style_sheet() -> JsValue;
}
#[wasm_bindgen(module = "/www/shadow.js")]
extern "C" {
    #[wasm_bindgen(js_name = shadowTree)]
    fn _shadow_tree(root: &JsValue, status: &JsValue) -> JsValue;
}
#[wasm_bindgen(module = "/www/dom.js")]
extern "C" {
    #[wasm_bindgen(js_name = clamp)]
    fn _clamp(value: f64, min: f64, max: f64) -> f64;
}
#[wasm_bindgen(module = "/www/tooltip.js")]
extern "C" {
    #[wasm_bindgen(js_name = fillTooltip)]
    fn _fill_tooltip(node: &JsValue, lines: &JsValue);
}
#[wasm_bindgen(module = "/www/explore.js")]
extern "C" {
    #[wasm_bindgen(js_name = explorer)]
    fn _explorer(host: &JsValue) -> JsValue;
}
#[wasm_bindgen(module = "/www/live.js")]
extern "C" {
    #[wasm_bindgen(js_name = liveRegion)]
    fn _live_region() -> JsValue;
}
#[wasm_bindgen(module = "/www/properties.js")]
extern "C" {
    #[wasm_bindgen(js_name = upgradeProperties)]
    fn _upgrade_properties(element: &JsValue);
}
#[wasm_bindgen(module = "/www/tabs.js")]
extern "C" {
    #[wasm_bindgen(js_name = keyedView)]
    fn _keyed_view(tablist: &JsValue, event: &JsValue) -> JsValue;
}
#[wasm_bindgen(module = "/www/views.js")]
extern "C" {
    #[wasm_bindgen(js_name = dropViews)]
    fn _drop_views(views: &JsValue);
}
#[wasm_bindgen(module = "/www/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = errorReports)]
    fn _error_reports(failure: &JsValue, ui: &JsValue) -> JsValue;
}
#[wasm_bindgen(module = "/www/downloads.js")]
extern "C" {
    #[wasm_bindgen(js_name = downloadCsv)]
    fn _download_csv(widget: &JsValue, view: &str, lang: &str);
}
#[wasm_bindgen(module = "/www/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = languageOf)]
    fn _language_of(tag: &str) -> JsValue;
}

#[wasm_bindgen(inline_js = r#"
// The element's modules in an order where each one's imports come before it (see above).
const ELEMENT_MODULES = ['dom', 'page', 'load', 'style', 'shadow', 'tooltip', 'properties', 'tabs', 'views', 'errors', 'downloads', 'live', 'explore', 'pingshan-infographic'];
let element;
export async function useBindings(loader) {
  if (!element) {
    for (const name of ELEMENT_MODULES) element = await import(`./www/${name}.js`);
  }
  element.useBindings(loader);
}
export function frames(n) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}
export function pixelHash(canvas) {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let hash = 0;
  for (let i = 0; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i] + 3 * data[i + 1] + 7 * data[i + 2]) >>> 0;
  return hash;
}
// The share of the canvas's pixels that are exactly this colour: a painted background and
// bars in the theme's colours, which noise or a blank canvas would not have.
export function colourShare(canvas, r, g, b) {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let same = 0;
  for (let i = 0; i < data.length; i += 4) same += data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255;
  return same / (data.length / 4);
}
export function mount(attributes, json) {
  const box = document.createElement('div');
  box.style.width = '640px';
  const widget = document.createElement('pingshan-infographic');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    widget.append(script);
  }
  box.append(widget);
  document.body.append(box);
  return widget;
}
export function key(target, name) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
}
export function pointer(target, type, x, y, pointerType) {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(new PointerEvent(type, { clientX: box.left + x, clientY: box.top + y, pointerType, bubbles: true, composed: true }));
}
export function tooltipState(widget) {
  const tip = widget.shadowRoot.querySelector('[role="tooltip"]');
  const outer = widget.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const inside = box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5 && box.top >= outer.top - 0.5 && box.bottom <= outer.bottom + 0.5;
  return tip.hidden ? '' : (inside ? '' : 'OUTSIDE ') + tip.textContent;
}
export function recordEvents(target, type) {
  const seen = [];
  target.addEventListener(type, (event) => seen.push(event.detail));
  return seen;
}
"#)]
extern "C" {
    /// Imports the element (once, module by module) and hands it these bindings.
    #[wasm_bindgen(js_name = useBindings)]
    fn use_bindings(loader: &Function) -> Promise;
    fn frames(n: u32) -> Promise;
    #[wasm_bindgen(js_name = pixelHash)]
    fn pixel_hash(canvas: &HtmlCanvasElement) -> u32;
    #[wasm_bindgen(js_name = colourShare)]
    fn colour_share(canvas: &HtmlCanvasElement, r: u8, g: u8, b: u8) -> f64;
    fn mount(attributes: &JsValue, json: JsValue) -> HtmlElement;
    #[wasm_bindgen(js_name = recordEvents)]
    fn record_events(target: &HtmlElement, event_type: &str) -> Array;
    fn key(target: &Element, name: &str);
    fn pointer(target: &Element, event_type: &str, x: f64, y: f64, pointer_type: &str);
    /// The tooltip's text, "" when hidden, prefixed "OUTSIDE " if it leaves the widget's box.
    #[wasm_bindgen(js_name = tooltipState)]
    fn tooltip_state(widget: &HtmlElement) -> String;
}

/// The bindings object the element expects from `pkg/`, built from this test's own exports.
/// The closures live for the whole run (the element may call them from any test), so they are
/// kept in a thread-local rather than leaked.
type BindingFn = Closure<dyn Fn(JsValue) -> Result<JsValue, JsValue>>;

struct TestBindings {
    _closures: Vec<BindingFn>,
    loader: Closure<dyn Fn() -> Promise>,
}

thread_local! {
    static BINDINGS: TestBindings = make_bindings();
}

fn make_bindings() -> TestBindings {
    let bindings = Object::new();
    let closures: Vec<(&str, BindingFn)> = vec![
        (
            "createWidget",
            Closure::new(|_: JsValue| create_widget().map(JsValue::from)),
        ),
        (
            "createWidgetFromText",
            Closure::new(|text: JsValue| {
                let text = text.dyn_into::<JsString>().unwrap_or_default();
                create_widget_from_text(&text).map(JsValue::from)
            }),
        ),
        (
            "maxDocumentBytes",
            Closure::new(|_: JsValue| Ok(JsValue::from(max_document_bytes() as f64))),
        ),
        (
            "checkDocumentSize",
            Closure::new(|n: JsValue| {
                check_document_size(n.as_f64().unwrap_or(0.0) as usize).map(|()| JsValue::UNDEFINED)
            }),
        ),
    ];
    for (name, closure) in &closures {
        Reflect::set(&bindings, &JsValue::from_str(name), closure.as_ref()).expect("set binding");
    }
    let bindings: JsValue = bindings.into();
    let loader = Closure::new(move || Promise::resolve(&bindings));
    TestBindings {
        _closures: closures.into_iter().map(|(_, closure)| closure).collect(),
        loader,
    }
}

async fn install() {
    let imported = BINDINGS.with(|bindings| use_bindings(bindings.loader.as_ref().unchecked_ref()));
    await_js(imported).await;
}

async fn await_js(promise: Promise) -> JsValue {
    JsFuture::from(promise).await.expect("promise resolves")
}

async fn mounted(attributes: &[(&str, &str)], json: Option<&str>) -> HtmlElement {
    install().await;
    let object = Object::new();
    for (name, value) in attributes {
        Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value))
            .expect("set attribute");
    }
    let widget = mount(
        &object,
        json.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED),
    );
    let ready: Promise = Reflect::get(&widget, &"ready".into())
        .expect("ready")
        .unchecked_into();
    await_js(ready).await;
    await_js(frames(2)).await;
    widget
}

fn shadow_query(widget: &HtmlElement, selector: &str) -> Option<Element> {
    widget
        .shadow_root()
        .expect("open shadow root")
        .query_selector(selector)
        .expect("valid selector")
}

fn shadow_query_all(widget: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = widget
        .shadow_root()
        .expect("open shadow root")
        .query_selector_all(selector)
        .expect("valid selector");
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<Element>().ok())
        .collect()
}

/// Moves (or taps) down the canvas's left edge until a tooltip shows; returns its state.
fn sweep_until_tooltip(
    widget: &HtmlElement,
    canvas: &Element,
    event_type: &str,
    pointer_type: &str,
) -> String {
    for y in (40..300).step_by(6) {
        pointer(canvas, event_type, 30.0, f64::from(y), pointer_type);
        let state = tooltip_state(widget);
        if !state.is_empty() {
            return state;
        }
    }
    String::new()
}

/// A canvas of its own, not in the document.
fn new_canvas() -> HtmlCanvasElement {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("document");
    document
        .create_element("canvas")
        .expect("canvas")
        .dyn_into()
        .expect("a canvas element")
}

fn canvas_of(widget: &HtmlElement) -> HtmlCanvasElement {
    // The current view's canvas: each view drawn keeps its own, the others aria-hidden.
    shadow_query(widget, "canvas:not([aria-hidden])")
        .expect("canvas")
        .dyn_into()
        .expect("a canvas element")
}

#[wasm_bindgen_test]
async fn element_mounts_with_tabs_canvas_source_and_table() {
    let widget = mounted(&[("view", "companies")], None).await;
    let tabs = shadow_query_all(&widget, "[role=tablist] [role=tab]");
    assert_eq!(tabs.len(), 3);
    assert_eq!(
        tabs[0].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    assert_eq!(
        tabs[1].get_attribute("aria-selected").as_deref(),
        Some("false")
    );

    let canvas = canvas_of(&widget);
    assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("615") && label.contains("191"),
        "aria-label: {label}"
    );
    let dpr = web_sys::window().expect("window").device_pixel_ratio();
    assert_eq!(
        canvas.width(),
        (640.0 * dpr).round() as u32,
        "backing store is CSS width × devicePixelRatio"
    );
    // Painted in the light theme: its background over most of it, bars in its first series
    // colour (a hash that is not 0 would hold for noise too).
    let background = colour_share(&canvas, 0xff, 0xff, 0xff);
    assert!(
        background > 0.5,
        "light background on {background} of the canvas"
    );
    let bars = colour_share(&canvas, 0x00, 0x72, 0xb2);
    assert!(bars > 0.01, "bars in #0072b2 on {bars} of the canvas");

    let source = shadow_query(&widget, ".source")
        .expect("source line")
        .text_content()
        .unwrap_or_default();
    assert!(
        source.contains("Lin Yiying") && source.contains("2021-03-10"),
        "source: {source}"
    );
    let rows = shadow_query_all(&widget, "table:not([aria-hidden]) tbody tr");
    assert_eq!(
        rows.len(),
        4,
        "one table row per figure of the companies view"
    );
    assert!(shadow_query(&widget, "[role=alert]")
        .expect("alert")
        .has_attribute("hidden"));
    widget.remove();
}

#[wasm_bindgen_test]
async fn tabs_switch_views_and_repaint() {
    let widget = mounted(&[("view", "companies")], None).await;
    let events = record_events(&widget, "viewchange");
    let canvas = canvas_of(&widget);
    let before = pixel_hash(&canvas);
    let mut hashes = vec![before];
    for (index, expected_view) in [(1, "output"), (2, "talent"), (0, "companies")] {
        let tab: HtmlElement = shadow_query_all(&widget, "[role=tab]")[index]
            .clone()
            .dyn_into()
            .expect("button");
        tab.click();
        await_js(frames(2)).await;
        assert_eq!(widget.get_attribute("view").as_deref(), Some(expected_view));
        let tabs = shadow_query_all(&widget, "[role=tab]");
        assert_eq!(
            tabs[index].get_attribute("aria-selected").as_deref(),
            Some("true")
        );
        hashes.push(pixel_hash(&canvas_of(&widget)));
        let bars = colour_share(&canvas_of(&widget), 0x00, 0x72, 0xb2);
        assert!(
            bars > 0.005,
            "{expected_view}: bars on {bars} of the canvas"
        );
    }
    assert_ne!(hashes[0], hashes[1], "output view repainted the canvas");
    assert_ne!(hashes[1], hashes[2], "talent view repainted the canvas");
    assert_eq!(
        hashes[0], hashes[3],
        "back to companies draws the same pixels"
    );
    assert_eq!(events.length(), 3, "one viewchange per switch");
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("615"),
        "aria-label follows the view: {label}"
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn chinese_and_dark_change_the_drawing() {
    let widget = mounted(&[("view", "talent")], None).await;
    let english = pixel_hash(&canvas_of(&widget));
    widget.set_attribute("lang", "zh").expect("set lang");
    await_js(frames(2)).await;
    let chinese = pixel_hash(&canvas_of(&widget));
    assert_ne!(english, chinese);
    let tab = shadow_query_all(&widget, "[role=tab]")[2]
        .text_content()
        .unwrap_or_default();
    assert_eq!(tab, "海归人才");
    widget.set_attribute("theme", "dark").expect("set theme");
    await_js(frames(2)).await;
    assert_ne!(chinese, pixel_hash(&canvas_of(&widget)));
    let dark = colour_share(&canvas_of(&widget), 0x16, 0x18, 0x1c);
    assert!(dark > 0.5, "dark background on {dark} of the canvas");
    widget.remove();
}

/// `value[key_0][key_1]…`, where a key of digits indexes an array.
fn path(value: &JsValue, keys: &[&str]) -> JsValue {
    keys.iter().fold(value.clone(), |value, key| {
        let key = key
            .parse::<u32>()
            .map_or_else(|_| JsValue::from_str(key), JsValue::from);
        Reflect::get(&value, &key).unwrap_or(JsValue::UNDEFINED)
    })
}

#[wasm_bindgen_test]
async fn before_the_wasm_the_widget_has_its_drawn_height_and_names_what_is_loading() {
    // A loader that never answers keeps the widget in its loading state.
    let pending: Closure<dyn Fn() -> Promise> = Closure::new(|| Promise::new(&mut |_, _| {}));
    await_js(use_bindings(pending.as_ref().unchecked_ref())).await;
    let attributes = Object::new();
    for (name, value) in [("view", "talent"), ("lang", "zh")] {
        Reflect::set(&attributes, &name.into(), &value.into()).expect("set attribute");
    }
    let loading = mount(&attributes, JsValue::UNDEFINED);
    await_js(frames(2)).await;
    let note = shadow_query(&loading, ".loading")
        .and_then(|note| note.text_content())
        .unwrap_or_default();
    let (template, title) = SHELL.with(|shell| {
        let chinese = path(shell, &["languages", "zh"]);
        (
            path(&chinese, &["ui", "loading_view"]).as_string(),
            path(&chinese, &["embedded", "tabs", "2", "title"]).as_string(),
        )
    });
    let (template, title) = (template.expect("a template"), title.expect("a title"));
    assert_eq!(note, template.replace("{title}", &title));
    assert!(note.starts_with("图表加载中"), "{note}");
    let state =
        shadow_query(&loading, ".frame").and_then(|frame| frame.get_attribute("data-loading"));
    assert_eq!(
        state.as_deref(),
        Some(""),
        "the widget is in its loading state"
    );
    let loading_height = loading.get_bounding_client_rect().height();
    loading.remove();

    let drawn = mounted(&[("view", "talent"), ("lang", "zh")], None).await;
    assert_eq!(drawn.get_bounding_client_rect().height(), loading_height);
    drawn.remove();
}

/// The options object the element hands to `render` and `renderExport`.
fn draw_options(view: &str, lang: &str, theme: &str, width: f64, pixel_ratio: f64) -> JsValue {
    let options = Object::new();
    for (name, value) in [
        ("view", JsValue::from_str(view)),
        ("lang", JsValue::from_str(lang)),
        ("theme", JsValue::from_str(theme)),
        ("width", JsValue::from(width)),
        ("pixelRatio", JsValue::from(pixel_ratio)),
    ] {
        Reflect::set(&options, &name.into(), &value).expect("set option");
    }
    options.into()
}

/// `render`'s result: its height and the ids of its marks.
fn rendered(result: &JsValue) -> (f64, Vec<String>) {
    let height = path(result, &["height"]).as_f64().unwrap_or(f64::NAN);
    let marks = Array::from(&path(result, &["marks"]))
        .iter()
        .filter_map(|mark| path(&mark, &["id"]).as_string())
        .collect();
    (height, marks)
}

#[wasm_bindgen_test]
fn widget_scales_the_backing_store_and_hit_tests_in_css_pixels() {
    let canvas = new_canvas();
    let mut widget = create_widget().expect("embedded data is valid");
    let companies = draw_options("companies", "en", "light", 400.0, 2.0);
    let (height, marks) = rendered(&widget.render(&canvas, &companies).expect("renders"));
    assert_eq!(canvas.width(), 800);
    assert_eq!(canvas.height(), (height * 2.0).round() as u32);
    assert_eq!(marks.len(), 4, "{marks:?}");
    // Somewhere on the first bar row there is the district's figure.
    let hit = (60..200).step_by(4).find_map(|y| {
        widget
            .hit_test(&"companies".into(), 30.0, f64::from(y))
            .as_string()
    });
    assert_eq!(hit.as_deref(), Some("companies_district"));
    assert!(widget
        .hit_test(&"companies".into(), 2.0, 2.0)
        .is_undefined());
    // Every call names its view: hit-testing another view needs no render of it first (it is
    // laid out with the view last drawn).
    let hit = (60..200).step_by(4).find_map(|y| {
        widget
            .hit_test(&"talent".into(), 30.0, f64::from(y))
            .as_string()
    });
    assert_eq!(hit.as_deref(), Some("doctorates_2016"));
}

/// Arguments that are not strings (a page's mistake through the npm package's bindings) read
/// as "": nothing is unwrapped, so the handle stays usable afterwards.
#[wasm_bindgen_test]
fn arguments_that_are_not_strings_leave_the_handle_working() {
    let canvas = new_canvas();
    let mut widget = create_widget().expect("embedded data is valid");
    let undefined: JsString = JsValue::UNDEFINED.unchecked_into();
    let number: JsString = JsValue::from_f64(7.0).unchecked_into();
    assert!(widget.tooltip(&undefined, &"en".into()).is_null());
    assert_eq!(
        widget.resolve_view(&number).as_string().as_deref(),
        Some("companies")
    );
    assert!(widget
        .csv(&undefined, &number)
        .as_string()
        .is_some_and(|csv| csv.contains("615")));
    let options = draw_options("talent", "en", "light", 400.0, 1.0);
    assert!(widget.render(&canvas, &options).is_ok());
    // Options that are no object, that JSON cannot write (a cycle) or whose width is not a
    // number JSON can write take the defaults: the first view, 240 px wide.
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).expect("set");
    let not_a_width = draw_options("talent", "en", "light", f64::NAN, 1.0);
    for options in [JsValue::UNDEFINED, cyclic.into(), not_a_width] {
        let (height, marks) = rendered(&widget.render(&canvas, &options).expect("renders"));
        assert_eq!(canvas.width(), 240);
        assert!(height > 0.0 && !marks.is_empty(), "{height} {marks:?}");
    }
}

/// The vendored plotters-canvas writes colours and font sizes without `{}` on an `f64`
/// (vendor/plotters-canvas): the canvas reads back the alpha and the fractional size it got.
/// Drawn through the backend's primitives, as `draw` paints.
#[wasm_bindgen_test]
fn canvas_backend_passes_translucent_colours_and_fractional_font_sizes() {
    use plotters::prelude::{Color, DrawingBackend, IntoFont, RGBAColor};
    let canvas = new_canvas();
    let mut backend =
        plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()).expect("2d");
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .expect("context")
        .dyn_into()
        .expect("a 2d context");
    let colour = RGBAColor(10, 20, 30, 0.25);
    let style = colour.filled();
    backend
        .draw_rect((0, 0), (4, 4), &style, style.filled)
        .expect("drawn");
    assert_eq!(
        context.fill_style().as_string().as_deref(),
        Some("rgba(10, 20, 30, 0.25)")
    );
    // An alpha that rounds to 1 at three decimals is opaque; a font size keeps its fraction.
    let font = ("sans-serif", 12.5)
        .into_font()
        .color(&RGBAColor(200, 100, 50, 0.9996));
    backend.draw_text("x", &font, (5, 5)).expect("drawn");
    assert_eq!(context.fill_style().as_string().as_deref(), Some("#c86432"));
    assert!(context.font().contains("12.5px"), "{}", context.font());
    let font = ("sans-serif", 9.125)
        .into_font()
        .color(&RGBAColor(0, 0, 0, 0.5));
    backend.draw_text("x", &font, (5, 5)).expect("drawn");
    assert_eq!(
        context.fill_style().as_string().as_deref(),
        Some("rgba(0, 0, 0, 0.5)")
    );
    assert!(context.font().contains("9.125px"), "{}", context.font());
}

/// The host owns the canvases and knows what each shows (`views.js`): Rust paints whenever it
/// is asked, so a canvas cleared behind its back (a resize clears a canvas) is painted again.
#[wasm_bindgen_test]
fn render_paints_whenever_it_is_asked() {
    let canvas = new_canvas();
    let mut widget = create_widget().expect("embedded data is valid");
    let options = draw_options("output", "en", "light", 500.0, 1.0);
    widget.render(&canvas, &options).expect("renders");
    let painted = pixel_hash(&canvas);
    // The light background (white) and the dark one (#16181c), share of the canvas.
    let light = |canvas: &HtmlCanvasElement| colour_share(canvas, 0xff, 0xff, 0xff);
    let dark_background = |canvas: &HtmlCanvasElement| colour_share(canvas, 0x16, 0x18, 0x1c);
    assert!(light(&canvas) > 0.5, "painted light");
    canvas.set_width(canvas.width());
    assert_eq!(light(&canvas), 0.0, "the canvas is cleared");
    widget.render(&canvas, &options).expect("renders");
    assert_eq!(pixel_hash(&canvas), painted, "asked again, painted again");
    let dark = draw_options("output", "en", "dark", 500.0, 1.0);
    widget.render(&canvas, &dark).expect("renders");
    assert!(
        dark_background(&canvas) > 0.5 && light(&canvas) == 0.0,
        "dark is painted"
    );
    widget.render(&canvas, &options).expect("renders");
    assert_eq!(
        pixel_hash(&canvas),
        painted,
        "back to light, painted as before"
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_the_marks_with_tooltips_and_escape_hides_them() {
    let widget = mounted(&[("view", "companies")], None).await;
    let canvas = canvas_of(&widget);
    let plain = pixel_hash(&canvas);
    let mut seen = Vec::new();
    for name in [
        "ArrowDown",
        "ArrowDown",
        "ArrowDown",
        "ArrowDown",
        "ArrowDown",
    ] {
        key(&canvas, name);
        await_js(frames(2)).await;
        seen.push(tooltip_state(&widget));
    }
    assert!(
        seen[0].contains("Biomedical companies in Pingshan District"),
        "{seen:?}"
    );
    assert!(
        seen[0].contains("As of the third quarter"),
        "the article sentence: {seen:?}"
    );
    assert!(
        seen[1].contains("BT Avenue") && seen[2].contains("Listed companies"),
        "{seen:?}"
    );
    assert!(
        seen[3].contains("more than 100 companies a year") && seen[4] == seen[3],
        "the walk stops at the last mark: {seen:?}"
    );
    assert_ne!(
        pixel_hash(&canvas_of(&widget)),
        plain,
        "the focus ring is drawn"
    );
    key(&canvas, "Home");
    await_js(frames(2)).await;
    assert!(tooltip_state(&widget).contains("Biomedical companies"));
    key(&canvas, "Escape");
    assert_eq!(tooltip_state(&widget), "");
    widget.remove();
}

#[wasm_bindgen_test]
async fn hover_and_tap_show_the_tooltip_of_the_mark_under_the_pointer() {
    let widget = mounted(&[("view", "talent")], None).await;
    let canvas: Element = canvas_of(&widget).into();
    // Sweep down the left edge until the first bar (the derived 2016 figure) answers.
    let hovered = sweep_until_tooltip(&widget, &canvas, "pointermove", "mouse");
    assert!(hovered.contains("Doctorate holders, 2016"), "{hovered}");
    assert!(hovered.contains("Derived: computed by us as"), "{hovered}");
    assert!(!hovered.starts_with("OUTSIDE"), "{hovered}");
    pointer(&canvas, "pointerleave", 1.0, 1.0, "mouse");
    assert_eq!(tooltip_state(&widget), "");

    let tapped = sweep_until_tooltip(&widget, &canvas, "pointerup", "touch");
    assert!(tapped.contains("Doctorate holders, 2016"), "{tapped}");
    let body: Element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .expect("body")
        .into();
    pointer(&body, "pointerdown", 1.0, 1.0, "touch");
    assert_eq!(
        tooltip_state(&widget),
        "",
        "a tap elsewhere on the page closes the tooltip"
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn tab_keys_follow_the_aria_tabs_pattern_and_the_page_s_switch_is_announced() {
    let widget = mounted(&[("view", "companies")], None).await;
    let tabs = shadow_query_all(&widget, "[role=tab]");
    key(&tabs[0], "ArrowRight");
    await_js(frames(2)).await;
    assert_eq!(widget.get_attribute("view").as_deref(), Some("output"));
    // A switch on a tab is said by the tab itself (issue 24: the title once); the page's is
    // said by the live region.
    let status = shadow_query(&widget, "[role=status]").expect("live region");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(status.text_content().as_deref(), Some(""));
    widget.set_attribute("view", "talent").expect("view");
    await_js(frames(2)).await;
    assert_eq!(
        status.text_content().as_deref(),
        Some("Returnee talent: Five times the doctorate holders of 2016, half of them returnees")
    );
    widget.set_attribute("view", "output").expect("view");
    await_js(frames(2)).await;
    key(&shadow_query_all(&widget, "[role=tab]")[1], "End");
    await_js(frames(2)).await;
    assert_eq!(widget.get_attribute("view").as_deref(), Some("talent"));
    key(&shadow_query_all(&widget, "[role=tab]")[2], "Home");
    await_js(frames(2)).await;
    assert_eq!(widget.get_attribute("view").as_deref(), Some("companies"));
    let indexes: Vec<i32> = shadow_query_all(&widget, "[role=tab]")
        .iter()
        .map(|tab| {
            tab.clone()
                .dyn_into::<HtmlElement>()
                .expect("button")
                .tab_index()
        })
        .collect();
    assert_eq!(indexes, [0, -1, -1], "roving tabindex");
    widget.remove();
}

/// Issue 23: a language the wasm does not carry is written with English's words until its
/// file is loaded; then its own, on the canvas too: what was laid out and painted before is
/// dropped, though the options asked for are the same.
#[wasm_bindgen_test]
fn a_language_loaded_later_is_drawn_in_its_own_words() {
    let french = include_str!("fixtures/valid/0007_french_only.json");
    let canvas = new_canvas();
    let mut widget = create_widget_from_text(&french.into()).expect("a valid document");
    let options = draw_options("companies", "fr", "light", 640.0, 1.0);
    widget.render(&canvas, &options).expect("renders");
    let before = pixel_hash(&canvas);
    let said = |widget: &pingshan_infographic::web::Widget| {
        path(
            &widget.view_text(&"companies".into(), &"fr".into()),
            &["summary"],
        )
        .as_string()
        .unwrap_or_default()
    };
    assert!(
        said(&widget).contains("615 entreprises"),
        "{}",
        said(&widget)
    );
    let loaded = load_language(&include_str!("../www/lang/fr.json").into());
    assert_eq!(loaded.as_string().as_deref(), Some("fr"));
    assert_eq!(load_language(&"{}".into()).as_string().as_deref(), Some(""));
    widget.render(&canvas, &options).expect("renders");
    assert_ne!(pixel_hash(&canvas), before, "drawn again in French's words");
    assert!(
        said(&widget).contains("du district de Pingshan\u{a0}: 615\u{a0}entreprises"),
        "{}",
        said(&widget)
    );
}

#[wasm_bindgen_test]
fn export_draws_the_source_line_and_csv_lists_the_figures() {
    let canvas = new_canvas();
    let mut widget = create_widget().expect("embedded data is valid");
    let (on_screen, _) = rendered(
        &widget
            .render(&canvas, &draw_options("output", "en", "light", 500.0, 1.0))
            .expect("renders"),
    );
    let export = widget
        .render_export(&canvas, &draw_options("output", "zh", "dark", 500.0, 2.0))
        .expect("exports");
    assert_eq!(canvas.width(), 1000);
    assert!(export > 0.0 && export != on_screen);
    let csv = widget
        .csv(&"talent".into(), &"zh".into())
        .as_string()
        .expect("the CSV is a string");
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 6, "{csv}");
    assert_eq!(
        rows[0],
        "视图,编号,指标,数值,单位,图中写法,限定词,数据时间,来源类型,计算公式,英文版原句"
    );
    assert!(rows[1].starts_with("talent,doctorates_2016,2016年博士人数,140,count,约140,about,2016,derived,doctorates / doctorate_growth_since_2016,"));
}

/// The messages of the error a document's text throws.
fn text_errors(text: &str) -> Vec<String> {
    let Err(thrown) = create_widget_from_text(&text.into()) else {
        panic!("the text was accepted");
    };
    Array::from(&thrown)
        .iter()
        .map(|report| {
            Reflect::get(&report, &"message".into())
                .ok()
                .and_then(|message| message.as_string())
                .unwrap_or_default()
        })
        .collect()
}

/// JSON is read by the crate, numbers by the browser's parseFloat: deep nesting is an error
/// value, never a stack overflow, and numbers in any JSON form read as they do natively.
#[wasm_bindgen_test]
fn json_text_is_read_as_natively() {
    let deep = format!("{{\"format\": {}1{}}}", "[".repeat(100), "]".repeat(100));
    assert_eq!(
        text_errors(&deep),
        ["(document): expected JSON nested at most 32 levels deep, found deeper nesting"]
    );
    let document = pingshan_infographic::model::DOCUMENT_AS_WRITTEN;
    let written = document.replacen("\"value\": 615,", "\"value\": 6.15E+2,", 1);
    assert_ne!(written, document);
    let widget = create_widget_from_text(&written.into()).expect("6.15E+2 is 615");
    let csv = widget.csv(&"companies".into(), &"en".into()).as_string();
    assert!(csv.unwrap_or_default().contains(",615,count,"));
    assert_eq!(
        text_errors("{\"format\": 1.}"),
        ["(document): expected JSON text, found a syntax error (line 1, column 14: expected a digit after the decimal point, found \"}\")"]
    );
}
