/** Kept equal to package.json's version by a test; compared when two builds meet on one page. */
export const VERSION = '0.1.0';
