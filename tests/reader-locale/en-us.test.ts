import { expect } from '@open-wc/testing';
import { emergencyCallOnEnglishPage, expectBrowser } from './reader-browser.js';

describe('lang="en" in a Chromium set to en-US', () => {
  it('calls 911 and says it is the United States number', async () => {
    expectBrowser(['en-US'], 'UTC');
    const call = await emergencyCallOnEnglishPage();
    expect(call.href).to.equal('tel:911');
    expect(call.label).to.equal('Call 911 (United States)');
  });
});
