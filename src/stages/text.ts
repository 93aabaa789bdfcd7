/**
 * The first stages: tokens with offsets, sentences, and time expressions.
 */
import { splitSentences } from "../lang/ar/sentences.js";
import { findTimes } from "../lang/ar/time.js";
import { tokenize } from "../lang/ar/tokenize.js";
import type { Stage } from "../core/pipeline.js";
import type { Layers, Resources } from "./layers.js";

export const tokensStage: Stage<Layers, never, "tokens", Resources> = {
  name: "tokens",
  requires: [],
  adds: ["tokens"],
  run(doc) {
    return { tokens: tokenize(doc.text) };
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
