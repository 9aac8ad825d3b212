/**
 * Safe reading of unknown input. Every property is read exactly once, inside try/catch, into
 * a plain snapshot; validation and assessment only ever look at the snapshot. So odd input
 * (getters, proxies, revoked proxies, frozen or null-prototype objects) can neither throw
 * nor answer differently the second time it is asked.
 */
import { MEDICINE_FACTS, ONSET_SPANS, type RedFlagId } from './types.js';
import { QUESTION_IDS } from './ids.js';
import { RED_FLAG_IDS } from './red-flags.js';

/** A value that could not be read (its getter threw). */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Read = unknown;

export interface RecordSnapshot {
  /** Own enumerable keys whose value is not undefined. */
  keys: string[];
  values: Record<string, Read>;
}

export interface Snapshot {
  /** False when the input is not a plain object (null, array, string, ...). */
  isRecord: boolean;
  top: RecordSnapshot;
  /** Snapshot of `redFlags` when it is a record. */
  redFlags: RecordSnapshot | null;
  onset: RecordSnapshot | null;
  medicineFacts: RecordSnapshot | null;
  /** Elements of `tried` when it is an array (at most MAX_LIST + 1 read). */
  tried: Read[] | null;
}

/** Every question's key, and the explicit "none of these" of the red flags. */
export const TOP_LEVEL_KEYS = [...QUESTION_IDS, 'noRedFlags'] as const;

export const ONSET_KEYS = ['kind', 'span', 'value', 'unit', 'date'] as const;
export const MAX_LIST = 32;

function get(target: object, key: string): Read {
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

export function isRecord(value: Read): value is object {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function ownKeys(target: object): string[] {
  try {
    return Object.keys(target);
  } catch {
    return [];
  }
}

function snapshotRecord(target: Read, known: readonly string[]): RecordSnapshot | null {
  if (!isRecord(target)) return null;
  const values: Record<string, Read> = Object.create(null) as Record<string, Read>;
  const keys: string[] = [];
  for (const key of known) values[key] = get(target, key);
  for (const key of ownKeys(target)) {
    const value = key in values ? values[key] : get(target, key);
    if (value !== undefined) keys.push(key);
  }
  return { keys, values };
}

function snapshotList(target: Read): Read[] | null {
  try {
    if (!Array.isArray(target)) return null;
    const length = Math.min(Number(target.length) || 0, MAX_LIST + 1);
    const items: Read[] = [];
    for (let index = 0; index < length; index += 1) items.push(get(target, String(index)));
    return items;
  } catch {
    return null;
  }
}

export function snapshot(input: unknown): Snapshot {
  const top = snapshotRecord(input, TOP_LEVEL_KEYS);
  if (!top) {
    return {
      isRecord: false,
      top: { keys: [], values: Object.create(null) as Record<string, Read> },
      redFlags: null,
      onset: null,
      medicineFacts: null,
      tried: null,
    };
  }
  return {
    isRecord: true,
    top,
    redFlags: snapshotRecord(top.values['redFlags'], RED_FLAG_IDS),
    onset: snapshotRecord(top.values['onset'], ONSET_KEYS),
    medicineFacts: snapshotRecord(top.values['medicineFacts'], [...MEDICINE_FACTS, 'none']),
    tried: snapshotList(top.values['tried']),
  };
}

/** The emergency-tier findings answered with exactly `true`. */
export function trueFindings(snap: Snapshot, ids: readonly RedFlagId[]): RedFlagId[] {
  const flags = snap.redFlags;
  if (!flags) return [];
  return ids.filter((id) => flags.values[id] === true);
}

export function isOnsetSpan(value: Read): value is (typeof ONSET_SPANS)[number] {
  return typeof value === 'string' && (ONSET_SPANS as readonly string[]).includes(value);
}
