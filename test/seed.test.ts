/**
 * The founding article against its gold coding, when ../shared is present:
 * our scorer and the reference python scorer print the same report, and the
 * scores hold their floors (eval/floors.json).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadExtractor } from "../src/extractor.js";
import { packageRoot } from "../src/lexicon/load.js";
import { formatReport, loadSystemOutput, parseGold, scoreAll } from "../src/eval/score.js";

const root = packageRoot();
const shared = path.resolve(root, "../shared");
const goldPath = path.join(shared, "gold", "seed.gold.json");
const scorer = path.join(shared, "tools", "score_events.py");

test("seed: our scorer agrees with score_events.py, and the scores hold their floors", async (t) => {
  if (!existsSync(goldPath) || !existsSync(scorer)) {
    t.diagnostic("no ../shared: seed evaluation not run");
    return;
  }
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { doc: string; published: string };
  const seedDir = path.join(shared, "seed");
  const file = readdirSync(seedDir).find((f) => f.startsWith(gold.doc));
  assert.ok(file, "the seed article is in ../shared/seed");
  const extractor = await loadExtractor();
  const record = extractor.extract({ id: gold.doc, text: readFileSync(path.join(seedDir, file), "utf8"), published: gold.published });
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-seed-"));
  const out = path.join(dir, "seed.jsonl");
  writeFileSync(out, JSON.stringify(record) + "\n");

  for (const verbose of [false, true]) {
    const args = [scorer, "--gold", goldPath, "--system", out, ...(verbose ? ["--verbose"] : [])];
    const python = execFileSync("python3", args, { encoding: "utf8" });
    const ours = formatReport(scoreAll([parseGold(JSON.parse(readFileSync(goldPath, "utf8")), goldPath)], loadSystemOutput(readFileSync(out, "utf8"))), verbose);
    assert.equal(ours, python);
  }

  const report = scoreAll([parseGold(gold, goldPath)], [record]);
  const floors = (JSON.parse(readFileSync(path.join(root, "eval", "floors.json"), "utf8")) as { seed: Record<string, number> }).seed;
  t.diagnostic(`seed: F1 ${report.f1.toFixed(3)}, precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)}`);
  assert.ok(Number(report.f1.toFixed(3)) >= (floors.f1 ?? 0), `F1 ${report.f1} below its floor`);
  assert.ok(report.negationErrors <= (floors.negationErrorsMax ?? 0), "negation errors");
});
