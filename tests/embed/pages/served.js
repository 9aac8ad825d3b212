// The one scenario page for the network conditions of web-test-runner.config.js, from its query:
// ?served=flaky-fail (the path prefix before /dist/; none: plain dist/), &lang= the guide's
// language, &page-lang= the page's (default en), &script=classic the classic script with every
// language instead of the module build. An external script: no inline code, so the page
// works under any policy a test sets.
(() => {
  const params = new URLSearchParams(location.search);
  const served = params.get('served') ?? '';
  if (!/^[a-z-]*$/.test(served)) throw new Error(`served.html: bad condition ${served}`);
  document.documentElement.lang = params.get('page-lang') ?? 'en';
  const lang = params.get('lang');
  if (lang) document.getElementById('guide').setAttribute('lang', lang);
  const classic = params.get('script') === 'classic';
  const script = document.createElement('script');
  if (!classic) script.type = 'module';
  const file = classic ? 'back-spasm-guide.classic.js' : 'back-spasm-guide.js';
  script.src = `${served ? `/${served}` : ''}/dist/${file}`;
  document.head.append(script);
})();
