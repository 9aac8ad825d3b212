#!/usr/bin/env node
// npm run test:types (after npm run build): the package's types as hosts use them.
// - custom-elements.json is valid against the Custom Elements Manifest 2.1 schema and describes
//   what ships: the module in dist/, the tag's definition, typed events, the attributes' unions;
// - tests/types/: TypeScript with the global event maps and the classic scripts' global, a React
//   19 .tsx, a Solid .tsx, a Vue SFC (vue-tsc) and a Svelte 5 component (svelte-check) compile
//   against the package's own exports, and each rejects a wrong attribute value (theme="blue":
//   @ts-expect-error / @vue-expect-error, and a Svelte file that must fail).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import Ajv from 'ajv';

const bin = (name) => join('node_modules', '.bin', name);
const results = [];
function record(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}${ok || !detail ? '' : `\n${detail}`}`);
}
function run(name, command, args, expect = (status) => status === 0) {
  const result = spawnSync(bin(command), args, { encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  record(name, expect(result.status, output), output.trim());
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = JSON.parse(
  readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'),
);
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
record(
  'custom-elements.json is valid against the Custom Elements Manifest schema',
  validate(manifest) && manifest.schemaVersion.startsWith('2.'),
  JSON.stringify(validate.errors ?? manifest.schemaVersion),
);
const [module] = manifest.modules;
const element = module?.declarations.find((d) => d.customElement);
const definition = module?.exports.find((e) => e.kind === 'custom-element-definition');
record(
  'the manifest describes the shipped module, the definition and the typed events',
  manifest.modules.length === 1 &&
    existsSync(module.path) &&
    definition?.name === 'back-spasm-guide' &&
    definition.declaration.name === element?.name &&
    element.events.length === 3 &&
    element.events.every((event) => /^CustomEvent<Bsg\w+Detail>$/.test(event.type?.text ?? '')) &&
    element.attributes.find((a) => a.name === 'theme')?.type.text === "'light' | 'dark' | 'auto'",
  JSON.stringify({ path: module?.path, definition, events: element?.events }),
);

run('TypeScript: events on the global maps, React 19 .tsx, classic global', 'tsc', [
  '-p',
  'tests/types/tsconfig.json',
]);
run('Solid .tsx', 'tsc', ['-p', 'tests/types/solid/tsconfig.json']);
run('Vue single-file component (vue-tsc)', 'vue-tsc', ['-p', 'tests/types/vue/tsconfig.json']);
const svelte = (folder) => [
  '--workspace',
  `tests/types/svelte/${folder}`,
  '--tsconfig',
  './tsconfig.json',
  '--output',
  'machine',
  '--fail-on-warnings',
];
run('Svelte 5 component (svelte-check)', 'svelte-check', svelte('good'));
run(
  'Svelte: a wrong theme value fails svelte-check',
  'svelte-check',
  svelte('bad'),
  (status, output) =>
    status !== 0 && /WrongTheme\.svelte" 6:\d+ "Type '\\"blue\\"' is not assignable/.test(output),
);

const failed = results.filter((ok) => !ok).length;
console.log(`type tests: ${results.length - failed} of ${results.length} ok`);
process.exit(failed ? 1 : 0);
