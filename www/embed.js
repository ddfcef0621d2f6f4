// The iframe embed (embed.html): applies the query parameters to the widget and posts the
// page's content height to the parent window whenever it changes, in each form that host pages
// already listen for: embed-resize.js's message, pym.js's child protocol, Datawrapper's and
// AMP's `amp-iframe` (embed-ready, then embed-size).
import './pingshan-infographic.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('pingshan-infographic');
for (const name of ['view', 'lang', 'theme']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
const id = params.get('id') ?? '';
// A pym.js parent adds its container's id as `childId` and reads only messages that carry it.
// It adds `initialWidth`, `parentTitle` and `parentUrl` too: the widget measures its own width,
// and needs none of them.
const pymId = params.get('childId');
const pymMessage = (type, value) => `pymxPYMx${pymId}xPYMx${type}xPYMx${value}`;

let lastHeight = 0;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  // A hidden iframe (a closed tab, display: none) lays out nothing: keep the last real height.
  if (height <= 0 || height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // The height is not secret, so any parent may read it; the parent checks where it came from.
  window.parent.postMessage({ type: 'pingshan-infographic:height', id, height }, '*');
  // Datawrapper's listeners size the iframe whose window posted this; they do not read the key.
  window.parent.postMessage({ 'datawrapper-height': { [id || 'pingshan-infographic']: height } }, '*');
  if (pymId) window.parent.postMessage(pymMessage('height', height), '*');
  // An amp-iframe takes a new height only of at least 100 px; it applies it when the reader is
  // not reading near it, or on a tap of its `overflow` element (README).
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: Math.max(height, 100) }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
widget.addEventListener('viewchange', postHeight);
// AMP shows its placeholder until the embed says it is ready.
widget.ready.then(() => window.parent !== window && window.parent.postMessage({ sentinel: 'amp', type: 'embed-ready' }, '*'));
// embed-resize.js asks once when it starts, in case it came after the first height was posted;
// a pym.js parent sends its width when its window resizes, and takes the height from the answer.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const asksForHeight = event.data?.type === 'pingshan-infographic:request-height'
    || (pymId && typeof event.data === 'string' && event.data.startsWith(pymMessage('width', '')));
  if (!asksForHeight) return;
  lastHeight = 0;
  postHeight();
});
