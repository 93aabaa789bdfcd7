/**
 * Sentence splitting over tokens. Ends at . ! ? ؟ and line breaks, but not
 * inside quotation marks (a quote may hold full stops) and not inside numbers
 * (the tokenizer keeps 3.5 whole).
 */
import type { Token } from "./tokenize.js";

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const ENDERS = new Set([".", "!", "?", "؟", "…", "..."]);
const OPENING: Record<string, string> = { "“": "”", "«": "»", "„": "“", "‹": "›" };
const CLOSING = new Set(["”", "»", "›"]);
/** A quote left open this many tokens is a stray mark, not a quotation. */
const MAX_QUOTE_TOKENS = 400;

/** Does text[from, to) hold a line feed? Read in place: cutting out the gap made a string per token. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let openQuote: string | null = null;
  let quoteStart = -1;
  let straightOpen = false;
  const close = (lastIncl: number): void => {
    if (lastIncl < first) return;
    const a = tokens[first];
    const b = tokens[lastIncl];
    if (!a || !b) return;
    out.push({ index: out.length, start: a.start, end: b.end, tokenStart: first, tokenEnd: lastIncl + 1 });
    first = lastIncl + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // a blank line or line break between tokens ends a sentence (headlines, paragraphs)
    if (i > first) {
      const prev = tokens[i - 1] as Token;
      if (hasLineBreak(text, prev.end, t.start)) {
        openQuote = null;
        straightOpen = false;
        close(i - 1);
      }
    }
    if (t.kind === "punct") {
      const ch = t.text[0] ?? "";
      if (openQuote === null && OPENING[ch] !== undefined) {
        openQuote = OPENING[ch] ?? null;
        quoteStart = i;
        continue;
      }
      if (openQuote !== null && (ch === openQuote || CLOSING.has(ch))) {
        openQuote = null;
        // a full stop just inside the closing mark ends the sentence after the mark
        const before = tokens[i - 1];
        if (before && ENDERS.has(before.text)) close(i);
        continue;
      }
      if (ch === '"') {
        straightOpen = !straightOpen;
        if (!straightOpen) {
          const before = tokens[i - 1];
          if (before && ENDERS.has(before.text)) close(i);
        }
        continue;
      }
      if (openQuote !== null && i - quoteStart > MAX_QUOTE_TOKENS) openQuote = null;
      if (ENDERS.has(t.text) || ENDERS.has(ch)) {
        if (openQuote !== null || straightOpen) continue;
        // keep a closing quote or bracket that follows the full stop
        let j = i;
        while (j + 1 < tokens.length && (CLOSING.has(tokens[j + 1]?.text ?? "") || tokens[j + 1]?.text === ")")) j++;
        close(j);
        i = j;
      }
    }
  }
  close(tokens.length - 1);
  return out;
}
