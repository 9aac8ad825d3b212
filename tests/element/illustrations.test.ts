import { expect, fixture, html } from '@open-wc/testing';
import { svg } from 'lit';
import {
  ILLUSTRATION_NAMES,
  ILLUSTRATION_VIEWBOX,
  hasIllustration,
  illustrationArt,
} from '../../src/illustrations/index.js';

const SHAPES = 'path, circle, line, rect, ellipse, polyline';
const ALLOWED = new Set(['svg', 'g', ...SHAPES.split(', ')]);

function render(name: string) {
  return fixture<HTMLDivElement>(
    html`<div>
      <svg viewBox=${ILLUSTRATION_VIEWBOX} role="img" aria-label="x">
        ${illustrationArt(name, svg)}
      </svg>
    </div>`,
  );
}

describe('illustrations', () => {
  it('lists each name once, and knows only those names', () => {
    expect(new Set(ILLUSTRATION_NAMES).size).to.equal(ILLUSTRATION_NAMES.length);
    for (const name of ILLUSTRATION_NAMES) expect(hasIllustration(name), name).to.be.true;
    expect(hasIllustration('unknown')).to.be.false;
    expect(hasIllustration('toString')).to.be.false;
    expect(illustrationArt('unknown', svg)).to.be.undefined;
    expect(illustrationArt('constructor', svg)).to.be.undefined;
  });

  for (const name of ILLUSTRATION_NAMES) {
    it(`draws ${name} with simple, theme-following shapes`, async () => {
      const el = await render(name);
      const svgEl = el.querySelector('svg')!;
      expect(svgEl.getAttribute('viewBox')).to.equal('0 0 160 100');
      expect(svgEl.getAttribute('role')).to.equal('img');
      expect(svgEl.getAttribute('aria-label')).to.equal('x');
      expect(svgEl.querySelectorAll(SHAPES).length).to.be.at.least(3);
      expect(svgEl.querySelector('text, style, image, use, svg, a')).to.equal(null);

      for (const node of svgEl.querySelectorAll('*')) {
        expect(node.namespaceURI).to.equal('http://www.w3.org/2000/svg');
        expect(ALLOWED.has(node.localName), `<${node.localName}>`).to.be.true;
        for (const attr of ['style', 'id', 'href', 'xlink:href', 'class']) {
          expect(node.hasAttribute(attr), `${attr} on <${node.localName}>`).to.be.false;
        }
        for (const attr of ['fill', 'stroke']) {
          const value = node.getAttribute(attr);
          if (value !== null) expect(['none', 'currentColor']).to.include(value);
        }
        const fillOpacity = node.getAttribute('fill-opacity');
        if (fillOpacity !== null) expect(Number(fillOpacity)).to.be.at.most(0.15);
      }

      const box = svgEl.getBBox();
      expect(box.x).to.be.at.least(0);
      expect(box.y).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(160);
      expect(box.y + box.height).to.be.at.most(100);
    });
  }

  it('passes axe', async () => {
    const el = await render('cat-cow');
    await expect(el).to.be.accessible();
  });
});
