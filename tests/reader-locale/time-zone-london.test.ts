import { expect } from '@open-wc/testing';
import { emergencyCallOnEnglishPage, expectBrowser } from './reader-browser.js';

describe('lang="en" in a Chromium whose languages have no region, in Europe/London', () => {
  it('takes the region from the time zone and calls 999', async () => {
    expectBrowser(['en'], 'Europe/London');
    const call = await emergencyCallOnEnglishPage();
    expect(call.href).to.equal('tel:999');
    expect(call.label).to.equal('Call 999 (United Kingdom)');
  });
});
