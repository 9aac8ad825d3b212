import { waitUntil } from '@open-wc/testing';

/** waitUntil with a timeout that allows for a busy CI machine (5 s, not 1 s). */
export function eventually(
  condition: () => unknown,
  message = 'condition not met in time',
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntil(condition, message, { timeout: 5000, ...options });
}
