// The preview: the real element, fed the last valid document, at the pane's width and at 320 px.
import { $, chosen, previewLang, radios, state } from './session.js';
import { refreshEmbed } from './publish.js';

/** @param {string} text */
export function preview(text) {
  state.previewed = text;
  offerLanguages(text);
  for (const box of [$('preview-wide'), $('preview-phone')]) {
    const widget = document.createElement('pingshan-infographic');
    widget.setAttribute('loading', 'eager');
    widget.setAttribute('lang', previewLang());
    widget.setAttribute('theme', chosen('theme'));
    const view = box.querySelector('pingshan-infographic')?.view;
    if (view) widget.setAttribute('view', view);
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = text;
    widget.append(data);
    // The box keeps its height while the new widget replaces the old, so the page holds still.
    box.style.minHeight = `${box.getBoundingClientRect().height}px`;
    box.replaceChildren(widget);
    widget.ready.then(() => box.style.removeProperty('min-height'));
  }
}

/**
 * The preview offers the languages the document declares (without `languages`, English and
 * Simplified Chinese), each previewed as a reader of it sees the widget; when the one chosen
 * is no longer declared, the document's first is.
 * @param {string} text
 */
function offerLanguages(text) {
  /** @type {unknown} */
  let languages;
  try {
    languages = JSON.parse(text).languages;
  } catch {
    return;
  }
  const declared = Array.isArray(languages) && languages.length > 0 ? languages : ['en', 'zh'];
  const inputs = radios('lang');
  for (const input of inputs) {
    const label = input.closest('label');
    if (label) label.hidden = !declared.includes(input.value);
  }
  const current = inputs.find((input) => input.checked);
  if (current && !declared.includes(current.value)) {
    const first = inputs.find((input) => input.value === declared[0]) ?? inputs.find((input) => !input.closest('label')?.hidden);
    if (first) first.checked = true;
  }
}

for (const name of ['lang', 'theme']) {
  for (const input of radios(name)) {
    input.addEventListener('change', () => {
      for (const widget of document.querySelectorAll('.preview pingshan-infographic')) widget.setAttribute(name, input.value);
      // The fallback content and its picture are in the preview's language.
      if (name === 'lang') {
        state.picture = null;
        refreshEmbed().catch(() => {});
      }
    });
  }
}
/**
 * Each view left out of the preview, with its errors, where the preview is.
 * @param {{index: number, id: unknown, errors: string[]}[]} broken
 */
export function showBroken(broken) {
  $('broken-views').replaceChildren(...broken.map(({ index, id, errors }) => {
    const item = document.createElement('li');
    item.textContent = `View ${index + 1}${typeof id === 'string' ? ` (${id})` : ''} is not drawn yet: `
      + `${errors.length} error${errors.length === 1 ? '' : 's'}, the first: ${errors[0]}`;
    return item;
  }));
}
/** Another story's document: its preview and embed code go, so they are never shown for this one. */
export function forgetPreview() {
  state.lastValid = state.previewed = state.picture = null;
  for (const box of [$('preview-wide'), $('preview-phone')]) box.replaceChildren();
  $('embed-code', HTMLTextAreaElement).value = state.embedFrom = '';
}
