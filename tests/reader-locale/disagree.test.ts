import { expect } from '@open-wc/testing';
import { emergencyCallOnEnglishPage, expectBrowser } from './reader-browser.js';

describe('lang="en" in a Chromium set to en-US, in Asia/Kolkata', () => {
  it('names no number when the languages and the time zone disagree', async () => {
    expectBrowser(['en-US'], 'Asia/Calcutta');
    const call = await emergencyCallOnEnglishPage();
    expect(call.href).to.equal(undefined);
    expect(call.banner).to.contain('Call your local emergency number');
  });
});
