import ts from 'typescript';
import { takeFailures } from './checkStated';
import type { DocExample } from './docExample';

const AsyncFunction = (async () => {}).constructor as new (
  ...parameters: string[]
) => (...values: unknown[]) => Promise<void>;

/**
 * Runs a page's module, compile-only blocks left out, and returns the stated values that did not
 * hold. The module is turned into CommonJS by TypeScript (types dropped, nothing checked: that is
 * compileExamples' job) and run as the body of an async function, so that a page may `await`
 * at its top level; its `require` hands over the modules imported beforehand through vitest, so
 * that `sequestre` is the TypeScript source, as it is for every other test.
 *
 * @throws whatever the example throws, with the page's name in front.
 */
export async function runExample(example: DocExample): Promise<string[]> {
  const { outputText } = ts.transpileModule(example.runSource, {
    fileName: example.fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
    },
  });
  const modules = new Map<string, unknown>();
  for (const [, specifier] of outputText.matchAll(/require\("([^"]+)"\)/g)) {
    modules.set(specifier!, await import(/* @vite-ignore */ example.runtimeImports.get(specifier!) ?? specifier!));
  }
  const require = (specifier: string) => modules.get(specifier);
  const module = { exports: {} };
  takeFailures();
  try {
    await new AsyncFunction('require', 'module', 'exports', outputText)(require, module, module.exports);
  } catch (error) {
    throw new Error(`${example.doc}: the example threw ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return takeFailures();
}
