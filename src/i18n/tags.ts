/**
 * Everything a host hands us as text passes through here first: attribute and property
 * values, `lang` tags on the element, its ancestors and the page, and the browser's languages.
 * Nothing here throws, whatever the value (Symbols, Proxies, a throwing `toString`).
 */

/** Longest tag we look at; BCP 47 tags in use are far shorter. */
const MAX_TAG_LENGTH = 100;
const TAG_SHAPE = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;

/** Any value as a string: '' for null, undefined, Symbols and values whose conversion throws. */
export function safeString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value === 'symbol') return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  try {
    const text: unknown = String(value);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

/**
 * A language tag in the form Intl accepts (`en_GB` → `en-GB`, `EN-gb` → `en-GB`), or undefined
 * when the value is not a well-formed tag. Safe without Intl.
 */
export function normalizeTag(value: unknown): string | undefined {
  const raw = safeString(value).trim().replace(/_/g, '-');
  if (!raw || raw.length > MAX_TAG_LENGTH || !TAG_SHAPE.test(raw)) return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(raw)[0];
    if (typeof canonical === 'string' && canonical) return canonical;
    return undefined;
  } catch (error) {
    // Intl rejected it, or there is no Intl on this page: fall back to the plain shape.
    if (typeof Intl === 'object' && Intl && typeof Intl.getCanonicalLocales === 'function') {
      if (error instanceof RangeError) return undefined;
    }
    return simpleCanonical(raw);
  }
}

/** `en-gb` → `en-GB`, `zh-hans-cn` → `zh-Hans-CN`: the casing rules of BCP 47, without Intl. */
function simpleCanonical(tag: string): string {
  const [language, ...rest] = tag.split('-');
  const parts = [language!.toLowerCase()];
  for (const part of rest) {
    if (part.length === 2 && /^[a-z]+$/i.test(part)) parts.push(part.toUpperCase());
    else if (part.length === 4 && /^[a-z]+$/i.test(part))
      parts.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    else parts.push(part.toLowerCase());
  }
  return parts.join('-');
}

/** Language, script and region of a normalised tag, read without Intl. */
export function tagParts(tag: string): { language: string; script?: string; region?: string } {
  const [language = '', ...rest] = tag.split('-');
  let script: string | undefined;
  let region: string | undefined;
  for (const part of rest) {
    if (part.length === 1) break; // An extension or private-use section starts here.
    if (!script && !region && /^[A-Za-z]{4}$/.test(part)) script = part;
    else if (!region && (/^[A-Za-z]{2}$/.test(part) || /^\d{3}$/.test(part)))
      region = part.toUpperCase();
  }
  return { language: language.toLowerCase(), script, region };
}

/** A short, printable form of a host value for a console warning. */
export function forWarning(value: unknown): string {
  const text = safeString(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
