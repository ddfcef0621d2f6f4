// The preview: the real element, fed the last valid document, at the pane's width and at 320 px.
import { $, previewLang, state } from './session.js';
import { refreshEmbed } from './publish.js';

export function preview(text) {
  state.previewed = text;
  offerLanguages(text);
  for (const box of [$('preview-wide'), $('preview-phone')]) {
    const widget = document.createElement('pingshan-infographic');
    widget.setAttribute('loading', 'eager');
    widget.setAttribute('lang', previewLang());
    widget.setAttribute('theme', document.querySelector('input[name="theme"]:checked').value);
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
 */
function offerLanguages(text) {
  let declared;
  try {
    declared = JSON.parse(text).languages;
  } catch {
    return;
  }
  if (!Array.isArray(declared) || declared.length === 0) declared = ['en', 'zh'];
  const inputs = [...document.querySelectorAll('input[name="lang"]')];
  for (const input of inputs) input.closest('label').hidden = !declared.includes(input.value);
  const chosen = inputs.find((input) => input.checked);
  if (chosen && !declared.includes(chosen.value)) {
    const first = inputs.find((input) => input.value === declared[0]) ?? inputs.find((input) => !input.closest('label').hidden);
    if (first) first.checked = true;
  }
}

for (const name of ['lang', 'theme']) {
  for (const input of document.querySelectorAll(`input[name="${name}"]`)) {
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
/** Each view left out of the preview, with its errors, where the preview is. */
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
  $('embed-code').value = state.embedFrom = '';
}
