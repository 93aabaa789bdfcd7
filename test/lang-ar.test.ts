import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeKey, normalizeWithMap, translitKey } from "../src/lang/ar/normalize.js";
import { splitSentences } from "../src/lang/ar/sentences.js";
import { fullReadings, originalOffset, prefixReadings, tokenize } from "../src/lang/ar/tokenize.js";

test("normalisation folds hamza forms, alef maqsura, taa marbuta, digits and drops diacritics", () => {
  assert.equal(normalizeKey("أُمَمٌ"), "امم");
  assert.equal(normalizeKey("إلى"), "الي");
  assert.equal(normalizeKey("آمنة"), "امنه");
  assert.equal(normalizeKey("الـــصين"), "الصين");
  assert.equal(normalizeKey("٢٠٢٤"), "2024");
  assert.equal(normalizeKey("۱۴۰۳"), "1403");
  assert.equal(normalizeKey("ﺍﻟﺼﻴﻦ"), "الصين", "presentation forms go through NFKC");
  assert.equal(normalizeKey("ﻻ"), "لا", "the lam-alef ligature expands to two letters");
});

test("the offset map points every normalised unit back into the original", () => {
  const original = "قالَ الـرئيسُ ﻻ 😀 ٣";
  const { text, map } = normalizeWithMap(original);
  assert.equal(text, "قال الرييس لا 😀 3".replace("الرييس", "الرئيس"));
  assert.equal(map.length, text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const o = map[i] as number;
    assert.ok(o >= 0 && o < original.length);
    if (i > 0) assert.ok(o >= (map[i - 1] as number), "the map is monotone");
  }
  assert.equal(map[text.length], original.length);
  const s = text.indexOf("لا");
  assert.equal(original.slice(map[s], map[s + 2]), "ﻻ");
});

test("tokens keep exact offsets through diacritics, tatweel, emoji and punctuation", () => {
  const text = "وقالَ الرئيـــس: «السلامُ ممكن» 😀 في 3.5 ساعة، وانتهى.";
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    tokens.map((t) => t.norm),
    ["وقال", "الرييس", ":", "«", "السلام", "ممكن", "»", "😀", "في", "3.5", "ساعه", "،", "وانتهي", "."].map((w) => (w === "الرييس" ? normalizeKey("الرئيس") : w)),
  );
  assert.equal(tokens.find((t) => t.norm === "3.5")?.kind, "number");
});

test("clitic readings: the whole word first, ل + ال written لل", () => {
  const stems = (w: string) => prefixReadings(normalizeKey(w)).map((r) => r.stem);
  assert.equal(stems("بكين")[0], "بكين");
  assert.ok(stems("للصين").includes("الصين"));
  assert.ok(stems("والولايات").includes("الولايات"));
  assert.ok(stems("لأوكرانيا").includes("اوكرانيا"));
  assert.ok(stems("وبالصين").includes("الصين"));
  const full = fullReadings(normalizeKey("تقديره")).map((r) => r.stem);
  assert.ok(full.includes("تقدير"), "a pronoun suffix comes off");
  assert.ok(fullReadings(normalizeKey("دعوته")).some((r) => r.stem === normalizeKey("دعوة")), "ت before a suffix is a taa marbuta");
  assert.ok(fullReadings(normalizeKey("سيلتقي"), { verbs: true }).some((r) => r.stem === "يلتقي" && r.prefix.endsWith("س")));
  assert.ok(fullReadings(normalizeKey("دعمًا")).some((r) => r.stem === "دعم"), "the accusative alef comes off");
});

test("original offsets skip the stripped clitic and its diacritics", () => {
  assert.equal(originalOffset("وَالصين", 1), 2);
  assert.equal(originalOffset("لروسيا", 1), 1);
});

test("transliteration keys let variant spellings of foreign names meet", () => {
  assert.equal(translitKey("وانغ يي"), translitKey("وانج يي"));
  assert.equal(translitKey("وانغ يي"), translitKey("وان يي"));
  assert.equal(translitKey("سيرجي"), translitKey("سيرغي"));
  assert.equal(translitKey("شي جينبينغ"), translitKey("شي جين بينغ"));
  assert.notEqual(translitKey("لافروف"), translitKey("بوتين"));
});

test("sentences end at full stops, but not inside quotes or numbers", () => {
  const text = "قال الوزير: «انتهت الحرب. بدأ السلام.» ثم غادر. بلغ النمو 3.5 بالمئة! هل انتهى؟ نعم";
  const tokens = tokenize(text);
  const sents = splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ["قال الوزير: «انتهت الحرب. بدأ السلام.»", "ثم غادر.", "بلغ النمو 3.5 بالمئة!", "هل انتهى؟", "نعم"]);
});

test("a line break ends a sentence (headlines)", () => {
  const text = "عاجل: زيارة رسمية\nوصل الوزير اليوم.";
  const sents = splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ["عاجل: زيارة رسمية", "وصل الوزير اليوم."]);
});

test("the language of a document is the script most of its letters are written in", async () => {
  const { detectLanguage } = await import("../src/extractor.js");
  assert.equal(detectLanguage("قال الرئيس إن بلاده تدعم الحوار."), "ar");
  assert.equal(detectLanguage("The president said his country backs the talks."), "en");
  assert.equal(detectLanguage("قال Biden إن الولايات المتحدة تدعم Kyiv."), "ar");
  assert.equal(detectLanguage("Élysée: Macron meets بوتين"), "en");
  assert.equal(detectLanguage("2024-04-09 😀 123 … ×÷"), "und");
  assert.equal(detectLanguage("ﻻ ﺍﻟﺴﻼﻡ"), "ar", "presentation forms are Arabic letters");
  assert.equal(detectLanguage(""), "und");
});

test("tokenize: ة ends every word it is in, so a word a lost space glued on after it is a token of its own (الليبيةجددت), with spans on the original text", () => {
  const text = "أغرقتها الطائرات الليبيةجددت الحكومة تحذيرها، والمدرسةُالجديدة";
  const words = tokenize(text).filter((t) => t.kind === "word");
  assert.deepEqual(words.map((t) => t.text), ["أغرقتها", "الطائرات", "الليبية", "جددت", "الحكومة", "تحذيرها", "والمدرسةُ", "الجديدة"]);
  for (const t of words) assert.equal(text.slice(t.start, t.end), t.text);
});
