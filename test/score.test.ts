import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  GoldFormatError,
  ScoreInputError,
  formatPythonFixed,
  formatReport,
  loadSystemOutput,
  parseGold,
  readGoldFile,
  readSystemOutputFile,
  scoreAll,
  scoreDocument,
} from "../src/eval/score.js";
import type { ScoreReport } from "../src/eval/score.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures", "score");
const fixture = (name: string): string => path.join(fixtures, name);

function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${start}`);
    dir = up;
  }
  return dir;
}

interface Expected {
  system: number;
  required: number;
  tp: number;
  fp: number;
  optionalHit: number;
  negationErrors: number;
  actors: [number, number];
  quotes: [number, number];
  missing: string[];
  /** As printed: precision, recall, F1. */
  printed: [string, string, string];
}

interface Scenario {
  name: string;
  golds: string[];
  system: string;
  /** Worked out by hand from the fixtures; see the comments in each case. */
  expected: Expected;
}

const scenarios: Scenario[] = [
  {
    // e1 by the reversed GON->ARN meeting (symmetric); ev2 is its reverse 04 repeat and is dropped.
    // e2 (null target, gold month vs system day) by ev3 via the source's country; ev4 repeats ev3's root and date.
    // e3 (gold day vs system month) by ev5; ev6 is the reverse 057, not deduped (root 05) and not symmetric: FP.
    // e4 (gold date null) by ev7 with a system date of null; e5 missed: ev8 has no date, FP.
    // ev9 asserts what negated e6 denies: FP and negation error. ev10 is negated, ev11/ev12 have no code.
    name: "pairs",
    golds: ["pairs.gold.json"],
    system: "pairs.system.json",
    expected: {
      system: 7, required: 5, tp: 4, fp: 3, optionalHit: 0, negationErrors: 1,
      actors: [0, 0], quotes: [0, 0], missing: [], printed: ["0.571", "0.800", "0.667"],
    },
  },
  {
    // r1 can take either consultation, r2 only the 042 one: augmenting gives r1 the 043 and r2 the 042.
    // o1 (listed first) would take the 042 in a joint greedy pass and leave r2 unmatched.
    // o2 gets the 051 from what is left; r3 takes the first raid, the second is the FP.
    name: "greedy",
    golds: ["greedy.gold.json"],
    system: "greedy.system.json",
    expected: {
      system: 5, required: 3, tp: 3, fp: 1, optionalHit: 1, negationErrors: 0,
      actors: [0, 0], quotes: [0, 0], missing: [], printed: ["0.750", "1.000", "0.857"],
    },
  },
  {
    // Théoden by name containment; Aragorn Elessar by the entity name inside his ("elessar", code upper-cased);
    // Denethor by mention text; Gondor inside "Steward of Gondor"; Saruman's entity has the wrong code and
    // the nameless ISE entity shares no mention text. Quotes: curly quotes stripped and full name, guillemets
    // and the last word "elessar"; "the Steward" does not name Denethor; Gandalf is not Saruman.
    name: "people",
    golds: ["people.gold.json"],
    system: "people.system.json",
    expected: {
      system: 0, required: 0, tp: 0, fp: 0, optionalHit: 0, negationErrors: 0,
      actors: [4, 5], quotes: [2, 4], missing: [], printed: ["0.000", "0.000", "0.000"],
    },
  },
  {
    // arn-010 appears twice: the later line wins (1 of 2 found, 1 FP); gon-011: 1 of 1, and the 172 against
    // Mordor is a negation error; roh-012 has no output (2 required missed, its actor and quote missed);
    // mor-099 has no gold file and is ignored.
    name: "multi",
    golds: ["multi-arn.gold.json", "multi-gon.gold.json", "multi-roh.gold.json"],
    system: "multi.system.jsonl",
    expected: {
      system: 4, required: 5, tp: 2, fp: 2, optionalHit: 0, negationErrors: 1,
      actors: [3, 4], quotes: [0, 1], missing: ["roh-012"], printed: ["0.500", "0.400", "0.444"],
    },
  },
  {
    // One system document without an id, one gold file: paired anyway; symmetric, gold day vs system month.
    name: "fallback",
    golds: ["fallback.gold.json"],
    system: "fallback.system.json",
    expected: {
      system: 1, required: 1, tp: 1, fp: 0, optionalHit: 0, negationErrors: 0,
      actors: [0, 0], quotes: [0, 0], missing: [], printed: ["1.000", "1.000", "1.000"],
    },
  },
  {
    // The same output with two gold files: no fallback, both documents missing.
    name: "no-fallback",
    golds: ["fallback.gold.json", "multi-roh.gold.json"],
    system: "fallback.system.json",
    expected: {
      system: 0, required: 3, tp: 0, fp: 0, optionalHit: 0, negationErrors: 0,
      actors: [0, 1], quotes: [0, 1], missing: ["gon-020", "roh-012"], printed: ["0.000", "0.000", "0.000"],
    },
  },
  {
    // Document id 7 (a number) matches gold "7". Kept positives: the 042 (year 2024 is a prefix of
    // "2024-02"), 190 (date false), 51 (numeric code), 0211, 031, 0241. Dropped: 195 (date 0 == false),
    // code 0, the second 04 with date 2024, and the "yes"-negated 120, so k2 is missed.
    name: "quirks",
    golds: ["quirks.gold.json"],
    system: "quirks.system.json",
    expected: {
      system: 6, required: 2, tp: 1, fp: 5, optionalHit: 0, negationErrors: 0,
      actors: [1, 1], quotes: [1, 1], missing: [], printed: ["0.167", "0.500", "0.250"],
    },
  },
  {
    // Recall 1/16 = 0.0625 exactly: python prints 0.062 (ties to even); toFixed would print 0.063.
    name: "rounding",
    golds: ["rounding.gold.json"],
    system: "rounding.system.json",
    expected: {
      system: 1, required: 16, tp: 1, fp: 0, optionalHit: 0, negationErrors: 0,
      actors: [0, 0], quotes: [0, 0], missing: [], printed: ["1.000", "0.062", "0.118"],
    },
  },
  {
    // Blank output: every gold document is missing and still counts its required events.
    name: "empty",
    golds: ["pairs.gold.json", "greedy.gold.json"],
    system: "empty.system.jsonl",
    expected: {
      system: 0, required: 8, tp: 0, fp: 0, optionalHit: 0, negationErrors: 0,
      actors: [0, 0], quotes: [0, 0], missing: ["arn-001", "gon-002"], printed: ["0.000", "0.000", "0.000"],
    },
  },
];

function run(s: Scenario): ScoreReport {
  return scoreAll(s.golds.map((g) => readGoldFile(fixture(g))), readSystemOutputFile(fixture(s.system)));
}

for (const s of scenarios) {
  test(`scenario ${s.name}: hand-counted numbers`, () => {
    const r = run(s);
    const e = s.expected;
    assert.deepEqual(
      {
        system: r.system, required: r.required, tp: r.tp, fp: r.fp, optionalHit: r.optionalHit,
        negationErrors: r.negationErrors, actors: [r.actors.found, r.actors.total],
        quotes: [r.quotes.found, r.quotes.total], missing: r.missing,
      },
      {
        system: e.system, required: e.required, tp: e.tp, fp: e.fp, optionalHit: e.optionalHit,
        negationErrors: e.negationErrors, actors: e.actors, quotes: e.quotes, missing: e.missing,
      },
    );
    const lines = formatReport(r).split("\n");
    assert.equal(lines.at(-1), "", "output ends with a newline");
    assert.equal(lines.at(-2), `F1 ${e.printed[2]}`);
    assert.equal(lines.at(-3), `precision ${e.printed[0]} recall ${e.printed[1]}`);
  });
}

test("pairs: the whole verbose report", () => {
  const r = run(at(scenarios, 0));
  assert.equal(r.precision, 4 / 7);
  assert.equal(r.recall, 0.8);
  assert.equal(
    formatReport(r, true),
    [
      "## arn-001",
      "  ok e1 required ARN 04 GON 2024-03-05  meeting, coded once for both sides",
      "  ok e2 required ROH 173 None 2024-03  no target in the text; month-only date",
      "  ok e3 required GON 057 ROH 2024-03-06  system may give a coarser date",
      "  ok e4 required ARN 036 ROH None  no date to check",
      "  -- e5 required MOR 190 GON 2024-03-05  a system event without a date misses it",
      "  .. e8 optional ARN 112 MOR None  implicit criticism",
      "  FP  ROH 057 GON 2024-03  وقعت",
      "  FP  MOR 190 GON None  هاجمت",
      "  FP  ROH 042 MOR 2024-03-06  محادثات",
      "  actors 0/0 missing: -",
      "  quotes 0/0 missing: -",
      "events: system 7, required 5, matched 4, optional matched 0, false positives 3 (negation errors 1)",
      "actors found with the right code: 0/0; quotes attributed: 0/0",
      "precision 0.571 recall 0.800",
      "F1 0.667",
      "",
    ].join("\n"),
  );
});

test("greedy: required matched before optional, ties to the first candidate", () => {
  const r = run(at(scenarios, 1));
  const doc = at(r.documents, 0);
  assert.deepEqual(
    doc.rows.map((row) => `${row.gold.id}:${row.matched}`),
    ["o1:false", "r1:true", "r2:true", "o2:true", "r3:true"],
  );
  assert.deepEqual(doc.falsePositives.map((f) => `${f.code} ${f.date} ${f.trigger}`), ["193 2024-05-05 اشتبكت"]);
  assert.equal(
    formatReport(r, true).split("\n").slice(0, 9).join("\n"),
    [
      "## gon-002",
      "  .. o1 optional GON 04 ARN None  a vague second consultation",
      "  ok r1 required GON 04 ARN None  any consultation",
      "  ok r2 required GON 042 ARN 2024-05-01  the visit on the first",
      "  ok o2 optional ARN 05 GON None  a courtesy",
      "  ok r3 required ROH 19 GON None  the raid, reported twice",
      "  FP  ROH 193 GON 2024-05-05  اشتبكت",
      "  actors 0/0 missing: -",
      "  quotes 0/0 missing: -",
    ].join("\n"),
  );
});

test("people: actor and quote misses are listed", () => {
  const doc = at(run(at(scenarios, 2)).documents, 0);
  assert.deepEqual(doc.actors.missing, ["Saruman"]);
  assert.deepEqual(doc.quotes.missing, ["Gondor needs no king", "الحرب"]);
  assert.deepEqual(doc.lines, [], "scoreAll leaves rendering to formatReport");
});

test("multi: per-document verbose blocks and the missing line", () => {
  const r = run(at(scenarios, 3));
  assert.deepEqual(r.documents.map((d) => d.pairing), ["id", "id", "missing"]);
  assert.deepEqual(r.documents.map((d) => [d.tp, d.fp, d.required]), [[1, 1, 2], [1, 1, 1], [0, 0, 2]]);
  assert.equal(
    formatReport(r, true),
    [
      "## arn-010",
      "  ok A1 required ARN 036 GON 2024-06  intent to meet, month known",
      "  -- A2 required ARN 112 MOR 2024-06-02  criticism on the second",
      "  FP  ARN 112 MOR 2024-06-03  انتقد",
      "  actors 1/1 missing: -",
      "  quotes 0/0 missing: -",
      "## gon-011",
      "  ok B1 required GON 081 ROH None  aid to Rohan",
      "  FP  GON 172 MOR 2024-06-05  فرضت",
      "  actors 2/2 missing: -",
      "  quotes 0/0 missing: -",
      "## roh-012",
      "  -- C1 required ROH 04 GON 2024-06-10  talks",
      "  -- C2 required ROH 19 ISE 2024-06-11  the assault on Isengard",
      "  actors 0/1 missing: Rohan",
      "  quotes 0/1 missing: لن",
      "documents with no output: roh-012",
      "events: system 4, required 5, matched 2, optional matched 0, false positives 2 (negation errors 1)",
      "actors found with the right code: 3/4; quotes attributed: 0/1",
      "precision 0.500 recall 0.400",
      "F1 0.444",
      "",
    ].join("\n"),
  );
});

test("fallback: a lone id-less document is paired with a lone gold file", () => {
  const r = run(at(scenarios, 4));
  assert.equal(at(r.documents, 0).pairing, "fallback");
  assert.deepEqual(run(at(scenarios, 5)).documents.map((d) => d.pairing), ["missing", "missing"]);
});

test("quirks: python's view of off-contract values in the FP lines", () => {
  const doc = at(run(at(scenarios, 6)).documents, 0);
  assert.equal(doc.pairing, "id");
  const fps = formatReport(run(at(scenarios, 6)), true).split("\n").filter((l) => l.startsWith("  FP"));
  assert.deepEqual(fps, [
    "  FP  MOR 190 GON False  ",
    "  FP  ARN 51 ROH 2024-02-03  وعد",
    "  FP  ROH 0211 GON 2024-02-04  1e-05",
    "  FP  ARN 031 GON 2024-02-05  ['أ', \"b's\", 1.5, True, None]",
    "  FP  GON 0241 ARN 2024-02-06  {'ar': 'وعد', 'n': 2}",
  ]);
});

test("scoreDocument scores one pair and renders its verbose block", () => {
  const gold = readGoldFile(fixture("fallback.gold.json"));
  const doc = at(readSystemOutputFile(fixture("fallback.system.json")), 0);
  const score = scoreDocument(gold, doc, true);
  assert.equal(score.tp, 1);
  assert.equal(score.fp, 0);
  assert.deepEqual(score.lines, [
    "## gon-020",
    "  ok F1 required GON 04 ROH 2024-07-09  the envoy's visit",
    "  actors 0/0 missing: -",
    "  quotes 0/0 missing: -",
  ]);
  assert.deepEqual(scoreDocument(gold, doc).lines, []);
});

test("dedup: reverse repeats are dropped for consult (04) and cooperate (06) only", () => {
  const gold = parseGold({
    doc: "d",
    events: [
      { id: "a", status: "required", source: "ARN", target: "GON", symmetric: true, accept: ["06"], why: "" },
      { id: "b", status: "required", source: "ARN", target: "GON", accept: ["07"], why: "" },
      { id: "c", status: "required", source: "GON", target: "ARN", accept: ["07"], why: "" },
    ],
  });
  const ev = (code: string, source: string, target: string) => ({ code, source, target, date: "2024" });
  const score = scoreDocument(gold, {
    events: [ev("061", "ARN", "GON"), ev("062", "GON", "ARN"), ev("070", "ARN", "GON"), ev("071", "GON", "ARN")],
  });
  // The reverse 06 is one act with the first; the reverse 07 is a second act and matches c.
  assert.deepEqual([score.system, score.tp, score.fp], [3, 3, 0]);
});

test("loadSystemOutput follows load_system", () => {
  assert.deepEqual(loadSystemOutput(""), []);
  assert.deepEqual(loadSystemOutput(" \n\t\x1c\n"), []);
  assert.deepEqual(loadSystemOutput('[{"a": 1}, {"a": 2}]'), [{ a: 1 }, { a: 2 }]);
  assert.deepEqual(loadSystemOutput('{\n  "a": 1,\n  "b": [2]\n}\n'), [{ a: 1, b: [2] }]);
  assert.deepEqual(loadSystemOutput('{"a": 1}\n\n  \n{"a": 2}\r\n{"a": 3}'), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  // python's splitlines also breaks at U+2028, even though JSON allows it raw inside a string.
  assert.throws(() => loadSystemOutput('{"a": "x\u2028y"}\n{"a": 2}'), SyntaxError);
  assert.deepEqual(loadSystemOutput('"just a string"'), ["just a string"]);
  assert.throws(() => loadSystemOutput("[1, 2"), SyntaxError);
});

test("formatPythonFixed rounds exact ties to even like python's format", () => {
  const ties = [1, 3, 5, 7, 9, 11, 13, 15].map((k) => formatPythonFixed(k / 16, 3));
  assert.deepEqual(ties, ["0.062", "0.188", "0.312", "0.438", "0.562", "0.688", "0.812", "0.938"]);
  assert.equal(formatPythonFixed(0, 3), "0.000");
  assert.equal(formatPythonFixed(1, 3), "1.000");
  assert.equal(formatPythonFixed(2 / 3, 3), "0.667");
  // 0.0005 is slightly above the tie once stored as a double.
  assert.equal(formatPythonFixed(0.0005, 3), "0.001");
  assert.equal(formatPythonFixed(-0, 3), "-0.000");
  assert.equal(formatPythonFixed(12.5, 0), "12");
});

test("parseGold names every problem", () => {
  assert.throws(
    () =>
      parseGold(
        {
          doc: "x",
          actors: [{ id: "arnor", name: "Arnor", code: "ARN", mentions: [] }],
          events: [{ id: "e1", status: "maybe", source: "ARN", accept: "04", why: "" }],
        },
        "bad.gold.json",
      ),
    (error: unknown) => {
      assert.ok(error instanceof GoldFormatError);
      assert.match(error.message, /^bad\.gold\.json: not a valid gold file/);
      assert.match(error.message, /events\.0\.status: /);
      assert.match(error.message, /events\.0\.accept: /);
      return true;
    },
  );
  // Cross-reference checks run once the shape is right.
  assert.throws(
    () =>
      parseGold({
        doc: "x",
        actors: [{ id: "arnor", name: "Arnor", code: "ARN", mentions: [] }],
        events: [],
        quotes: [{ speaker: "gondor", starts: "..." }],
      }),
    /quotes\.0\.speaker: "gondor" is not the id of an actor/,
  );
  assert.throws(() => parseGold({ events: [] }), /doc: Required/);
});

test("malformed system output fails where python fails", () => {
  const gold = readGoldFile(fixture("people.gold.json"));
  assert.throws(() => scoreDocument(gold, { events: null }), ScoreInputError);
  assert.throws(() => scoreDocument(gold, { events: [{ code: "04", date: ["2024"] }] }), /unhashable type: 'list'/);
  assert.throws(() => scoreDocument(gold, { entities: [{ name: 5 }] }), ScoreInputError);
  assert.throws(() => scoreDocument(gold, { quotes: [{ text: "We ride", speaker: "\t" }] }), /index out of range/);
  // " " has no last word either, but python never asks: " " is inside "aragorn elessar".
  assert.equal(scoreDocument(gold, { quotes: [{ text: "We ride", speaker: " " }] }).quotes.found, 1);
  assert.throws(() => scoreAll([gold], ["not a document"]), ScoreInputError);
  // Iterating an empty string or dict is harmless in python, so it is here.
  assert.equal(scoreDocument(gold, { entities: "", quotes: {} }).actors.found, 0);
});

test("formatReport agrees byte for byte with shared/tools/score_events.py", (t) => {
  const script = path.resolve(findRepoRoot(here), "../shared/tools/score_events.py");
  if (!existsSync(script) || !hasPython()) {
    t.diagnostic("no ../shared: python agreement not checked");
    return;
  }
  for (const s of scenarios) {
    const report = run(s);
    for (const verbose of [false, true]) {
      const args = [script, ...s.golds.flatMap((g) => ["--gold", fixture(g)]), "--system", fixture(s.system)];
      if (verbose) args.push("--verbose");
      const expected = execFileSync("python3", args, {
        encoding: "utf8",
        env: { ...process.env, PYTHONIOENCODING: "utf-8" },
      });
      assert.equal(formatReport(report, verbose), expected, `${s.name}${verbose ? " --verbose" : ""}`);
    }
  }
  // Where python stops with a traceback, we refuse too rather than print a score.
  const gold = fixture("people.gold.json");
  for (const system of ["crash-events.system.json", "crash-date.system.json", "crash-speaker.system.json"]) {
    assert.throws(
      () => execFileSync("python3", [script, "--gold", gold, "--system", fixture(system)], { stdio: "pipe" }),
      `python fails on ${system}`,
    );
    assert.throws(() => scoreAll([readGoldFile(gold)], readSystemOutputFile(fixture(system))), ScoreInputError, system);
  }
});

function hasPython(): boolean {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  assert.ok(x !== undefined, `no element ${i}`);
  return x;
}
