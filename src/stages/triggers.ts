/**
 * Event triggers: verb forms, passives, event nouns and multi-word patterns
 * from the trigger lexicon, matched on clitic readings of each word.
 */
import { normalizeKey } from "../lang/ar/normalize.js";
import { fullReadings, originalOffset } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token } from "../lang/ar/tokenize.js";
import { GAP } from "../lexicon/compile.js";
import type { TriggerPattern } from "../lexicon/compile.js";
import type { Stage } from "../core/pipeline.js";
import type { Layers, Resources, TriggerMatch } from "./layers.js";

const MAX_GAP = 4;

/** Readings of a token, computed once per document. */
export class ReadingCache {
  private readonly verb = new Map<number, CliticAnalysis[]>();
  private readonly noun = new Map<number, CliticAnalysis[]>();
  constructor(private readonly tokens: readonly Token[]) {}
  get(i: number, verbs: boolean): CliticAnalysis[] {
    const cache = verbs ? this.verb : this.noun;
    let r = cache.get(i);
    if (!r) {
      const t = this.tokens[i];
      r = t && t.kind === "word" ? fullReadings(t.norm, { verbs }) : t ? [{ prefix: "", stem: t.norm, suffix: "", prefixLength: 0 }] : [];
      cache.set(i, r);
    }
    return r;
  }
  has(i: number, stem: string, verbs = false): boolean {
    return this.get(i, verbs).some((r) => r.stem === stem);
  }
}

/** Match the rest of a pattern from word 1 on, starting after token i; returns matched token indices. */
function matchRest(p: TriggerPattern, cache: ReadingCache, tokens: readonly Token[], i: number, end: number): number[] | null {
  const matched = [i];
  let pos = i + 1;
  for (let w = 1; w < p.words.length; w++) {
    const word = p.words[w] as string;
    if (word === GAP) {
      const nextWord = p.words[w + 1];
      if (nextWord === undefined) return null;
      let found = -1;
      for (let g = pos; g < Math.min(end, pos + MAX_GAP + 1); g++) {
        if ((tokens[g] as Token).kind === "punct" && (tokens[g] as Token).text !== "،" && (tokens[g] as Token).text !== ",") break;
        if (cache.has(g, nextWord)) {
          found = g;
          break;
        }
      }
      if (found < 0) return null;
      matched.push(found);
      pos = found + 1;
      w++;
      continue;
    }
    if (pos >= end || !cache.has(pos, word)) return null;
    matched.push(pos);
    pos++;
  }
  return matched;
}

export const triggersStage: Stage<Layers, "tokens" | "sentences", "triggers", Resources> = {
  name: "triggers",
  requires: ["tokens", "sentences"],
  adds: ["triggers"],
  run(doc, { lex }) {
    const { tokens, sentences } = doc.layers;
    const cache = new ReadingCache(tokens);
    const out: TriggerMatch[] = [];
    for (const s of sentences) {
      let coveredUntil = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i] as Token;
        if (t.kind !== "word") continue;
        let best: { p: TriggerPattern; toks: number[]; reading: CliticAnalysis; ri: number } | null = null;
        const readings = cache.get(i, true);
        readings.forEach((r, ri) => {
          const list = lex.triggersByFirst.get(r.stem);
          if (!list) return;
          for (const p of list) {
            // verbs do not take prepositions or the article: بحث is not ب + حث
            if (p.kind !== "noun" && /[بكل]|ال/.test(r.prefix.replace(/^[وف]/, "").replace(/س$/, ""))) continue;
            if (p.kind === "noun" && r.prefix.endsWith("س")) continue;
            const toks = p.words.length === 1 ? [i] : matchRest(p, cache, tokens, i, s.tokenEnd);
            if (!toks) continue;
            const span = (toks[toks.length - 1] as number) - i;
            const bestSpan = best ? (best.toks[best.toks.length - 1] as number) - i : -1;
            if (!best || span > bestSpan || (span === bestSpan && ri < best.ri)) best = { p, toks, reading: r, ri };
          }
        });
        if (!best) continue;
        const b = best as { p: TriggerPattern; toks: number[]; reading: CliticAnalysis; ri: number };
        const lastTok = b.toks[b.toks.length - 1] as number;
        // a match inside a longer one already taken adds nothing
        if (lastTok <= coveredUntil) continue;
        const cue = b.p.entry.cue;
        if (cue) {
          let ok = false;
          for (let g = lastTok + 1; g <= Math.min(s.tokenEnd - 1, lastTok + cue.window) && !ok; g++) {
            for (const c of cue.after) if (cache.has(g, normalizeKey(c).split(" ")[0] ?? "")) ok = true;
          }
          if (!ok) continue;
        }
        const first = tokens[i] as Token;
        const last = tokens[lastTok] as Token;
        // the evidence span leaves out a leading conjunction (وأكد → أكد)
        const conj = /^[وف]/.test(b.reading.prefix) ? 1 : 0;
        const start = first.start + originalOffset(first.text, conj);
        out.push({ pattern: b.p, tokenStart: i, tokenEnd: lastTok + 1, tokens: b.toks, start, end: last.end, sentence: s.index, reading: b.reading });
        coveredUntil = Math.max(coveredUntil, lastTok);
      }
    }
    return { triggers: out };
  },
};
