import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, directionOf, regionOf } from '../../src/i18n/locales.js';
import { resolveLocale } from '../../src/i18n/resolve-locale.js';
import { numbersForRegion, sanitizePhoneNumber } from '../../src/i18n/emergency-numbers.js';

describe('locale resolution', () => {
  it('folds region and script variants onto the shipped locales', () => {
    const cases: Record<string, string | undefined> = {
      en: 'en',
      'en-GB': 'en',
      'es-MX': 'es',
      es: 'es',
      'fr-CA': 'fr',
      'de-AT': 'de',
      'pt-PT': 'pt-BR',
      'pt-BR': 'pt-BR',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hans': 'zh-Hans',
      'ar-EG': 'ar',
      'hi-IN': 'hi',
      'sw-KE': undefined,
      '': undefined,
      'not a tag!': undefined,
    };
    for (const [tag, expected] of Object.entries(cases)) {
      expect(matchLocale(tag), tag).to.equal(expected);
    }
  });

  it('takes the element lang, then the closest ancestor, then the document', async () => {
    const wrapper = await fixture(
      html`<div lang="de-DE">
        <section><span id="inner"></span><span id="own" lang="fr"></span></section>
      </div>`,
    );
    expect(resolveLocale(wrapper.querySelector('#inner')!).locale).to.equal('de');
    expect(resolveLocale(wrapper.querySelector('#inner')!).requestedTag).to.equal('de-DE');
    expect(resolveLocale(wrapper.querySelector('#own')!).locale).to.equal('fr');
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture(html`<div lang="hi"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner).locale).to.equal('hi');
  });

  it('flags an unsupported language and falls back to English', async () => {
    const el = await fixture(html`<span lang="sw"></span>`);
    expect(resolveLocale(el)).to.deep.equal({
      locale: 'en',
      requestedTag: 'sw',
      unsupported: true,
    });
  });

  it('sets right-to-left only for Arabic', () => {
    expect(directionOf('ar')).to.equal('rtl');
    for (const locale of ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'hi'] as const) {
      expect(directionOf(locale)).to.equal('ltr');
    }
  });
});

describe('emergency numbers', () => {
  it('names the number of the locale region and none without a region', () => {
    expect(numbersForRegion(regionOf('en-GB'))).to.deep.equal({ emergency: '999', sameDay: '111' });
    expect(numbersForRegion(regionOf('en-US'))?.emergency).to.equal('911');
    expect(numbersForRegion(regionOf('es-MX'))?.emergency).to.equal('911');
    expect(numbersForRegion(regionOf('fr-FR'))?.emergency).to.equal('112');
    expect(numbersForRegion(regionOf('de-DE'))?.emergency).to.equal('112');
    expect(numbersForRegion(regionOf('pt-BR'))?.emergency).to.equal('192');
    expect(numbersForRegion(regionOf('hi-IN'))?.emergency).to.equal('112');
    expect(numbersForRegion(regionOf('es'))).to.equal(undefined);
    expect(numbersForRegion(regionOf('zh-Hans'))).to.equal(undefined);
  });

  it('accepts only digits from the host', () => {
    expect(sanitizePhoneNumber('112')).to.equal('112');
    expect(sanitizePhoneNumber(' +44 20-7946 0000 ')).to.equal('+442079460000');
    for (const bad of [
      '',
      '1',
      'javascript:alert(1)',
      '<b>911</b>',
      '911;',
      '9'.repeat(30),
      null,
    ]) {
      expect(sanitizePhoneNumber(bad), String(bad)).to.equal(undefined);
    }
  });
});
