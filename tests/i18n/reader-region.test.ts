import { expect } from '@open-wc/testing';
import {
  numbersRegion,
  readReaderSignals,
  regionName,
  regionOfTimeZone,
  type ReaderSignals,
} from '../../src/i18n/reader-region.js';

const signals = (languages: string[], timeZone?: string) => (): ReaderSignals => ({
  languages,
  timeZone,
});

describe('the region whose numbers a guide names', () => {
  it("keeps the guide's own region, without asking the browser", () => {
    let asked = false;
    const region = numbersRegion('en-GB', () => {
      asked = true;
      return { languages: ['en-US'], timeZone: 'America/New_York' };
    });
    expect(region).to.deep.equal({ region: 'GB', inferred: false });
    expect(asked).to.equal(false);
  });

  it("takes the first of the reader's languages in the guide's language that has a region", () => {
    expect(numbersRegion('en', signals(['en', 'en-GB', 'en-US']))).to.deep.equal({
      region: 'GB',
      inferred: true,
    });
    expect(numbersRegion('en', signals(['de-DE', 'en-IE', 'en-US']))?.region).to.equal('IE');
    expect(numbersRegion('en', signals(['en_GB']))?.region).to.equal('GB');
  });

  it("does not take another language's region (en-US is many browsers' default)", () => {
    expect(numbersRegion('ar', signals(['en-US', 'en']))).to.equal(undefined);
    expect(numbersRegion('ar', signals(['en-US', 'en'], 'Asia/Riyadh'))?.region).to.equal('SA');
  });

  it('skips a wider area (es-419) and reads the time zone instead', () => {
    expect(numbersRegion('es', signals(['es-419'], 'America/Bogota'))?.region).to.equal('CO');
  });

  it('falls back to the time zone when no language has a region', () => {
    expect(numbersRegion('en', signals(['en'], 'Europe/London'))).to.deep.equal({
      region: 'GB',
      inferred: true,
    });
    expect(numbersRegion('hi', signals([], 'Asia/Calcutta'))?.region).to.equal('IN');
    expect(numbersRegion('en', signals(['en'], 'UTC'))).to.equal(undefined);
    expect(numbersRegion('en', signals(['en'], undefined))).to.equal(undefined);
  });

  it('names no region when the languages and the time zone disagree on the emergency number', () => {
    // en-US is many browsers' default; in India 911 would be the wrong number.
    expect(numbersRegion('en', signals(['en-US'], 'Asia/Kolkata'))).to.equal(undefined);
    expect(numbersRegion('en', signals(['en-GB'], 'Europe/Paris'))).to.equal(undefined);
    // A German reader of an English page whose browser added en-US after German.
    expect(numbersRegion('en', signals(['de-DE', 'en-US'], 'Europe/Berlin'))).to.equal(undefined);
    // Same number either side of the border: the languages' region stands.
    expect(numbersRegion('en', signals(['en-US'], 'America/Toronto'))?.region).to.equal('US');
    expect(numbersRegion('fr', signals(['fr-FR'], 'Europe/Berlin'))?.region).to.equal('FR');
    // A zone outside our table says nothing against it.
    expect(numbersRegion('en', signals(['en-GB'], 'Africa/Nairobi'))?.region).to.equal('GB');
  });

  it('knows the time zones of regions we have numbers for, in either spelling', () => {
    expect(regionOfTimeZone('Europe/London')).to.equal('GB');
    expect(regionOfTimeZone('america/los_angeles')).to.equal('US');
    expect(regionOfTimeZone('Asia/Kolkata')).to.equal('IN');
    expect(regionOfTimeZone('Asia/Calcutta')).to.equal('IN');
    expect(regionOfTimeZone('Etc/UTC')).to.equal(undefined);
    expect(regionOfTimeZone(Symbol('x'))).to.equal(undefined);
  });

  it("names a region in the guide's language", () => {
    expect(regionName('GB', 'en')).to.equal('United Kingdom');
    expect(regionName('US', 'es')).to.equal('Estados Unidos');
    expect(regionName('ZZZ!', 'en')).to.equal('ZZZ!');
  });

  it('reads no languages from a page that broke navigator.languages', () => {
    const had = Object.getOwnPropertyDescriptor(navigator, 'languages');
    Object.defineProperty(navigator, 'languages', {
      configurable: true,
      get() {
        throw new Error('broken by the page');
      },
    });
    try {
      expect(readReaderSignals().languages).to.deep.equal([]);
    } finally {
      if (had) Object.defineProperty(navigator, 'languages', had);
      else delete (navigator as unknown as Record<string, unknown>).languages;
    }
  });
});
