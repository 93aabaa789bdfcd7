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
      const before = inSentence.filter((v) => v.token < i);
      const speechBefore = [...before].reverse().find((v) => v.speech);
      const speechAfter = inSentence.find((v) => v.token > j && v.speech);
      const verb = speechBefore ?? speechAfter ?? [...before].reverse().find((v) => v.subject !== null);
      let speaker = speakerOf(verb);
      if (!speaker && sent) {
        const firstActor = phrases.find((p) => p.sentence === s && p.tokenStart < i && p.prep === null);
        speaker = firstActor?.members[0] ?? null;
      }
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
