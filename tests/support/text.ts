/** Text without the direction isolates that keep phone numbers left-to-right in any language. */
export function withoutIsolates(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}
