import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { compileTimeLexicon, findTimes, loadTimeLexicon } from "../src/lang/ar/time.js";
import type { TimeExpression } from "../src/lang/ar/time.js";

const YAML_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "lexicon", "ar", "time.yaml");
const lex = loadTimeLexicon();

// 2024-04-09 is a Tuesday, 2024-04-10 a Wednesday.
const TUE = "2024-04-09";
const WED = "2024-04-10";

/** findTimes plus the invariants every result must keep. */
function times(text: string, published: string | null): TimeExpression[] {
  const found = findTimes(text, published, lex);
  let last = -1;
  for (const t of found) {
    assert.equal(t.text, text.slice(t.start, t.end), `span of ${JSON.stringify(t)}`);
    assert.ok(t.start >= last, `sorted and non-overlapping: ${JSON.stringify(found)}`);
    assert.ok(t.end > t.start);
    last = t.end;
  }
  return found;
}

function one(text: string, published: string | null): TimeExpression {
  const found = times(text, published);
  assert.equal(found.length, 1, `one expression in «${text}»: ${JSON.stringify(found)}`);
  return found[0] as TimeExpression;
}

/** [text, value] pairs, for compact expectations. */
function pairs(text: string, published: string | null): Array<[string, string | null]> {
  return times(text, published).map((t) => [t.text, t.value]);
}

test("the YAML parses, its ids are unique and it compiles", () => {
  const raw = parseYaml(readFileSync(YAML_PATH, "utf8")) as Record<string, unknown>;
  const ids: string[] = [];
  for (const [key, section] of Object.entries(raw)) {
    if (!Array.isArray(section) || key === "clitics") continue;
    for (const entry of section as Array<{ id?: unknown }>) {
      assert.equal(typeof entry.id, "string", `an entry of ${key} has no id`);
      ids.push(entry.id as string);
    }
  }
  assert.ok(ids.length > 50);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(", ")}`);
  const compiled = compileTimeLexicon(raw);
  assert.deepEqual([...compiled.ids].sort(), [...ids].sort());
});

test("compileTimeLexicon reports bad input clearly", () => {
  const raw = parseYaml(readFileSync(YAML_PATH, "utf8")) as Record<string, unknown>;
  const weekdays = raw["weekdays"] as Array<Record<string, unknown>>;
  const dup = { ...raw, weekdays: [...weekdays, { ...weekdays[0], forms: ["الاثنينات"] }] };
  assert.throws(() => compileTimeLexicon(dup), /duplicate id 'weekday\.monday'/);
  const badMonth = { ...raw, months: [{ id: "month.x", month: 13, forms: ["شهرستان"] }] };
  assert.throws(() => compileTimeLexicon(badMonth), /months\.0\.month/);
  const badId = { ...raw, dayNouns: [{ id: "Day Noun", forms: ["يوم"] }] };
  assert.throws(() => compileTimeLexicon(badId), /dayNouns\.0\.id: ids are lower-case/);
  const clash = { ...raw, weekdays: [...weekdays, { id: "weekday.clash", iso: 3, forms: ["الخميس"] }] };
  assert.throws(() => compileTimeLexicon(clash), /'الخميس' already has another meaning/);
  assert.throws(() => compileTimeLexicon(null), /\(root\)/);
});

test("relative days resolve against the publication date", () => {
  assert.deepEqual(pairs("وصل الوفد اليوم إلى القاهرة بعد أن غادر أمس عمّان.", TUE), [
    ["اليوم", "2024-04-09"],
    ["أمس", "2024-04-08"],
  ]);
  assert.deepEqual(pairs("قال المتحدث البارحة إن المفاوضات ستستأنف غداً أو بعد غد.", TUE), [
    ["البارحة", "2024-04-08"],
    ["غداً", "2024-04-10"],
    ["بعد غد", "2024-04-11"],
  ]);
  assert.deepEqual(pairs("وقعت الاشتباكات أول من أمس، وتجددت أول أمس، ثم هدأت يوم أمس.", TUE), [
    ["أول من أمس", "2024-04-07"],
    ["أول أمس", "2024-04-07"],
    ["يوم أمس", "2024-04-08"],
  ]);
  // الليلة الماضية is last night, told the morning after
  assert.deepEqual(pairs("واستقبل الوزير الليلة الماضية نظيره، وقتلت قوات الأمن مساء الليلة الماضية مسلحا.", TUE), [
    ["الليلة الماضية", "2024-04-08"],
    ["مساء الليلة الماضية", "2024-04-08"],
  ]);
  // البارحة الأولى is the night before last: the day before yesterday, not yesterday
  assert.deepEqual(pairs("وقال المتحدث البارحة الأولى إن الحوار مستمر.", TUE), [["البارحة الأولى", "2024-04-07"]]);
  const t = one("أعلن الجيش أمس الاثنين انسحابه من المدينة.", TUE);
  assert.equal(t.text, "أمس الاثنين");
  assert.equal(t.kind, "relative");
  assert.equal(t.eventDate, "2024-04-08");
  assert.equal(t.anchored, true);
});

test("weekdays on a Tuesday: the same day, the most recent one, past and next", () => {
  assert.deepEqual(pairs("اجتمع المجلس الثلاثاء وكان قد اجتمع الأربعاء ثم يوم الاثنين.", TUE), [
    ["الثلاثاء", "2024-04-09"],
    ["الأربعاء", "2024-04-03"],
    ["يوم الاثنين", "2024-04-08"],
  ]);
  assert.deepEqual(pairs("زار الوزير دمشق الثلاثاء الماضي ويزور بيروت الثلاثاء المقبل والأربعاء القادم.", TUE), [
    ["الثلاثاء الماضي", "2024-04-02"],
    ["الثلاثاء المقبل", "2024-04-16"],
    ["الأربعاء القادم", "2024-04-10"],
  ]);
  const t = one("تظاهر الآلاف يوم الأحد في الساحة.", TUE);
  assert.equal(t.kind, "weekday");
  assert.equal(t.value, "2024-04-07");
});

test("weekdays on a Wednesday", () => {
  assert.deepEqual(pairs("بدأت القمة الأربعاء، بعد لقاء تمهيدي الخميس الماضي وصلاة الجمعة الماضية.", WED), [
    ["الأربعاء", "2024-04-10"],
    ["الخميس الماضي", "2024-04-04"],
    ["الجمعة الماضية", "2024-04-05"],
  ]);
  assert.deepEqual(pairs("تنطلق الانتخابات السبت المقبل، وأُغلقت الحدود السبت.", WED), [
    ["السبت المقبل", "2024-04-13"],
    ["السبت", "2024-04-06"],
  ]);
  assert.deepEqual(pairs("وصل الموفد مساء الأربعاء الماضي.", WED), [["مساء الأربعاء الماضي", "2024-04-03"]]);
});

test("a weekday followed by its date takes the date", () => {
  const t = one("عقد البرلمان جلسته يوم الثلاثاء 9 أبريل 2024 في العاصمة.", "2024-05-01");
  assert.equal(t.text, "يوم الثلاثاء 9 أبريل 2024");
  assert.equal(t.kind, "date");
  assert.equal(t.value, "2024-04-09");
  assert.equal(t.anchored, false);
  assert.equal(one("وقّعت الاتفاقية الأحد الموافق 7 أبريل.", TUE).value, "2024-04-07");
  assert.equal(one("قالت الوزارة اليوم الثلاثاء، 9 أبريل 2024، إن …", TUE).text, "اليوم الثلاثاء، 9 أبريل 2024");
});

test("last week is an ISO week; its event date is its month, or its year across a month", () => {
  const inMonth = one("التقى الطرفان الأسبوع الماضي في الدوحة.", TUE);
  assert.equal(inMonth.kind, "week");
  assert.equal(inMonth.value, "2024-W14"); // 1–7 April
  assert.equal(inMonth.eventDate, "2024-04");
  // 29 April – 5 May
  const acrossMonth = one("التقى الطرفان الأسبوع الماضي في الدوحة.", "2024-05-08");
  assert.equal(acrossMonth.value, "2024-W18");
  assert.equal(acrossMonth.eventDate, "2024");
  // 30 Dec 2024 – 5 Jan 2025 is week 1 of 2025
  const acrossYear = one("اندلعت المواجهات الأسبوع المنصرم.", "2025-01-07");
  assert.equal(acrossYear.value, "2025-W01");
  assert.equal(acrossYear.eventDate, "2025");
  // 28 Dec 2020 – 3 Jan 2021 is week 53 of 2020
  const week53 = one("اندلعت المواجهات الأسبوع الفائت.", "2021-01-06");
  assert.equal(week53.value, "2020-W53");
  assert.equal(week53.eventDate, "2020");
  assert.deepEqual(pairs("يصل المبعوث هذا الأسبوع ويغادر الأسبوع المقبل.", TUE), [
    ["هذا الأسبوع", "2024-W15"],
    ["الأسبوع المقبل", "2024-W16"],
  ]);
});

test("months and years relative to publication", () => {
  assert.deepEqual(pairs("ارتفع التضخم الشهر الماضي وسينخفض الشهر المقبل بحسب تقرير هذا الشهر.", "2024-01-15"), [
    ["الشهر الماضي", "2023-12"],
    ["الشهر المقبل", "2024-02"],
    ["هذا الشهر", "2024-01"],
  ]);
  assert.deepEqual(pairs("تراجع النمو العام الماضي والسنة الماضية ويتوقع أن يتحسن العام المقبل وفي العام الحالي وهذه السنة.", TUE), [
    ["العام الماضي", "2023"],
    ["السنة الماضية", "2023"],
    ["العام المقبل", "2025"],
    ["العام الحالي", "2024"],
    ["هذه السنة", "2024"],
  ]);
  assert.equal(one("وقعت الهدنة في الشهر الجاري.", TUE).value, "2024-04");
  assert.equal(one("جرت الانتخابات العام قبل الماضي.", TUE).value, "2022");
});

test("explicit dates in both month series, combined forms and ordinal days", () => {
  assert.deepEqual(pairs("وقعت الحادثة في 9 أبريل 2024، وتكررت في 9 نيسان/أبريل 2024.", "2024-06-01"), [
    ["9 أبريل 2024", "2024-04-09"],
    ["9 نيسان/أبريل 2024", "2024-04-09"],
  ]);
  const t = one("انطلقت الحملة في نيسان (أبريل) 2023.", TUE);
  assert.equal(t.text, "نيسان (أبريل) 2023");
  assert.equal(t.kind, "month");
  assert.equal(t.value, "2023-04");
  assert.deepEqual(pairs("صدر القرار في الثاني من كانون الثاني/يناير 2024 ونُشر في 15 تشرين الأول 2023.", TUE), [
    ["الثاني من كانون الثاني/يناير 2024", "2024-01-02"],
    ["15 تشرين الأول 2023", "2023-10-15"],
  ]);
  assert.equal(one("جرى الاستفتاء في التاسع من أبريل.", TUE).value, "2024-04-09");
  assert.equal(one("تنتهي المهلة في الحادي والعشرين من حزيران 2025.", TUE).value, "2025-06-21");
  assert.equal(one("افتتح المعرض في العاشر من الشهر الجاري.", TUE).value, "2024-04-10");
  assert.equal(one("وقعت الاتفاقية في 3 مارس من العام الماضي.", TUE).value, "2023-03-03");
  assert.equal(one("تأسست اللجنة في يونيو من عام 2019.", TUE).value, "2019-06");
  assert.equal(one("تجرى الانتخابات في الـ15 من مايو.", TUE).value, "2023-05-15");
});

test("a month without a year is its most recent occurrence not after publication", () => {
  assert.deepEqual(pairs("بدأ الحوار في أبريل، بعد جولة في مارس وأخرى في مايو وديسمبر.", TUE), [
    ["أبريل", "2024-04"],
    ["مارس", "2024-03"],
    ["مايو", "2023-05"],
    ["ديسمبر", "2023-12"],
  ]);
  assert.deepEqual(pairs("انتهت الأزمة في أبريل الماضي وتبدأ المحادثات يناير المقبل.", TUE), [
    ["أبريل الماضي", "2023-04"],
    ["يناير المقبل", "2025-01"],
  ]);
  assert.equal(one("ارتفعت الأسعار خلال شهر آب الماضي.", TUE).value, "2023-08");
});

test("years: after عام/سنة/العام, with the ل clitic, after cue words, and linked years", () => {
  assert.deepEqual(pairs("أقرت الموازنة لعام 2022 بعد عجز سنة 2021 وفي العام 2020.", TUE), [
    ["عام 2022", "2022"],
    ["سنة 2021", "2021"],
    ["العام 2020", "2020"],
  ]);
  assert.deepEqual(pairs("تراجعت الصادرات في 2022 ولم تتعاف منذ 2011.", TUE), [
    ["2022", "2022"],
    ["2011", "2011"],
  ]);
  assert.deepEqual(pairs("شهد عامي 2020 و2021 احتجاجات.", TUE), [
    ["2020", "2020"],
    ["2021", "2021"],
  ]);
  const y = one("تأسس الحزب عام 1948م.", null);
  assert.equal(y.text, "عام 1948م");
  assert.equal(y.kind, "year");
  assert.equal(y.anchored, false);
  // a bare number without a cue is not a year
  assert.deepEqual(times("قتل 2022 شخصا بحسب الحصيلة.", TUE), []);
  assert.deepEqual(times("في عام 1850 وفي 2150", TUE), []);
});

test("numeric dates and Arabic-Indic digits", () => {
  assert.deepEqual(pairs("صدر البيان بتاريخ 09/04/2024 ونشر في 2024-04-10 وعُدّل في ٢٠٢٤/٤/١١.", TUE), [
    ["09/04/2024", "2024-04-09"],
    ["2024-04-10", "2024-04-10"],
    ["٢٠٢٤/٤/١١", "2024-04-11"],
  ]);
  const t = one("اندلعت الاحتجاجات في ١٧ تشرين الأول ٢٠١٩.", TUE);
  assert.equal(t.text, "١٧ تشرين الأول ٢٠١٩");
  assert.equal(t.value, "2019-10-17");
  assert.deepEqual(times("بلغت النسبة 2.5 في الساعة 10:30 وتاريخ 31/02/2024 غير صالح.", TUE), []);
});

test("beginning, middle and end of periods", () => {
  const found = times("تبدأ الأعمال مطلع الشهر المقبل وتنتهي أواخر 2025، بعد توقف منتصف العام الماضي ونهاية أبريل.", TUE);
  assert.deepEqual(
    found.map((t) => [t.text, t.value, t.part]),
    [
      ["مطلع الشهر المقبل", "2024-05", "early"],
      ["أواخر 2025", "2025", "late"],
      ["منتصف العام الماضي", "2023", "mid"],
      ["نهاية أبريل", "2024-04", "late"],
    ],
  );
  assert.equal(one("تعقد القمة بنهاية العام.", TUE).text, "نهاية العام");
});

test("clitics before a time word stay outside the span", () => {
  assert.deepEqual(pairs("وأمس قالت الحكومة، ويوم الأحد ردت المعارضة، والثلاثاء تظاهر الطلاب، وبالأمس اجتمعوا.", TUE), [
    ["أمس", "2024-04-08"],
    ["يوم الأحد", "2024-04-07"],
    ["الثلاثاء", "2024-04-09"],
    ["الأمس", "2024-04-08"],
  ]);
  // ل + ال fuse into لل: the whole word is kept
  assert.deepEqual(pairs("خصصت الأموال للعام المقبل.", TUE), [["للعام المقبل", "2025"]]);
});

test("durations after منذ / قبل count back from publication", () => {
  const found = times("اعتقل منذ ثلاثة أيام وأفرج عن رفيقه منذ يومين بعد سجن دام منذ أسبوعين.", TUE);
  assert.deepEqual(
    found.map((t) => [t.text, t.kind, t.value, t.eventDate]),
    [
      ["منذ ثلاثة أيام", "duration", "2024-04-06", "2024-04-06"],
      ["منذ يومين", "duration", "2024-04-07", "2024-04-07"],
      ["منذ أسبوعين", "duration", "2024-W13", "2024-03"],
    ],
  );
  assert.deepEqual(pairs("بدأت الأزمة قبل شهرين، وانتخب الرئيس منذ عامين، وأقرت الخطة قبل 5 سنوات، ومنذ نحو 10 أيام.", TUE), [
    ["قبل شهرين", "2024-02"],
    ["منذ عامين", "2022"],
    ["قبل 5 سنوات", "2019"],
    ["منذ نحو 10 أيام", "2024-03-30"],
  ]);
  // anchored on something else; "for years" is a past too vague to date
  assert.deepEqual(pairs("وصل قبل يومين من الانتخابات ومنذ سنوات ومنذ شهر رمضان.", TUE), [["منذ سنوات", null]]);
  // a few days or weeks ago: the month or year that holds the whole likely span, never the day of publication
  assert.deepEqual(pairs("زار موسكو قبل أيام وقبل عدة أيام وقبل أسابيع.", "2024-04-20"), [
    ["قبل أيام", "2024-04"],
    ["قبل عدة أيام", "2024-04"],
    ["قبل أسابيع", "2024"],
  ]);
  assert.deepEqual(pairs("زار موسكو قبل أيام.", "2024-04-03"), [["قبل أيام", "2024"]]);
  // the unit word starts a longer expression of its own
  assert.deepEqual(pairs("يعتصمون منذ يوم الأحد ومنذ عام 2019.", TUE), [
    ["يوم الأحد", "2024-04-07"],
    ["عام 2019", "2019"],
  ]);
});

test("diacritics, tatweel and presentation forms keep original offsets", () => {
  const text = "قَالَ الوَزِيرُ أَمْسِ إِنَّ القِمَّةَ سَتُعْقَدُ يَوْمَ الثُّلَاثَاءِ المُقْبِلِ";
  assert.deepEqual(pairs(text, TUE), [
    ["أَمْسِ", "2024-04-08"],
    ["يَوْمَ الثُّلَاثَاءِ المُقْبِلِ", "2024-04-16"],
  ]);
  assert.deepEqual(pairs("انعقد المؤتمر الثـــلاثاء في ١٥ مـــارس ٢٠٢٤", TUE), [
    ["الثـــلاثاء", "2024-04-09"],
    ["١٥ مـــارس ٢٠٢٤", "2024-03-15"],
  ]);
  assert.deepEqual(pairs("ﻭﺻﻞ ﺃﻣﺲ ﻭﻏﺎﺩﺭ ﺍﻟﺨﻤﻴﺲ", TUE), [
    ["ﺃﻣﺲ", "2024-04-08"],
    ["ﺍﻟﺨﻤﻴﺲ", "2024-04-04"],
  ]);
  // a trailing right-to-left mark stays out of the span
  assert.equal(one("وصل الوفد أمس\u200F، وفق البيان.", TUE).text, "أمس");
});

test("look-alike words do not match", () => {
  const text = [
    "أصدرت الجمعية العامة تقريرها اليومي ونشرته الصحف اليومية",
    "وهو الأحدث بين أحد عشر تقريراً والأحد عشر مشاركاً",
    "أمسك الشرطي بالمتهم في أمسية ثقافية عن السبتمبريين",
    "مارس الضغط على الحكومة، وقال الأب إن سيارة نيسان تعطلت",
    "وصرح النائب العام السابق والأمين العام الحالي بأن الرأي العام الجديد مستاء",
    "في اليوم الأول وفي ذلك اليوم وصباح اليوم التالي احتفل باليوم الوطني",
    "قال إن الشهر والأسبوع والعام مضت، وحزب الغد يشارك، وعشرات الأيام",
  ].join(". ");
  assert.deepEqual(times(text, TUE), []);
});

test("without a publication date, relative expressions have no value but explicit dates do", () => {
  const found = times("قال أمس إن الاتفاق الموقع في 9 أبريل 2024 سينفذ الأسبوع المقبل، لا في مايو، كما جرى عام 2022 ومنذ ثلاثة أيام والأحد.", null);
  assert.deepEqual(
    found.map((t) => [t.text, t.kind, t.value, t.eventDate, t.anchored]),
    [
      ["أمس", "relative", null, null, true],
      ["9 أبريل 2024", "date", "2024-04-09", "2024-04-09", false],
      ["الأسبوع المقبل", "week", null, null, true],
      ["مايو", "month", null, null, true],
      ["عام 2022", "year", "2022", "2022", false],
      ["منذ ثلاثة أيام", "duration", null, null, true],
      ["الأحد", "weekday", null, null, true],
    ],
  );
  // a malformed publication date counts as missing
  assert.equal(one("وصل أمس", "yesterday").value, null);
  // a timestamp is read by its date
  assert.equal(one("وصل أمس", "2024-04-09T23:30:00Z").value, "2024-04-08");
});

test("the longest expression wins and results do not overlap", () => {
  const found = times("صباح أمس الاثنين الموافق 8 نيسان/أبريل 2024 وعام 2023", TUE);
  assert.deepEqual(
    found.map((t) => t.text),
    ["صباح أمس الاثنين الموافق 8 نيسان/أبريل 2024", "عام 2023"],
  );
  assert.equal(found[0]?.value, "2024-04-08");
  assert.equal(found[0]?.kind, "date");
});

test("a month with no year is the last one before publication, or the next one where the clause speaks of the future", () => {
  // published Tuesday 9 April 2024
  assert.equal(one("وزار الرئيس باريس في سبتمبر", TUE).value, "2023-09");
  assert.equal(one("ويعتزم الرئيس زيارة باريس في سبتمبر", TUE).value, "2024-09");
  assert.equal(one("ومن المقرر أن تعقد القمة في 12 مارس", TUE).value, "2025-03-12");
  // (a cue in an earlier sentence governs nothing here)
  assert.equal(one("يعتزم الرئيس السفر. وزار باريس في سبتمبر", TUE).value, "2023-09");
});

test("a weekday named with اليوم or أمس beats the publication date by a day or two (a story filed the next morning)", () => {
  // published on Wednesday; written on Tuesday
  assert.deepEqual(pairs("وصل الرئيس الأمريكي اليوم الثلاثاء إلى نيروبي.", WED), [["اليوم الثلاثاء", "2024-04-09"]]);
  assert.deepEqual(pairs("وقال الوزير أمس الاثنين إن المحادثات فشلت.", WED), [["أمس الاثنين", "2024-04-08"]]);
  // a weekday that agrees changes nothing; one too far back leaves the relative day
  assert.deepEqual(pairs("وصل الرئيس الأمريكي اليوم الأربعاء إلى نيروبي.", WED), [["اليوم الأربعاء", "2024-04-10"]]);
  assert.deepEqual(pairs("وصل الرئيس الأمريكي اليوم الخميس إلى نيروبي.", WED), [["اليوم الخميس", "2024-04-10"]]);
});

test("a bare year heading a list entry (1990 - ...) is a time; a bare number amid a sentence is not", () => {
  const list = "1948 - اعتقال قادة الحزب الشيوعي الأميركي. 1956 - البنك الدولي يعلن أنه لن يمول السد العالي.\n1990- القوات العراقية تغزو الكويت.\n2005: المجلس العسكري يستولي على السلطة.";
  assert.deepEqual(pairs(list, TUE), [["1948", "1948"], ["1956", "1956"], ["1990", "1990"], ["2005", "2005"]]);
  // a number mid-sentence, or at a line start with no dash, stays a number
  assert.deepEqual(pairs("قتل 1990 - 2000 شخص في الحرب.", TUE), []);
  assert.deepEqual(pairs("وصل عدد اللاجئين إلى\n1990 لاجئا.", TUE), []);
});

test("a day and month that name a revolution or a bloc (ثورة 25 يناير، قوى 14 آذار، 8 و14 آذار) are no time; the same days elsewhere are", () => {
  assert.deepEqual(pairs("وقال إن ثورة 25 يناير كانت شعبية، وانتقدت قوى 14 آذار الحكومة، ودعا البطريرك 8 و14 آذار للحوار.", TUE), []);
  assert.deepEqual(pairs("زار الوزير لبنان بين 8 و14 مارس، والتقى نظيره في 25 يناير.", TUE), [["14 مارس", "2024-03-14"], ["25 يناير", "2024-01-25"]]);
  // with a year it is a date again
  assert.deepEqual(pairs("اندلعت ثورة 25 يناير 2011.", TUE), [["25 يناير 2011", "2011-01-25"]]);
});

test("a weekday in brackets after the relative day names that day (اليوم (الاثنين) in a story filed on Tuesday)", () => {
  assert.deepEqual(pairs("اتهمت المنظمة إسرائيل، اليوم (الاثنين)، بانتهاكات.", TUE), [["اليوم (الاثنين)", "2024-04-08"]]);
  assert.deepEqual(pairs("اتهمت المنظمة إسرائيل اليوم (الثلاثاء).", TUE), [["اليوم (الثلاثاء)", "2024-04-09"]]);
});
