/**
 * The loader at the top of the every-language classic script (dist/back-spasm-guide.classic.js).
 * Its source text is copied into the built file (scripts/classic-on-demand/plugin.ts), so it
 * uses nothing from outside this function.
 *
 * The bundler splits the guide as for the module build, in CommonJS form: the entry, then the
 * questions and plan, the drawings and each language's words as files of their own, each of
 * which registers `[static dependencies, factory]` under its name on a page-wide table. A
 * `require` of a file not yet on the page (the bundler writes dynamic imports as
 * `Promise.resolve().then(() => require(…))`) answers with a promise: the file is added as a
 * `<script>` from this script's own folder, so it works from any origin or sub-folder, and under
 * Trusted Types its address goes through one policy, `back-spasm-guide`. A file that fails
 * (404, CSP, empty or cut off) rejects that promise, which the guide already handles (English
 * with a note, or the error boundary), and can be tried again.
 *
 * @param {string} entryName the entry's file name (in the folder the other names start from)
 * @param {(require: (spec: string) => unknown, exports: object, module: object) => void} entryFactory
 */
export function runClassicGuide(entryName, entryFactory) {
  const POLICY_NAME = 'back-spasm-guide';
  const parts = (globalThis.__backSpasmGuideParts ??= {});
  const ownScript = document.currentScript;
  // File names are relative to the folder this script came from (a `?ver=` query dropped).
  const folder = ownScript?.src ? new URL('.', ownScript.src).href : '';
  const evaluated = new Map();
  const loading = new Map();
  let policy;

  const resolveFrom = (from, spec) =>
    new URL(spec, `https://part.invalid/${from}`).pathname.slice(1);

  function evaluate(name, factory) {
    let exports = evaluated.get(name);
    if (!exports) {
      exports = {};
      evaluated.set(name, exports);
      try {
        factory((spec) => requireFrom(name, spec), exports, { exports });
      } catch (error) {
        evaluated.delete(name);
        throw error;
      }
    }
    return exports;
  }

  function requireFrom(from, spec) {
    const name = resolveFrom(from, spec);
    return evaluated.get(name) ?? load(name);
  }

  function scriptURL(url) {
    const trustedTypes = globalThis.trustedTypes;
    if (!trustedTypes?.createPolicy) return url;
    if (policy === undefined) {
      try {
        policy = trustedTypes.createPolicy(POLICY_NAME, {
          createScriptURL(candidate) {
            if (candidate.startsWith(folder) && candidate.endsWith('.js')) return candidate;
            throw new TypeError(`${POLICY_NAME}: not one of the guide's files: ${candidate}`);
          },
        });
      } catch {
        // The page's CSP does not allow the name: a page that enforces Trusted Types then
        // refuses the plain address below, and the file fails like any other.
        policy = null;
      }
    }
    return policy ? policy.createScriptURL(url) : url;
  }

  function addScript(name) {
    return new Promise((resolve, reject) => {
      if (!folder) throw new Error(`${POLICY_NAME}: cannot tell which folder its script is in`);
      const script = document.createElement('script');
      const settle = (error) => {
        script.remove();
        if (error) reject(error);
        else if (parts[name]) resolve();
        else reject(new Error(`${POLICY_NAME}: ${name} is empty or cut off`));
      };
      script.onload = () => settle();
      script.onerror = () => settle(new Error(`${POLICY_NAME}: ${name} could not be loaded`));
      if (ownScript.nonce) script.nonce = ownScript.nonce;
      script.src = scriptURL(new URL(name, folder).href);
      (document.head ?? document.documentElement).append(script);
    });
  }

  function load(name) {
    let promise = loading.get(name);
    if (!promise) {
      promise = (parts[name] ? Promise.resolve() : addScript(name))
        .then(() => {
          const [dependencies, factory] = parts[name];
          return Promise.all(
            dependencies.map((dependency) => evaluated.get(dependency) ?? load(dependency)),
          ).then(() => evaluate(name, factory));
        })
        .catch((error) => {
          loading.delete(name);
          throw error;
        });
      loading.set(name, promise);
    }
    return promise;
  }

  globalThis.BackSpasmGuide = evaluate(entryName, entryFactory);
}
