import ts from 'typescript';

/** The name the harness gives the `…` of a stated value; see `more` in checkStated.ts. */
export const MORE_NAME = '__docsMore';

const LITERAL_TOKENS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
]);
const OPENERS = new Map([
  [ts.SyntaxKind.OpenBraceToken, ts.SyntaxKind.CloseBraceToken],
  [ts.SyntaxKind.OpenBracketToken, ts.SyntaxKind.CloseBracketToken],
]);
const CLOSERS = new Set(OPENERS.values());

/**
 * Reads the value a doc comment states, as in `getBalances(order); // { held: '0.00', … }` or
 * `// → '57.50'`: the comment's text starts (after an optional `→`) with a JavaScript literal, a
 * string, number, `null`, `true`, `false`, `undefined`, or an object or array of literals, and
 * anything after it is prose (`// null: nothing left to schedule`). Returns the literal as an
 * expression the harness can evaluate, with every `…` outside strings turned into a spread of
 * `__docsMore` (an object or array that may hold more than it lists), or `undefined` when the
 * comment is prose (`// refunds, payouts, notifications`). A comment that opens an object or an
 * array and never closes it throws: it is a stated value written wrong, not prose.
 */
export function statedValue(comment: string): string | undefined {
  const text = comment.replace(/^\s*→\s*/, '');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  let depth = 0;
  let expression = '';
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (expression === '' && !startsLiteral(token, scanner.getTokenText())) return undefined;
    if (OPENERS.has(token)) depth += 1;
    if (CLOSERS.has(token)) depth -= 1;
    const trivia = text.slice(scanner.getTokenFullStart(), scanner.getTokenStart());
    expression += trivia + (scanner.getTokenText() === '…' ? `...${MORE_NAME}` : scanner.getTokenText());
    if (depth === 0 && token !== ts.SyntaxKind.MinusToken)
      return endsAsProse(text.slice(scanner.getTokenEnd())) ? expression.trim() : undefined;
  }
  if (expression !== '') throw new Error(`the stated value "${comment.trim()}" is not closed`);
  return undefined;
}

function startsLiteral(token: ts.SyntaxKind, text: string): boolean {
  if (token === ts.SyntaxKind.Identifier) return text === 'undefined';
  return LITERAL_TOKENS.has(token) || OPENERS.has(token) || token === ts.SyntaxKind.MinusToken;
}

// A literal followed by a word (`// 5 days`) or by more code (`// 'a' + b`) is not a stated value.
function endsAsProse(rest: string): boolean {
  return rest === '' || /^(\s|[:,;.—])/.test(rest);
}
