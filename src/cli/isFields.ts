/** A plain object read from JSON: files hold anything, so every field is looked at with this first. */
export function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
