// The kit's elements declare their reactive properties with Lit's decorators (DESIGN.md's house
// style: `@property` with its `type`, `@state` for internals). Compiled as decorators, each one
// is a call at load time, and Lit's decorator module comes with them: 0.4–0.6 kB gzip on a
// widget's critical path. This Vite plugin builds the kit's modules through Lit's own
// transformer (@lit/ts-transformers), which writes them as `static properties` and constructor
// assignments, the idiomatic JavaScript the decorators stand for. Same behaviour: `@property`
// options are copied as they are, `@state()` becomes `{ state: true }`. One difference of
// order: a reactive property's default is assigned after the constructor's own statements and
// the other fields' initializers (the controllers), so these may neither read nor set one:
// the default would overwrite what they set. The kit's read them in `update` and
// `hostConnected`, as Lit advises. A module with `@property` or `@state` may hold no other
// decorator: the transformer drops a member's other decorators with it (a `@consume` beside
// a `@state` vanished without a word), so any other fails the build; the provider's context
// is a controller instead (core/base-element.ts). Build only: tests, Storybook and the dev
// server run the source as written.
import ts from 'typescript';
import { idiomaticDecoratorsTransformer } from '@lit/ts-transformers';

const DECORATED = /@(property|state)\(/;
const LIT_DECORATORS = new Set(['property', 'state']);

/** The decorators in a module that are not `@property(…)` or `@state(…)`, as written. */
function otherDecorators(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isDecorator(node)) {
      const call = node.expression;
      const name =
        ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text;
      if (!LIT_DECORATORS.has(name)) found.push(node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** One program over the kit's sources, shared by every build of the process (it is read-only). */
let shared;
function programFor(tsconfig) {
  if (shared?.tsconfig === tsconfig) return shared.program;
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {
      noEmit: false,
      declaration: false,
      emitDeclarationOnly: false,
      rewriteRelativeImportExtensions: false,
      sourceMap: true,
      inlineSources: true,
    },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => ts.sys.write(String(d.messageText)) },
  );
  const program = ts.createProgram(config.fileNames, config.options);
  shared = { tsconfig, program };
  return program;
}

/** `tsconfig`: the kit's build configuration, whose files are the kit's sources. */
export function idiomaticDecorators({ tsconfig }) {
  return {
    name: 'micropath-idiomatic-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !DECORATED.test(code)) return null;
      const program = programFor(tsconfig);
      const source = program.getSourceFile(id);
      // The program reads the files as they are on disk; a plugin before this one must not
      // have changed them, or the output would not be this module's.
      if (!source || source.text !== code)
        this.error(`${id}: not the source the decorators were compiled from`);
      const others = otherDecorators(source);
      if (others.length)
        this.error(`${id}: ${others.join(', ')}: only @property and @state are compiled away`);
      let js, map;
      const { emitSkipped } = program.emit(
        source,
        (name, text) => (name.endsWith('.map') ? (map = text) : (js = text)),
        undefined,
        false,
        { before: [idiomaticDecoratorsTransformer(program)] },
      );
      if (emitSkipped || js === undefined) this.error(`${id}: TypeScript emitted nothing`);
      // A member the transformer could not read (`@property(options)` from a variable) is
      // left to TypeScript's decorator helper, without the decorator it imported.
      if (js.includes('__decorate'))
        this.error(`${id}: a decorator was left as a decorator call; write its options inline`);
      return { code: js.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map };
    },
  };
}
