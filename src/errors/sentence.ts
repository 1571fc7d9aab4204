/**
 * Messages often open with the field they are about (`at must be …`, `items[0].price must be …`).
 * Quoting that leading path makes every message read as a sentence that starts with a quote,
 * and keeps field names exact instead of capitalising them.
 */
const LEADING_PATH = /^([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+|\[\d+\])*)(?=[\s:])/;

export function asSentence(message: string): string {
  return message.replace(LEADING_PATH, '"$1"');
}
