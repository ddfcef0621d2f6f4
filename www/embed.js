// The iframe embed (embed.html): applies the query parameters to the widget and posts the
// page's content height to the parent window whenever it changes, for embed-resize.js there.
import './pingshan-infographic.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('pingshan-infographic');
for (const name of ['view', 'lang', 'theme']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
const id = params.get('id') ?? '';

let lastHeight = 0;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  // A hidden iframe (a closed tab, display: none) lays out nothing: keep the last real height.
  if (height <= 0 || height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // The height is not secret, so any parent may read it; the parent checks where it came from.
  window.parent.postMessage({ type: 'pingshan-infographic:height', id, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
widget.addEventListener('viewchange', postHeight);
// embed-resize.js asks once when it starts, in case it came after the first height was posted.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.data?.type !== 'pingshan-infographic:request-height') return;
  lastHeight = 0;
  postHeight();
});
