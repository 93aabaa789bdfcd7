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
function folded(code: number, cp: string): string {
  let v = CODE_POINT_CACHE.get(code);
  if (v === undefined) {
    const out: string[] = [];
    normalizeCodePoint(cp, out);
    v = out.join("");
    CODE_POINT_CACHE.set(code, v);
  }
  return v;
}

/**
 * A bounded memo: cleared when full, so memory stays flat on any input. The
 * default bound keeps the head of news vocabulary (a day of articles has a few
 * tens of thousands of word forms) while all memos together stay well inside
 * the memory budget: at 200,000 entries each they held about 190 MB after
 * 2,000 articles.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 50_000) {}
  /** Every entry, to save and prime another process's memo with (see primeKeyTables). */
  entries(): [string, V][] {
    return [...this.map];
  }

  prime(entries: readonly (readonly [string, V])[]): void {
    for (const [k, v] of entries) {
      if (this.map.size >= this.limit) return;
      this.map.set(k, v);
    }
  }

  get(key: string, make: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make(key);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}

export function normalizeWithMap(original: string): Normalized {
  // Speed: the map is a typed array sized for one unit per original unit (the
  // common case) and grown only when a ligature expands; the text is built by
  // concatenation, which V8 flattens once, instead of one array slot per char.
  let map = new Int32Array(original.length + 1);
  let len = 0;
  let text = "";
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const piece = folded(code, width === 1 ? (original[i] as string) : original.slice(i, i + width));
    if (len + piece.length >= map.length) {
      const grown = new Int32Array(2 * map.length + piece.length + 1);
      grown.set(map);
      map = grown;
    }
    for (let k = 0; k < piece.length; k++) map[len++] = i;
    text += piece;
    i += width;
  }
  map[len] = original.length;
  return { text, map: map.slice(0, len + 1) };
}

/** Matching key of a short string (a lexicon form or a token): no offsets needed. */
export function normalizeKey(s: string): string {
  return s.length <= 40 ? KEY_MEMO.get(s, computeKey) : computeKey(s);
}
const KEY_MEMO = new Memo<string>();
function computeKey(s: string): string {
  let out = "";
  for (const cp of s) out += folded(cp.codePointAt(0) ?? 0, cp);
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
function computeTranslitKey(s: string): string {
  const words = normalizeKey(s).split(" ");
  const keyed = words.map((w) => {
    let k = w.replace(/[غقك]/g, "ج").replace(/[ثس]/g, "س").replace(/[ذزظ]/g, "ز").replace(/[تط]/g, "ت").replace(/[دض]/g, "د").replace(/[هح]/g, "ه");
    // -ng endings: وانغ / وانج / وان
    k = k.replace(/نج$/, "ن");
    // long vowels inside a word vary freely in transliteration; keep the first letter
    k = k.length > 1 ? (k[0] as string) + k.slice(1).replace(/[اوي]/g, "") : k;
    return k.replace(/(.)\1+/g, "$1");
  });
  return keyed.join("");
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
