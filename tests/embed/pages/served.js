// The one scenario page for the network conditions of web-test-runner.config.js, from its query:
// ?served=flaky-fail (the path prefix before /dist/; none: plain dist/), &lang= the guide's
// language, &page-lang= the page's (default en). An external script: no inline code, so the page
// works under any policy a test sets.
(() => {
  const params = new URLSearchParams(location.search);
  const served = params.get('served') ?? '';
  if (!/^[a-z-]*$/.test(served)) throw new Error(`served.html: bad condition ${served}`);
  document.documentElement.lang = params.get('page-lang') ?? 'en';
  const lang = params.get('lang');
  if (lang) document.getElementById('guide').setAttribute('lang', lang);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${served ? `/${served}` : ''}/dist/back-spasm-guide.js`;
  document.head.append(script);
})();
