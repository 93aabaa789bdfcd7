/**
 * Tokenizer that keeps offsets into the original text, and clitic analysis.
 * Tokens are never rewritten: `norm` is the matching key of `text`.
 */
import { Memo, computeKey, isIgnorable, normalizeKey } from "./normalize.js";

export type TokenKind = "word" | "latin" | "number" | "punct" | "symbol";

export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
  readonly kind: TokenKind;
}

const ARABIC_WORD_CHAR = /[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06EE-\u06EF\u06F0-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LATIN_WORD_CHAR = /[\p{Script=Latin}]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const LETTER_OTHER = /[\p{L}]/u;

type CharClass = "ar" | "latin" | "digit" | "mark" | "space" | "punct" | "symbol";

function classify(ch: string): CharClass {
  if (DIGIT.test(ch)) return "digit";
  if (isIgnorable(ch)) return "mark";
  if (ARABIC_WORD_CHAR.test(ch)) return "ar";
  if (LATIN_WORD_CHAR.test(ch)) return "latin";
  if (/\s/u.test(ch)) return "space";
  if (LETTER_OTHER.test(ch)) return "latin";
  if (/\p{M}/u.test(ch)) return "mark";
  if (/[\p{P}]/u.test(ch)) return "punct";
  return "symbol";
}

/**
 * Speed: the class of a code unit is a pure function of it, so it is computed
 * once (with the regexes above) and kept in a table; the tokenizer then reads
 * each character's class without slicing or testing a regex.
 */
const CLASSES: readonly CharClass[] = ["ar", "latin", "digit", "mark", "space", "punct", "symbol"];
const BMP_CLASS = new Uint8Array(0x10000); // 0: not computed yet, else index in CLASSES + 1
function classAt(text: string, i: number, code: number, width: number): CharClass {
  if (code > 0xffff) return classify(text.slice(i, i + width));
  let c = BMP_CLASS[code] as number;
  if (c === 0) {
    c = CLASSES.indexOf(classify(text.slice(i, i + width))) + 1;
    BMP_CLASS[code] = c;
  }
  return CLASSES[c - 1] as CharClass;
}

/**
 * What is known about one written word form: its matching key, and readings
 * derived from the key, filled in on first use. One object per distinct form
 * (kept in a bounded memo), so a stage reads a reading as a property instead of
 * hashing the key into a string-keyed memo on every call. Every field is a pure
 * function of the form, so sharing the objects changes no result.
 */
export interface WordInfo {
  readonly norm: string;
  prefix?: readonly CliticAnalysis[];
  full?: readonly CliticAnalysis[];
  fullVerb?: readonly CliticAnalysis[];
  translit?: string;
  /** `translitKey` of each `prefix` reading's stem, in the same order. */
  prefixTranslit?: readonly string[];
  /** The readings a stage sees (see ReadingCache.get), with and without verb readings. */
  readingsVerb?: readonly CliticAnalysis[];
  readingsNoun?: readonly CliticAnalysis[];
  /**
   * Facts later stages keep about this form: FormFact k's owner in `ok` and
   * its value in `vk`, on the object itself (see FormFact). Slots past the
   * inline ones keep FormFact k's owner at 2(k - INLINE_FACTS) of `facts` and
   * its value after it.
   */
  o0?: object;
  v0?: unknown;
  o1?: object;
  v1?: unknown;
  o2?: object;
  v2?: unknown;
  o3?: object;
  v3?: unknown;
  o4?: object;
  v4?: unknown;
  o5?: object;
  v5?: unknown;
  o6?: object;
  v6?: unknown;
  o7?: object;
  v7?: unknown;
  facts?: unknown[];
  /** The word-form memo's generation this form was last asked for in (see WordTable). */
  gen: number;
}
/**
 * The word forms' memo: each written form (up to 40 code units) to its shared
 * WordInfo, holding at most `limit` forms.
 *
 * Speed: this is asked once per token, and a `Map<string, WordInfo>` look-up
 * first needed the token's text cut out of the document (a new string, which
 * V8 then hashed) and then several dependent memory loads, mostly cache misses
 * on a table of 100,000 forms. Here the form is hashed and compared in place in
 * the document's text, key and WordInfo sit side by side in one array (one
 * cache line), and a form seen before gives its kept key as the token's text,
 * so most tokens allocate no string at all. The kept key equals the text it
 * stands for, so no result changes.
 *
 * Which forms it keeps: each form carries the generation it was last asked for
 * in, and a new generation starts every `limit / GENERATIONS` forms asked for
 * (new ones, and ones not asked for yet in the current generation). Only when
 * the table is full are the oldest generations dropped, down to a generation's
 * worth of room: the table stays nearly full, and what goes is what was asked
 * for least recently. (Dropping the whole older half at each turnover, as `Memo`
 * does, kept the table only 50,000 to 100,000 forms full, fewer than the 86,800
 * forms of 1,500 SaudiNewsNet articles, so most forms, with every fact kept on
 * them, were computed again on each pass.)
 */
class WordTable {
  // 2.5 × the bound in slots at least, a power of two: at most 0.4 full, so a probe seldom goes past its first slot
  private readonly mask: number;
  /** Slot s holds the form's text at 2s and its WordInfo at 2s + 1 (undefined: empty). */
  private readonly slots: (string | WordInfo | undefined)[];
  /**
   * Each slot's hash and generation (a copy of its WordInfo's gen), so that an
   * eviction finds and moves the forms it keeps without reading their text or
   * their WordInfo again.
   */
  private readonly hashes: Int32Array;
  private readonly gens: Int32Array;
  private gen = 1;
  /** Forms asked for (or added) in the current generation. */
  private young = 0;
  /** Forms in the table. */
  private size = 0;
  private readonly limit: number;
  private readonly period: number;

  constructor(limit: number) {
    this.limit = Math.max(1, limit);
    this.period = Math.max(1, Math.floor(limit / GENERATIONS));
    let cap = 16;
    while (cap < 2.5 * limit) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Array<string | WordInfo | undefined>(2 * cap).fill(undefined);
    this.hashes = new Int32Array(cap);
    this.gens = new Int32Array(cap);
  }

  /**
   * Reads the first slot a hash `h` (hashUnits) lands on, its text's length and its
   * WordInfo's generation, and returns a number made of them: a read ahead of `get`
   * that brings those into the cache (see tokenizeWithInfo). Changes nothing.
   */
  touch(h: number): number {
    const s = h & this.mask;
    const key = this.slots[2 * s] as string | undefined;
    if (key === undefined) return 0;
    return key.length + (this.slots[2 * s + 1] as WordInfo).gen;
  }

  /** The WordInfo of the form text[start, end), whose hashUnits is `h`; `lastKey` is then the kept string of that form. */
  get(text: string, start: number, end: number, h: number): WordInfo {
    const len = end - start;
    const slots = this.slots;
    let s = h & this.mask;
    for (;;) {
      const key = slots[2 * s] as string | undefined;
      if (key === undefined) break;
      if (key.length === len && sameUnits(key, text, start)) {
        const info = slots[2 * s + 1] as WordInfo;
        if (info.gen !== this.gen) {
          info.gen = this.gen;
          this.gens[s] = this.gen;
          this.counted();
        }
        lastKey = key;
        return info;
      }
      s = (s + 1) & this.mask;
    }
    const key = text.slice(start, end);
    const info = newWordInfo(computeKey(key));
    if (this.size >= this.limit) {
      this.evict();
      s = h & this.mask;
      while (slots[2 * s] !== undefined) s = (s + 1) & this.mask;
    }
    info.gen = this.gen;
    slots[2 * s] = key;
    slots[2 * s + 1] = info;
    this.hashes[s] = h;
    this.gens[s] = this.gen;
    this.size++;
    this.counted();
    lastKey = key;
    return info;
  }

  /** One more form asked for in the current generation; a full one makes way for the next. */
  private counted(): void {
    if (++this.young < this.period) return;
    this.gen++;
    this.young = 0;
  }

  /** Drops the forms of the oldest generations, until a generation's worth of forms fits again. */
  private evict(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    const gens = this.gens;
    // forms per age in generations (the oldest ones together in the last count)
    const counts = new Int32Array(MAX_AGE + 1);
    for (let s = 0; s < gens.length; s++) {
      if (slots[2 * s] === undefined) continue;
      const age = Math.min(MAX_AGE, this.gen - (gens[s] as number));
      counts[age] = (counts[age] as number) + 1;
    }
    // the youngest ages that fit in the room left for them
    const room = this.limit - this.period;
    let kept = 0;
    let oldestKept = 0;
    while (oldestKept <= MAX_AGE && kept + (counts[oldestKept] as number) <= room) kept += counts[oldestKept++] as number;
    const youngestDropped = this.gen - oldestKept;
    // the forms kept, set aside; then the table is cleared in place and they go back in
    // (allocating a new table of 2^19 entries at each eviction showed as 0.5% of extraction)
    const keys: string[] = [];
    const infos: WordInfo[] = [];
    const hs: number[] = [];
    const gs: number[] = [];
    for (let s = 0; s < gens.length; s++) {
      const key = slots[2 * s] as string | undefined;
      if (key === undefined || (gens[s] as number) <= youngestDropped) continue;
      keys.push(key);
      infos.push(slots[2 * s + 1] as WordInfo);
      hs.push(hashes[s] as number);
      gs.push(gens[s] as number);
    }
    slots.fill(undefined);
    for (let k = 0; k < keys.length; k++) this.put(keys[k] as string, infos[k] as WordInfo, hs[k] as number, gs[k] as number);
    this.size = keys.length;
  }

  private put(key: string, info: WordInfo, h: number, gen: number): void {
    let s = h & this.mask;
    while (this.slots[2 * s] !== undefined) s = (s + 1) & this.mask;
    this.slots[2 * s] = key;
    this.slots[2 * s + 1] = info;
    this.hashes[s] = h;
    this.gens[s] = gen;
  }
}
// A generation is a tenth of the bound: an eviction keeps nine tenths of it at least.
const GENERATIONS = 10;
// ages past this many generations are dropped first, all together
const MAX_AGE = 1023;

/** FNV-1a over UTF-16 code units, with a final mix so that the low bits (the slot) depend on every unit (a 32-bit integer). */
function hashUnits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// Twice the default bound: a day of news has more distinct forms (86,800 in 1,500
// SaudiNewsNet articles) than the default keeps, and a form dropped from the memo
// loses every fact kept on its WordInfo (readings, name, trigger and clause facts),
// all computed again, about 15 µs a form, when it comes back. Kept nearly full (see
// WordTable), it holds every form of those 1,500 articles, so a later pass over them
// makes no WordInfo (65,700 a pass when it held 50,000 to 100,000 forms), and over
// fresh articles it makes 31% fewer (48,000 -> 33,000 per 2,000 articles), for about
// 30 MB more retained heap on average; the most it can hold is the same.
const WORD_MEMO = new WordTable(100_000);
/** The kept text of the form WORD_MEMO.get answered last (the token's text). */
let lastKey = "";

let nextFactSlot = 0;
// the facts kept on a WordInfo's own fields (o0/v0 ... o7/v7); more go to its `facts` array
const INLINE_FACTS = 8;

/**
 * A fact that depends only on a written word form and on an owner (the
 * compiled lexicon, or the table of it that answered): whether the form starts
 * a trigger, a name or a clause, how it reads as a verb. It is kept on the
 * form's WordInfo, so it is computed once per form rather than once per
 * occurrence, and tagged with its owner, so that two extractors with different
 * lexicons never share an answer (the later one recomputes and keeps its own).
 */
export class FormFact<T> {
  private readonly slot = nextFactSlot++;

  /** The kept fact, or undefined when this form has none for this owner yet. */
  get(info: WordInfo | undefined, owner: object): T | undefined {
    if (info === undefined) return undefined;
    // Speed: a fact read is one load from the WordInfo already in hand. Kept in
    // an array hung off it, each read cost two more dependent loads (the array,
    // then its elements), and these reads (several per token) stalled on them.
    switch (this.slot) {
      case 0:
        return info.o0 === owner ? (info.v0 as T) : undefined;
      case 1:
        return info.o1 === owner ? (info.v1 as T) : undefined;
      case 2:
        return info.o2 === owner ? (info.v2 as T) : undefined;
      case 3:
        return info.o3 === owner ? (info.v3 as T) : undefined;
      case 4:
        return info.o4 === owner ? (info.v4 as T) : undefined;
      case 5:
        return info.o5 === owner ? (info.v5 as T) : undefined;
      case 6:
        return info.o6 === owner ? (info.v6 as T) : undefined;
      case 7:
        return info.o7 === owner ? (info.v7 as T) : undefined;
      default: {
        const facts = info.facts;
        if (facts === undefined) return undefined;
        const at = 2 * (this.slot - INLINE_FACTS);
        return facts[at] === owner ? (facts[at + 1] as T) : undefined;
      }
    }
  }

  set(info: WordInfo | undefined, owner: object, value: T): T {
    if (info === undefined) return value;
    switch (this.slot) {
      case 0:
        info.o0 = owner;
        info.v0 = value;
        break;
      case 1:
        info.o1 = owner;
        info.v1 = value;
        break;
      case 2:
        info.o2 = owner;
        info.v2 = value;
        break;
      case 3:
        info.o3 = owner;
        info.v3 = value;
        break;
      case 4:
        info.o4 = owner;
        info.v4 = value;
        break;
      case 5:
        info.o5 = owner;
        info.v5 = value;
        break;
      case 6:
        info.o6 = owner;
        info.v6 = value;
        break;
      case 7:
        info.o7 = owner;
        info.v7 = value;
        break;
      default: {
        const facts = (info.facts ??= []);
        const at = 2 * (this.slot - INLINE_FACTS);
        facts[at] = owner;
        facts[at + 1] = value;
      }
    }
    return value;
  }
}
/**
 * Every field is there from the start, in one order, whichever stage fills it
 * first: WordInfo objects then share one hidden class, and the stages' reads of
 * them stay monomorphic instead of going through V8's megamorphic lookups.
 */
function newWordInfo(norm: string): WordInfo {
  return {
    norm,
    // beside norm, in the same cache line: the word-form memo reads both on every token
    gen: 0,
    prefix: undefined,
    full: undefined,
    fullVerb: undefined,
    translit: undefined,
    prefixTranslit: undefined,
    readingsVerb: undefined,
    readingsNoun: undefined,
    o0: undefined,
    v0: undefined,
    o1: undefined,
    v1: undefined,
    o2: undefined,
    v2: undefined,
    o3: undefined,
    v3: undefined,
    o4: undefined,
    v4: undefined,
    o5: undefined,
    v5: undefined,
    o6: undefined,
    v6: undefined,
    o7: undefined,
    v7: undefined,
    facts: undefined,
  };
}
// A mark's key is itself: its WordInfo is shared like a word's (a pure function
// of the text), rather than a new object for every comma of every document.
const MARK_MEMO = new Memo<WordInfo>(1_000);
// A mark of one code unit (، . " «: most of them) finds its WordInfo by its code, without hashing
// it into MARK_MEMO. Filled, so that V8 keeps the array's elements flat (a sparse one goes to a dictionary).
const MARK_BY_CODE: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(0x10000).fill(undefined);
function markInfo(t: string): WordInfo {
  if (t.length !== 1) return t.length <= 40 ? MARK_MEMO.get(t, newWordInfo) : newWordInfo(t);
  const code = t.charCodeAt(0);
  return (MARK_BY_CODE[code] ??= MARK_MEMO.get(t, newWordInfo));
}
// the WordInfo memo keeps the key: going through the key memo too would only add a miss per new form
const makeWordInfo = (text: string): WordInfo => newWordInfo(computeKey(text));

/** An Arabic or Latin comma: the punctuation that sets off a phrase without ending the clause's reach. */
export function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "،" || t.text === ",");
}

/**
 * Split text into word, number and punctuation tokens. Diacritics, tatweel and
 * zero-width marks stay inside the word they decorate.
 */
export function tokenize(text: string): Token[] {
  return tokenizeWithInfo(text).tokens;
}

/** `tokenize`, with the `WordInfo` of each token (same index). */
export function tokenizeWithInfo(text: string): { tokens: Token[]; infos: WordInfo[] } {
  // Speed: first the token boundaries of the whole text, then each word's hash and a
  // read of the memo slot it lands on, then the tokens. Finding a word's WordInfo is
  // mostly waiting for memory (its slot, its kept text, the WordInfo: three cache misses
  // in a row for a word not seen lately); one at a time, each token waited for all
  // three. The middle pass is a short loop of reads that do not depend on each other,
  // so the processor has many words' misses in flight at once and the last pass finds
  // them in the cache. The tokens are the same.
  let count = 0;
  let i = 0;
  const n = text.length;
  const push = (start: number, end: number, kind: number): void => {
    if (count === spanStarts.length) growSpans();
    spanStarts[count] = start;
    spanEnds[count] = end;
    spanKinds[count] = kind;
    count++;
  };
  while (i < n) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const cls = classAt(text, i, cp, w);
    if (cls === "space") {
      i += w;
      continue;
    }
    if (cls === "ar" || cls === "latin" || cls === "mark") {
      const start = i;
      const kind: TokenKind = cls === "latin" ? "latin" : "word";
      // ة ends every word it is in: a letter after it starts the next word, which a lost space
      // glued on (الطائرات الليبيةجددت الحكومة)
      let afterTaMarbuta = cp === 0x629;
      i += w;
      while (i < n) {
        const c2p = text.codePointAt(i) ?? 0;
        const w2 = c2p > 0xffff ? 2 : 1;
        const k2 = classAt(text, i, c2p, w2);
        if (afterTaMarbuta && k2 === "ar") break;
        if (k2 !== "mark") afterTaMarbuta = c2p === 0x629;
        if (k2 === "mark" || k2 === cls || (kind === "word" && k2 === "ar") || (kind === "latin" && (k2 === "latin" || k2 === "digit"))) {
          i += w2;
          continue;
        }
        // apostrophes and hyphens inside Latin words (O'Neil, Jean-Yves)
        if (kind === "latin" && (c2p === 0x27 || c2p === 0x2d) && i + 1 < n && classify(text[i + 1] ?? "") === "latin") {
          i += 1;
          continue;
        }
        break;
      }
      push(start, i, kind === "latin" ? KIND_LATIN : KIND_WORD);
      continue;
    }
    if (cls === "digit") {
      const start = i;
      i += w;
      while (i < n) {
        const c2 = text[i] ?? "";
        if (DIGIT.test(c2)) {
          i += 1;
          continue;
        }
        // decimal and thousands separators between digits
        if ((c2 === "." || c2 === "," || c2 === "\u066B" || c2 === "\u066C") && DIGIT.test(text[i + 1] ?? "")) {
          i += 1;
          continue;
        }
        break;
      }
      push(start, i, KIND_NUMBER);
      continue;
    }
    // punctuation: runs of the same mark (... or !!) form one token
    const start = i;
    i += w;
    if (cls === "punct") {
      const ch = text.slice(start, i);
      while (i < n && text[i] === ch) i += 1;
    }
    push(start, i, cls === "punct" ? KIND_PUNCT : KIND_SYMBOL);
  }
  // each memo word's hash, and a read of what its slot holds (see above)
  let touched = 0;
  for (let k = 0; k < count; k++) {
    const kind = spanKinds[k] as number;
    const start = spanStarts[k] as number;
    const end = spanEnds[k] as number;
    if (kind >= KIND_PUNCT || end - start > 40) continue;
    const h = hashUnits(text, start, end);
    spanHashes[k] = h;
    touched += WORD_MEMO.touch(h);
  }
  touchSink = touched;
  const tokens: Token[] = [];
  const infos: WordInfo[] = [];
  for (let k = 0; k < count; k++) {
    const kind = spanKinds[k] as number;
    const start = spanStarts[k] as number;
    const end = spanEnds[k] as number;
    let t: string;
    let info: WordInfo;
    if (kind >= KIND_PUNCT) {
      t = text.slice(start, end);
      info = markInfo(t);
    } else if (end - start <= 40) {
      // the memo's kept text of the form: no new string for a form seen before
      info = WORD_MEMO.get(text, start, end, spanHashes[k] as number);
      t = lastKey;
    } else {
      t = text.slice(start, end);
      info = makeWordInfo(t);
    }
    tokens.push({ index: k, start, end, text: t, norm: info.norm, kind: KINDS[kind] as TokenKind });
    infos.push(info);
  }
  // a huge text's spans are not kept for the texts after it (memory stays flat)
  if (spanStarts.length > SPANS_KEPT) resetSpans();
  return { tokens, infos };
}

// token kinds while tokenizing (marks last: KIND_PUNCT and above have no memo entry)
const KIND_WORD = 0;
const KIND_LATIN = 1;
const KIND_NUMBER = 2;
const KIND_PUNCT = 3;
const KIND_SYMBOL = 4;
const KINDS: readonly TokenKind[] = ["word", "latin", "number", "punct", "symbol"];
// the current text's token spans, reused from text to text (grown when a text has more tokens)
const SPANS_KEPT = 1 << 16;
let spanStarts = new Int32Array(4096);
let spanEnds = new Int32Array(4096);
let spanHashes = new Int32Array(4096);
let spanKinds = new Uint8Array(4096);
function resetSpans(): void {
  spanStarts = new Int32Array(4096);
  spanEnds = new Int32Array(4096);
  spanHashes = new Int32Array(4096);
  spanKinds = new Uint8Array(4096);
}
function growSpans(): void {
  const size = 2 * spanStarts.length;
  const grow = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
    b.set(a);
    return b;
  };
  spanStarts = grow(spanStarts, new Int32Array(size));
  spanEnds = grow(spanEnds, new Int32Array(size));
  spanHashes = grow(spanHashes, new Int32Array(size));
  spanKinds = grow(spanKinds, new Uint8Array(size));
}
/** Where the reads of the memo's slots go, so that the compiler keeps them. */
export let touchSink = 0;

/** One way to read a word as proclitics + stem + enclitic. */
export interface CliticAnalysis {
  /** Proclitics in normalised form, e.g. "و", "وب", "لل" (ل + the article). */
  readonly prefix: string;
  /** The stem as a normalised key; the article ال stays on the stem. */
  readonly stem: string;
  /** Enclitic pronoun or case ending stripped from the end ("ه", "ها", "ا"). */
  readonly suffix: string;
  /** Number of normalised characters removed from the front. */
  readonly prefixLength: number;
}

const CONJ = ["و", "ف"];
const PREP = ["ب", "ك", "ل"];
// Third-person and first-plural object pronouns only: ك and ي would read هناك as
// هنأ + ك and صيني as صين + ي, and news rarely addresses "you" or "me".
const PRONOUN_SUFFIXES = ["هما", "هم", "هن", "نا", "ها", "ه"];
const MIN_STEM = 2;

/**
 * Readings of a normalised word, most literal first: the whole word, then
 * with conjunction and preposition clitics removed. ل + ال is written لل, so
 * للصين is read as ل + الصين. Callers prefer the first reading a lexicon
 * knows, which keeps بكين whole instead of ب + كين.
 */
export function prefixReadings(norm: string): readonly CliticAnalysis[] {
  if (norm === lastPrefixNorm) return lastPrefixReadings;
  // a small direct-mapped table before the memo: the stages ask about the same few
  // hundred words of a document (its tokens' keys) again and again, and a slot found by
  // the key's length and three of its letters costs less than the memo's hash look-up
  const n = norm.length;
  const slot = n === 0 ? 0 : (n * 0x9e3 + norm.charCodeAt(0) * 0x3b + norm.charCodeAt(n - 1) * 0x1f + norm.charCodeAt(n >> 1)) & (PREFIX_SLOTS - 1);
  if (PREFIX_SLOT_KEYS[slot] === norm) lastPrefixReadings = PREFIX_SLOT_VALUES[slot] as readonly CliticAnalysis[];
  else {
    lastPrefixReadings = PREFIX_MEMO.get(norm, computePrefixReadings);
    PREFIX_SLOT_KEYS[slot] = norm;
    PREFIX_SLOT_VALUES[slot] = lastPrefixReadings;
  }
  lastPrefixNorm = norm;
  return lastPrefixReadings;
}
const PREFIX_SLOTS = 4096;
// filled, so that V8 keeps both arrays flat and of one elements kind
const PREFIX_SLOT_KEYS: (string | undefined)[] = new Array<string | undefined>(PREFIX_SLOTS).fill(undefined);
const PREFIX_SLOT_VALUES: (readonly CliticAnalysis[] | undefined)[] = new Array<readonly CliticAnalysis[] | undefined>(PREFIX_SLOTS).fill(undefined);
// A third of the calls ask about the same word as the call before (the stages
// test one token several ways in a row): the last answer is checked before the
// memo's hash table. It is the memo's own answer, so nothing changes.
let lastPrefixNorm: string | undefined;
let lastPrefixReadings: readonly CliticAnalysis[] = [];
const PREFIX_MEMO = new Memo<readonly CliticAnalysis[]>();
function computePrefixReadings(norm: string): readonly CliticAnalysis[] {
  const out: CliticAnalysis[] = [{ prefix: "", stem: norm, suffix: "", prefixLength: 0 }];
  // at most six readings: a scan of them costs less than a set of the stems
  const add = (prefix: string, stem: string, prefixLength: number): void => {
    if (stem.length < MIN_STEM || hasStem(out, stem)) return;
    out.push({ prefix, stem, suffix: "", prefixLength });
  };
  const afterConj = (c: string, rest: string): void => {
    if (c) add(c, rest, c.length);
    if (rest.startsWith("لل") && rest.length > 3) {
      // ل + ال: the alef of the article is dropped in writing
      add(c + "لل", "ال" + rest.slice(2), c.length + 1);
      return;
    }
    for (const p of PREP) {
      if (rest.startsWith(p) && rest.length > p.length + 1) add(c + p, rest.slice(p.length), c.length + p.length);
    }
  };
  afterConj("", norm);
  for (const c of CONJ) if (norm.startsWith(c) && norm.length > c.length + 1) afterConj(c, norm.slice(c.length));
  return out;
}

function hasStem(readings: readonly CliticAnalysis[], stem: string): boolean {
  for (let k = 0; k < readings.length; k++) if ((readings[k] as CliticAnalysis).stem === stem) return true;
  return false;
}

/** Readings with a trailing pronoun or accusative alef removed as well. */
export function fullReadings(norm: string, options: { verbs?: boolean } = {}): readonly CliticAnalysis[] {
  return (options.verbs ? FULL_VERB_MEMO : FULL_MEMO).get(norm, (n) => computeFullReadings(n, options.verbs === true));
}
const FULL_MEMO = new Memo<readonly CliticAnalysis[]>();
const FULL_VERB_MEMO = new Memo<readonly CliticAnalysis[]>();
// the future prefix سـ and the letters a present-tense stem starts with after it
const SEEN_LETTER = 0x0633;
const FUTURE_NEXT = "يتنا";

/**
 * `fullReadings` without the memo, for a caller that keeps the readings of each
 * word form itself (ReadingCache, on its WordInfo): nearly every form it asks
 * about is new, and a memo miss costs more than the readings. Such a caller
 * passes the form's `prefixReadings` it already keeps, saving a memo look-up.
 */
export function computeFullReadings(norm: string, verbs: boolean, prefix: readonly CliticAnalysis[] = prefixReadings(norm)): readonly CliticAnalysis[] {
  // built in one array, without the copies and per-stem arrays: this runs for every new word form
  const out: CliticAnalysis[] = [...prefix];
  if (verbs) {
    // future سـ on present-tense forms: سيلتقي → يلتقي
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const r = out[k] as CliticAnalysis;
      if (r.stem.length > 3 && r.stem.charCodeAt(0) === SEEN_LETTER && FUTURE_NEXT.includes(r.stem.charAt(1))) out.push({ prefix: r.prefix + "س", stem: r.stem.slice(1), suffix: "", prefixLength: r.prefixLength + 1 });
    }
  }
  const base = out.length;
  const add = (r: CliticAnalysis, stem: string, suffix: string): void => {
    if (!hasStem(out, stem)) out.push({ prefix: r.prefix, stem, suffix, prefixLength: r.prefixLength });
  };
  for (let k = 0; k < base; k++) {
    const r = out[k] as CliticAnalysis;
    for (const suf of PRONOUN_SUFFIXES) {
      if (!r.stem.endsWith(suf)) continue;
      const stem = r.stem.slice(0, -suf.length);
      if (stem.length < MIN_STEM + 1) continue;
      add(r, stem, suf);
      // ة is written ت before a suffix (زيارته), final ى is written ا (التقاه)
      if (stem.endsWith("ت")) add(r, stem.slice(0, -1) + "ه", suf);
      else if (stem.endsWith("ا")) add(r, stem.slice(0, -1) + "ي", suf);
      else if (stem.endsWith("و")) add(r, stem + "ا", suf);
      // a final hamza takes a seat before a suffix (لقائه، لقاؤه، أعضائها): لقاء
      else if (stem.length > 3 && (stem.endsWith("ائ") || stem.endsWith("اؤ"))) add(r, stem.slice(0, -1) + "ء", suf);
    }
    // indefinite accusative: دعما، اتصالا (tanween alef)
    if (r.stem.endsWith("ا") && r.stem.length > 3) add(r, r.stem.slice(0, -1), "ا");
    // the article on nouns: الاتصال → اتصال
    if (r.stem.startsWith("ال") && r.stem.length > 4) {
      const s = r.stem.slice(2);
      if (!hasStem(out, s)) out.push({ prefix: r.prefix + "ال", stem: s, suffix: "", prefixLength: r.prefixLength + 2 });
    }
  }
  return out;
}
/**
 * Map a count of normalised characters at the front of a token back to an
 * offset in the token's original text (diacritics and tatweel are skipped).
 */
export function originalOffset(tokenText: string, normChars: number): number {
  let seen = 0;
  let i = 0;
  while (i < tokenText.length && seen < normChars) {
    const cp = tokenText.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const ch = tokenText.slice(i, i + w);
    if (!isIgnorable(ch)) seen += normalizeKey(ch).length || 0;
    i += w;
  }
  // skip marks that decorate the last stripped letter
  while (i < tokenText.length && isIgnorable(tokenText[i] ?? "")) i += 1;
  return i;
}
