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
