/**
 * Sentence-level PROTEST/ASSAULT detection (marsad eval --gsr): the CSV reader,
 * the scores, the detection rule on our own sentences, and, when ../shared is
 * present, the development half of the Arabic event GSR against its floors
 * (eval/floors.json, key "gsr").
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadAnalyzer } from "../src/cli/commands/explain.js";
import { detects, formatConfidenceBins, formatGsrReport, parseGsrCsv, parseGsrSpans, prf, readGsrDir, scoreGsrFull } from "../src/eval/gsr.js";
import { parseCsv } from "../src/core/csv.js";
import { packageRoot } from "../src/lexicon/load.js";

const root = packageRoot();
const analyze = loadAnalyzer();
const coded = (text: string): { text: string; record: ReturnType<typeof analyze>["record"]; diagnostics: ReturnType<typeof analyze>["layers"]["diagnostics"] } => {
  const a = analyze(text);
  return { text, record: a.record, diagnostics: a.layers.diagnostics };
};

test("the CSV reader keeps quoted commas, doubled quotes and newlines", () => {
  const rows = parseCsv('id,text\r\n1,"a, b"\n2,"say ""no""\nthen"\n3,plain\n');
  assert.deepEqual(rows, [["id", "text"], ["1", "a, b"], ["2", 'say "no"\nthen'], ["3", "plain"]]);
  const gsr = parseGsrCsv("id,event_type,label,accept,reject,total,text\nx-1,PROTEST,yes,3,0,3,\"نص، مع فاصلة\"\nx-2,ASSAULT,difficult no,1,2,3,نص\n", "t.csv");
  assert.deepEqual(gsr.map((r) => [r.id, r.type, r.label, r.text]), [["x-1", "PROTEST", "yes", "نص، مع فاصلة"], ["x-2", "ASSAULT", "difficult no", "نص"]]);
  assert.throws(() => parseGsrCsv("id,event_type,label,text\n1,RIOT,yes,x\n", "bad.csv"), /bad\.csv:2: unknown event_type/);
});

test("span files give the gold source country, or none", () => {
  const spans = parseGsrSpans(
    [
      { _id: "a", event_type: "ASSAULT", text: "t", spans: [{ source_role: { main: "None", role: "UAF" } }, { source_role: { main: "IRQ", role: "MIL" } }] },
      { _id: "b", event_type: "PROTEST", text: "t", spans: [{ source_role: {} }] },
    ],
    "s.json",
  );
  assert.deepEqual(spans.map((s) => s.sourceCountry), ["IRQ", null]);
});

test("precision, recall and F1 skip ambiguous rows", () => {
  const s = prf([
    { gold: true, predicted: true },
    { gold: true, predicted: false },
    { gold: false, predicted: true },
    { gold: false, predicted: false },
    { gold: null, predicted: true },
  ]);
  assert.deepEqual([s.tp, s.fp, s.fn, s.tn, s.skipped], [1, 1, 1, 1, 1]);
  assert.equal(s.f1, 0.5);
});

test("detection: asserted events and actorless mentions count; negated, intended and background ones do not", () => {
  assert.ok(detects(coded("تظاهر آلاف الطلاب المغاربة أمام البرلمان المغربي أمس."), "PROTEST"));
  assert.ok(detects(coded("انفجرت سيارة مفخخة قرب سوق شعبي صباح اليوم."), "ASSAULT"), "an unnamed doer still makes an attack");
  assert.ok(!detects(coded("لم يتعرض الجيش الأردني لهجوم من سوريا."), "ASSAULT"), "negated through its verb");
  assert.ok(!detects(coded("هدد الرئيس الروسي بشن هجوم على أوكرانيا."), "ASSAULT"), "a threat is root 13");
  assert.ok(!detects(coded("ورأى أن الاغتيالات تهدد الاستقرار."), "ASSAULT"), "a bare plural names a kind of act");
  assert.ok(!detects(coded("احتل المنتخب المغربي المرتبة الأولى في البطولة."), "ASSAULT"), "an idiom is not an occupation");
});

test("detection needs the particulars of an incident: a count of people, a day, or two acts told as verbs", () => {
  const incidents = (text: string): (string | null)[] => analyze(text).layers.diagnostics.filter((d) => ["14", "18", "19", "20"].includes(d.code.slice(0, 2))).map((d) => d.incident);
  assert.match(incidents("قتل 12 شخصا في انفجار سيارة مفخخة في كركوك.")[0] ?? "", /^a count of people \(12 شخصا\)$/);
  assert.match(incidents("أصيب ثلاثة من رجال الشرطة بجروح.")[0] ?? "", /^a count of people \(ثلاثة من\)|^a count of people/);
  assert.match(incidents("خطف مسلحون مجهولون مهندسا تركيا يوم الأحد في الموصل.")[0] ?? "", /^a day \(يوم الأحد\)$/);
  assert.match(incidents("قتل شرطي وأصيب آخر بجروح في انفجار عبوة ناسفة قرب مقر الشرطة.")[0] ?? "", /^several acts/);
  assert.match(incidents("وأعلن الجيش مقتل جنديين في كمين.")[0] ?? "", /^a count of people \(جنديين\)$/, "a dual counts");
  // a date with its year is mostly history; present verbs describe what is habitually done
  assert.deepEqual(incidents("والراحل عبد العزيز الرنتيسي الذي اغتالته إسرائيل في 17 أبريل 2004 كان قائدا."), [null]);
  assert.deepEqual(incidents("هؤلاء يقتلون الأبرياء ويخطفون الصحافيين."), [null, null]);
  // the day of a statement is not the day of the act it mentions
  assert.deepEqual(incidents("وقال المتحدث باسم الحكومة أمس إن اغتيال الصحافي جريمة نكراء."), [null]);
  // a count of things, not of people, is no particular
  assert.deepEqual(incidents("ارتفعت أسعار النفط بعد تفجير خط أنابيب قرب 3 مصاف."), [null]);
  // one verb among nouns lists kinds of act (الاغتيال والخطف)
  assert.deepEqual(incidents("وأدان البيان الاغتيالات والخطف الذي يستهدف الصحافيين."), [null, null, null]);
  // a lone mention in commentary: reported as a mention, not as an incident
  assert.ok(!detects(coded("واعتبر الكاتب أن اغتيال الصحافي يشكل اعتداء على حرية التعبير."), "ASSAULT"));
  assert.ok(detects(coded("واغتال مسلحون مجهولون صحافيا أمس في بغداد."), "ASSAULT"));
  // the confidence follows: the same act with and without particulars
  const best = (text: string): number => Math.max(0, ...analyze(text).record.events.map((e) => e.confidence));
  assert.ok(best("قصفت القوات الإسرائيلية مخيم جباليا أمس.") > best("قصفت القوات الإسرائيلية مخيم جباليا."));
});

test("GSR development set: detection F1 and actor countries hold their floors", (t) => {
  const dir = path.resolve(root, "../shared/eval/arabic_event_gsr");
  if (!existsSync(dir)) {
    t.diagnostic("no ../shared/eval/arabic_event_gsr: GSR evaluation not run");
    return;
  }
  const full = scoreGsrFull(readGsrDir(dir), coded);
  const reports = full.types;
  for (const line of (formatGsrReport(reports) + formatConfidenceBins(full.bins)).trimEnd().split("\n")) t.diagnostic(line);
  // the confidence scale is ordered: sentences whose best event is more confident report the event more often
  const share = (bs: typeof full.bins): number => bs.reduce((n, b) => n + b.yes, 0) / Math.max(1, bs.reduce((n, b) => n + b.yes + b.no, 0));
  assert.ok(share(full.bins.filter((b) => b.from >= 0.7)) > share(full.bins.filter((b) => b.from < 0.7)), "confidence is not ordered on the development data");
  const floors = (JSON.parse(readFileSync(path.join(root, "eval", "floors.json"), "utf8")) as { gsr: { protestF1: number; assaultF1: number; actorMatchesMin: number } }).gsr;
  const protest = reports.find((r) => r.type === "PROTEST");
  const assault = reports.find((r) => r.type === "ASSAULT");
  assert.ok(protest && assault);
  assert.ok(Number(protest.detection.f1.toFixed(3)) >= floors.protestF1, `PROTEST F1 ${protest.detection.f1} below its floor`);
  assert.ok(Number(assault.detection.f1.toFixed(3)) >= floors.assaultF1, `ASSAULT F1 ${assault.detection.f1} below its floor`);
  assert.ok(protest.actorMatched + assault.actorMatched >= floors.actorMatchesMin, "actor countries below their floor");
});

test("an act of force told as a noun under another verb takes its own day, not the verb's", () => {
  const incidents = (text: string): (string | null)[] => analyze(text).layers.diagnostics.filter((d) => ["18", "19", "20"].includes(d.code.slice(0, 2))).map((d) => d.incident);
  // the day is the warning's or the condemnation's, not the shelling's
  assert.deepEqual(incidents("وحذر الوزير أمس الفصائل من إطلاق صواريخ على المدن الحدودية."), [null]);
  assert.deepEqual(incidents("واستنكرت النقابة في بيان أمس اغتيال الصحافي."), [null]);
  // a day right after the noun is the act's own
  assert.match(incidents("واستنكرت النقابة تفجيرات السوق الشعبي أمس.")[0] ?? "", /^a day \(أمس\)$/);
  // with a support verb the clause's day is the act's
  assert.match(incidents("شن مسلحون أمس هجوما على نقطة تفتيش.")[0] ?? "", /^a day \(أمس\)$/);
});

test("one who underwent an act of force (تعرض لـ) tells of a particular act; the masdar تعرض does not", () => {
  const incidents = (text: string): (string | null)[] => analyze(text).layers.diagnostics.filter((d) => d.code.startsWith("18")).map((d) => d.incident);
  assert.match(incidents("تعرض المعارض البارز للضرب على أيدي عناصر الأمن.")[0] ?? "", /^one who underwent it \(تعرض\)$/);
  assert.match(incidents("وقالت عائلته إنه تعرض للتعذيب في السجن.")[0] ?? "", /^one who underwent it/);
  assert.ok(detects(coded("وتعرضت الناشطة لمحاولة اغتيال في منزلها."), "ASSAULT"));
  // a definite act someone underwent is no kind of act: not filtered as one
  assert.ok(analyze("وقالت عائلته إنه تعرض للتعذيب في السجن.").layers.diagnostics.some((d) => d.code === "1822" && d.outcome === "no-target"));
  // the masdar after a verb, a preposition or a noun that governs it, and a relative clause on someone
  assert.deepEqual(incidents("وطالب المحامي بضمانات بعدم تعرض موكله للتعذيب."), [null]);
  assert.deepEqual(incidents("وأفرج عن المصور الذي يعمل للصحيفة وتعرض للخطف."), [null]);
  // the habitual present tells what is done as a rule
  assert.deepEqual(incidents("السجناء يتعرضون للتعذيب في هذه السجون."), [null]);
});

test("قيام X بـ + a definite masdar tells that X did the act: no kind of act", () => {
  const outcome = (text: string, code: string): string | undefined => analyze(text).layers.diagnostics.find((d) => d.code === code)?.outcome;
  assert.equal(outcome("واستنكرت الحكومة قيام عشرات الطلاب أمس بالتجمع أمام مقر السفارة.", "141"), "no-target");
  assert.ok(detects(coded("واستنكرت الحكومة قيام عشرات الطلاب أمس بالتجمع أمام مقر السفارة."), "PROTEST"));
  assert.equal(outcome("وانطلقت التحركات مع قيام عدد من الشبان بإقفال الطريق الدولي.", "144"), "no-target");
  // without قيام the definite masdar still names a kind of act
  assert.equal(outcome("ويحظر القانون التجمع أمام المباني الحكومية.", "141"), "filtered");
});

test("protest patterns that open with their verb are acts told as verbs: two of them narrate an incident", () => {
  const incidents = (text: string): (string | null)[] => analyze(text).layers.diagnostics.filter((d) => d.code.startsWith("14")).map((d) => d.incident);
  assert.match(incidents("ونزل المحتجون إلى الشوارع ورشقوا الشرطة بالحجارة.")[0] ?? "", /^several acts/);
  // an event noun carried by a past support verb is told too
  assert.match(incidents("ونفذ المعلمون اعتصاما أمام الوزارة وهتفوا ضد الحكومة.")[0] ?? "", /^several acts/);
  // one act alone is no narration
  assert.deepEqual(incidents("ونزل المحتجون إلى الشوارع في العاصمة."), [null]);
});

test("an assassination told as a past verb is of someone in particular: an incident", () => {
  const incidents = (text: string): (string | null)[] => analyze(text).layers.diagnostics.filter((d) => d.code.startsWith("18")).map((d) => d.incident);
  assert.match(incidents("واغتال مسلحون العميد في مدينة البصرة.")[0] ?? "", /^an assassination told \(واغتال\)$/);
  assert.match(incidents("وقالت الشرطة إن الضابط اغتيل قرب منزله.")[0] ?? "", /^an assassination told/);
  // not the noun, which also names the kind of act; not the present; not who did one told before, nor one in a year long past
  assert.deepEqual(incidents("واعتبر الكاتب أن الاغتيال جريمة."), [null]);
  assert.deepEqual(incidents("ولا ننسى المحكمة التي تحاكم من اغتالوا الزعيم."), [null]);
  assert.deepEqual(incidents("وكان الزعيم قد اغتيل عام 1995 في مدينته."), [null]);
});

test("a protest told as a past verb where it happened, in front of a building or in a named place, reports an incident; a call to protest does not", () => {
  assert.ok(detects(coded("واحتشد المتظاهرون أمام السجن ورفعوا لافتات."), "PROTEST"));
  assert.ok(detects(coded("وتجمع المتظاهرون في مدينة الخليل."), "PROTEST"));
  assert.ok(!detects(coded("ودعا الناشطون إلى التظاهر أمام السجن."), "PROTEST"));
});
