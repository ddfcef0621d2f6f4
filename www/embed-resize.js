// For a page that embeds the widget as an iframe of embed.html: sizes each such iframe to the
// height its content reports. Only messages from the iframe's own window and origin count.
// Include it once with <script src=".../embed-resize.js"></script>; a second copy does nothing.
(() => {
  if (window.pingshanInfographicResize) return;
  window.pingshanInfographicResize = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'pingshan-infographic:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = `${height}px`;
      return;
    }
  });
  // Embeds that loaded before this script posted their first height unheard: ask them again.
  // The request carries nothing, so any window may receive it.
  for (const frame of document.querySelectorAll('iframe')) {
    if (/embed\.html$/.test(new URL(frame.src || 'about:blank', location.href).pathname)) {
      frame.contentWindow?.postMessage({ type: 'pingshan-infographic:request-height' }, '*');
    }
  }
})();
