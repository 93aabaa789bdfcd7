/**
 * marsad as a named-entity tagger: each CoNLL sentence is joined with spaces,
 * run through the pipeline up to the entity layer, and the named spans are
 * projected back onto the input tokens as ANERcorp tags.
 */
import { buildPipeline } from "../core/pipeline.js";
import type { Pipeline } from "../core/pipeline.js";
import { loadCodebook } from "../cameo/load.js";
import { compileTimeLexicon } from "../lang/ar/time.js";
import { compileLexicon } from "../lexicon/compile.js";
import { loadLexiconData } from "../lexicon/load.js";
import type { LexiconData } from "../lexicon/load.js";
import { entitiesStage } from "../stages/entities.js";
import type { Layers, NameClass, NameSpan, Resources } from "../stages/layers.js";
import { mentionsStage } from "../stages/mentions.js";
import { sentencesStage, timesStage, tokensStage } from "../stages/text.js";
import type { ConllSentence } from "./conll.js";

/** ANERcorp's four types. */
export type NerTag = "PERS" | "LOC" | "ORG" | "MISC";

export const TAG_OF_CLASS: Readonly<Record<NameClass, NerTag>> = {
  person: "PERS",
  location: "LOC",
  organization: "ORG",
  misc: "MISC",
};

export interface NerTagger {
  /** Tag the sentences of one document; names found in one sentence help read the others. */
  /** showVia adds which rule found each name, after a tab (for error analysis). */
  tagDocument(sentences: readonly (readonly string[])[], showVia?: boolean): string[][];
  /** The named spans the entity layer finds in a text. */
  names(text: string): readonly NameSpan[];
}

export function createNerTagger(data: LexiconData = loadLexiconData()): NerTagger {
  const resources: Resources = { lex: compileLexicon(data), time: compileTimeLexicon(data.timeRaw), codebook: loadCodebook() };
  const pipeline: Pipeline<Layers, Resources> = buildPipeline<Layers, Resources>([tokensStage, sentencesStage, timesStage, mentionsStage, entitiesStage]);
  const run = (text: string): readonly NameSpan[] =>
    pipeline.run({ text, meta: { id: "ner", lang: "ar", published: null, title: null, url: null, source: null }, layers: {} }, resources).layers.entities?.names ?? [];
  return {
    names: run,
    tagDocument(sentences: readonly (readonly string[])[], showVia = false): string[][] {
      const input = sentences.flat();
      const starts: number[] = [];
      let text = "";
      let t = 0;
      for (const s of sentences) {
        // a line break keeps the input's sentences apart even without a full stop
        if (text) text += "\n";
        s.forEach((tok, i) => {
          if (i > 0) text += " ";
          starts[t++] = text.length;
          text += tok;
        });
      }
      const tags = input.map(() => "O");
      const names = [...run(text)].sort((a, b) => a.start - b.start || b.end - a.end);
      let lastEnd = -1;
      // input tokens overlapping each name: the first gets B-, the rest I-
      let i0 = 0;
      for (const n of names) {
        if (n.start < lastEnd) continue;
        while (i0 < input.length && (starts[i0] as number) + (input[i0] as string).length <= n.start) i0++;
        let first = true;
        for (let i = i0; i < input.length && (starts[i] as number) < n.end; i++) {
          if (tags[i] !== "O") break;
          tags[i] = `${first ? "B" : "I"}-${TAG_OF_CLASS[n.cls]}${showVia ? `\t${n.via}` : ""}`;
          first = false;
        }
        lastEnd = n.end;
      }
      tagLatinGlosses(input, tags);
      const out: string[][] = [];
      let k = 0;
      for (const s of sentences) {
        out.push(tags.slice(k, k + s.length));
        k += s.length;
      }
      return out;
    },
  };
}

/** A word in Latin letters (Aston, ICSS, Didactique, I). */
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'&-]*$/;
const QUOTES: ReadonlySet<string> = new Set(['"', "»", "”", "'"]);

/**
 * جامعة آستون " ( Aston University ): a name's spelling in Latin letters in brackets right
 * after it (a closing quotation mark between) is the same name and takes its tag (a person,
 * a place or a body; a work's title there is translated, not spelled).
 */
function tagLatinGlosses(input: readonly string[], tags: string[]): void {
  for (let k = 1; k < input.length; k++) {
    if (input[k] !== "(" || tags[k] !== "O") continue;
    const before = QUOTES.has(input[k - 1] as string) && k >= 2 ? k - 2 : k - 1;
    const tag = tags[before] as string;
    if (tag === "O") continue;
    let close = k + 1;
    while (close < input.length && close - k <= 6 && LATIN_WORD.test(input[close] as string) && tags[close] === "O") close++;
    if (close === k + 1 || input[close] !== ")") continue;
    const type = tag.replace(/^[BI]-/, "").split("\t")[0] as string;
    // a work's title in brackets is its translation (العلاقات الدولية على الإنترنت ( International Relations Online )), no spelling of a name
    if (type === "MISC") continue;
    for (let q = k + 1; q < close; q++) tags[q] = `${q === k + 1 ? "B" : "I"}-${type}`;
    k = close;
  }
}

/**
 * Tag CoNLL sentences. CoNLL files rarely mark documents, so runs of `window`
 * sentences are read as one document (a name introduced in full licenses its
 * family name alone in the other sentences of the run, before or after it); window 1
 * reads each sentence alone.
 */
export function tagSentences(tagger: NerTagger, sentences: readonly ConllSentence[], window = DEFAULT_WINDOW, showVia = false): ConllSentence[] {
  const out: ConllSentence[] = [];
  for (let i = 0; i < sentences.length; i += window) {
    const group = sentences.slice(i, i + window);
    const tags = tagger.tagDocument(
      group.map((s) => s.tokens),
      showVia,
    );
    group.forEach((s, k) => out.push({ tokens: s.tokens, tags: tags[k] ?? s.tokens.map(() => "O") }));
  }
  return out;
}

export const DEFAULT_WINDOW = 50;
