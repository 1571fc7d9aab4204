import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { type CodeBlock, codeBlocks } from '../markdown';
import { HoistedImports } from './hoistImports';
import { packageSources } from './packageSources';
import { rewriteStatedValues } from './rewriteStatedValues';

/** The fence languages taken as TypeScript, and the one tag a block may carry. */
const TYPESCRIPT = new Set(['ts', 'typescript', 'tsx']);
export const COMPILE_ONLY = 'compile-only';

/** One document's TypeScript blocks, as a module to compile and a module to run. */
export type DocExample = {
  readonly doc: string;
  /** Where the module is said to live, for the compiler: the page's path + `.ts` (or `.tsx`). */
  readonly fileName: string;
  /** Every block, compile-only ones included. */
  readonly compileSource: string;
  /** The same lines, with the compile-only blocks blanked out. */
  readonly runSource: string;
  /** For each line of the module (from 0), the line of the page it comes from. */
  readonly pageLines: readonly (number | undefined)[];
  /** What each module name of the sources stands for when the module runs. */
  readonly runtimeImports: ReadonlyMap<string, string>;
  readonly blocks: number;
  readonly compileOnlyBlocks: number;
  readonly statedValues: number;
  /** Mistakes in how the page writes its examples (a stated value on a declaration, …). */
  readonly problems: readonly string[];
};

/**
 * Turns a page's TypeScript blocks into one module. The blocks of a page are read in order as
 * one program, so that a later block may use what an earlier one declared; their imports are
 * merged at the top (a page may import `describe` in two blocks). `sequestre`, its subpaths and
 * workspace packages are imported from their source (see packageSources.ts). When the page has
 * a "given" file (test/docs/given/<page>.ts), its exports are in scope: the order a fragment
 * talks about, or the typed stand-ins of a host's database for compile-only blocks.
 *
 * @param doc the page's path from the root, as messages name it.
 * @param markdown the page's text, read from `doc` unless given (the harness's own tests).
 */
export function docExample(root: string, doc: string, markdown = readFileSync(resolve(root, doc), 'utf8')): DocExample {
  const blocks = codeBlocks(markdown).filter((block) => TYPESCRIPT.has(block.lang));
  const tsx = blocks.some((block) => block.lang === 'tsx');
  const sources = packageSources(root);
  const runtimeImports = new Map<string, string>();
  const importOf = (path: string) => {
    const specifier = path.replace(/\.tsx?$/, '');
    runtimeImports.set(specifier, path);
    return specifier;
  };
  const imports = new HoistedImports();
  const header = [
    `import { check as __docsCheck, more as __docsMore } from ${JSON.stringify(importOf(resolve(root, 'test/docs/harness/checkStated.ts')))};`,
  ];
  const given = resolve(root, 'test/docs/given', `${doc.replace(/^docs\//, '').replace(/\.md$/, '')}.ts`);
  if (existsSync(given))
    header.push(`import { ${exportedNames(given).join(', ')} } from ${JSON.stringify(importOf(given))};`);

  const problems: string[] = [];
  let statedValues = 0;
  const bodies = blocks.map((block) => {
    validateTags(block, doc);
    const file = ts.createSourceFile(
      `block.${block.lang === 'tsx' ? 'tsx' : 'ts'}`,
      block.body,
      ts.ScriptTarget.Latest,
      true,
      block.lang === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    let body = block.body;
    for (const statement of file.statements.filter(ts.isImportDeclaration).reverse()) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const source = sources.get(specifier);
      imports.add(statement, source === undefined ? specifier : importOf(source));
      body = blankOut(body, statement.getStart(file), statement.end);
    }
    const rewritten = rewriteStatedValues(file, body, (line) => `${doc}:${block.line + line + 1}`);
    problems.push(...rewritten.problems);
    if (block.tags.includes(COMPILE_ONLY) && rewritten.count > 0) {
      problems.push(`${doc}:${block.line}: a compile-only block never runs, so it cannot state values`);
    }
    statedValues += rewritten.count;
    return { block, lines: rewritten.text.replace(/\n$/, '').split('\n') };
  });

  const head = [...header, ...imports.lines()];
  const pageLines: (number | undefined)[] = head.map(() => undefined);
  const compileLines = [...head];
  const runLines = [...head];
  for (const { block, lines } of bodies) {
    const runs = !block.tags.includes(COMPILE_ONLY);
    compileLines.push(`// ${doc}:${block.line}`, ...lines);
    runLines.push(
      `// ${doc}:${block.line}${runs ? '' : ' (compile-only)'}`,
      ...lines.map((line) => (runs ? line : '')),
    );
    pageLines.push(block.line, ...lines.map((_, index) => block.line + index + 1));
  }
  return {
    doc,
    fileName: `${resolve(root, doc)}.${tsx ? 'tsx' : 'ts'}`,
    compileSource: `${compileLines.join('\n')}\n`,
    runSource: `${runLines.join('\n')}\n`,
    pageLines,
    runtimeImports,
    blocks: blocks.length,
    compileOnlyBlocks: blocks.filter((block) => block.tags.includes(COMPILE_ONLY)).length,
    statedValues,
    problems,
  };
}

function validateTags(block: CodeBlock, doc: string): void {
  const unknown = block.tags.filter((tag) => tag !== COMPILE_ONLY);
  if (unknown.length > 0)
    throw new Error(
      `${doc}:${block.line}: unknown tag ${unknown.join(' ')} on a TypeScript block (the only one is ${COMPILE_ONLY})`,
    );
}

// Spaces instead of the text, newlines kept, so that every line stays where the page has it.
function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

// The names a given file exports: its exported `const`, `function` and `class` declarations.
function exportedNames(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  return file.statements.flatMap((statement) => {
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return [];
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      return [statement.name.text];
    return [];
  });
}

// `x`, or every name of a destructuring such as `{ id, buyer }` or `[first, second]`.
function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}
