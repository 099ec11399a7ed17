/**
 * Colours as getComputedStyle returns them, reduced to what choosing a palette needs: how
 * light a colour is (WCAG 2.x relative luminance) and how opaque. Pure: no DOM.
 */

/** Linear-light sRGB channels (0–1, not gamma-encoded) and alpha (0–1): what luminance sums. */
export type LinearRgba = [r: number, g: number, b: number, alpha: number];

/** sRGB's transfer function undone (WCAG 2.x; its 0.03928 and this 0.04045 agree on every 8-bit value). */
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/**
 * A computed colour as browsers serialise it (numbers, never percentages; `none` for a
 * missing component): `rgb()`/`rgba()` (commas or spaces, `/ alpha`), `color(srgb …)` and
 * `color(display-p3 …)` (its primaries taken as sRGB's: a close estimate of luminance), and
 * `oklab()`, `oklch()`, `lab()`, `lch()` as the grey of the same lightness (exact luminance
 * for Lab and LCh, whose L* is a function of luminance alone; near for OKLab). Anything else
 * (other spaces, keywords, garbage): undefined.
 */
export function parseColor(css: string): LinearRgba | undefined {
  const [, rgb, ok, lab, body = ''] =
    /^(?:(rgba?)\(|color\((?:srgb|display-p3) |(ok)?(lab|lch)\()([^()]*)\)$/.exec(css) ?? [];
  const [x, y, z, alpha = 1] = body.split(/[ ,/]+/).map((n) => (n === 'none' ? 0 : +n));
  if (![x, y, z, alpha].every(Number.isFinite)) return undefined;
  // CIE L* (0–100) from luminance; OKLab's L (0–1) is the cube root of a grey's luminance.
  const grey = ok ? x ** 3 : x > 8 ? ((x + 16) / 116) ** 3 : x / 903.3;
  const full = rgb ? 255 : 1;
  return lab ? [grey, grey, grey, alpha] : [linear(x / full), linear(y / full), linear(z / full), alpha];
}

/** WCAG 2.x relative luminance: 0 for black, 1 for white. */
export const relativeLuminance = ([r, g, b]: LinearRgba) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG 2.x contrast ratio (1–21) of two relative luminances, in either order. */
export const contrastRatio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
