/**
 * Safe reading of unknown input. Each property is read once, inside try/catch, so odd input
 * (getters, proxies, revoked proxies, frozen or null-prototype objects) can neither throw nor
 * answer differently the second time it is asked.
 */

/** A value that could not be read (its getter threw). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** A record read once: its own keys whose value is not undefined, and every value read. */
export interface ReadRecord {
  keys: string[];
  values: Record<string, unknown>;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The known keys and the own keys of a record, each read once; null when not a record. */
export function readRecord(target: unknown, known: readonly string[]): ReadRecord | null {
  const isRecord = () => typeof target === 'object' && target !== null && !Array.isArray(target);
  if (!attempt(isRecord, false)) return null;
  const values = Object.create(null) as Record<string, unknown>;
  const read = (key: string) =>
    (values[key] = attempt(() => (target as Record<string, unknown>)[key], UNREADABLE));
  known.forEach(read);
  const keys = attempt(() => Object.keys(target as object), []);
  return {
    keys: keys.filter((key) => (key in values ? values[key] : read(key)) !== undefined),
    values,
  };
}
