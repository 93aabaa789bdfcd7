/**
 * Lexicon matches: actors, places, nationality adjectives, agents and titles.
 * Longest match wins; the whole word is preferred to a reading with clitics
 * removed (بكين stays Beijing, never ب + كين).
 */
import { FormFact, originalOffset } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token } from "../lang/ar/tokenize.js";
import type { CompiledLexicon, NamePayload, TrieNode } from "../lexicon/compile.js";
import type { Layers, Mention, Resources } from "./layers.js";
import type { Stage } from "../core/pipeline.js";
import type { ReadingCache } from "./readings.js";

interface Candidate {
  readonly length: number;
  readonly readingIndex: number;
  readonly prefix: string;
  readonly prefixLength: number;
  readonly payloads: readonly NamePayload[];
}

/** Continue a match from a first word's trie node over the following tokens; the longest entry wins. */
function walk(first: TrieNode<NamePayload>, tokens: readonly Token[], i: number, sentenceEnd: number): { length: number; payloads: readonly NamePayload[] } | null {
  let node = first;
  let best: { length: number; payloads: readonly NamePayload[] } | null = node.items.length > 0 ? { length: 1, payloads: node.items } : null;
  let j = i + 1;
  while (j < sentenceEnd) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" && t.kind !== "latin" && t.kind !== "number") break;
    const next: TrieNode<NamePayload> | undefined = node.next.get(t.norm);
    if (!next) break;
    node = next;
    j++;
    if (node.items.length > 0) best = { length: j - i, payloads: node.items };
  }
  return best;
}

const MAX_TRANSLIT_WORDS = 4;
const MIN_TRANSLIT_KEY = 5;

/**
 * Every prefix (of at least MIN_TRANSLIT_KEY characters) of the lexicon's
 * transliteration keys, built once per compiled lexicon. A key over k words
 * that is no such prefix can never grow into a lexicon key by adding words,
 * so the search stops there instead of concatenating and looking up more.
 */
interface TranslitPrefixes {
  readonly long: ReadonlySet<string>;
  readonly short: ReadonlySet<string>;
  /**
   * One bit per hash (keyHash) of each string in `long`, 2^22 bits: a key over several
   * words is hashed as it grows, without joining its parts into one string, and only a
   * key whose bit is set is joined and looked up in `long` (most keys are in no lexicon
   * key, and each look-up had to flatten and hash a new string).
   */
  readonly longBits: Uint32Array;
}
const LONG_BITS_MASK = (1 << 22) - 1;
const TRANSLIT_PREFIXES = new WeakMap<CompiledLexicon, TranslitPrefixes>();
function translitPrefixesOf(lex: CompiledLexicon): TranslitPrefixes {
  let sets = TRANSLIT_PREFIXES.get(lex);
  if (!sets) {
    const long = new Set<string>();
    // the shorter prefixes too: a first word whose key starts no lexicon key starts no match
    const short = new Set<string>([""]);
    for (const key of lex.translit.keys()) {
      for (let n = 1; n < MIN_TRANSLIT_KEY && n <= key.length; n++) short.add(key.slice(0, n));
      for (let n = MIN_TRANSLIT_KEY; n <= key.length; n++) long.add(key.slice(0, n));
    }
    const longBits = new Uint32Array((LONG_BITS_MASK + 1) >>> 5);
    for (const p of long) setBit(longBits, keyBit(hashMore(HASH_START, p)));
    sets = { long, short, longBits };
    TRANSLIT_PREFIXES.set(lex, sets);
  }
  return sets;
}
// FNV-1a, fed a key's parts one after the other (the hash of the joined key)
const HASH_START = 0x811c9dc5;
function hashMore(h: number, part: string): number {
  for (let k = 0; k < part.length; k++) h = Math.imul(h ^ part.charCodeAt(k), 0x01000193);
  return h;
}
function keyBit(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) & LONG_BITS_MASK;
}
function setBit(bits: Uint32Array, b: number): void {
  bits[b >>> 5] = ((bits[b >>> 5] as number) | (1 << (b & 31))) >>> 0;
}
function hasBit(bits: Uint32Array, b: number): boolean {
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/** Where a lexicon match may start at a word form: a pure function of the form and the lexicon. */
interface FormStart {
  /** Readings (not with ك) whose stem opens a lexicon name, with its trie node. */
  readonly roots: readonly { readonly ri: number; readonly node: TrieNode<NamePayload> }[];
  /** Could a transliteration match start here (see the search below)? */
  readonly translit: boolean;
}

const FORM_START = new FormFact<FormStart>();
// the answer of most forms: one object for all of them instead of an empty one each
const STARTS_NOTHING: FormStart = { roots: [], translit: false };

function formStart(cache: ReadingCache, i: number, t: Token, lex: CompiledLexicon, prefixes: TranslitPrefixes): FormStart {
  const info = cache.info(i);
  const kept = FORM_START.get(info, lex);
  if (kept) return kept;
  const readings = cache.prefix(i);
  let roots: { ri: number; node: TrieNode<NamePayload> }[] | undefined;
  // فشل (failed) is no ف + شل: a known verb as a whole takes no clitic reading but و
  // (وعدن is و + عدن as often as a verb)
  const wholeVerb = t.kind === "word" && lex.verbForms.has(t.norm);
  for (let ri = 0; ri < readings.length; ri++) {
    const r = readings[ri] as CliticAnalysis;
    // ك "like" before a name is rare; كبيرا is not ك + بيرا
    if (r.prefix.includes("ك")) continue;
    if (wholeVerb && r.prefix !== "" && !r.prefix.startsWith("و")) continue;
    const node = lex.names.next.get(r.stem);
    if (node) (roots ??= []).push({ ri, node });
  }
  let translit = false;
  // كل مكان، وكانت قوة، سوى عدد: a transliterated name starts with no frequent word and no verb after و/ف
  const fw = lex.fw.sets;
  let frequent = fw.commonWords.has(t.norm) || fw.relatives.has(t.norm) || fw.complementizers.has(t.norm);
  for (let ri = 0; !frequent && ri < readings.length; ri++) {
    const r = readings[ri] as CliticAnalysis;
    const p = r.prefix;
    frequent = (p === "" || p === "و" || p === "ف") && (lex.verbForms.has(r.stem) || fw.commonWords.has(r.stem));
  }
  if (t.kind === "word" && !fw.prepositions.has(t.norm) && !lex.verbForms.has(t.norm) && !frequent) {
    // a key over several words is a prefix of a lexicon key only if its first word's key is
    translit = cache.prefixTranslit(i).some((key) => (key.length < MIN_TRANSLIT_KEY ? prefixes.short.has(key) : prefixes.long.has(key)));
  }
  if (roots === undefined && !translit) return FORM_START.set(info, lex, STARTS_NOTHING);
  return FORM_START.set(info, lex, { roots: roots ?? [], translit });
}

export const mentionsStage: Stage<Layers, "tokens" | "readings" | "sentences", "mentions", Resources> = {
  name: "mentions",
  requires: ["tokens", "readings", "sentences"],
  adds: ["mentions"],
  run(doc, { lex }) {
    const { tokens, readings: cache, sentences } = doc.layers;
    const out: Mention[] = [];
    const prefixes = translitPrefixesOf(lex);
    const translitPrefixes = prefixes.long;
    for (const s of sentences) {
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        const t = tokens[i] as Token;
        if (t.kind !== "word" && t.kind !== "latin") {
          i++;
          continue;
        }
        const readings = cache.prefix(i);
        const startsHere = formStart(cache, i, t, lex, prefixes);
        let best: Candidate | null = null;
        for (const { ri, node } of startsHere.roots) {
          const r = readings[ri] as CliticAnalysis;
          const m = walk(node, tokens, i, s.tokenEnd);
          if (!m) continue;
          if (!best || m.length > best.length) best = { length: m.length, readingIndex: ri, prefix: r.prefix, prefixLength: r.prefixLength, payloads: m.payloads };
        }
        let via: Mention["via"] = "exact";
        if (!best && startsHere.translit) {
          // variant spellings of foreign names: compare transliteration keys over 1-4 words
          const stemKeys = cache.prefixTranslit(i);
          for (let ri = 0; ri < readings.length; ri++) {
            const r = readings[ri] as CliticAnalysis;
            let key = "";
            let h = HASH_START;
            for (let k = 0; k < MAX_TRANSLIT_WORDS && i + k < s.tokenEnd; k++) {
              const tk = tokens[i + k] as Token;
              if (tk.kind !== "word") break;
              const part = k === 0 ? (stemKeys[ri] as string) : cache.translit(i + k);
              key += part;
              h = hashMore(h, part);
              if (key.length < MIN_TRANSLIT_KEY) continue;
              // (a clear bit: no string of the set has this key's hash, so the key is not in it)
              if (!hasBit(prefixes.longBits, keyBit(h)) || !translitPrefixes.has(key)) break;
              // one loose word is weak evidence: only a person's name, never a word with the article
              // (الكريم and القرم share a key)
              const all = lex.translit.get(key);
              // (and only the whole word or و + word: فلاديسلاف is no ف + a loose spelling of لولا دا سيلفا)
              const hits = all && k === 0 ? (r.prefix === "" || r.prefix === "و" ? all.filter((e) => e.type === "person" && !r.stem.startsWith("ال")) : []) : all;
              if (hits && hits.length > 0 && (!best || k + 1 > (best as Candidate).length)) {
                best = {
                  length: k + 1,
                  readingIndex: 0,
                  prefix: r.prefix,
                  prefixLength: r.prefixLength,
                  payloads: hits.map((entry) => ({ kind: "actor", entry, short: false }) as const),
                };
                via = "translit";
              }
            }
            if (best) break;
          }
        }
        if (!best) {
          i++;
          continue;
        }
        const b = best as Candidate;
        const last = tokens[i + b.length - 1] as Token;
        const start = t.start + originalOffset(t.text, b.prefixLength);
        out.push({
          tokenStart: i,
          tokenEnd: i + b.length,
          start,
          end: last.end,
          text: doc.text.slice(start, last.end),
          prefix: b.prefix,
          payloads: b.payloads,
          via,
        });
        i += b.length;
      }
    }
    return { mentions: out };
  },
};
