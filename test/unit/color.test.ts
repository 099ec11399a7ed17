/**
 * Computed colours as browsers serialise them, their WCAG luminance and contrast.
 */
import {expect} from '@open-wc/testing';
import {contrastRatio, parseColor, relativeLuminance} from '../../src/shared/color.js';

const luminance = (css: string) => {
  const color = parseColor(css);
  return color && relativeLuminance(color);
};
const alpha = (css: string) => parseColor(css)?.[3];

describe('parseColor', () => {
  it('reads rgb() and rgba() (as computed: numbers only), with commas or spaces, and alpha after a slash', () => {
    expect(parseColor('rgb(255, 0, 0)')).to.deep.equal([1, 0, 0, 1]);
    expect(parseColor('rgba(0, 0, 255, 0.25)')).to.deep.equal([0, 0, 1, 0.25]);
    expect(parseColor('rgb(0 255 0 / 0.5)')).to.deep.equal([0, 1, 0, 0.5]);
    expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal([0, 0, 0, 0]);
    expect(luminance('rgb(127.5, 127.5, 127.5)')).to.be.closeTo(0.214, 1e-4);
  });

  it('undoes sRGB gamma, so luminances are WCAG’s', () => {
    // #767676 is the lightest grey with 4.5:1 on white.
    expect(luminance('rgb(118, 118, 118)')).to.be.closeTo(0.1812, 1e-4);
    expect(luminance('rgb(18, 20, 23)')).to.be.closeTo(0.0069, 1e-4);
    expect(luminance('rgb(11, 61, 46)')).to.be.closeTo(0.0361, 1e-4);
  });

  it('reads color(srgb …) and takes display-p3 as sRGB', () => {
    const [r, g, b, a] = parseColor('color(srgb 1 0.5 0 / 0.75)')!;
    expect([r, g.toFixed(4), b, a]).to.deep.equal([1, '0.2140', 0, 0.75]);
    expect(luminance('color(srgb 1 1 1)')).to.be.closeTo(1, 1e-9);
    expect(luminance('color(display-p3 0 0 0)')).to.equal(0);
    expect(alpha('color(srgb 0 0 0)')).to.equal(1);
  });

  it('estimates the Lab family from lightness', () => {
    // L* 50 is luminance 0.1842; OKLab's L is the cube root of a grey's luminance.
    expect(luminance('lab(50 20 -30)')).to.be.closeTo(0.1842, 1e-4);
    expect(luminance('lch(50 40 none / 0.5)')).to.be.closeTo(0.1842, 1e-4);
    expect(luminance('lab(5 0 0)')).to.be.closeTo(5 / 903.3, 1e-9);
    expect(luminance('oklab(0.5 0.1 -0.1)')).to.be.closeTo(0.125, 1e-9);
    expect(luminance('oklch(0.2 0.05 250)')).to.be.closeTo(0.008, 1e-9);
    expect(luminance('oklch(1 0 none)')).to.equal(1);
    expect(alpha('oklch(0.7 0.1 30 / 0.3)')).to.equal(0.3);
    // Close to the exact value for a colour computed the other way: #0b3d2e is oklch(0.33 0.06 167).
    expect(luminance('oklch(0.3314 0.0587 166.9)')).to.be.closeTo(luminance('rgb(11, 61, 46)')!, 0.01);
  });

  it('gives undefined for anything else', () => {
    for (const css of [
      '',
      'transparent',
      'red',
      '#fff',
      'currentcolor',
      'color(rec2020 1 0 0)',
      'color(srgb-linear 1 0 0)',
      'color(1 0 0)',
      'hsl(0 0% 0%)',
      'rgb(1, 2)',
      'RGB(1, 2, 3)',
      'rgb(50%, 0%, 0%)',
      'rgb(a, b, c)',
      'rgb(1 2 3',
      'color-mix(in srgb, rgb(1 2 3), red)',
      'light-dark(rgb(0, 0, 0), rgb(1, 1, 1))',
    ]) {
      expect(parseColor(css), css).to.equal(undefined);
    }
  });
});

describe('relativeLuminance and contrastRatio', () => {
  it('are WCAG 2.x’s', () => {
    expect(relativeLuminance([1, 1, 1, 1])).to.be.closeTo(1, 1e-12);
    expect(relativeLuminance([0, 0, 0, 1])).to.equal(0);
    expect(contrastRatio(1, 0)).to.be.closeTo(21, 1e-12);
    expect(contrastRatio(0, 1)).to.be.closeTo(21, 1e-12);
    expect(contrastRatio(0.3, 0.3)).to.equal(1);
    expect(contrastRatio(luminance('rgb(118, 118, 118)')!, 1)).to.be.closeTo(4.54, 0.01);
  });

  it('put equal contrast with white and black text near a luminance of 0.179', () => {
    expect(contrastRatio(0.179, 1)).to.be.closeTo(contrastRatio(0.179, 0), 0.01);
  });
});
