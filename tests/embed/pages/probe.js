// Loaded first, as a classic script, by every embed scenario page: records what the widget
// does to the page so the tests can read it through `window.probe`.
(() => {
  const probe = {
    errors: [],
    rejections: [],
    warnings: [],
    violations: [],
    storageWrites: [],
  };
  window.probe = probe;
  window.addEventListener('error', (event) => probe.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    probe.rejections.push(String(event.reason)),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    probe.storageWrites.push(key);
    return setItem.call(this, key, value);
  };
})();
