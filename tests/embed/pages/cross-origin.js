// Puts the module build's <script type="module"> on the page with the URL from ?src=, and
// records whether it loaded (window.moduleScript: 'load' or 'error').
(() => {
  const src = new URL(location.href).searchParams.get('src');
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.addEventListener('load', () => (window.moduleScript = 'load'));
  script.addEventListener('error', () => (window.moduleScript = 'error'));
  document.head.append(script);
})();
