import { expect } from '@open-wc/testing';
import { makeGuide, root, walk } from '../element/helpers.js';
import { withoutIsolates } from '../support/text.js';

/**
 * A page that says only lang="en", in a browser whose languages and time zone are set by this
 * test group's launcher (web-test-runner.config.js): the emergency screen's call button.
 */
export async function emergencyCallOnEnglishPage() {
  const el = await makeGuide('en');
  await walk(el, { flags: ['bladder'] });
  const call = root(el).querySelector<HTMLAnchorElement>('.tier a[href^="tel:"]');
  return {
    href: call?.getAttribute('href'),
    label: withoutIsolates(call?.textContent ?? '').trim(),
    banner: withoutIsolates(root(el).querySelector('.tier')?.textContent ?? ''),
  };
}

export function expectBrowser(languages: string[], timeZone: string) {
  expect([...navigator.languages]).to.deep.equal(languages);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timeZone);
}
