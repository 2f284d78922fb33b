/** A typed array twice as long, with the same contents first: for arrays filled before their length is known. */
export function growArray<T extends Uint32Array | Int32Array | Float64Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
