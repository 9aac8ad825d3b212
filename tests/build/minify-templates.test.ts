import { expect } from '@open-wc/testing';
import { minifyCssText, minifyHtmlText } from '../../scripts/build/minify-templates.js';

describe('template literal minification (build)', () => {
  it('drops CSS comments and the whitespace CSS does not need', () => {
    const css = `
      /* the card's frame */
      :host([theme='dark']) .card > h2,
      .note {
        color: var(--x, red);
        margin: 0 auto;
      }`;
    expect(minifyCssText(css)).to.equal(
      " :host([theme='dark']) .card>h2,.note{color:var(--x,red);margin:0 auto;}",
    );
  });

  it('keeps CSS strings and descendant pseudo-classes as written', () => {
    expect(minifyCssText(`.a::before {  content: '✓  ' / ''; }`)).to.equal(
      `.a::before{content:'✓  ' / '';}`,
    );
    expect(minifyCssText('.list :focus-visible { outline: 2px solid }')).to.equal(
      '.list :focus-visible{outline:2px solid}',
    );
  });

  it('collapses markup whitespace to the one space HTML renders, between inline elements too', () => {
    expect(minifyHtmlText('<p>\n    <b>One</b>\n    <i>two</i>\n  </p>')).to.equal(
      '<p> <b>One</b> <i>two</i> </p>',
    );
  });

  it('leaves whitespace-sensitive markup alone', () => {
    const pre = '<pre>\n  a\n    b</pre>';
    expect(minifyHtmlText(pre)).to.equal(pre);
  });
});
