/**
 * Arabic normalisation for matching. The original text is never rewritten:
 * `normalizeWithMap` returns the normalised string plus, for every normalised
 * UTF-16 unit, the offset of the original unit it came from, so a match in the
 * normalised string maps back to an exact span of the original.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
const TATWEEL = "\u0640";

/** Characters removed from matching keys: harakat, Quranic marks, tatweel, bidi and zero-width marks. */
export function isIgnorable(ch: string): boolean {
  return (
    ch === TATWEEL ||
    DIACRITIC.test(ch) ||
    ch === "\u200B" ||
    ch === "\u200C" ||
    ch === "\u200D" ||
    ch === "\u200E" ||
    ch === "\u200F" ||
    ch === "\u061C" ||
    ch === "\uFEFF" ||
    (ch >= "\u202A" && ch <= "\u202E") ||
    (ch >= "\u2066" && ch <= "\u2069")
  );
}

const FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0672": "\u0627",
  "\u0673": "\u0627",
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian yeh → ي
  "\u06D2": "\u064A",
  "\u0629": "\u0647", // ة → ه
  "\u06C0": "\u0647",
  "\u06A9": "\u0643", // Persian keheh → ك
  "\u06AA": "\u0643",
  "\u06AF": "\u063A", // gaf → غ (as in Persian/Urdu names)
  "\u0686": "\u062C", // tcheh → ج
  "\u067E": "\u0628", // peh → ب
  "\u06A4": "\u0641", // veh → ف
  "\u0698": "\u0632", // jeh → ز
  "\u060C": ",", // Arabic comma
  "\u061B": ";",
  "\u061F": "?",
  "\u066B": ".", // Arabic decimal separator
  "\u066C": ",", // Arabic thousands separator
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Arabic-Indic and Extended (Persian) digits → ASCII
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  const f = FOLD[ch];
  if (f !== undefined) return f;
  // Latin: lower-case so English names and acronyms meet
  if (code < 0x80) return ch.toLowerCase();
  return ch;
}

/** Presentation forms and compatibility characters need NFKC before folding. */
function needsNfkc(code: number): boolean {
  return (
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f && code !== 0x200c && code !== 0x200d)
  );
}

export interface Normalized {
  /** The normalised string. */
  readonly text: string;
  /**
   * map[i] = offset in the original of the unit that produced normalised unit i;
   * map[text.length] = original length, so [map[s], map[e]) is a span for [s, e).
   */
  readonly map: Int32Array;
}

/** Normalise one code point (as a string of 1-2 units) to its matching key. */
function normalizeCodePoint(cp: string, out: string[]): void {
  const code = cp.codePointAt(0) ?? 0;
  const expanded = needsNfkc(code) ? cp.normalize("NFKC") : cp;
  for (const ch of expanded) {
    if (isIgnorable(ch)) continue;
    // NFKC may yield Arabic letters with combining hamza (e.g. ﺃ → ا + ٔ) in some forms; recompose
    out.push(foldChar(ch));
  }
}

/**
 * Speed: the folded form of each code point is computed once and kept (a few
 * hundred distinct code points occur in practice), and the keys of frequent
 * words are remembered. Both are pure functions of their input, so the caches
 * change no result.
 */
const CODE_POINT_CACHE = new Map<number, string>();
// the BMP (every Arabic letter) by index: one array read per character instead of a hash lookup
const BMP_FOLDED: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
function folded(code: number, cp: string): string {
  if (code <= 0xffff) {
    let v = BMP_FOLDED[code];
    if (v === undefined) {
      const out: string[] = [];
      normalizeCodePoint(cp, out);
      v = out.join("");
      BMP_FOLDED[code] = v;
    }
    return v;
  }
  let v = CODE_POINT_CACHE.get(code);
  if (v === undefined) {
    const out: string[] = [];
    normalizeCodePoint(cp, out);
    v = out.join("");
    CODE_POINT_CACHE.set(code, v);
  }
  return v;
}

/** `folded` of the code point at offset i of s, without cutting the character out unless it is new. */
function foldedAt(s: string, i: number, code: number, width: number): string {
  if (width === 1) {
    const v = BMP_FOLDED[code];
    if (v !== undefined) return v;
    return folded(code, s[i] as string);
  }
  return folded(code, s.slice(i, i + width));
}

/**
 * A bounded memo, so memory stays flat on any input. The default bound keeps
 * the head of news vocabulary (a day of articles has a few tens of thousands of
 * word forms) while all memos together stay well inside the memory budget: at
 * 200,000 entries each they held about 190 MB after 2,000 articles.
 *
 * Entries live in two generations of at most half the bound each: new entries
 * go to the young one; when it is full it becomes the old one and the former
 * old one is dropped; an old entry that is asked for again moves back to the
 * young one. Frequent words therefore survive every turnover, where clearing
 * the whole memo when full made every word form (and every fact kept on its
 * WordInfo) be computed again after each clear.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly half: number;
  constructor(limit = 50_000) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  /** Every entry, to save and prime another process's memo with (see primeKeyTables). */
  entries(): [string, V][] {
    const all = new Map(this.old);
    for (const [k, v] of this.young) all.set(k, v);
    return [...all];
  }

  prime(entries: readonly (readonly [string, V])[]): void {
    for (const [k, v] of entries) {
      if (this.young.size >= this.half) {
        // priming never drops what it has put in: stop when both generations are full
        if (this.old.size > 0) return;
        this.turn();
      }
      this.young.set(k, v);
    }
  }

  get(key: string, make: (key: string) => V): V {
    let v = this.young.get(key);
    if (v !== undefined) return v;
    v = this.old.get(key);
    if (v === undefined) v = make(key);
    if (this.young.size >= this.half) this.turn();
    this.young.set(key, v);
    return v;
  }

  private turn(): void {
    this.old = this.young;
    this.young = new Map<string, V>();
  }
}

/**
 * What a code unit that is a whole code point (not a surrogate) folds to, as one
 * number: the single unit it becomes, DROPPED when it folds to nothing (a
 * diacritic, tatweel), SEVERAL when to more than one unit or to a surrogate (a
 * ligature), UNKNOWN when not asked about yet. Filled from `foldedAt` on first
 * sight of each unit, so it answers what `foldedAt` does.
 */
const UNKNOWN = -1;
const DROPPED = -2;
const SEVERAL = -3;
const FOLDED_UNIT = new Int32Array(0x10000).fill(UNKNOWN);
function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}
function foldedUnit(original: string, i: number, unit: number): number {
  const piece = foldedAt(original, i, unit, 1);
  const f = piece.length === 0 ? DROPPED : piece.length === 1 && !isSurrogate(piece.charCodeAt(0)) ? piece.charCodeAt(0) : SEVERAL;
  FOLDED_UNIT[unit] = f;
  return f;
}

export function normalizeWithMap(original: string): Normalized {
  // Speed: the map and the normalised code units are typed arrays sized for one
  // unit per original unit (the common case), grown only when a ligature
  // expands; the text is decoded from the units at the end. Concatenating a
  // piece per character made a string object per character, which the
  // collector then had to clear. Nearly every character folds to one unit or to
  // none, read from FOLDED_UNIT by its code; only the others (surrogates,
  // ligatures) go through their folded piece.
  let map: Int32Array = new Int32Array(original.length + 1);
  let units: Uint16Array = new Uint16Array(original.length + 1);
  let len = 0;
  let i = 0;
  // a surrogate written: the units then go through unitsToString, which keeps a lone one
  let surrogates = false;
  while (i < original.length) {
    const unit = original.charCodeAt(i);
    if (!isSurrogate(unit)) {
      let f = FOLDED_UNIT[unit] as number;
      if (f === UNKNOWN) f = foldedUnit(original, i, unit);
      if (f === DROPPED) {
        i++;
        continue;
      }
      if (f !== SEVERAL) {
        // (a grown map has room for this unit: see below)
        if (len + 1 >= map.length) [map, units] = grow(map, units, 1);
        map[len] = i;
        units[len++] = f;
        i++;
        continue;
      }
    }
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const piece = foldedAt(original, i, code, width);
    if (len + piece.length >= map.length) [map, units] = grow(map, units, piece.length);
    for (let k = 0; k < piece.length; k++) {
      map[len] = i;
      const c = piece.charCodeAt(k);
      if (isSurrogate(c)) surrogates = true;
      units[len++] = c;
    }
    i += width;
  }
  map[len] = original.length;
  // a view of the units written, not a copy of them (the map is only read)
  return { text: surrogates ? unitsToString(units, len) : UTF16.decode(units.subarray(0, len)), map: map.subarray(0, len + 1) };
}

/** The map and units, copied into arrays with room for `more` units and as many again. */
function grow(map: Int32Array, units: Uint16Array, more: number): [Int32Array, Uint16Array] {
  const grown = new Int32Array(2 * map.length + more + 1);
  grown.set(map);
  const grownUnits = new Uint16Array(grown.length);
  grownUnits.set(units);
  return [grown, grownUnits];
}

// Decodes units without surrogates several times faster than fromCharCode does, and to the
// same string (it would replace a lone surrogate; with ignoreBOM it keeps a leading U+FEFF)
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

// fromCharCode takes its units as arguments: chunks keep the call within the stack
const DECODE_CHUNK = 8192;

/** The string of the first n UTF-16 units (lone surrogates kept as they are). */
function unitsToString(units: Uint16Array, n: number): string {
  if (n <= DECODE_CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < n; k += DECODE_CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + DECODE_CHUNK)) as unknown as number[]));
  return parts.join("");
}

/** Matching key of a short string (a lexicon form or a token): no offsets needed. */
export function normalizeKey(s: string): string {
  return s.length <= 40 ? KEY_MEMO.get(s, computeKey) : computeKey(s);
}
const KEY_MEMO = new Memo<string>();
/** `normalizeKey` without the memo, for callers that keep the key themselves (a word form's WordInfo). */
export function computeKey(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    out += foldedAt(s, i, code, width);
    i += width;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Does the string contain Arabic presentation forms (which never match real text)? */
export function hasPresentationForms(s: string): boolean {
  return /[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

/**
 * Transliteration key: lets variant spellings of foreign names meet
 * (وانغ/وانج/وان, سيرجي/سيرغي, جينبينغ/جين بينغ). Applied per word, then joined
 * without spaces. Only for names of foreign origin: it is deliberately lossy.
 */
export function translitKey(s: string): string {
  return TRANSLIT_MEMO.get(s, computeTranslitKey);
}
const TRANSLIT_MEMO = new Memo<string>();

/**
 * Letters that transliteration spells either way, each to one representative:
 * غ ق ك → ج, ث → س, ذ ظ → ز, ط → ت, ض → د, ح → ه. No representative is itself
 * mapped, so one lookup per letter gives what applying the groups one after
 * another would.
 */
const TRANSLIT_LETTER = new Uint16Array(0x100);
for (const [from, to] of [
  ["غقك", "ج"],
  ["ث", "س"],
  ["ذظ", "ز"],
  ["ط", "ت"],
  ["ض", "د"],
  ["ح", "ه"],
] as const) {
  for (const c of from) TRANSLIT_LETTER[c.charCodeAt(0) - 0x0600] = to.charCodeAt(0);
}
const NOON = 0x0646;
const JEEM = 0x062c;
const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;

/**
 * `translitKey` without the memo, for a caller that keeps the key of each word
 * form itself (ReadingCache, on its WordInfo): most forms it asks about are
 * new, and a memo miss costs more than computing the key.
 */
export function computeTranslitKey(s: string): string {
  // the key memo would only add a miss per call too
  return translitOfKey(computeKey(s));
}

/**
 * `computeTranslitKey` of a string that is already a matching key (a token's
 * `norm`, or a stem cut from one): computeKey leaves every key as it is (checked
 * for every code point), so computing it again would only cost time.
 */
export function translitOfKey(key: string): string {
  let out = "";
  // word by word over the key's units, without split: its arrays (cached copies
  // of another map) deoptimised the loop over them
  const units: number[] = [];
  for (let from = 0; from <= key.length; ) {
    let to = key.indexOf(" ", from);
    if (to < 0) to = key.length;
    units.length = 0;
    for (let i = from; i < to; i++) {
      const c = key.charCodeAt(i);
      units.push((c >= 0x0600 && c <= 0x06ff && TRANSLIT_LETTER[c - 0x0600]) || c);
    }
    from = to + 1;
    // -ng endings: وانغ / وانج / وان
    if (units.length >= 2 && units[units.length - 1] === JEEM && units[units.length - 2] === NOON) units.pop();
    // long vowels inside a word vary freely in transliteration (the first letter stays),
    // and a run of one letter counts once
    let prev = -1;
    for (let i = 0; i < units.length; i++) {
      const c = units[i] as number;
      if (i > 0 && (c === ALEF || c === WAW || c === YEH)) continue;
      if (c === prev) continue;
      out += String.fromCharCode(c);
      prev = c;
    }
  }
  return out;
}

/**
 * The matching and transliteration keys computed so far (after compiling the
 * lexicons: those of every lexicon form). A start that primes its memos with
 * them skips recomputing tens of thousands of keys; they are a pure function of
 * this module, so a cache of them is named by this module's own hash.
 */
export interface KeyTables {
  readonly keys: [string, string][];
  readonly translit: [string, string][];
}

export function keyTables(): KeyTables {
  return { keys: KEY_MEMO.entries(), translit: TRANSLIT_MEMO.entries() };
}

export function primeKeyTables(tables: KeyTables): void {
  KEY_MEMO.prime(tables.keys);
  TRANSLIT_MEMO.prime(tables.translit);
}

/** A hash of this module's source: keys computed by other code must not be reused. */
export function normalizeFingerprint(): string {
  return createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 12);
}
