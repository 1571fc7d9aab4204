/**
 * A path without its last key: the object that holds the field (`offers[2]` for
 * `offers[2].status`). Messages that speak of the object take it from the field's path.
 */
export function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('.'));
}
