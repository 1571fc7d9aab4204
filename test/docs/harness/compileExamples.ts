import { resolve } from 'node:path';
import ts from 'typescript';
import type { DocExample } from './docExample';
import { packageSources } from './packageSources';

/**
 * Type-checks every page's module in one program, with the project's own compiler settings
 * (tsconfig.json: strict, noUncheckedIndexedAccess), except that examples may leave names unused
 * and may hold JSX. Returns each error as `page:line: TSnnnn message`; empty when all compile.
 */
export function compileExamples(root: string, examples: readonly DocExample[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (config === undefined) throw new Error('tsconfig.json cannot be read');
  // The examples import the packages' sources directly (docExample.ts); so does any workspace
  // package's source that imports `sequestre`, through these paths, before anything is built.
  const paths = Object.fromEntries([...packageSources(root)].map(([specifier, source]) => [specifier, [source]]));
  const options: ts.CompilerOptions = {
    ...config.options,
    paths: { ...paths, ...config.options.paths },
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    jsx: ts.JsxEmit.ReactJSX,
  };
  const modules = new Map(examples.map((example) => [example.fileName, example]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) => {
    const example = modules.get(fileName);
    return example === undefined
      ? getSourceFile(fileName, language, ...rest)
      : ts.createSourceFile(fileName, example.compileSource, language, true);
  };
  host.fileExists = (fileName) => modules.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) => modules.get(fileName)?.compileSource ?? readFile(fileName);
  const program = ts.createProgram([...modules.keys()], options, host);
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(
    (diagnostic) => `TS${diagnostic.code} ${message(diagnostic)}`,
  );
  return [
    ...global,
    ...[...modules.values()].flatMap((example) => {
      const file = program.getSourceFile(example.fileName)!;
      return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) => {
        const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
        const page = example.pageLines[line];
        return `${example.doc}${page === undefined ? ' (the imports)' : `:${page}`}: TS${diagnostic.code} ${message(diagnostic)}`;
      });
    }),
  ];
}

function message(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}
