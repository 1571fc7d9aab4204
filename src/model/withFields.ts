/**
 * `{ ...record, ...fields }`, for fields the record may not have yet. Written with `Object.assign`
 * because on Node 20, an object spread followed by properties the source lacks takes V8's slow
 * path: about 1 µs per added property, 10 µs for an order-sized object (Node 22 and 24 do not
 * have it). Where only existing fields are replaced, a plain spread is as fast and reads better.
 */
export function withFields<T extends object, F extends object>(record: T, fields: F): T & F {
  return Object.assign({}, record, fields);
}
