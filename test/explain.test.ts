/**
 * marsad explain: sentences with triggers and arguments marked, the rule that
 * fired, and the reason a trigger gave no event; colours only when asked for.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAnalyzer, formatExplanation } from "../src/cli/commands/explain.js";
import { loadCodebook } from "../src/cameo/load.js";
import { loadLexiconData, packageRoot } from "../src/lexicon/load.js";
import { runMarsad } from "./helpers/cli.js";

const root = packageRoot();
const base = loadLexiconData(path.join(root, "data"));
const world = loadLexiconData(path.join(root, "test/fixtures/lexicon"), { inherit: base });
const analyze = createAnalyzer(world, loadCodebook());
const TEXT = "التقى الرئيس الأرنوري أراغورن بالرئيس الغوندوري فارامير يوم الثلاثاء. ولم تقدم أرنور دعما عسكريا لغوندور. وتوقعت مصادر زيارة قريبة.";
const ESC = "\u001b[";

test("explain marks triggers and arguments and names the rule", () => {
  const out = formatExplanation(TEXT, analyze(TEXT, "2024-04-09"), false);
  assert.ok(!out.includes(ESC), "no colour codes when colour is off");
  assert.match(out, /§1 .*⟦التقى⟧ .*\[أراغورن\]ˢ.*\[فارامير\]ᵗ/);
  assert.match(out, /✔ .*التقى.* → 040 Consult: .*أراغورن.* ARNGOV → .*فارامير.* GONGOV .*date 2024-04-09.*ar\.triggers\.meet#verb · confidence 0\.\d\d/);
  assert.match(out, /negated/, "the negated aid is shown as negated");
  assert.match(out, /sentences, \d+ triggers, \d+ with events, \d+ events/);
});

test("a trigger without an event says why", () => {
  const a = analyze(TEXT, "2024-04-09");
  const silent = a.layers.diagnostics.filter((d) => d.outcome !== "event");
  assert.ok(silent.length > 0);
  for (const d of silent) assert.ok(d.reason.length > 10, `a readable reason for ${d.rule}`);
  // diagnostics cover every trigger, and events point back to triggers that made them
  assert.equal(a.layers.diagnostics.length, a.layers.triggers.length);
  assert.equal(a.layers.diagnostics.filter((d) => d.outcome === "event").reduce((n, d) => n + d.events, 0), a.record.events.length);
  const out = formatExplanation(TEXT, a, false);
  assert.match(out, /✘ .*\((?:\d+)\) [a-z ,]+: /);
});

test("colour on request, isolates around Arabic, logical order kept", () => {
  const out = formatExplanation(TEXT, analyze(TEXT, "2024-04-09"), true);
  assert.ok(out.includes(ESC + "32m"), "green for a trigger that made an event");
  assert.ok(out.includes("\u2068التقى\u2069"), "Arabic cells are isolated, in logical order");
});

function marsad(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runMarsad(args, { env: { FORCE_COLOR: "", ...env } });
}

test("npx marsad explain FILE --published D (NO_COLOR, FORCE_COLOR, bad date)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-explain-"));
  const file = path.join(dir, "a.txt");
  writeFileSync(file, "استقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة أمس.\n");
  const plain = await marsad(["explain", file, "--published", "2024-04-09"], { NO_COLOR: "1" });
  assert.equal(plain.code, 0, plain.stderr);
  assert.ok(!plain.stdout.includes(ESC));
  assert.match(plain.stdout, /EGYGOV/);
  assert.match(plain.stdout, /2024-04-08/);
  const coloured = await marsad(["explain", file], { NO_COLOR: "", FORCE_COLOR: "1" });
  assert.ok(coloured.stdout.includes(ESC));
  const bad = await marsad(["explain", file, "--published", "2024-13-40"], { NO_COLOR: "1" });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /invalid date/);
});
