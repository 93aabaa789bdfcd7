import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import stringWidth from "string-width";
import type { DocumentRecord } from "../src/core/record.js";
import { checkFloors, parseFloors, reportMetrics } from "../src/cli/eval.js";
import { parseGold, scoreAll } from "../src/eval/score.js";
import { InputError } from "../src/cli/input.js";
import { hasRtl, isolate, renderReport, truncate } from "../src/cli/report.js";
import { runMarsad } from "./helpers/cli.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function marsad(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return runMarsad(args, { input: options.input ?? "", env: { NO_COLOR: "1", FORCE_COLOR: "", ...options.env } });
}

function withTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** A stack trace in stderr is what users must never see for their own mistakes. */
function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /node:internal|Error: /, `raw error in stderr:\n${stderr}`);
}

const ARTICLE =
  "بكين، 9 أبريل - التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في بكين يوم الثلاثاء، " +
  "وقال وانغ إن البلدين سيعززان التعاون.\n";

// ---------------------------------------------------------------------------
// usage

test("cli: --version prints the package version", async () => {
  const r = await marsad(["--version"]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), PKG.version);
});

test("cli: --help lists the commands and exits 0", async () => {
  const r = await marsad(["--help"]);
  assert.equal(r.code, 0);
  for (const cmd of ["extract", "eval", "demo"]) assert.match(r.stdout, new RegExp(`\\b${cmd}\\b`));
});

test("cli: no command is a usage error (exit 2) with the help on stderr", async () => {
  const r = await marsad([]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Usage: marsad/);
});

test("cli: an unknown option is a usage error (exit 2)", async () => {
  const r = await marsad(["extract", "--frobnicate", "x.txt"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^marsad: unknown option '--frobnicate'/);
  assertNoStack(r.stderr);
});

test("cli: --json and --jsonl together are a usage error", async () => {
  const r = await marsad(["extract", "x.txt", "--json", "--jsonl"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--json.*cannot be used with.*--jsonl/);
});

test("cli: extract with neither a file nor --input says what it needs", async () => {
  const r = await marsad(["extract"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^marsad: extract: which document\?/);
  assertNoStack(r.stderr);
});

// ---------------------------------------------------------------------------
// input errors: exit 2, one line, no stack

test("cli: a missing file is 'no such file', exit 2", async () => {
  const r = await marsad(["extract", "no/such/article.txt"]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "marsad: no/such/article.txt: no such file\n");
  assert.equal(r.stdout, "");
});

test("cli: a directory is refused, exit 2", async () => {
  const r = await marsad(["extract", "src"]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "marsad: src: is a directory, not a file\n");
});

test("cli: a binary file is refused, exit 2", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "image.png");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const r = await marsad(["extract", file]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `marsad: ${file}: looks like binary data, not text\n`);
  }));

test("cli: an invalid UTF-8 file names the byte offset, exit 2", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "cp1256.txt");
    // "وزير" in UTF-8 (8 bytes), then "سلام" in Windows-1256
    writeFileSync(file, Buffer.concat([Buffer.from("وزير ", "utf8"), Buffer.from([0xd3, 0xe1, 0xc7, 0xe3])]));
    const r = await marsad(["extract", file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`^marsad: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid UTF-8 at byte 9 \\(0xD3\\)`));
    assertNoStack(r.stderr);
  }));

test("cli: invalid UTF-8 on stdin is labelled 'stdin'", async () => {
  const r = await marsad(["extract", "-"], { input: Buffer.from([0x61, 0x62, 0xc3]) });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^marsad: stdin: invalid UTF-8 at byte 2/);
});

test("cli: an invalid --published is refused before anything is read, exit 2", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "a.txt");
    writeFileSync(file, ARTICLE);
    for (const bad of ["2023-02-29", "09/04/2024", "yesterday"]) {
      const r = await marsad(["extract", file, "--published", bad]);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, new RegExp(`^marsad: invalid date '${bad.replace(/\//g, "\\/")}': expected YYYY-MM-DD`));
      assertNoStack(r.stderr);
    }
  }));

test("cli: an invalid --max-bytes is a usage error", async () => {
  const r = await marsad(["extract", "x.txt", "--max-bytes", "lots"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^marsad: invalid size 'lots'/);
});

test("cli: an input over --max-bytes is refused and the message says how to raise the limit", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "big.txt");
    writeFileSync(file, ARTICLE.repeat(20));
    const r = await marsad(["extract", file, "--max-bytes", "1K"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /larger than the 1 KiB input limit; raise it with --max-bytes/);
  }));

test("cli: --input with a missing file is exit 2", async () => {
  const r = await marsad(["extract", "--input", "missing.jsonl"]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "marsad: missing.jsonl: no such file\n");
});

test("cli: --input where every line is bad reports each line and exits 1", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "docs.jsonl");
    writeFileSync(file, ['{"id": "a"}', "", "not json", '{"text": "نص", "published": "2024-13-01"}'].join("\n"));
    const r = await marsad(["extract", "--input", file]);
    assert.equal(r.code, 1);
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? "", new RegExp(`^marsad: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1: missing "text"$`));
    assert.match(lines[1] ?? "", /:3: not valid JSON/);
    assert.match(lines[2] ?? "", /:4: "published": invalid date '2024-13-01'/);
    assert.equal(r.stdout, "");
    assertNoStack(r.stderr);
  }));

test("cli: eval without --gold/--system or --seed is a usage error", async () => {
  const r = await marsad(["eval"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^marsad: eval: needs --gold FILE/);
});

test("cli: eval --seed with no shared folder says so, exit 2", async () =>
  withTemp(async (dir) => {
    const r = await marsad(["eval", "--seed", "--shared", join(dir, "nowhere")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^marsad: --seed needs the shared data folder .* does not exist/);
    assertNoStack(r.stderr);
  }));

test("cli: eval with a missing gold file is exit 2", async () => {
  const r = await marsad(["eval", "--gold", "missing.gold.json", "--system", "out.jsonl"]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "marsad: missing.gold.json: no such file\n");
});

// ---------------------------------------------------------------------------
// the terminal report (pure: a hand-made record, no pipeline)

const RECORD: DocumentRecord = {
  schemaVersion: 1,
  document: { id: "doc-1", lang: "ar", published: "2024-04-09", title: null, url: null, source: null },
  sentences: [{ start: 0, end: 80 }],
  entities: [
    {
      id: "wang-yi",
      name: "Wang Yi",
      type: "person",
      code: "CHNGOV",
      country: "CHN",
      mentions: [{ start: 31, end: 37, text: "وانغ يي" }, { start: 90, end: 94, text: "وانغ" }],
    },
    {
      id: "local-1",
      name: "حركة مجهولة",
      type: "group",
      code: "",
      country: null,
      mentions: [{ start: 100, end: 110, text: "حركة مجهولة" }],
    },
  ],
  events: [
    {
      id: "ev1",
      code: "040",
      name: "Consult",
      root: "04",
      quadClass: 1,
      goldstein: 1,
      plover: "CONSULT",
      source: { entity: "wang-yi", name: "Wang Yi", code: "CHNGOV", start: 31, end: 37, text: "وانغ يي" },
      target: { entity: "sergey-lavrov", name: "Sergey Lavrov", code: "RUSGOV", start: 45, end: 57, text: "سيرغي لافروف" },
      date: "2024-04-09",
      negated: false,
      modality: "asserted",
      reciprocal: true,
      location: null,
      trigger: { start: 6, end: 11, text: "التقى" },
      sentence: 0,
      rule: "test#1",
      confidence: 0.9,
    },
    {
      id: "ev2",
      code: "190",
      name: "Use conventional military force",
      root: "19",
      quadClass: 4,
      goldstein: -10,
      plover: "ASSAULT",
      source: { entity: "local-1", name: "حركة مجهولة", code: "", start: 100, end: 110, text: "حركة مجهولة" },
      target: null,
      date: null,
      negated: true,
      modality: "reported",
      reciprocal: false,
      location: null,
      trigger: { start: 120, end: 125, text: "هاجمت" },
      sentence: 0,
      rule: "test#2",
      confidence: 0.5,
    },
  ],
  quotes: [
    {
      speaker: { entity: "wang-yi", name: "Wang Yi", code: "CHNGOV" },
      text: "إن البلدين سيعززان التعاون في جميع المجالات ".repeat(5),
      kind: "reported",
      cue: null,
      start: 140,
      end: 360,
    },
  ],
  times: [],
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

test("report: header, events, entities and quotes are all there", () => {
  const out = renderReport(RECORD, { color: false });
  const lines = out.split("\n");
  assert.match(lines[0] ?? "", /^doc-1 {2}published 2024-04-09 {2}lang ar {2}2 events, 2 entities, 1 quote, 1 sentence$/);
  assert.match(out, /Wang Yi \(CHNGOV\)/);
  assert.match(out, /040 Consult/);
  assert.match(out, /Sergey Lavrov \(RUSGOV\)/);
  assert.match(out, /NOT reported/);
  assert.match(out, /Entities/);
  assert.match(out, /Quotes/);
  assert.doesNotMatch(out, ANSI);
});

test("report: Arabic cells are wrapped in FSI…PDI; Latin cells are not", () => {
  const out = renderReport(RECORD, { color: false });
  assert.ok(out.includes("\u2068التقى\u2069"));
  assert.ok(out.includes("\u2068حركة مجهولة\u2069"));
  assert.ok(!out.includes("\u2068Wang Yi"));
  assert.equal(isolate("CHNGOV"), "CHNGOV");
  assert.ok(hasRtl("وانغ") && !hasRtl("Wang"));
});

test("report: columns line up in display width, Arabic and Latin alike", () => {
  const out = renderReport(RECORD, { color: false });
  const lines = out.split("\n");
  const head = lines.findIndex((l) => /^\s+date\s+source/.test(l));
  assert.ok(head >= 0, out);
  const rows = lines.slice(head, head + 3);
  // Each column starts at the same display column in every row: measure the width
  // of the text before the "code" column's cell.
  const codeStarts = rows.map((row) => {
    const i = row.search(/code|040|190/);
    return stringWidth(row.slice(0, i));
  });
  assert.equal(new Set(codeStarts).size, 1, rows.join("\n"));
  const triggerStarts = rows.map((row) => {
    const i = row.search(/trigger|\u2068التقى|\u2068هاجمت/);
    return stringWidth(row.slice(0, i));
  });
  assert.equal(new Set(triggerStarts).size, 1, rows.join("\n"));
});

test("report: long quotes are trimmed to about 100 characters", () => {
  const out = renderReport(RECORD, { color: false });
  const quoteLine = out.split("\n").find((l) => l.includes("Wang Yi —")) ?? "";
  assert.ok(quoteLine.endsWith("…\u2069"), quoteLine);
  const text = quoteLine.slice(quoteLine.indexOf("—") + 2);
  assert.ok(stringWidth(text) <= 100, `${stringWidth(text)} columns`);
});

test("report: colours only when asked; event codes by quad class", () => {
  const out = renderReport(RECORD, { color: true });
  assert.ok(out.includes("\u001b[32m040 Consult\u001b[0m"), "quad class 1: green");
  assert.ok(out.includes("\u001b[31m190 Use conventional military force\u001b[0m"), "quad class 4: red");
  assert.equal(out.replace(ANSI, ""), renderReport(RECORD, { color: false }));
});

test("report: a narrow width truncates cells instead of wrapping rows", () => {
  const out = renderReport(RECORD, { color: false, width: 80 });
  for (const line of out.split("\n").filter((l) => /CHNGOV|RUSGOV/.test(l) && !l.includes("—"))) {
    assert.ok(stringWidth(line) <= 80, `${stringWidth(line)}: ${line}`);
  }
});

test("report: truncation never splits a letter from its harakat", () => {
  const s = "قُتِلَ جُنْدِيٌّ";
  const t = truncate(s, 4);
  assert.ok(t.endsWith("…"));
  assert.doesNotMatch(t, /\s[\u064b-\u0652]/);
  assert.ok(stringWidth(t) <= 4);
});

test("report: an empty record still prints its sections", () => {
  const empty: DocumentRecord = { ...RECORD, events: [], entities: [], quotes: [], document: { ...RECORD.document, published: null } };
  const out = renderReport(empty, { color: false });
  assert.match(out, /published unknown/);
  assert.equal(out.match(/\(none\)/g)?.length, 3);
});

// ---------------------------------------------------------------------------
// floors (pure)

// A fictional gold file and system output: two required events, one found.
const GOLD = {
  doc: "d1",
  published: "2024-04-09",
  actors: [{ id: "wang", name: "Wang Yi", code: "CHN", mentions: ["وانغ يي"] }],
  events: [
    { id: "g1", status: "required", source: "CHN", target: "RUS", accept: ["04"], date: "2024-04", why: "they met" },
    { id: "g2", status: "required", source: "USA", target: null, accept: ["19"], why: "an attack" },
  ],
  quotes: [],
};
const SYSTEM = {
  schemaVersion: 1,
  document: { id: "d1" },
  entities: [{ name: "Wang Yi", code: "CHNGOV", mentions: [{ text: "وانغ يي" }] }],
  events: [{ code: "040", source: { code: "CHNGOV" }, target: { code: "RUSGOV" }, date: "2024-04-09", negated: false }],
  quotes: [],
};

test("floors: read from the scorer's report, checked, and typos refused", () => {
  const report = scoreAll([parseGold(GOLD)], [SYSTEM]);
  const floors = parseFloors({ seed: { f1: 0.6, recall: 0.8, actors: 1, negationErrorsMax: 0 } }, "floors.json");
  const checks = checkFloors(floors, reportMetrics(report));
  assert.deepEqual(
    checks.map((c) => [c.key, c.value, c.ok]),
    [["f1", 2 / 3, true], ["recall", 0.5, false], ["actors", 1, true], ["negationErrorsMax", 0, true]],
  );
  assert.throws(() => parseFloors({ seed: { F1: 0.8 } }, "floors.json"), (e: unknown) => e instanceof InputError && /unknown floor 'seed.F1'/.test(e.message));
  assert.throws(() => parseFloors({ seed: { f1: 85 } }, "floors.json"), InputError);
  assert.throws(() => parseFloors({}, "floors.json"), InputError);
});

test("floors: a ratio equal to its floor as printed passes", () => {
  const metrics = { f1: 0.8499999, precision: 1, recall: 1, actors: 0, quotes: 0, negationErrorsMax: 0 };
  assert.equal(checkFloors({ f1: 0.85 }, metrics)[0]?.ok, true);
  assert.equal(checkFloors({ negationErrorsMax: 0 }, { ...metrics, negationErrorsMax: 1 })[0]?.ok, false);
});

test("cli: eval --gold/--system prints the scorer's report, exit 0", async () =>
  withTemp(async (dir) => {
    writeFileSync(join(dir, "g.json"), JSON.stringify(GOLD));
    writeFileSync(join(dir, "out.jsonl"), `${JSON.stringify(SYSTEM)}\n`);
    const r = await marsad(["eval", "--gold", join(dir, "g.json"), "--system", join(dir, "out.jsonl")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^events: system 1, required 2, matched 1/m);
    assert.match(r.stdout, /precision 1\.000 recall 0\.500\nF1 0\.667\n$/);
    const verbose = await marsad(["eval", "--gold", join(dir, "g.json"), "--system", join(dir, "out.jsonl"), "--verbose"]);
    assert.match(verbose.stdout, /^## d1\n {2}ok g1 required/m);
    assert.match(verbose.stdout, /^ {2}-- g2 required/m);
  }));

test("cli: eval with a bad gold file or system output is exit 2 with the reason", async () =>
  withTemp(async (dir) => {
    writeFileSync(join(dir, "g.json"), JSON.stringify(GOLD));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...GOLD, events: [{ id: "x" }] }));
    writeFileSync(join(dir, "out.jsonl"), `${JSON.stringify(SYSTEM)}\n`);
    writeFileSync(join(dir, "junk.jsonl"), "{not json\n");
    const badGold = await marsad(["eval", "--gold", join(dir, "bad.json"), "--system", join(dir, "out.jsonl")]);
    assert.equal(badGold.code, 2);
    assert.match(badGold.stderr, /bad\.json: not a valid gold file/);
    assertNoStack(badGold.stderr);
    const junk = await marsad(["eval", "--gold", join(dir, "g.json"), "--system", join(dir, "junk.jsonl")]);
    assert.equal(junk.code, 2);
    assert.match(junk.stderr, /junk\.jsonl: not extraction output/);
    assertNoStack(junk.stderr);
    const floorsWithoutSeed = await marsad(["eval", "--gold", join(dir, "g.json"), "--system", join(dir, "out.jsonl"), "--floors", "x.json"]);
    assert.equal(floorsWithoutSeed.code, 2);
    assert.match(floorsWithoutSeed.stderr, /--floors goes with --seed/);
  }));

// ---------------------------------------------------------------------------
// With the real pipeline (these wait for loadExtractor() to be built)

test("cli (pipeline): extract --json / --jsonl / report on one article", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "article.txt");
    writeFileSync(file, ARTICLE);

    const json = await marsad(["extract", file, "--published", "2024-04-09", "--id", "art-1", "--json"]);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stderr, "");
    assert.ok(json.stdout.startsWith('{\n  "schemaVersion": 1'), "pretty JSON with 2-space indent");
    const record = JSON.parse(json.stdout) as DocumentRecord;
    assert.equal(record.schemaVersion, 1);
    assert.equal(record.document.id, "art-1");
    assert.equal(record.document.published, "2024-04-09");
    for (const key of ["sentences", "entities", "events", "quotes", "times"] as const) {
      assert.ok(Array.isArray(record[key]), key);
    }

    const jsonl = await marsad(["extract", file, "--published", "2024/04/09", "--id", "art-1", "--jsonl"]);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    assert.equal(jsonl.stdout.split("\n").length, 2, "one line and a newline");
    assert.deepEqual(JSON.parse(jsonl.stdout), record, "--json and --jsonl carry the same record");

    const stdin = await marsad(["extract", "-", "--published", "2024-04-09", "--id", "art-1", "--jsonl"], { input: ARTICLE });
    assert.equal(stdin.code, 0, stdin.stderr);
    assert.deepEqual(JSON.parse(stdin.stdout), record, "stdin gives the same record as the file");

    const report = await marsad(["extract", file, "--published", "2024-04-09", "--id", "art-1"]);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /^art-1 {2}published 2024-04-09/);
    assert.doesNotMatch(report.stdout, ANSI, "no colours when stdout is not a TTY");
  }));

test("cli (pipeline): --input batch keeps going past a bad line, in order, exit 1", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "docs.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "first", text: ARTICLE, published: "2024-04-09" }),
        '{"id": "broken", "text": ',
        "",
        JSON.stringify({ id: "third", text: "قال الرئيس إن بلاده لن ترسل قوات.", lang: "ar", title: "خبر" }),
        JSON.stringify({ id: "fourth", text: ARTICLE }),
      ].join("\n"),
    );
    const r = await marsad(["extract", "--input", file, "--published", "2020-01-01"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^marsad: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not valid JSON`));
    assert.equal(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 3);
    const records = lines.map((l) => JSON.parse(l) as DocumentRecord);
    for (const rec of records) assert.equal(rec.schemaVersion, 1);
    assert.deepEqual(records.map((rec) => rec.document.id), ["first", "third", "fourth"]);
    assert.equal(records[0]?.document.published, "2024-04-09", "a line's own date wins");
    assert.equal(records[1]?.document.published, "2020-01-01", "--published fills in the rest");
    assert.equal(records[1]?.document.title, "خبر");

    const asArray = await marsad(["extract", "--input", file, "--json"]);
    assert.equal(asArray.code, 1);
    const array = JSON.parse(asArray.stdout) as DocumentRecord[];
    assert.deepEqual(array.map((rec) => rec.document.id), ["first", "third", "fourth"]);
  }));

test("cli (pipeline): a reader that goes away early (| head) is not an error", async () =>
  withTemp(async (dir) => {
    const file = join(dir, "many.jsonl");
    writeFileSync(file, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `d${i}`, text: ARTICLE.repeat(5) })).join("\n"));
    const r = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "extract", "--input", file], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1" },
      });
      let stderr = "";
      let first = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.stdout.once("data", (d: Buffer) => {
        first = d.toString("utf8");
        child.stdout.destroy();
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stderr, first }));
    });
    assert.ok(r.first.startsWith('{"schemaVersion":1'), r.first.slice(0, 80));
    assert.equal(r.stderr, "");
    assert.equal(r.code, 0);
  }));

test("cli (pipeline): eval --seed on a stand-in shared folder, with floors met and missed", async () =>
  withTemp(async (dir) => {
    const shared = join(dir, "shared");
    mkdirSync(join(shared, "seed"), { recursive: true });
    mkdirSync(join(shared, "gold"), { recursive: true });
    writeFileSync(join(shared, "seed", "fict_1.txt"), ARTICLE);
    // An event no extractor can find (a made-up country), so the floors below are certain.
    const gold = {
      doc: "fict_1",
      published: "2024-04-09",
      events: [{ id: "g1", status: "required", source: "ZZZ", target: null, accept: ["19"], why: "made up" }],
    };
    writeFileSync(join(shared, "gold", "seed.gold.json"), JSON.stringify(gold));
    writeFileSync(join(dir, "low.json"), JSON.stringify({ seed: { f1: 0, negationErrorsMax: 1000 } }));
    writeFileSync(join(dir, "high.json"), JSON.stringify({ seed: { f1: 0.9, recall: 0.5 } }));

    const ok = await marsad(["eval", "--seed", "--shared", shared, "--floors", join(dir, "low.json")]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^events: system \d+, required 1, matched 0/m);
    assert.match(ok.stdout, /^F1 0\.000$/m);
    assert.match(ok.stdout, /^floors met: f1 0\.000 ≥ floor 0\.000; negation errors \d+ ≤ max 1000$/m);

    const missed = await marsad(["eval", "--seed", "--shared", shared, "--floors", join(dir, "high.json")]);
    assert.equal(missed.code, 1);
    assert.match(missed.stderr, /^marsad: below the floors in .*high\.json:\n {2}f1 0\.000 < floor 0\.900\n {2}recall 0\.000 < floor 0\.500\n$/);
  }));

test("cli (pipeline): demo prints the report of the bundled example article", async () => {
  const meta = JSON.parse(readFileSync(join(ROOT, "examples", "article-ar.json"), "utf8")) as { published: string };
  const r = await marsad(["demo"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout.split("\n")[0] ?? "", new RegExp(`published ${meta.published}`));
  assert.match(r.stdout, /^Events$/m);
  assert.match(r.stdout, /^Entities$/m);
  assert.match(r.stdout, /^Quotes$/m);
});
