import ts from 'typescript';
import { statedValue } from './statedValue';

type Edit = { readonly start: number; readonly end: number; readonly text: string };

/**
 * Finds the values a block states in trailing comments and turns each into a check:
 * `getBalances(order); // { held: '0.00', … }` becomes
 * `__docsCheck(getBalances(order), () => ({ held: '0.00', ...__docsMore }), { at, code, stated });`
 * on the same line, so that line numbers do not move. `console.log(x); // 5` checks `x`.
 * A stated value only makes sense after an expression statement: after a declaration
 * (`const total = …; // '57.50'`) it is reported as a problem rather than silently skipped.
 *
 * @param file the block, parsed; `text` is its text with the same positions (imports blanked).
 * @param where the page's `path:line` of a line of the block, counted from 0.
 */
export function rewriteStatedValues(file: ts.SourceFile, text: string, where: (line: number) => string) {
  const edits: Edit[] = [];
  const problems: string[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstStatement && node.kind <= ts.SyntaxKind.LastStatement) {
      const comment = ts.getTrailingCommentRanges(text, node.end)?.[0];
      const line = file.getLineAndCharacterOfPosition(node.end).line;
      if (comment !== undefined && comment.kind === ts.SyntaxKind.SingleLineCommentTrivia && !seen.has(comment.pos)) {
        seen.add(comment.pos);
        const stated = text.slice(comment.pos + 2, comment.end);
        try {
          const value = statedValue(stated);
          if (value !== undefined && ts.isExpressionStatement(node))
            edits.push(checkEdit(file, node, value, { at: where(line), stated: stated.trim() }));
          if (value !== undefined && !ts.isExpressionStatement(node)) {
            problems.push(
              `${where(line)}: a stated value follows an expression on its own line (\`total; // '57.50'\`), not a declaration or a statement`,
            );
          }
        } catch (error) {
          problems.push(`${where(line)}: ${(error as Error).message}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b.start - a.start);
  for (const [index, edit] of edits.entries()) {
    const next = edits[index + 1];
    if (next !== undefined && next.end > edit.start)
      throw new Error(`${where(0)}: stated values nested in one another cannot be checked`);
  }
  return {
    text: edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text),
    count: edits.length,
    problems,
  };
}

function checkEdit(
  file: ts.SourceFile,
  node: ts.ExpressionStatement,
  value: string,
  where: { at: string; stated: string },
): Edit {
  const expression = node.expression;
  const logged =
    ts.isCallExpression(expression) &&
    expression.expression.getText(file) === 'console.log' &&
    expression.arguments.length === 1;
  const checked = logged ? expression.arguments[0]! : expression;
  const code = checked.getText(file);
  const details = JSON.stringify({ at: where.at, code, stated: where.stated });
  return { start: node.getStart(file), end: node.end, text: `__docsCheck(${code}, () => (${value}), ${details});` };
}
