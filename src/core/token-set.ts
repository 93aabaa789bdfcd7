/**
 * A set of token indices of one document, for the recogniser's hottest tests
 * (is token i taken? covered by a mention?), asked several times per token.
 * A Set<number> hashes every look-up; here an index inside the document is one
 * byte of a flat array. Any other number (negative, past the end) goes to a
 * Set, so the answers are a Set's for every number.
 */
export class TokenSet {
  private readonly flags: Uint8Array;
  private other: Set<number> | null = null;

  /** Indices from 0 to size - 1 are kept flat; `from` is added first. */
  constructor(size: number, from: Iterable<number> = []) {
    this.flags = new Uint8Array(size);
    for (const i of from) this.add(i);
  }

  has(i: number): boolean {
    if (i >= 0 && i < this.flags.length && (i | 0) === i) return this.flags[i] === 1;
    return this.other !== null && this.other.has(i);
  }

  add(i: number): this {
    if (i >= 0 && i < this.flags.length && (i | 0) === i) this.flags[i] = 1;
    else (this.other ??= new Set<number>()).add(i);
    return this;
  }
}

/** A map from token indices of one document, kept flat like TokenSet (any other number in a Map). */
export class TokenMap<V> {
  private readonly values: (V | undefined)[];
  private readonly present: Uint8Array;
  private other: Map<number, V> | null = null;

  constructor(size: number) {
    // filled, so that V8 keeps the elements flat and of one kind
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.present = new Uint8Array(size);
  }

  get(i: number): V | undefined {
    if (i >= 0 && i < this.present.length && (i | 0) === i) return this.values[i];
    return this.other === null ? undefined : this.other.get(i);
  }

  has(i: number): boolean {
    if (i >= 0 && i < this.present.length && (i | 0) === i) return this.present[i] === 1;
    return this.other !== null && this.other.has(i);
  }

  set(i: number, v: V): this {
    if (i >= 0 && i < this.present.length && (i | 0) === i) {
      this.values[i] = v;
      this.present[i] = 1;
    } else (this.other ??= new Map<number, V>()).set(i, v);
    return this;
  }
}
