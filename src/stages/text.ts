/**
 * The first stages: tokens with offsets, sentences, and time expressions.
 */
import { splitSentences } from "../lang/ar/sentences.js";
import { findTimes } from "../lang/ar/time.js";
import { tokenizeWithInfo } from "../lang/ar/tokenize.js";
import type { Stage } from "../core/pipeline.js";
import type { Layers, Resources } from "./layers.js";
import { ReadingCache } from "./readings.js";

export const tokensStage: Stage<Layers, never, "tokens" | "readings", Resources> = {
  name: "tokens",
  requires: [],
  adds: ["tokens", "readings"],
  run(doc) {
    const { tokens, infos } = tokenizeWithInfo(doc.text);
    return { tokens, readings: new ReadingCache(tokens, infos) };
  },
};

export const sentencesStage: Stage<Layers, "tokens", "sentences" | "sentenceOfToken", Resources> = {
  name: "sentences",
  requires: ["tokens"],
  adds: ["sentences", "sentenceOfToken"],
  run(doc) {
    const { tokens } = doc.layers;
    const sentences = splitSentences(doc.text, tokens);
    const sentenceOfToken = new Int32Array(tokens.length);
    for (const s of sentences) sentenceOfToken.fill(s.index, s.tokenStart, s.tokenEnd);
    return { sentences, sentenceOfToken };
  },
};

export const timesStage: Stage<Layers, "tokens", "times", Resources> = {
  name: "times",
  requires: ["tokens"],
  adds: ["times"],
  run(doc, { time }) {
    return { times: findTimes(doc.text, doc.meta.published, time) };
  },
};
