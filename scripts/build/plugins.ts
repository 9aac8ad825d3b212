/**
 * The build's Vite plugins (scripts/build.ts uses them for every output, vite.config.ts for the
 * dev server). Each one is a small source transform with one job.
 */
import MagicString from 'magic-string';
import { minifyCssText, minifyHtmlText } from './minify-templates.js';
import type { Plugin } from 'vite';

/**
 * Generated locale modules import only `str` from @lit/localize. Left alone, the bundler moves
 * that shared module into a chunk of its own, so the entry would need a second request before
 * it can render. `str` is a three-line tagger (lit-localize's internal/str-tag.js): inline it.
 */
export function inlineStrInLocaleModules(): Plugin {
  return {
    name: 'inline-str-in-locale-modules',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locales[\\/]/.test(id)) return undefined;
      // Same line count, code not moved: `map: null` keeps the existing source map.
      const inlined = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
      return { code: inlined, map: null };
    },
  };
}

/**
 * lit-html creates its Trusted Types policy (`lit-html`) when its module is first evaluated, and
 * `createPolicy` throws when the page's CSP does not allow the name, or allows it once and another
 * copy of Lit (the host's own) took it first. Left alone, that throw stops our whole bundle: the
 * element is never defined and the reader sees an empty box. Caught, the bundle runs, and a screen
 * Lit cannot draw shows the guide's error boundary (plain DOM, emergency advice, no templates).
 */
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';

export function tolerateTrustedTypesPolicy(): Plugin {
  return {
    name: 'tolerate-trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return undefined;
      if (!code.includes(LIT_POLICY)) {
        throw new Error(
          `lit-html's policy creation changed shape in ${id}; update scripts/build/plugins.ts`,
        );
      }
      const guarded = code.replace(
        LIT_POLICY,
        `(()=>{try{return ${LIT_POLICY}}catch(e){return void 0}})()`,
      );
      return { code: guarded, map: null };
    },
  };
}

/**
 * For a single-language classic script: keeps only `locale`'s loaders in the generated table
 * (none for English), so the other languages' words are left out of the file.
 */
export function onlyLocale(locale: string): Plugin {
  const LOCALE_BLOCK = /^ {2}'([^']+)': \{\n[\s\S]*?^ {2}\},\n/gm;
  return {
    name: 'only-locale',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locale-parts\.ts$/.test(id)) return undefined;
      let found = false;
      const kept = code.replace(LOCALE_BLOCK, (block, name: string) => {
        found ||= name === locale;
        return name === locale ? block : '';
      });
      if (!found && locale !== 'en') throw new Error(`no loaders for ${locale} in ${id}`);
      return { code: kept, map: null };
    },
  };
}

/**
 * The clinical tables carry text for clinicians beside each rule (a step's `note`, a red flag's
 * `finding`, a soon rule's `condition`, …): the rules document is made from it, the reader never
 * sees it. Left out of the browser builds, not out of the tables (`dist/assess.js` keeps it).
 * Each such property is one Prettier-formatted string literal or a `+` chain of them.
 */
const CLINICIAN_TEXT = new RegExp(
  String.raw`^\s*(?:note|finding|condition|description|why|summary|title):` +
    String.raw`(?:\s*(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")\s*\+?)+,\n`,
  'gm',
);

export function stripClinicianText(): Plugin {
  return {
    name: 'strip-clinician-text',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]clinical[\\/][a-z-]+\.ts$/.test(id)) return undefined;
      return { code: code.replace(CLINICIAN_TEXT, ''), map: null };
    },
  };
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Calls `visit` on every node of an ESTree tree. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const key in n) if (key !== 'parent') walk(n[key], visit);
}

/**
 * Every message has an explicit id (scripts/build.ts checks the XLIFF files before building),
 * so @lit/localize never needs to hash a template into one: its FNV-1a hasher is left out.
 * A message without an id would then show in English, never throw.
 */
export function stubMessageIdHashing(): Plugin {
  return {
    name: 'stub-message-id-hashing',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) return undefined;
      return 'export const generateMsgId = () => "";\n';
    },
  };
}

/**
 * The whitespace of the `css` and `html`/`svg` templates in our sources (indentation, line
 * breaks, CSS comments), which the JS minifier leaves in the strings.
 */
export function minifyTemplateLiterals(include = /[\\/]src[\\/].+\.ts$/): Plugin {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)`/.test(code)) return undefined;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier' || !['css', 'html', 'svg'].includes(tag.name!)) return;
        const minify = tag.name === 'css' ? minifyCssText : minifyHtmlText;
        const quasis = (node.quasi as { quasis: Node[] }).quasis;
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) {
            if (small === '') out.remove(quasi.start, quasi.end);
            else out.overwrite(quasi.start, quasi.end, small);
          }
        }
      });
      if (!out.hasChanged()) return undefined;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/** A short id per message id (base 36 of its rank), the same in every output of one build. */
export function shortIdsFor(ids: readonly string[]): Map<string, string> {
  return new Map([...ids].sort().map((id, rank) => [id, rank.toString(36)]));
}

/**
 * Message ids such as `step.exercise-childs-pose.how` name a message for translators; the
 * browser only needs them to match. Each is replaced by its short id, consistently, in the
 * `msg(…, { id })` calls of our sources and the keys of the generated locale modules.
 */
export function shortMessageIds(shortIds: Map<string, string>): Plugin {
  const short = (node: Node) => {
    const value = (node as Node & { value?: unknown }).value;
    return node.type === 'Literal' && typeof value === 'string' ? shortIds.get(value) : undefined;
  };
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id)) return undefined;
      const localeModule = /[\\/]generated[\\/]locales[\\/]/.test(id);
      if (!localeModule && !code.includes('msg(')) return undefined;
      const out = new MagicString(code);
      const replace = (node: Node) => {
        const to = short(node);
        if (to !== undefined) out.overwrite(node.start, node.end, JSON.stringify(to));
      };
      walk(this.parse(code), (node) => {
        if (localeModule && node.type === 'VariableDeclarator') {
          const { id: name, init } = node as Node & { id: Node & { name?: string }; init?: Node };
          if (name.name !== 'templates' || init?.type !== 'ObjectExpression') return;
          for (const property of init.properties as Node[]) replace(property.key as Node);
        }
        if (node.type === 'CallExpression') {
          const { callee, arguments: args } = node as Node & { callee: Node; arguments: Node[] };
          if ((callee as Node & { name?: string }).name !== 'msg') return;
          const options = args[1];
          if (options?.type !== 'ObjectExpression') return;
          for (const property of options.properties as Node[]) {
            const key = property.key as Node & { name?: string };
            if (key?.name === 'id') replace(property.value as Node);
          }
        }
      });
      if (!out.hasChanged()) return undefined;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
