import { expect } from '@open-wc/testing';
import { emergencyCallOnEnglishPage, expectBrowser } from './reader-browser.js';

describe('lang="en" in a Chromium set to en-GB', () => {
  it('calls 999 and says it is the United Kingdom number', async () => {
    expectBrowser(['en-GB'], 'UTC');
    const call = await emergencyCallOnEnglishPage();
    expect(call.href).to.equal('tel:999');
    expect(call.label).to.equal('Call 999 (United Kingdom)');
    expect(call.banner).to.contain('If you are in another country, call the local number there.');
  });
});
