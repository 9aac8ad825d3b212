/**
 * The element's settings as a host passes them: the attributes by name (as in HTML, a CMS
 * shortcode or the iframe embed's query string) and the same as properties.
 */
import type { Theme } from './back-spasm-guide.js';

/** `<back-spasm-guide>`'s attributes; each invalid value falls back to the default with a warning. */
export interface BackSpasmGuideAttributes {
  /** BCP 47 tag; else the closest ancestor's `lang`, the page's, the browser's, then English. */
  lang?: string;
  /** Digits (optional leading `+`) to call in an emergency; else the number of the locale's region. */
  'emergency-number'?: string;
  /** Digits of a same-day medical advice line; else the one known for the region. */
  'urgent-number'?: string;
  /** Default `auto` (follows the reader's system setting). */
  theme?: Theme;
  /** Tighter spacing for narrow columns. */
  compact?: boolean;
  /** Keep the answers on this device (localStorage). */
  remember?: boolean;
}

/** The same settings as properties of the element. */
export interface BackSpasmGuideProperties {
  lang?: string;
  emergencyNumber?: string;
  urgentNumber?: string;
  theme?: Theme;
  compact?: boolean;
  remember?: boolean;
}
