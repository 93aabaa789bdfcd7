/**
 * The Arabic name lists (data/lexicon/ar/given-names.yaml, name-cues.yaml):
 * their schema, their lint, and what the compiled lists hold.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileLexicon, compileNameLists } from "../src/lexicon/compile.js";
import { LexiconError, loadLexiconData } from "../src/lexicon/load.js";
import { lintLexicon } from "../src/lexicon/lint.js";

const data = loadLexiconData();

test("name lists load and pass their lint", () => {
  assert.ok(data.givenNames, "given-names.yaml is loaded");
  assert.ok(data.nameCues, "name-cues.yaml is loaded");
  assert.ok((data.givenNames?.given.length ?? 0) >= 300, "a few hundred Arabic given names");
  assert.deepEqual(lintLexicon(data).errors.filter((e) => /given-names|name-cues/.test(e)), []);
});

test("compiled name lists are normalised: hamza forms and ة meet", () => {
  const lists = compileLexicon(data).nameLists;
  assert.ok(lists.given.has("احمد"), "أحمد is found as احمد");
  assert.ok(lists.given.has("فاطمه"), "فاطمة is found as فاطمه");
  assert.ok(lists.ambiguous.has("علي"));
  assert.ok(lists.cues.connectors.has("ابو"));
  assert.ok(lists.cuePhrases.honorifics.next.get("ايه")?.next.has("الله"), "آية الله is a two-word honorific");
  assert.ok(!lists.foreign.has("محمد"), "an Arabic name is not a foreign one");
});

test("no given name is a closed-class word, and the title list reaches nouns with a pronoun (زميله)", () => {
  const lex = compileLexicon(data);
  const fw = lex.fw.sets;
  const closed = [fw.prepositions, fw.complementizers, fw.pronominalComplementizers, fw.relatives, fw.clauseBreakers, fw.verbalNegation, fw.copularNegation, fw.future];
  // علي meets على once ى is folded: an ambiguous name is read as a name only in context
  const clashes = [...lex.nameLists.given].filter((g) => !lex.nameLists.ambiguous.has(g) && closed.some((set) => set.has(g)));
  assert.deepEqual(clashes, []);
  assert.ok(lex.nameLists.foreign.has("فرناندو") && lex.nameLists.foreign.has("تشانغ"), "Spanish and Chinese names are listed");
  assert.ok(lex.nameLists.cuePhrases.honorifics.next.has("زميله"));
  assert.ok(lex.nameLists.cuePhrases.placeCues.next.has("نهر"));
});

test("compileNameLists without data gives empty lists (a fixture lexicon may have none)", () => {
  const lists = compileNameLists(null, null);
  assert.equal(lists.given.size, 0);
  assert.equal(lists.cues.honorifics.size, 0);
});

test("lint: a name listed twice, a given name that is a stop word, an ambiguous name not listed", () => {
  const report = lintLexicon({
    ...data,
    givenNames: { given: ["سليم", "سليم", "قال"], foreign: [], ambiguous: ["زهرة"] },
    nameCues: { ...(data.nameCues ?? ({} as never)), notNames: ["قال"] },
  });
  assert.ok(report.errors.some((e) => /given: 'سليم' is listed twice/.test(e)));
  assert.ok(report.errors.some((e) => /'قال' is also in name-cues notNames/.test(e)));
  assert.ok(report.errors.some((e) => /ambiguous 'زهرة' is not in given or foreign/.test(e)));
});

test("schema: a misspelt key in given-names.yaml is reported with its file and line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-names-"));
  try {
    mkdirSync(path.join(dir, "lexicon", "ar"), { recursive: true });
    writeFileSync(path.join(dir, "lexicon", "ar", "given-names.yaml"), "given: [سليم]\nforeign: []\nambigous: []\n");
    assert.throws(
      () => loadLexiconData(dir, { inherit: data }),
      (e: unknown) => e instanceof LexiconError && e.problems.some((p) => /given-names\.yaml:\d+: .*ambiguous|ambigous/.test(p)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("given names cover feminine Arabic names and European names; word-like names are ambiguous, role nouns are never names", () => {
  const lists = compileLexicon(data).nameLists;
  for (const n of ["سميحه", "جمانه", "رفعت", "سيغموند", "نعوم"]) assert.ok(lists.given.has(n), `${n} is a given name`);
  for (const n of ["هبه", "سحر", "جهاد"]) assert.ok(lists.given.has(n) && lists.ambiguous.has(n), `${n} is a given name and a common word`);
  for (const n of ["شقيق", "رسول", "لاعب"]) assert.ok(lists.cues.notNames.has(n), `${n} is never a name`);
});

test("foreign given names that are Arabic words too (دين، نيل) are ambiguous: a name only inside a longer name", () => {
  const lists = compileLexicon(data).nameLists;
  for (const w of ["دين", "نيل", "يان", "تيم"]) assert.ok(lists.foreign.has(w) && lists.ambiguous.has(w), w);
  assert.ok(lists.foreign.has("مارتينا") && !lists.ambiguous.has("مارتينا"));
});

test("given names of the Gulf, the Levant and Iraq open a name; those that are common words are ambiguous", () => {
  const lists = compileLexicon(data).nameLists;
  for (const n of ["متعب", "وديع", "غيث", "صهيب", "شربل", "هوشيار"]) assert.ok(lists.given.has(n), `${n} is a given name`);
  // خطاب a speech، عون help، يسار the left، تحسين an improvement: names only in a longer name or after a title
  for (const n of ["خطاب", "عون", "يسار", "تحسين"]) assert.ok(lists.ambiguous.has(n), `${n} is ambiguous`);
});

test("given names that fold into a common word (اليأس، الفرد) or are mostly an adjective (رمزي) are ambiguous", () => {
  const lists = compileLexicon(data).nameLists;
  for (const n of ["الياس", "الفرد", "ادوار", "رمزي", "نادر"]) assert.ok(lists.ambiguous.has(n), `${n} is ambiguous`);
});
