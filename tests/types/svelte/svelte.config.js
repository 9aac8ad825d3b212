// svelte-check's configuration for the type tests (no preprocessors: plain TypeScript).
export default {};
