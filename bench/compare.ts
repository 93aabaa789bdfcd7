/**
 * Old code against new in one process, taking turns (not a test): two copies of the
 * extractor, each loaded from its own source tree, code alternating batches of the
 * same articles, and each batch is timed by the main thread's own CPU time
 * (Linux: /proc/self/task/<pid>/schedstat, nanoseconds). The order within a round
 * swaps every round, so neither side always runs right after the collector.
 *
 *   node --import tsx bench/compare.ts --old DIR --input FILE.jsonl [--rounds 3] [--batch 50] [--warmup 200]
 *
 * DIR is a copy of an older tree (src/ and data/, with node_modules beside it), e.g.
 * `git archive <commit> src data package.json | tar -x -C DIR; ln -s $PWD/node_modules DIR/`.
 * FILE.jsonl holds one {"text", "published"} object per line. Prints old/new CPU per article.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentInput } from "../src/core/record.js";
import type { Extractor } from "../src/extractor.js";
import { value } from "./lib/args.js";

const OLD = value("--old");
const INPUT = value("--input");
if (!OLD || !INPUT) {
  console.error("usage: compare.ts --old DIR --input FILE.jsonl [--rounds N] [--batch N] [--warmup N]");
  process.exit(2);
}
const ROUNDS = Number(value("--rounds") ?? 3);
const BATCH = Number(value("--batch") ?? 50);
const WARMUP = Number(value("--warmup") ?? 200);

/** This thread's CPU time in ms (scheduler's sum of run time, ns resolution). */
function threadCpuMs(): number {
  const s = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8");
  return Number(s.slice(0, s.indexOf(" "))) / 1e6;
}

const docs: DocumentInput[] = readFileSync(INPUT, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => {
    const o = JSON.parse(l) as { text: string; published?: string | null };
    return { text: o.text, published: o.published ?? null };
  });

async function load(root: string): Promise<Extractor> {
  const mod = (await import(pathToFileURL(join(root, "src", "extractor.ts")).href)) as { loadExtractor: (options: { dataDir: string }) => Promise<Extractor> };
  return mod.loadExtractor({ dataDir: join(root, "data") });
}

const sides: { name: string; ex: Extractor; ms: number; out: string[] }[] = [
  { name: "old", ex: await load(resolve(OLD)), ms: 0, out: [] },
  { name: "new", ex: await load(resolve(join(import.meta.dirname, ".."))), ms: 0, out: [] },
];
for (const s of sides) for (const d of docs.slice(0, WARMUP)) s.ex.extract(d);

const procStart = process.cpuUsage();
for (let r = 0; r < ROUNDS; r++) {
  for (const s of sides) s.ms = 0;
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    const order = (i / BATCH + r) % 2 === 0 ? sides : [sides[1]!, sides[0]!];
    for (const s of order) {
      const t = threadCpuMs();
      for (const d of batch) s.ex.extract(d);
      s.ms += threadCpuMs() - t;
    }
  }
  const [o, n] = sides as [(typeof sides)[0], (typeof sides)[0]];
  console.log(`round ${r + 1}: old ${(o.ms / 1000).toFixed(2)} s, new ${(n.ms / 1000).toFixed(2)} s CPU for ${docs.length} articles; old/new ${(o.ms / n.ms).toFixed(3)}; new ${(docs.length / (n.ms / 1000)).toFixed(0)} articles per CPU second`);
}
const u = process.cpuUsage(procStart);
console.log(`whole process CPU over the rounds: ${((u.user + u.system) / 1e6).toFixed(1)} s`);
// The same records, or the comparison means nothing.
const a = JSON.stringify(docs.slice(0, 100).map((d) => sides[0]!.ex.extract(d)));
const b = JSON.stringify(docs.slice(0, 100).map((d) => sides[1]!.ex.extract(d)));
console.log(a === b ? "records of the first 100 articles: identical" : "RECORDS DIFFER");
