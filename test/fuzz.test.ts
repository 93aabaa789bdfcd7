/**
 * Property-based fuzzing of the Arabic layer and the whole extractor: whatever
 * the text (diacritics, tatweel, presentation forms, emoji, lone surrogates,
 * zero-width and bidi marks, Latin, digits), extract() never throws, and every
 * span in the record points at exactly the text it claims. The seed is fixed, so
 * a failure is reproducible and the run is deterministic.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadExtractor } from "../src/extractor.js";
import type { Extractor } from "../src/extractor.js";
import { normalizeWithMap } from "../src/lang/ar/normalize.js";
import { tokenizeWithInfo } from "../src/lang/ar/tokenize.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLE = readFileSync(join(ROOT, "examples", "article-ar.txt"), "utf8");
const SEED = 20260701;

/** Pieces that stress offsets: each one is a different width or disappears under normalisation. */
const NOISE = [
  "\u064E", "\u064B", "\u0651", "\u0652", "\u0670", "\u06D6", // harakat, dagger alef, Quranic marks
  "\u0640", "ـــ", // tatweel
  "\uFEFB", "\uFEF5", "\uFE8D", "\uFEDF", "\uFDF2", "\uFDFA", "ﷺ", // presentation forms and ligatures (NFKC expands some)
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u202B", "\u2067", // zero-width and bidi
  "😀", "👍🏽", "🇸🇦", "\uD83D", "\uDE00", "\uD800", "\uDFFF", // emoji, surrogate pairs, lone surrogates
  "a", "Z", "Jean-Yves", "O'Neil", "UN", "7", "٣", "۴", "1,5", "٢٠١٥",
  "\n", "\r\n", "\t", " ", "\u00A0", "\u2028",
  ".", "،", "؛", "؟", "!", "...", "«", "»", "\"", "'", "(", ")", ":", "-", "—",
];

const WORDS = [
  "قال", "إن", "أن", "الرئيس", "وزير", "الخارجية", "السعودي", "المصري", "استقبل", "التقى", "أمس", "اليوم",
  "في", "الرياض", "القاهرة", "إسرائيل", "إيران", "وللصين", "بالرئيس", "الأمم المتحدة", "يوم الاثنين", "الماضي",
  "هاجم", "أدان", "اتفاق", "مباحثات", "لن", "لم", "سوف", "عبد الله", "بن", "آل سعود",
];

/** Real sentences with noise inserted or substituted at random places. */
const noisyArticle = fc
  .tuple(
    fc.nat(ARTICLE.length - 1),
    fc.integer({ min: 0, max: 500 }),
    fc.array(fc.tuple(fc.nat(1000), fc.constantFrom(...NOISE), fc.boolean()), { maxLength: 30 }),
  )
  .map(([from, length, edits]) => {
    let t = ARTICLE.slice(from, from + length);
    for (const [at, piece, replace] of edits) {
      const q = at % (t.length + 1);
      t = t.slice(0, q) + piece + t.slice(replace ? q + 1 : q);
    }
    return t;
  });

/** Word salad from the pieces above, with arbitrary code units mixed in. */
const salad = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NOISE), fc.string({ unit: "binary", maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 4 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(noisyArticle, salad);

interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every object in the record with numeric start/end and a text: evidence, mentions, quotes, cues, times. */
function spansOf(value: unknown, path = "$", out: { path: string; span: SpanLike }[] = []): { path: string; span: SpanLike }[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => spansOf(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push({ path, span: o as unknown as SpanLike });
    for (const [k, v] of Object.entries(o)) spansOf(v, `${path}.${k}`, out);
  }
  return out;
}

let extractor: Extractor | undefined;
async function getExtractor(): Promise<Extractor> {
  extractor ??= await loadExtractor();
  return extractor;
}

test("fuzz: the spans walker sees the spans of a real record (the property below is not vacuous)", async () => {
  const ex = await getExtractor();
  const spans = spansOf(ex.extract({ text: ARTICLE, published: "2024-04-09" }));
  const kinds = new Set(spans.map((s) => s.path.replace(/\[\d+\]/g, "[]")));
  assert.ok(spans.length > 20, `only ${spans.length} spans in the example article`);
  for (const k of ["$.entities[].mentions[]", "$.events[].trigger"]) assert.ok(kinds.has(k), `no span at ${k}; found ${[...kinds].join(", ")}`);
});

test("fuzz: extract() never throws and every span's text is the slice of the original it points at", async () => {
  const ex = await getExtractor();
  fc.assert(
    fc.property(anyText, fc.constantFrom("2015-07-21", null), (text, published) => {
      const record = ex.extract({ text, published, lang: "ar" });
      for (const { path, span } of spansOf(record)) {
        assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${path}: non-integer offsets`);
        assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${path}: [${span.start}, ${span.end}) outside [0, ${text.length}]`);
        assert.equal(text.slice(span.start, span.end), span.text, `${path}: the span's text is not the original's slice`);
      }
      for (const [i, s] of record.sentences.entries()) {
        assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `sentence ${i} out of range`);
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test("fuzz: normalizeWithMap's map is monotone, in range and ends at the original length", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const { text: norm, map } = normalizeWithMap(text);
      assert.equal(map.length, norm.length + 1);
      assert.equal(map[norm.length], text.length);
      for (let i = 0; i < norm.length; i++) {
        const o = map[i] as number;
        assert.ok(o >= 0 && o < text.length, `map[${i}] = ${o} outside the original`);
        if (i > 0) assert.ok(o >= (map[i - 1] as number), `map not monotone at ${i}`);
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test("fuzz: tokens keep their offsets and never overlap", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const { tokens, infos } = tokenizeWithInfo(text);
      assert.equal(infos.length, tokens.length);
      let last = 0;
      for (const t of tokens) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, `token ${t.index} [${t.start}, ${t.end}) misplaced`);
        assert.equal(text.slice(t.start, t.end), t.text);
        last = t.end;
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});
