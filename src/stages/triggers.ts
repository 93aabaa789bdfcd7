/**
 * Event triggers: verb forms, passives, event nouns and multi-word patterns
 * from the trigger lexicon, matched on clitic readings of each word.
 */
import { normalizeKey } from "../lang/ar/normalize.js";
import { originalOffset } from "../lang/ar/tokenize.js";
import { FormFact } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token } from "../lang/ar/tokenize.js";
import type { ReadingCache } from "./readings.js";
import { GAP } from "../lexicon/compile.js";
import type { TriggerPattern } from "../lexicon/compile.js";
import type { Stage } from "../core/pipeline.js";
import type { Layers, Resources, TriggerMatch } from "./layers.js";
import { QUOTE_MARKS, isCampaignNoun } from "./phrase-facts.js";

// a VSO subject and object both fit between a verb and the rest of its pattern
const MAX_GAP = 6;
/** Elatives a measure noun follows (أكثر المناطق طلبا), as keys. */
const ELATIVES: ReadonlySet<string> = new Set(["اكثر", "اقل", "اشد", "اكبر"]);
/**
 * Punctuation a gap may hold: commas, and quotation marks around a word in it (بعد حوار «صريح»
 * مع نظيره), which set off a quoted word rather than end the phrase.
 */
const GAP_PUNCT: ReadonlySet<string> = new Set(["،", ",", "«", "»", "\"", "“", "”"]);
/**
 * Token indices of the pattern match being tried. Most tries fail at their
 * second word, so they are written here and copied out only on success instead
 * of allocating an array per try.
 */
const scratch: number[] = [];

/**
 * Match the rest of a pattern from word 1 on, starting after token i; returns
 * matched token indices. A pattern that opens with a verb (أجرى اتصالا هاتفيا)
 * lets the subject stand after the verb (أجرى الرئيس اتصالا هاتفيا): VSO.
 */
function matchRest(p: TriggerPattern, cache: ReadingCache, tokens: readonly Token[], i: number, end: number, verbFirst: boolean, vsoEnd: number): number[] | null {
  let n = matchFrom(p, cache, tokens, i, end, 1, i + 1);
  if (n < 0 && verbFirst && p.words[1] !== GAP) {
    for (let g = i + 2; g < vsoEnd; g++) {
      const t = tokens[g] as Token;
      if (t.kind === "punct") break;
      if (!cache.has(g, p.words[1] as string)) continue;
      n = matchFrom(p, cache, tokens, i, end, 1, g);
      break;
    }
  }
  return n < 0 ? null : scratch.slice(0, n);
}

/** Writes the matched token indices to `scratch`; returns how many, or -1 when the pattern does not match. */
function matchFrom(p: TriggerPattern, cache: ReadingCache, tokens: readonly Token[], i: number, end: number, fromWord: number, fromToken: number): number {
  const matched = scratch;
  let n = 0;
  matched[n++] = i;
  let pos = fromToken;
  for (let w = fromWord; w < p.words.length; w++) {
    const word = p.words[w] as string;
    if (word === GAP) {
      const nextWord = p.words[w + 1];
      if (nextWord === undefined) return -1;
      let found = -1;
      for (let g = pos; g < Math.min(end, pos + MAX_GAP + 1); g++) {
        if ((tokens[g] as Token).kind === "punct" && !GAP_PUNCT.has((tokens[g] as Token).text)) break;
        if (cache.has(g, nextWord)) {
          found = g;
          break;
        }
      }
      if (found < 0) return -1;
      matched[n++] = found;
      pos = found + 1;
      w++;
      continue;
    }
    // أعرب عن «قلقه البالغ»: a quote mark opening or closing inside an expression is not one of its words
    if (w > 1 && pos < end && (tokens[pos] as Token).kind === "punct" && QUOTE_MARKS.has((tokens[pos] as Token).text)) pos++;
    if (pos >= end || !cache.has(pos, word)) return -1;
    matched[n++] = pos;
    pos++;
  }
  return n;
}

/** A pattern of a FirstWordHit's list that its reading admits, with what the reading decides about it. */
interface Admitted {
  readonly p: TriggerPattern;
  /** A first word without the article may be a verb with its subject after it. */
  readonly verbFirst: boolean;
  /**
   * Index in the hit's `keys` of the word the pattern needs next (its second
   * word, or its third after a leading gap); ONE_WORD for a one-word pattern,
   * NEVER for one that ends in a gap (which matches nothing).
   */
  readonly key: number;
}
const ONE_WORD = -1;
const NEVER = -2;

interface FirstWordHit {
  readonly r: CliticAnalysis;
  readonly ri: number;
  /**
   * The patterns of the list whose first word this reading is, in list order,
   * less those the reading rules out: verbs do not take prepositions or the
   * article (بحث is not ب + حث), nouns no future سـ, and the feminine ending
   * belongs to nouns and adjectives (وعدة is و + عدة, not وعد). These depend on
   * the reading and the pattern alone, so they are decided once per word form.
   */
  readonly admitted: readonly Admitted[];
  /**
   * The distinct words the admitted patterns need next. A list holds up to a
   * few hundred patterns (دعا، طالب) but only a handful of such words, and
   * nearly every try fails there: where each word stands after a given token
   * is found once, and a pattern whose word is not there is never tried.
   */
  readonly keys: readonly string[];
  /** For each key: does a gap come before it (the pattern's second word is GAP)? */
  readonly gapKeys: readonly boolean[];
  /**
   * The index in `keys` of each word that comes with no gap before it, when there are
   * VSO_ALL_KEYS such words or more (else null): their VSO positions are then found in
   * one pass over the words after the token (see vsoPositions).
   */
  readonly plainKeyOf: ReadonlyMap<string, number> | null;
}
/**
 * From this many words without a gap before them, a hit's VSO positions are found all at
 * once: a list like قال's needs a few dozen, and each was looked for in every reading of
 * each of the six words after the verb, most of them for nothing.
 */
const VSO_ALL_KEYS = 4;
const NO_HITS: readonly FirstWordHit[] = [];

interface Following {
  readonly after: readonly string[];
  readonly window: number;
}
// the first word's key of each form of a cue, computed once per cue rather than per check
const FOLLOWING_KEYS = new WeakMap<Following, readonly string[]>();

/** Does a word of one of `f.after` (its first word) follow token `lastTok` within `f.window` words of the sentence? */
function followedBy(cache: ReadingCache, f: Following, lastTok: number, sentenceEnd: number): boolean {
  let keys = FOLLOWING_KEYS.get(f);
  if (!keys) {
    keys = f.after.map((c) => normalizeKey(c).split(" ")[0] ?? "");
    FOLLOWING_KEYS.set(f, keys);
  }
  for (let g = lastTok + 1; g <= Math.min(sentenceEnd - 1, lastTok + f.window); g++) {
    for (const k of keys) if (cache.has(g, k)) return true;
  }
  return false;
}

/**
 * Where a hit's keys stand after the token being read, found on first need.
 * Slot k holds key k's answer when its stamp is the current read's (one stamp
 * per token and hit), so nothing is cleared or allocated between reads.
 */
const nextStamp: number[] = [];
const nextValue: boolean[] = [];
const vsoStamp: number[] = [];
const vsoValue: number[] = [];
const gapStamp: number[] = [];
const gapValue: number[] = [];
let stamp = 0;

/** The token matchRest's VSO search settles on for `word` after token i, or -1. */
function vsoPosition(cache: ReadingCache, tokens: readonly Token[], i: number, vsoEnd: number, word: string): number {
  for (let g = i + 2; g < vsoEnd; g++) {
    if ((tokens[g] as Token).kind === "punct") return -1;
    if (cache.has(g, word)) return g;
  }
  return -1;
}

/**
 * vsoPosition of every word of `keyOf` (word → key index) at once, into vsoValue under the
 * current stamp: one pass over the words after token i, each of whose readings is looked up
 * in `keyOf`. A word's position is the first token that has it, as vsoPosition's is.
 */
function vsoPositions(cache: ReadingCache, tokens: readonly Token[], i: number, vsoEnd: number, keyOf: ReadonlyMap<string, number>): void {
  for (const k of keyOf.values()) {
    vsoStamp[k] = stamp;
    vsoValue[k] = -1;
  }
  for (let g = i + 2; g < vsoEnd; g++) {
    if ((tokens[g] as Token).kind === "punct") return;
    const readings = cache.get(g, false);
    for (let q = 0; q < readings.length; q++) {
      const k = keyOf.get((readings[q] as CliticAnalysis).stem);
      if (k !== undefined && vsoValue[k] === -1) vsoValue[k] = g;
    }
  }
}

/** The token matchFrom's gap search settles on for `word` from token pos, or -1. */
function gapPosition(cache: ReadingCache, tokens: readonly Token[], pos: number, end: number, word: string): number {
  for (let g = pos; g < Math.min(end, pos + MAX_GAP + 1); g++) {
    if ((tokens[g] as Token).kind === "punct" && !GAP_PUNCT.has((tokens[g] as Token).text)) return -1;
    if (cache.has(g, word)) return g;
  }
  return -1;
}

const FIRST_WORD_HITS = new FormFact<readonly FirstWordHit[]>();

/** The patterns whose first word one of token i's readings is: a fact of the word form and the trigger table. */
function firstWordHits(cache: ReadingCache, i: number, byFirst: ReadonlyMap<string, readonly TriggerPattern[]>): readonly FirstWordHit[] {
  const info = cache.info(i);
  const kept = FIRST_WORD_HITS.get(info, byFirst);
  if (kept) return kept;
  const out: FirstWordHit[] = [];
  const readings = cache.get(i, true);
  for (let ri = 0; ri < readings.length; ri++) {
    const r = readings[ri] as CliticAnalysis;
    const list = byFirst.get(r.stem);
    if (!list) continue;
    const notVerbPrefix = /[بكل]|ال/.test(r.prefix.replace(/^[وف]/, "").replace(/س$/, ""));
    const future = r.prefix.endsWith("س");
    const feminine = r.suffix === "ة";
    const article = r.prefix.includes("ال");
    const admitted: Admitted[] = [];
    const keys: string[] = [];
    const gapKeys: boolean[] = [];
    const keyIndex = new Map<string, number>();
    for (const p of list) {
      if (p.kind !== "noun" && (notVerbPrefix || feminine)) continue;
      // a masdar with ة is another noun (أسرة "family" is not أسر "capture"); adjectives agree in gender
      if (p.kind === "noun" && feminine && !p.entry.evaluation) continue;
      if (p.kind === "noun" && future) continue;
      let key = ONE_WORD;
      if (p.words.length > 1) {
        const gap = p.words[1] === GAP;
        const word = gap ? p.words[2] : p.words[1];
        if (word === undefined) key = NEVER;
        else {
          const name = gap ? `${GAP} ${word}` : word;
          key = keyIndex.get(name) ?? -1;
          if (key < 0) {
            key = keys.length;
            keyIndex.set(name, key);
            keys.push(word);
            gapKeys.push(gap);
          }
        }
      }
      admitted.push({ p, verbFirst: !article && !(p.words[0] ?? "").startsWith("ال"), key });
    }
    let plainKeyOf: Map<string, number> | null = null;
    if (gapKeys.filter((gap) => !gap).length >= VSO_ALL_KEYS) {
      plainKeyOf = new Map<string, number>();
      for (let k = 0; k < keys.length; k++) if (!gapKeys[k]) plainKeyOf.set(keys[k] as string, k);
    }
    if (admitted.length > 0) out.push({ r, ri, admitted, keys, gapKeys, plainKeyOf });
  }
  return FIRST_WORD_HITS.set(info, byFirst, out.length > 0 ? out : NO_HITS);
}

const TANWEEN = /[\u064B-\u064D]/;
/** "One", which follows the noun it counts (شهر واحد): the word after it is not counted. */
const ONE = new Set(["واحد", "واحدة"].map((w) => normalizeKey(w)));
/** A conjunction and a doubled verb of two letters with its shadda (وعدّ، فردّ). */
const CONJ_DOUBLED = /^[\u0648\u0641][\u0621-\u064A]{2}\u0651$/;
/** Short vowels and sukun, leaving the shadda. */
const HARAKAT = /[\u064B-\u0650\u0652]/g;

/** Adjectives of degree put before the noun they qualify (جزيل شكره، بالغ قلقه), as keys. */
const DEGREE: ReadonlySet<string> = new Set(["جزيل", "خالص", "عظيم", "وافر", "بالغ", "عميق", "فائق", "أسمى", "أصدق", "أحر"].map((w) => normalizeKey(w)));
/** Prepositions that are also "who" (من) or "so that" (حتى): a verb may follow them, as keys. */
const VERB_MAY_FOLLOW: ReadonlySet<string> = new Set(["من", "حتى"].map((w) => normalizeKey(w)));
/** Verbs of going on with an act (جدد، واصل، استأنف، كثف): the word right after them is the act's masdar. */
const CONTINUING = new Set(
  ["جدد", "جددت", "جددوا", "واصل", "واصلت", "واصلوا", "يواصل", "تواصل", "يواصلون", "استأنف", "استأنفت", "استأنفوا", "يستأنف", "تستأنف", "كثف", "كثفت", "كثفوا", "يكثف", "تكثف"].flatMap((w) => [w, `و${w}`]).map((w) => normalizeKey(w)),
);
/** Responsibility claimed (مسؤوليته، مسؤوليتها، المسؤولية), as keys: the act after its عن is named by a verb form. */
const CLAIM = /^(?:[وف]?ال)?مسؤولي(?:ه|ت(?:ه|ها|هم|هما))$/;
/** A family name of the nisba shape (القحطاني، العوضي), as a key. */
const NISBA = /^ال[\u0621-\u064A]{3,}ي$/;
/** Titles always followed by a person's name (الأمير فيصل، الشيخ خالد), as keys. */
const NAME_TITLES: ReadonlySet<string> = new Set(["الأمير", "الأميرة", "الملك", "الملكة", "الشيخ", "الشيخة", "السلطان", "الإمام"].map((w) => normalizeKey(w)));

export const triggersStage: Stage<Layers, "tokens" | "readings" | "sentences" | "mentions", "triggers", Resources> = {
  name: "triggers",
  requires: ["tokens", "readings", "sentences", "mentions"],
  adds: ["triggers"],
  run(doc, { lex }) {
    const { tokens, sentences } = doc.layers;
    const cache = doc.layers.readings;
    const out: TriggerMatch[] = [];
    // words of a name are not triggers: للتعاون in منظمة شنغهاي للتعاون
    const inName = new Uint8Array(tokens.length);
    for (const m of doc.layers.mentions) inName.fill(1, m.tokenStart, m.tokenEnd);
    // أعرب الأمين العام لمجلس التعاون لدول الخليج العربية عن: in VSO the subject stands between
    // the verb and the rest of its expression, and names and titles of the lexicon right after the
    // verb, however many words long, count as one word each (only there: further on they would
    // let the expression reach past the subject's clause)
    const honorifics = lex.nameLists.cues.honorifics;
    const mentionEnd = new Int32Array(tokens.length);
    for (const m of doc.layers.mentions) if (m.tokenEnd > (mentionEnd[m.tokenStart] as number)) mentionEnd[m.tokenStart] = m.tokenEnd;
    let vsoFrom = -1;
    let vsoEnd = -1;
    /** Where the VSO search after the verb at token i stops: MAX_GAP words on, each mention right after the verb counted as one word. */
    const vsoEndOf = (i: number, end: number): number => {
      if (vsoFrom === i) return vsoEnd;
      // (an honorific between them belongs to the subject too: الأمين العام ... الدكتور فلان)
      let extra = 0;
      for (let g = i + 1; g < end; ) {
        const t = tokens[g] as Token;
        if ((mentionEnd[g] as number) > g) {
          extra += (mentionEnd[g] as number) - g - 1;
          g = mentionEnd[g] as number;
        } else if (t.kind === "word" && honorifics.has(t.norm)) {
          extra++;
          g++;
        } else break;
      }
      vsoFrom = i;
      vsoEnd = Math.min(end, i + 2 + MAX_GAP + extra);
      return vsoEnd;
    };
    // Words that cannot be verbs, asked only of verb candidates (1 yes, 0 no, -1 not asked yet):
    // a word written with tanween (U+064B–U+064D); a word right after a count word (54 ألف
    // فدان: acres, not ف + دان "condemned"; not after digits alone: a year may end a phrase
    // before a verb, لعام 2022 ووقعت); a word right after a kind of place, which is its name
    // (بمدينة حرض: Haradh, not "incited")
    const counts = lex.fw.sets.countWords;
    const given = lex.nameLists.given;
    const ambiguousNames = lex.nameLists.ambiguous;
    const places = lex.fw.sets.placeParts;
    const nounOnly = new Int8Array(tokens.length).fill(-1);
    const isNounOnly = (i: number): boolean => {
      if (nounOnly[i] === -1) {
        const t = tokens[i] as Token;
        const prev = tokens[i - 1];
        let yes = TANWEEN.test(t.text);
        if (!yes && prev !== undefined && prev.kind === "word") {
          // (the first prefix reading is the whole word)
          // (واحد follows what it counts, as an adjective: خلال شهر واحد اغتيل)
          yes = (counts.has(prev.norm) && !ONE.has(prev.norm)) || cache.prefix(i - 1).some((r) => !r.prefix.includes("ال") && places.has(r.stem));
          // أكثر المناطق طلبا، أشد الدول دعما: the word after an elative (and its noun) is its measure, a noun
          const before = tokens[i - 2];
          if (!yes) yes = ELATIVES.has(prev.norm) || (prev.norm.startsWith("ال") && before !== undefined && before.kind === "word" && ELATIVES.has(before.norm));
        }
        // الأمير فيصل بن خالد: a word after a royal or religious title, or before بن, is a name
        // (فيصل is not ف + يصل "arrives")
        if (!yes) {
          const next = tokens[i + 1];
          yes = (prev !== undefined && prev.kind === "word" && NAME_TITLES.has(prev.norm)) || (next !== undefined && next.kind === "word" && (next.norm === "بن" || next.norm === "بنت"));
          // جزيل شكره، خالص تعازيه: a word in construct after an adjective of degree is a noun
          if (!yes && prev !== undefined && prev.kind === "word" && DEGREE.has(prev.norm.replace(/^و/, ""))) yes = true;
          // أعربت الوزارة في بيان لها اليوم عن إدانتها، مسؤوليتها عن قتل: no verb comes right after a
          // preposition, so a form that is also a verb is its masdar there (إدانة + ها, not أدانت + ها)
          // (من is also "who", حتى also "so that": those may)
          // (but أعلنت مسؤوليتها عن قتل: the act a claim names is read through its verb form)
          if (!yes && prev !== undefined && prev.kind === "word" && !VERB_MAY_FOLLOW.has(prev.norm) && lex.fw.sets.prepositions.has(prev.norm) && !CLAIM.test(tokens[i - 2]?.norm ?? "")) yes = true;
          // جدد قصفه، واصلت غاراتها: nor right after a verb of going on with an act: قصفه is the
          // shelling it renewed, not "he shelled it"
          if (!yes && prev !== undefined && prev.kind === "word" && CONTINUING.has(prev.norm)) yes = true;
          // حملة قصف، عملية اعتقال، سلسلة غارات: nor after a noun of a campaign, in construct
          if (!yes && isCampaignNoun(prev)) yes = true;
          // ياسر القحطاني، وياسر العوضي: a given name before a family name of the nisba shape is a
          // person's name, not a verb (يأسر) that hamza folding made it look like
          if (!yes && next !== undefined && next.kind === "word" && inName[i + 1] === 0 && NISBA.test(next.norm)) {
            const own = given.has(t.norm) ? t.norm : t.norm.startsWith("و") ? t.norm.slice(1) : "";
            // (a word written with its hamza, يأسر الحوثي, is the verb the writer meant)
            yes = given.has(own) && !ambiguousNames.has(own) && t.text.replace(HARAKAT, "") === t.norm;
          }
        }
        nounOnly[i] = yes ? 1 : 0;
      }
      return nounOnly[i] === 1;
    };
    const conjDoubled = new Int8Array(tokens.length).fill(-1);
    const isConjDoubled = (i: number): boolean => {
      if (conjDoubled[i] === -1) conjDoubled[i] = CONJ_DOUBLED.test((tokens[i] as Token).text.replace(HARAKAT, "")) ? 1 : 0;
      return conjDoubled[i] === 1;
    };
    interface Candidate {
      p: TriggerPattern;
      toks: number[];
      reading: CliticAnalysis;
      ri: number;
      i: number;
      sentence: number;
    }
    /** Does an agent phrase (على يد، من قبل، بنيران) follow token `from` before the next full stop? */
    const agentFollows = (from: number, end: number): boolean => {
      for (let k = from; k < end; k++) {
        const t = tokens[k] as Token;
        if (t.kind === "punct" && t.text !== "،" && t.text !== ",") return false;
        let node = lex.fw.phrases.agentPhrases.next.get(t.norm);
        let q = k + 1;
        if (node && node.items.length > 0) return true;
        while (node && q < end) {
          node = node.next.get((tokens[q] as Token).norm);
          q++;
          if (node && node.items.length > 0) return true;
        }
      }
      return false;
    };
    const passiveCue = new Map<number, boolean>();
    /**
     * Patterns with more words, then without gaps, then (for a form written alike in
     * the active and the passive: قتل) the passive when an agent phrase follows,
     * then with a more specific code, win an overlap.
     */
    const priority = (c: Candidate): number[] => [
      -c.p.words.filter((w) => w !== GAP).length,
      (c.toks[c.toks.length - 1] as number) - c.i + 1 > c.toks.length ? 1 : 0,
      c.p.kind === "noun" ? 0 : (c.p.kind === "passive") === (passiveCue.get(c.i) ?? false) ? 0 : 1,
      -c.p.entry.code.length,
      c.i,
      c.ri,
    ];
    // priorities are fixed once passiveCue is filled: compute each candidate's once, not per comparison
    const before = (pa: readonly number[], pb: readonly number[]): number => {
      for (let k = 0; k < pa.length; k++) if (pa[k] !== pb[k]) return (pa[k] as number) - (pb[k] as number);
      return 0;
    };
    for (const s of sentences) {
      const candidates: Candidate[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i] as Token;
        if (t.kind !== "word" || inName[i] === 1) continue;
        const hits = firstWordHits(cache, i, lex.triggersByFirst);
        for (let h = 0; h < hits.length; h++) {
          const { r, ri, admitted, keys, gapKeys, plainKeyOf } = hits[h] as FirstWordHit;
          stamp++;
          for (let a = 0; a < admitted.length; a++) {
            const { p, verbFirst, key } = admitted[a] as Admitted;
            if (key === NEVER) continue;
            if (key !== ONE_WORD) {
              // a necessary condition of matchRest, shared by every pattern that needs the same word next
              const word = keys[key] as string;
              if (gapKeys[key]) {
                if (gapStamp[key] !== stamp) {
                  gapStamp[key] = stamp;
                  gapValue[key] = gapPosition(cache, tokens, i + 1, s.tokenEnd, word);
                }
                if ((gapValue[key] as number) < 0) continue;
              } else {
                if (nextStamp[key] !== stamp) {
                  nextStamp[key] = stamp;
                  nextValue[key] = i + 1 < s.tokenEnd && cache.has(i + 1, word);
                }
                if (!nextValue[key]) {
                  if (!verbFirst) continue;
                  if (vsoStamp[key] !== stamp) {
                    vsoStamp[key] = stamp;
                    if (plainKeyOf !== null) vsoPositions(cache, tokens, i, vsoEndOf(i, s.tokenEnd), plainKeyOf);
                    else vsoValue[key] = vsoPosition(cache, tokens, i, vsoEndOf(i, s.tokenEnd), word);
                  }
                  if ((vsoValue[key] as number) < 0) continue;
                }
              }
            }
            // طالباً، لقاءٌ: a word written with tanween, or counted, is a noun, never a verb
            if ((p.kind === "verb" || p.kind === "passive") && isNounOnly(i)) continue;
            // وعدّ، وردّ: a shadda on the third letter makes و + a doubled verb (عدّ "considered"), not وعد
            if (!/^[وف]/.test(r.prefix) && isConjDoubled(i)) continue;
            const toks = key === ONE_WORD ? [i] : matchRest(p, cache, tokens, i, s.tokenEnd, verbFirst, verbFirst ? vsoEndOf(i, s.tokenEnd) : i + 2);
            if (!toks) continue;
            const lastTok = toks[toks.length - 1] as number;
            // a cue that must follow (cue), or an idiom that must not (unless)
            if (p.entry.cue && !followedBy(cache, p.entry.cue, lastTok, s.tokenEnd)) continue;
            // (after a gapped pattern's first word too: فجر أمس ... منزله is "at dawn")
            if (p.entry.unless && (followedBy(cache, p.entry.unless, lastTok, s.tokenEnd) || (p.words[1] === GAP && followedBy(cache, p.entry.unless, i, s.tokenEnd)))) continue;
            candidates.push({ p, toks, reading: r, ri, i, sentence: s.index });
          }
        }
      }
      for (const c of candidates) if (c.p.kind === "passive" && !passiveCue.has(c.i)) passiveCue.set(c.i, agentFollows((c.toks[c.toks.length - 1] as number) + 1, s.tokenEnd));
      // the best reading of each stretch of words: a match sharing a word with a better one is dropped
      // filled by push, not .map: .map's arrays come in several elements kinds, and each new one deoptimised this stage
      const ranked: { c: Candidate; key: ReturnType<typeof priority> }[] = [];
      for (const c of candidates) ranked.push({ c, key: priority(c) });
      ranked.sort((a, b) => before(a.key, b.key));
      const used = new Set<number>();
      const chosen: Candidate[] = [];
      for (const { c } of ranked) {
        if (c.toks.some((k) => used.has(k))) continue;
        for (const k of c.toks) used.add(k);
        chosen.push(c);
      }
      chosen.sort((a, b) => a.i - b.i);
      for (const c of chosen) {
        const first = tokens[c.i] as Token;
        const lastTok = c.toks[c.toks.length - 1] as number;
        const last = tokens[lastTok] as Token;
        // the evidence span leaves out a leading conjunction (وأكد → أكد)
        const conj = /^[وف]/.test(c.reading.prefix) ? 1 : 0;
        const start = first.start + originalOffset(first.text, conj);
        out.push({ pattern: c.p, tokenStart: c.i, tokenEnd: lastTok + 1, tokens: c.toks, start, end: last.end, sentence: c.sentence, reading: c.reading });
      }
    }
    return { triggers: out };
  },
};
