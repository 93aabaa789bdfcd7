/**
 * The coder against a tiny fictional world (test/fixtures/lexicon): these
 * tests check the pipeline's rules, not the real lexicon.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { loadCodebook } from "../src/cameo/load.js";
import type { DocumentRecord, EventRecord } from "../src/core/record.js";
import { createExtractor } from "../src/extractor.js";
import { loadLexiconData, packageRoot } from "../src/lexicon/load.js";

const root = packageRoot();
const base = loadLexiconData(path.join(root, "data"));
const world = loadLexiconData(path.join(root, "test/fixtures/lexicon"), { inherit: base });
const extractor = createExtractor(world, loadCodebook());
const code = (text: string, published: string | null = "2024-04-09"): DocumentRecord => extractor.extract({ text, published, id: "t" });
const brief = (e: EventRecord): string =>
  [e.code, e.source?.code ?? "-", e.target?.code ?? "-", e.date ?? "-", e.negated ? "NOT" : "", e.modality].join(" ").replace(/\s+/g, " ");

test("VSO: verb, titled subject with a name, target after the preposition, date and place", () => {
  const r = code("التقى الرئيس الأرنوري أراغورن بالرئيس الغوندوري فارامير يوم الثلاثاء في ميناس تيريث.");
  assert.deepEqual(r.events.map(brief), ["040 ARNGOV GONGOV 2024-04-09 asserted"]);
  const ev = r.events[0] as EventRecord;
  assert.equal(ev.source?.text, "أراغورن");
  assert.equal(ev.target?.text, "فارامير");
  assert.equal(ev.trigger.text, "التقى");
  assert.equal(ev.location?.name, "Minas Tirith");
  assert.equal(ev.rule, "ar.triggers.meet#verb");
  assert.equal(ev.name, "Consult");
});

test("SVO with a counterpart and a relative time word", () => {
  const r = code("الملك الأرنوري التقى بنظيره الغوندوري أمس.");
  assert.deepEqual(r.events.map(brief), ["040 ARNGOV GONGOV 2024-04-08 asserted"]);
  assert.ok(!r.entities.some((e) => e.name === "أمس"), "a time word is not a name");
});

test("negation marks the event instead of dropping or asserting it", () => {
  const r = code("لم تقدم أرنور دعما عسكريا لغوندور.");
  // (dated as its positive is: the jussive after لم tells a past act with no time of its own)
  assert.deepEqual(r.events.map(brief), ["072 ARN GON 2024-04-09 NOT asserted"]);
  const pos = code("قدمت أرنور دعما عسكريا لغوندور.");
  assert.deepEqual(pos.events.map(brief), ["072 ARN GON 2024-04-09 asserted"]);
});

test("a compound subject of a joint act is coded once between its members", () => {
  const r = code("التقى أراغورن وفارامير الثاني في فورنوست.");
  assert.deepEqual(r.events.map(brief), ["040 ARNGOV GONGOV 2024-04-09 asserted"]);
  assert.equal(r.events[0]?.reciprocal, true);
});

test("the two sides resolve to the pair in context", () => {
  const r = code("زار أراغورن غوندور العام الماضي، ووقع الجانبان ميثاقا للسلام.");
  assert.deepEqual(r.events.map(brief), ["042 ARNGOV GON 2023 asserted", "057 ARNGOV GON 2023 asserted"]);
});

test("an appeal takes the specific code of what it asks for", () => {
  assert.deepEqual(code("دعا أراغورن إلى وقف إطلاق النار.").events.map(brief), ["0256 ARNGOV ARN 2024-04-09 asserted"]);
  assert.deepEqual(code("دعا أراغورن موردور إلى انسحاب القوات.").events.map(brief), ["0256 ARNGOV MOR 2024-04-09 asserted"]);
});

test("the future becomes an intent code", () => {
  assert.deepEqual(code("سيزور أراغورن غوندور.").events.map(brief), ["036 ARNGOV GON - intended"]);
});

test("reported speech: the embedded event, attributed to the speaker", () => {
  const r = code("قال أراغورن إن جيش موردور هاجم روهان.");
  assert.deepEqual(r.events.map(brief), ["190 MORMIL ROH 2024-04-09 reported"]);
  assert.equal(r.events[0]?.attributedTo?.name, "Aragorn");
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0]?.kind, "reported");
  assert.equal(r.quotes[0]?.speaker?.name, "Aragorn");
});

test("an evaluation in reported speech is criticism of the complement's subject", () => {
  const r = code("قال الرئيس الأرنوري إن خطة موردور كانت منفصلة تماما عن أي واقع.");
  assert.deepEqual(r.events.map(brief), ["111 ARNGOV MOR 2024-04-09 asserted"]);
});

test("direct quotes get their speaker, also when the subject is carried to the next sentence", () => {
  const r = code('قال أراغورن: "إن السلام ممكن بين الشعبين." وأضاف: "لن نتراجع عن هذا الطريق أبدا."');
  assert.deepEqual(
    r.quotes.map((q) => [q.kind, q.speaker?.name, q.text]),
    [
      ["direct", "Aragorn", "إن السلام ممكن بين الشعبين"],
      ["direct", "Aragorn", "لن نتراجع عن هذا الطريق أبدا"],
    ],
  );
});

test("a short form links only when the full name is in the document", () => {
  assert.equal(code("وصل فارامير إلى أرنور.").entities.some((e) => e.id === "faramir"), false);
  const r = code("وصل فارامير الثاني إلى أرنور. وقال فارامير إن الزيارة ناجحة.");
  const f = r.entities.find((e) => e.id === "faramir");
  assert.deepEqual(f?.mentions.map((m) => m.text), ["فارامير الثاني", "فارامير"]);
});

test("roles follow the document's date", () => {
  assert.equal(code("زار دينيثور أرنور.", "2010-05-01").entities.find((e) => e.id === "denethor")?.code, "GONGOV");
  assert.equal(code("زار دينيثور أرنور.", "2024-05-01").entities.find((e) => e.id === "denethor")?.code, "GONELI");
});

test("a variant spelling of a foreign name meets its entry", () => {
  const r = code("التقى جاندالف الرمادي بالرئيس الأرنوري.");
  assert.equal(r.entities[0]?.id, "gandalf");
  assert.deepEqual(r.events.map(brief), ["040 ROHGOV ARNGOV 2024-04-09 asserted"]);
});

test("a verb does not take a feminine country after it as subject when it is masculine", () => {
  const r = code("التقى الرئيس الأرنوري بالملك الغوندوري. كما دعا موردور إلى وقف إطلاق النار.");
  assert.deepEqual(r.events.map(brief), ["040 ARNGOV GONGOV 2024-04-09 asserted", "0256 ARNGOV MOR 2024-04-09 asserted"]);
});

test("a phone call in a fronted phrase takes the main clause's subject as source", () => {
  const r = code("في اتصال هاتفي مع الرئيس الغوندوري، دعا الرئيس الأرنوري إلى وقف إطلاق النار.");
  assert.deepEqual(r.events.map(brief), ["041 ARNGOV GONGOV 2024-04-09 asserted", "0256 ARNGOV - 2024-04-09 asserted"]);
});

test("news agencies are sources of reports, not actors", () => {
  const r = code("اتهمت وكالة بالانتير موردور بالعدوان.");
  assert.equal(r.events.length, 0);
});

test("every span's text is the slice of the original it points at", () => {
  const text = "وَالتقى الرئيسُ الأرنوري أراغورن بالرئيـــس الغوندوري، وقال: «لن نتراجع عن السلام أبدًا». 😀";
  const r = code(text);
  const spans = [
    ...r.entities.flatMap((e) => e.mentions),
    ...r.events.flatMap((e) => [e.trigger, ...(e.source ? [e.source] : []), ...(e.target ? [e.target] : [])]),
    ...r.times,
  ];
  assert.ok(spans.length > 4);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
});

test("extraction is deterministic, byte for byte", () => {
  const text = "التقى الرئيس الأرنوري بالرئيس الغوندوري أمس، وقال إن جيش موردور هاجم روهان.";
  assert.equal(JSON.stringify(code(text)), JSON.stringify(code(text)));
});

test("empty and non-Arabic input give an empty record, not an error", () => {
  const r = code("");
  assert.equal(r.events.length + r.entities.length + r.sentences.length, 0);
  const en = code("The king met the president.");
  assert.equal(en.document.lang, "en");
  assert.equal(en.events.length, 0);
  assert.ok(en.warnings?.[0]?.includes("not supported"));
});

test("an invalid publication date is refused", () => {
  assert.throws(() => code("زار أراغورن غوندور.", "2023-02-29"), /invalid published date/);
});

test("a short form with no full name in the document does not hide a name after a title", () => {
  const r = code("التقى الرئيس الأرنوري بنظيره الغوندوري وان هو في فورنوست.");
  assert.ok(r.entities.some((e) => e.id === "wang-ho"), JSON.stringify(r.entities.map((e) => e.id)));
  assert.deepEqual(r.events.map(brief), ["040 ARNGOV GONGOV 2024-04-09 asserted"]);
});

test("a coordinated verb keeps its subject when only an unnamed sector follows it", () => {
  const r = code("التقت الحكومة الأرنورية بقادة موردور، واتهمت قوات بالعدوان على روهان.");
  assert.ok(r.events.some((e) => e.code === "112" && e.source?.code === "ARNGOV"), JSON.stringify(r.events.map(brief)));
  assert.ok(!r.events.some((e) => e.code === "112" && e.source?.code !== "ARNGOV"));
});
