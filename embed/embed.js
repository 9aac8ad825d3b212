// The iframe embed (dist/embed.html): puts one <back-spasm-guide> on the page with the settings
// from the query string and tells the parent page how tall it is.
//
// Settings: lang, emergency-number, urgent-number, theme (any value: the element checks each
// one exactly as it checks its attributes, and falls back to the default with a warning),
// compact and remember (on when present, off for "false", "0" or "no"). Other parameters are
// ignored. No setting is ever written into the page as HTML.
//
// Resize protocol: after every change of its height the frame posts
//   { type: 'back-spasm-guide:height', height: <CSS pixels, an integer> }
// to window.parent with target origin '*', and the same height as AMP's
//   { sentinel: 'amp', type: 'embed-size', height }
// for <amp-iframe resizable>. Those two messages are all the frame ever sends: the reader's
// answers never leave it. The host page's embed-host.js (or its own three lines)
// sets the iframe's height from it.
(() => {
  const ATTRIBUTES = ['lang', 'emergency-number', 'urgent-number', 'theme'];
  const FLAGS = ['compact', 'remember'];
  const params = new URLSearchParams(location.search);
  const guide = document.createElement('back-spasm-guide');
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) guide.setAttribute(name, value.slice(0, 64));
  }
  for (const name of FLAGS) {
    const value = params.get(name);
    if (value !== null && !/^(false|0|no|off)$/i.test(value)) guide.setAttribute(name, '');
  }
  // The document's language follows the guide's until the guide sets its own on the card.
  if (params.get('lang')) document.documentElement.lang = params.get('lang').slice(0, 64);
  document.body.append(guide);

  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'back-spasm-guide:height', height }, '*');
    // The same for <amp-iframe resizable> (AMP's embed-size request).
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
})();
