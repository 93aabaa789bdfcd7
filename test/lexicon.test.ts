/**
 * The real lexicon: schema (on load), lint, and every trigger example coded by
 * the pipeline exactly as the entry says.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCodebook } from "../src/cameo/load.js";
import { createExtractor } from "../src/extractor.js";
import { LexiconError, loadLexiconData } from "../src/lexicon/load.js";
import { lintLexicon } from "../src/lexicon/lint.js";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const data = loadLexiconData();
const codebook = loadCodebook();

test("the lexicon passes its lint", () => {
  const report = lintLexicon(data, codebook);
  assert.deepEqual(report.errors, []);
});

test("the lexicon covers what the foundation promises", () => {
  const countries = data.actors.filter((a) => a.value.type === "country");
  assert.ok(countries.length >= 197, `${countries.length} countries`);
  for (const iso of ["PSE", "TWN", "ESH"]) assert.ok(countries.some((c) => c.value.type === "country" && c.value.iso3 === iso), iso);
  // every country has its nationality adjectives, or a note saying why Arabic has none in use
  const without = countries.filter(
    (c) => c.value.type === "country" && !c.value.ar?.adjectives?.length && !c.value.ar?.weakAdjectives?.length && !/no nationality adjective/i.test(c.value.note ?? ""),
  );
  assert.deepEqual(without.map((c) => c.value.id), []);
  const people = data.actors.filter((a) => a.value.type === "person");
  assert.ok(people.length >= 200, `${people.length} people`);
  const codes = new Set(data.triggers.map((t) => t.value.code.slice(0, 2)));
  for (const root of ["02", "04", "05", "06", "07", "10", "11", "12", "13", "14", "16", "17", "18", "19"]) assert.ok(codes.has(root), `triggers for root ${root}`);
});

test("every trigger example codes to its entry's code, source and target", () => {
  const extractor = createExtractor(data, codebook);
  const failures: string[] = [];
  let checked = 0;
  for (const { value: t, file, line } of data.triggers) {
    for (const ex of t.examples) {
      if (t.speech) continue; // speech verbs make quotes, not events (CAMEO's 010 rule)
      checked++;
      const r = extractor.extract({ text: ex.text, published: ex.published ?? "2024-01-15", id: "example" });
      const hit = r.events.some(
        (e) =>
          e.code === ex.code &&
          (e.source?.code ?? null) === ex.source &&
          (ex.target === null ? true : (e.target?.code ?? null) === ex.target) &&
          e.negated === (ex.negated ?? false),
      );
      if (!hit) {
        const got = r.events.map((e) => `${e.code} ${e.source?.code ?? "-"}→${e.target?.code ?? "-"}${e.negated ? " NOT" : ""}`).join("; ") || "no event";
        failures.push(`${file}:${line} ${t.id}: «${ex.text}» want ${ex.code} ${ex.source}→${ex.target}, got ${got}`);
      }
    }
  }
  assert.ok(checked > 50, `${checked} examples`);
  assert.deepEqual(failures, []);
});

test("a broken lexicon file is reported with file and line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-lex-"));
  mkdirSync(path.join(dir, "lexicon", "common"), { recursive: true });
  writeFileSync(
    path.join(dir, "lexicon", "common", "bad.yaml"),
    "- id: ok-country\n  type: country\n  name: Ok\n  iso3: OKK\n  code: OKK\n- id: Bad Id\n  type: country\n  name: Bad\n  iso3: BAD\n  code: bad\n",
  );
  assert.throws(
    () => loadLexiconData(dir, { inherit: data }),
    (e: unknown) => e instanceof LexiconError && e.problems.some((p) => /bad\.yaml:6: entry 2 \(Bad Id\): id:/.test(p)) && e.problems.some((p) => /bad\.yaml:10: .*code:/.test(p)),
  );
});

test("lint catches duplicate ids, collisions, presentation forms and bad role ranges", () => {
  const mk = (value: object, line: number) => ({ value, file: "x.yaml", line }) as never;
  const broken = {
    ...data,
    actors: [
      mk({ id: "aa", type: "country", name: "A", iso3: "AAA", code: "AAA", ar: { names: ["ألف"] } }, 1),
      mk({ id: "aa", type: "country", name: "A2", iso3: "AAB", code: "AAB", ar: { names: ["باء"] } }, 5),
      mk({ id: "ab", type: "country", name: "A3", iso3: "AAC", code: "AAC", ar: { names: ["الف"] } }, 7),
      mk({ id: "pp", type: "person", name: "P", country: "AAA", ar: { names: ["ﺑﺎء"] }, roles: [{ code: "AAAGOV", from: "2020-01-01", to: "2019-01-01" }] }, 9),
      mk({ id: "qq", type: "person", name: "Q", country: "ZZZ", ar: { names: ["قاف"] }, roles: [{ code: "AAAGOV" }] }, 12),
    ],
    triggers: [],
    agents: [],
    topics: [],
  };
  const errors = lintLexicon(broken).errors.join("\n");
  assert.match(errors, /x\.yaml:5: duplicate actor id 'aa'/);
  assert.match(errors, /'الف' names both aa/);
  assert.match(errors, /presentation forms/);
  assert.match(errors, /ends \(2019-01-01\) before it starts/);
  assert.match(errors, /unknown country code 'ZZZ'/);
});

test("the checked lexicon is cached by a fingerprint of its files, and an edit makes a new one", async () => {
  const { cpSync, appendFileSync } = await import("node:fs");
  const { lexiconFingerprint } = await import("../src/lexicon/load.js");
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-cache-"));
  cpSync(path.join(process.cwd(), "data"), path.join(dir, "data"), { recursive: true });
  const dataDir = path.join(dir, "data");
  const before = lexiconFingerprint(dataDir);
  const parsed = loadLexiconData(dataDir, { cache: false });
  const first = loadLexiconData(dataDir);
  const cached = loadLexiconData(dataDir);
  assert.deepEqual(cached, first);
  assert.equal(cached.fingerprint, before, "a cached load says which files it came from");
  assert.equal(parsed.fingerprint, undefined);
  const { fingerprint: _f, ...withoutFingerprint } = cached;
  assert.deepEqual(JSON.parse(JSON.stringify(withoutFingerprint)), JSON.parse(JSON.stringify(parsed)), "the cache holds exactly what parsing gives");
  appendFileSync(path.join(dataDir, "lexicon", "ar", "topics.yaml"), "\n# an analyst's comment\n");
  assert.notEqual(lexiconFingerprint(dataDir), before);
});
