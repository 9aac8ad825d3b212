/**
 * Copies host data by walking it: own enumerable keys of plain objects and arrays, and
 * strings, finite numbers, booleans and null. Works on framework proxies (Vue `reactive()`),
 * frozen objects and objects with getters, which `structuredClone` rejects or copies wrongly;
 * reads each value once, so a getter that changes between reads cannot pass validation with
 * one value and reach the screen with another. Throws `NotPlainData` for anything else.
 */
export class NotPlainData extends Error {}

const MAX_DEPTH = 8;
const MAX_KEYS = 200;

export function plainCopy(value: unknown): unknown {
  return copy(value, 0, new Set());
}

/** `plainCopy`, or undefined when the value is not plain data (or reading it throws). */
export function tryPlainCopy(value: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: plainCopy(value) };
  } catch {
    return { ok: false };
  }
}

function copy(value: unknown, depth: number, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new NotPlainData('not a finite number');
      return value;
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      throw new NotPlainData(`a ${typeof value}`);
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH || seen.has(value)) throw new NotPlainData('too deep or circular');
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const length = value.length;
      if (typeof length !== 'number' || length > MAX_KEYS) throw new NotPlainData('array');
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) out.push(copy(value[i], depth + 1, seen));
      return out;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_KEYS) throw new NotPlainData('too many keys');
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      const item = copy((value as Record<string, unknown>)[key], depth + 1, seen);
      if (item !== undefined) out[key] = item;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
