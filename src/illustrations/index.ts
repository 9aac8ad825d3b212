import type { svg as litSvg, SVGTemplateResult } from 'lit';
import { ILLUSTRATION_NAMES, type IllustrationName } from './names.js';

/** Lit's `svg` tag, passed in so this lazily loaded chunk carries no copy of Lit. */
export type SvgTag = typeof litSvg;

/**
 * Small instructional line drawings for the self-care plan.
 *
 * Every drawing is an SVG fragment for a `0 0 160 100` view box. Figure lines use
 * `currentColor`, so they follow the text colour in light, dark and forced-colors modes;
 * floors and furniture are a faint `currentColor` fill with a thin outline.
 * The caller wraps the fragment in `<svg viewBox=… role="img" aria-label=…>`.
 */

export { ILLUSTRATION_NAMES, type IllustrationName };

export const ILLUSTRATION_VIEWBOX = '0 0 160 100';

function drawAll(svg: SvgTag): Record<IllustrationName, SVGTemplateResult> {
  /** Furniture and objects: a faint fill with a thin, lighter outline. */
  const solid = (d: string) =>
    svg`<path d=${d} fill="currentColor" fill-opacity=".12" stroke="currentColor" stroke-opacity=".55" stroke-width="1.5" stroke-linejoin="round" />`;

  /** Figure lines: round caps and joins. */
  const ink = (d: string, w = 3) =>
    svg`<path d=${d} fill="none" stroke="currentColor" stroke-width=${w} stroke-linecap="round" stroke-linejoin="round" />`;

  /** The torso is drawn a little heavier than the limbs. */
  const torso = (d: string) => ink(d, 5);

  const head = (x: number, y: number, r = 8) =>
    svg`<circle cx=${x} cy=${y} r=${r} fill="none" stroke="currentColor" stroke-width="3" />`;

  /**
   * Coordinates: the floor's top edge is at y = 88. Standing figures use a head of r 6.5, a 21-unit
   * torso and 18-unit thigh and shin; figures lying, sitting or kneeling, which leave more room, are
   * drawn a little larger with the same proportions (head r 8, torso 30, thigh and shin 24).
   */
  const floor = svg`<rect x="4" y="88" width="152" height="7" rx="2" fill="currentColor" fill-opacity=".12" />`;

  /** A solid object with a bold outline. */
  const object = (d: string) => [solid(d), ink(d)];

  const art = (...parts: (SVGTemplateResult | SVGTemplateResult[])[]) => svg`${parts}`;

  /** Objects are drawn slightly tilted so they look like soft things, not boxes. */
  const tilt = (...parts: (SVGTemplateResult | SVGTemplateResult[])[]) =>
    svg`<g transform="rotate(-12 80 52)">${parts}</g>`;

  return {
    'legs-on-chair': art(
      floor,
      solid('M82 60h42v4H82zM86 64v24M120 64v24M120 60V28h4v32'),
      torso('M48 83h30'),
      ink('M78 83V58h24l2-8M50 83l10 4 10-7'),
      head(36, 80),
    ),
    'pillows-under-knees': art(
      floor,
      solid('M6 66h148v12H6zM12 78v10M148 78v10M6 66V42h4v24M14 66q0-8 13-8t13 8z'),
      solid('M70 66q0-16 18-16t18 16z'),
      torso('M36 57l28 3'),
      ink('M64 60l23-11 23 12 2-8M37 58l9 6 9-4'),
      head(24, 50),
    ),
    // Pregnancy: on the side, knees bent, a pillow between them and one under the bump.
    'side-lying-pillows': art(
      floor,
      solid('M6 66h148v12H6zM12 78v10M148 78v10M14 66q0-8 13-8t13 8z'),
      solid('M58 66q0-7 10-7t10 7z'),
      solid('M90 58q8-5 14 0q-6 5-14 0z'),
      torso('M36 54l38 2'),
      ink('M46 56q12 10 26 2', 2.5),
      ink('M74 56l24-6-6 14M74 58l22 0-10 8'),
      ink('M40 55l14 4'),
      head(26, 52),
    ),
    'sitting-knees-up': art(
      floor,
      solid('M44 58h34v4H44zM48 62v26M74 62v26M44 58V16h4v42'),
      solid('M80 76h34v12H80z'),
      torso('M58 55l4-29'),
      ink('M58 55l24-5 4 24h8M62 28l4 15 12 6'),
      head(64, 14),
    ),
    'knee-to-chest': art(
      floor,
      torso('M52 83h30'),
      ink('M82 83L66 65l22-5 3-8M82 83l20-16 12 19h8M54 82l5-15 12-3'),
      head(40, 80),
    ),
    'arms-overhead-stretch': art(
      floor,
      torso('M80 29v21'),
      ink('M80 50l-4 18-2 18h-6M80 50l4 18 2 18h6M80 30l-10-11-3-12M80 30l10-11 3-12'),
      head(80, 19, 6.5),
    ),
    'cat-cow': art(
      floor,
      torso('M66 62Q80 44 98 57'),
      ink('M66 62v24H42M98 57l2 29M82 22q4 10 0 20M77 27l5-5 5 5M77 37l5 5 5-5'),
      head(109, 64),
    ),
    'childs-pose': art(
      floor,
      torso('M119 68Q106 44 72 76'),
      ink('M127 86H90l29-18M72 77l-8 9H18'),
      head(57, 77, 10),
    ),
    'walk-lifting-knees': art(
      floor,
      torso('M81 28l-1 22'),
      ink('M80 50l15 10-4 18 6 2M80 50l-1 18-2 18h7M81 31l-7 10-4 9M81 31l7 10 7-2'),
      head(82, 19, 6.5),
    ),
    'heat-pack': art(
      tilt(
        object('M56 38h48v42q0 8-8 8H64q-8 0-8-8z'),
        ink(
          'M56 38l18-10v-5h12v5l18 10M72 17h16v6H72zM56 46h48M80 76l-7-7a4 4 0 0 1 7-6 4 4 0 0 1 7 6z',
        ),
        ink('M62 38v8M68 38v8M74 38v8M80 38v8M86 38v8M92 38v8M98 38v8', 1.5),
      ),
      ink('M36 74q-4-5 0-10t0-10M26 66q-4-5 0-10t0-10M126 74q4-5 0-10t0-10M136 66q4-5 0-10t0-10'),
    ),
    'cold-pack': art(
      object('M98 40l2-8q1-3 4-2l14 4q3 1 2 4l-2 2'),
      object('M44 40h72q8 0 8 8v32q0 8-8 8H44q-8 0-8-8V48q0-8 8-8z'),
      ink(
        'M36 48h-4M36 56h-4M36 64h-4M36 72h-4M36 80h-4M124 48h4M124 56h4M124 64h4M124 72h4M124 80h4',
      ),
      ink('M44 40v48M116 40v48', 1.5),
      ink(
        'M80 53v22M77.6 53l2.4 2.4 2.4-2.4M77.6 75l2.4-2.4 2.4 2.4M89.5 58.5l-19 11M88.3 56.4l-.9 3.3 3.3.9M69.3 67.4l3.3.9-.9 3.3M89.5 69.5l-19-11M90.7 67.4l-3.3.9.9 3.3M71.7 56.4l.9 3.3-3.3.9',
        2,
      ),
    ),
  };
}

let drawn: Record<IllustrationName, SVGTemplateResult> | undefined;

export function hasIllustration(name: string): name is IllustrationName {
  return (ILLUSTRATION_NAMES as readonly string[]).includes(name);
}

/** The drawing for `name`, or undefined. The caller wraps it in <svg role="img" aria-label=…> */
export function illustrationArt(name: string, svg: SvgTag): SVGTemplateResult | undefined {
  if (!hasIllustration(name)) return undefined;
  drawn ??= drawAll(svg);
  return drawn[name];
}
