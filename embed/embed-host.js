// For the host page of dist/embed.html: sizes every <iframe data-back-spasm-guide> to the
// height its guide reports (see embed.js for the message). Include it once, anywhere:
//   <script src="https://example.org/back-spasm-guide/embed-host.js" defer></script>
// Only messages from one of those frames' own windows are taken, and only a height.
(() => {
  if (window.backSpasmGuideEmbedHost) return;
  window.backSpasmGuideEmbedHost = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'back-spasm-guide:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 0) return;
    for (const frame of document.querySelectorAll('iframe[data-back-spasm-guide]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(Math.round(height), 20000)}px`;
      }
    }
  });
})();
