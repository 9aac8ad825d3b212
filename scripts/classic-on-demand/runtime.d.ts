/** See runtime.js: its source text is copied into the built classic script. */
export function runClassicGuide(
  entryName: string,
  entryFactory: (require: (spec: string) => unknown, exports: object, module: object) => void,
): void;
