import { expect } from '@open-wc/testing';
import { eventually } from '../support/eventually.js';

/**
 * The preload hint of the README's snippet and the WordPress plugin, from dist/modulepreload.json:
 * it names the chunks the entry imports at the very URLs the entry imports them from, so each is
 * downloaded once, beside the entry, and the guide draws from it.
 */
describe('modulepreload hint (built files)', function () {
  this.timeout(60_000);

  it('names the shared chunk the entry imports: fetched once, by the hint, and the guide draws', async () => {
    const preloads = (await (await fetch('/dist/modulepreload.json')).json()) as string[];
    expect(preloads).to.have.lengthOf.at.least(1);
    for (const file of preloads) expect(file).to.match(/^chunks\/shared-[\w-]+\.js$/);
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="en"><head>
      ${preloads.map((file) => `<link rel="modulepreload" href="/dist/${file}">`).join('')}
      <script type="module" async src="/dist/back-spasm-guide.js?ver=1"></script>
      </head><body><back-spasm-guide></back-spasm-guide></body></html>`;
    document.body.append(iframe);
    try {
      await eventually(
        () =>
          iframe.contentDocument
            ?.querySelector('back-spasm-guide')
            ?.shadowRoot?.querySelector('[data-screen-heading]'),
        'no guide',
        { timeout: 10_000 },
      );
      const resources = iframe
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming);
      // The hint fetches its URL; had the entry imported another one (a `?ver=`, another
      // folder), the chunk would show twice.
      for (const file of preloads) {
        const fetched = resources
          .map((entry) => new URL(entry.name))
          .filter((url) => url.pathname.endsWith(file.slice(file.lastIndexOf('/'))));
        expect(
          fetched.map((url) => url.pathname + url.search),
          file,
        ).to.deep.equal([`/dist/${file}`]);
      }
    } finally {
      iframe.remove();
    }
  });
});
