/**
 * Quotes: direct speech between quotation marks and reported speech
 * (قال إن ...), each with its speaker from the clause structure.
 */
import type { Token } from "../lang/ar/tokenize.js";
import type { Stage } from "../core/pipeline.js";
import type { Layers, Phrase, QuoteAnnotation, Resources, VerbInfo } from "./layers.js";

// A Map, not an object literal: a Latin token such as "constructor" must not find
// Object.prototype's members and pass for a quotation mark.
const PAIRS: ReadonlyMap<string, string> = new Map([["“", "”"], ["«", "»"], ['"', '"'], ["„", "“"]]);
/** Fewer words than this between quotation marks is a term in scare quotes, not speech. */
const MIN_QUOTE_WORDS = 3;

/** The last verb of the list (in its order) before token i that passes the test. */
function lastBefore(verbs: readonly VerbInfo[], i: number, test: (v: VerbInfo) => boolean): VerbInfo | undefined {
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k] as VerbInfo;
    if (v.token < i && test(v)) return v;
  }
  return undefined;
}
const isSpeech = (v: VerbInfo): boolean => v.speech;
const hasSubject = (v: VerbInfo): boolean => v.subject !== null;

/** The first speech verb of the list after token j. */
function firstSpeechAfter(verbs: readonly VerbInfo[], j: number): VerbInfo | undefined {
  for (const v of verbs) if (v.token > j && v.speech) return v;
  return undefined;
}

/** The first phrase of sentence s before token i that no preposition governs. */
function firstActorBefore(phrases: readonly Phrase[], s: number, i: number): Phrase | undefined {
  for (const p of phrases) if (p.sentence === s && p.tokenStart < i && p.prep === null) return p;
  return undefined;
}

export const quotesStage: Stage<Layers, "tokens" | "sentences" | "sentenceOfToken" | "entities" | "clauses", "quotes", Resources> = {
  name: "quotes",
  requires: ["tokens", "sentences", "sentenceOfToken", "entities", "clauses"],
  adds: ["quotes"],
  run(doc) {
    const { tokens, sentences, sentenceOfToken, entities, clauses } = doc.layers;
    const { phrases } = entities;
    const out: QuoteAnnotation[] = [];
    const speakerOf = (v: VerbInfo | undefined): string | null => {
      if (!v || v.subject === null) return null;
      return (phrases[v.subject] as Phrase).members[0] ?? null;
    };
    const cueOf = (v: VerbInfo): QuoteAnnotation["cue"] => {
      const t = tokens[v.token] as Token;
      return { start: t.start, end: t.end, text: t.text };
    };
    const covered: Array<[number, number]> = [];
    // the verbs of each sentence (in order), built once rather than filtered per quote
    const verbsOfSentence = new Map<number, VerbInfo[]>();
    for (const v of clauses.verbs) {
      const list = verbsOfSentence.get(v.sentence);
      if (list) list.push(v);
      else verbsOfSentence.set(v.sentence, [v]);
    }

    // direct quotes
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i] as Token;
      if (open.kind !== "punct") continue;
      const close = PAIRS.get(open.text);
      if (close === undefined) continue;
      let j = i + 1;
      while (j < tokens.length && (tokens[j] as Token).text !== close && j - i < 600) j++;
      if (j >= tokens.length || (tokens[j] as Token).text !== close) continue;
      // the tokens inside are i + 1 .. j - 1: counted in place, not copied out (up to 600 per mark)
      let wordCount = 0;
      for (let k = i + 1; k < j; k++) {
        const kind = (tokens[k] as Token).kind;
        if (kind === "word" || kind === "latin") wordCount++;
      }
      if (wordCount < MIN_QUOTE_WORDS || j === i + 1) {
        i = j;
        continue;
      }
      const first = tokens[i + 1] as Token;
      let last = tokens[j - 1] as Token;
      // keep a final full stop out of the quote's words
      if (last.kind === "punct" && j - i - 1 > 1) last = tokens[j - 2] as Token;
      const s = sentenceOfToken[i] ?? 0;
      const sent = sentences[s];
      const inSentence = verbsOfSentence.get(s) ?? [];
      // a speech verb before the quote, else one after it (…، قال), else the clause's actor
      // Speed: searched by functions that take i, j and s as arguments. A closure here that
      // read them (or copied the verbs before the quote) made V8 allocate the loop body's
      // variables afresh for every token of the document, most of this stage's allocation.
      const verb = lastBefore(inSentence, i, isSpeech) ?? firstSpeechAfter(inSentence, j) ?? lastBefore(inSentence, i, hasSubject);
      let speaker = speakerOf(verb);
      if (!speaker && sent) speaker = firstActorBefore(phrases, s, i)?.members[0] ?? null;
      out.push({
        start: first.start,
        end: last.end,
        text: doc.text.slice(first.start, last.end),
        kind: "direct",
        speaker,
        cue: verb && verb.speech ? cueOf(verb) : null,
      });
      covered.push([open.start, (tokens[j] as Token).end]);
      i = j;
    }

    // reported speech: the complement of a speech verb, unless it is a direct quote
    for (const v of clauses.verbs) {
      if (!v.speech) continue;
      const s = sentences[v.sentence];
      if (!s) continue;
      let k = v.token + 1;
      while (k < s.tokenEnd && clauses.complementOf[k] !== clauses.verbOfToken[v.token]) k++;
      if (k >= s.tokenEnd) continue;
      const comp = tokens[k] as Token;
      if (comp.text === ":") continue;
      const firstTok = tokens[k + 1];
      if (!firstTok) continue;
      let lastIdx = s.tokenEnd - 1;
      for (let q = k + 1; q < s.tokenEnd; q++) {
        const tq = tokens[q] as Token;
        if (tq.kind === "punct" && (tq.text === ":" || PAIRS.has(tq.text))) {
          lastIdx = q - 1;
          break;
        }
      }
      while (lastIdx > k && (tokens[lastIdx] as Token).kind === "punct") lastIdx--;
      const lastTok = tokens[lastIdx] as Token;
      if (lastIdx <= k) continue;
      const start = firstTok.start;
      const end = lastTok.end;
      if (covered.some(([a, b]) => a <= start && end <= b)) continue;
      out.push({ start, end, text: doc.text.slice(start, end), kind: "reported", speaker: speakerOf(v), cue: cueOf(v) });
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    return { quotes: out };
  },
};
