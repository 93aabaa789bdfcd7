/**
 * Extraction benchmark (not a test): throughput on one thread and on 1..N worker
 * threads, per-article latency, peak memory, lexicon load time, time to the first
 * result in a fresh process, and how cost grows with article size.
 *
 * Every timing comes with a floor measured in the same run on the same text: a
 * bare tokenization pass (tokenizeWithInfo + normalizeWithMap). A shared machine
 * slows both alike, so the ratio extraction/floor holds where absolute rates do not.
 *
 *   npm run bench -- [--limit N] [--quick] [--threads N] [--out DIR]
 *
 * Writes DIR/latest.json and DIR/latest.md (default bench/results/) and prints the markdown.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentInput } from "../src/core/record.js";
import type * as ExtractorModule from "../src/extractor.js";
import type * as NormalizeModule from "../src/lang/ar/normalize.js";
import type * as TokenizeModule from "../src/lang/ar/tokenize.js";
import { loadCorpus } from "./lib/corpus.js";
import { flag, value } from "./lib/args.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/*
 * What users run is the compiled package (npm run build). Under tsx every named closure is
 * wrapped for keepNames, which costs 10-15% of extraction, so the throughput, the floor and
 * the threads are measured on dist/ when it is newer than src/ (--tsx measures the sources).
 */
const COMPILED_MARK = join(ROOT, "dist", "bench", "lib", "first.js");
const USE_COMPILED = !flag("--tsx") && existsSync(COMPILED_MARK) && statSync(COMPILED_MARK).mtimeMs >= newestMtime(join(ROOT, "src"));
const BUILD = USE_COMPILED ? "compiled (dist/, npm run build)" : "under tsx (no npm run build since src/ changed, or --tsx)";
const fromBuild = async <T>(rel: string): Promise<T> => (await import(USE_COMPILED ? pathToFileURL(join(ROOT, "dist", rel.replace(/\.ts$/, ".js"))).href : pathToFileURL(join(ROOT, rel)).href)) as T;
const { loadExtractor } = await fromBuild<typeof ExtractorModule>("src/extractor.ts");
const { normalizeWithMap } = await fromBuild<typeof NormalizeModule>("src/lang/ar/normalize.ts");
const { tokenizeWithInfo } = await fromBuild<typeof TokenizeModule>("src/lang/ar/tokenize.ts");
const QUICK = flag("--quick");
const LIMIT = Number(value("--limit") ?? (QUICK ? 300 : 2000));
const MAX_THREADS = Number(value("--threads") ?? availableParallelism());
const OUT = value("--out") ?? join(ROOT, "bench", "results");
const SHARED = process.env.MARSAD_SHARED ?? join(ROOT, "..", "shared");

const TARGETS = {
  articlesPerSecond: 2000,
  floorRatio: 20,
  peakRssMB: 400,
  firstResultMs: 500,
  superLinear: 3,
};

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const mb = (bytes: number): number => bytes / (1024 * 1024);
const bytesOf = (docs: readonly DocumentInput[]): number => docs.reduce((s, d) => s + Buffer.byteLength(d.text, "utf8"), 0);
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** The floor: what reading the text at all costs (tokens with their word info, the normalised text with its map). */
function floorPass(docs: readonly DocumentInput[]): { ms: number; words: number } {
  const t = performance.now();
  let words = 0;
  for (const d of docs) {
    words += tokenizeWithInfo(d.text).tokens.length;
    normalizeWithMap(d.text);
  }
  return { ms: performance.now() - t, words };
}

/**
 * CPU time of this thread alone (ms; Linux, 10 ms resolution), or null elsewhere.
 * On a busy shared machine the wall clock also counts the time the thread waits
 * for a core; this does not, and unlike process.cpuUsage() it leaves out the
 * collector's helper threads.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

interface ThreadResult {
  readonly threads: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly efficiency: number;
}

/** n worker threads, each with its own extractor, coding an equal share of the articles. */
async function runThreads(n: number, docs: readonly DocumentInput[], warmup: readonly DocumentInput[]): Promise<{ seconds: number; events: number }> {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const script = pathToFileURL(join(ROOT, "bench", "lib", "worker.ts")).href;
  // Worker threads do not inherit the tsx loader: each registers it before importing the TypeScript worker
  // (the compiled worker needs none)
  const boot = USE_COMPILED
    ? `import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "bench", "lib", "worker.js")).href)})`
    : `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;
  const shares = Array.from({ length: n }, (_, k) => docs.filter((_d, i) => i % n === k));
  const workers = shares.map((share) => new Worker(boot, { eval: true, workerData: { docs: share, warmup } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once("error", reject);
            w.once("message", () => resolve());
          }),
      ),
    );
    const t = performance.now();
    const results = await Promise.all(
      workers.map(
        (w) =>
          new Promise<{ ms: number; events: number }>((resolve, reject) => {
            w.once("error", reject);
            w.once("message", (m: { ms: number; events: number }) => resolve(m));
            w.postMessage("go");
          }),
      ),
    );
    return { seconds: (performance.now() - t) / 1000, events: results.reduce((s, r) => s + r.events, 0) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** From spawning a fresh node to the first record on its stdout. */
function childLine(argv: readonly string[]): Promise<{ wallMs: number; line: string }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let done = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (!done && out.includes("\n")) {
        done = true;
        resolve({ wallMs: performance.now() - t, line: out.slice(0, out.indexOf("\n")) });
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!done) reject(new Error(`${argv.join(" ")} exited with ${code} before printing`));
    });
  });
}

async function firstResult(argv: readonly string[]): Promise<{ wallMs: number; sinceStartMs: number }> {
  const { wallMs, line } = await childLine(argv);
  return { wallMs, sinceStartMs: (JSON.parse(line) as { sinceStartMs: number }).sinceStartMs };
}

/** An article of about `bytes` UTF-8 bytes, made of whole corpus articles (the last one cut at a space). */
function articleOfSize(docs: readonly DocumentInput[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = (docs[i % docs.length] as DocumentInput).text;
    parts.push(t);
    size += Buffer.byteLength(t, "utf8") + 1;
  }
  let text = parts.join("\n");
  while (Buffer.byteLength(text, "utf8") > bytes) {
    const cut = text.lastIndexOf(" ", Math.floor(text.length * 0.999));
    text = text.slice(0, cut > 0 ? cut : text.length - 1);
  }
  return text;
}

interface GrowthRow {
  readonly kb: number;
  readonly repeats: number;
  readonly msPerKB: number;
  readonly floorMsPerKB: number;
  readonly ratioToFloor: number;
}

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = loadCorpus(SHARED, LIMIT);
  const docs = corpus.docs.slice(0, LIMIT);
  const totalBytes = bytesOf(docs);

  const tLoad = performance.now();
  const extractor = await loadExtractor();
  const loadMs = performance.now() - tLoad;
  const rssAfterLoad = process.memoryUsage().rss / (1024 * 1024);

  // Warm the JIT for both passes, so that neither pays for compilation in its timing.
  const warmup = docs.slice(0, Math.min(100, docs.length));
  for (const d of warmup) extractor.extract(d);
  floorPass(warmup);

  // Extraction and floor alternate over batches of 50 articles, so that a busy
  // neighbour slows both alike and their ratio holds; the floor gets the best of
  // two passes per batch (it is short, so one unlucky slice would weigh heavily).
  const latencies: number[] = [];
  let events = 0;
  let singleMs = 0;
  let singleCpuMs: number | null = 0;
  let floorTotal = 0;
  let words = 0;
  for (let from = 0; from < docs.length; from += 50) {
    const batch = docs.slice(from, from + 50);
    const f1 = floorPass(batch);
    const f2 = floorPass(batch);
    floorTotal += Math.min(f1.ms, f2.ms);
    words += f1.words;
    const c0 = threadCpuMs();
    for (const d of batch) {
      const t = performance.now();
      events += extractor.extract(d).events.length;
      const ms = performance.now() - t;
      latencies.push(ms);
      singleMs += ms;
    }
    const c1 = threadCpuMs();
    singleCpuMs = singleCpuMs === null || c0 === null || c1 === null ? null : singleCpuMs + (c1 - c0);
  }
  const floor = { ms: floorTotal, words };
  const rssSingle = peakRssMB();
  latencies.sort((a, b) => a - b);
  const single = {
    seconds: round(singleMs / 1000, 3),
    articlesPerSecond: round(docs.length / (singleMs / 1000), 1),
    mbPerSecond: round(mb(totalBytes) / (singleMs / 1000), 3),
    wordsPerSecond: Math.round(floor.words / (singleMs / 1000)),
    // the same, by this thread's CPU time: what a loaded machine's wall clock hides
    cpuSeconds: singleCpuMs === null ? null : round(singleCpuMs / 1000, 3),
    articlesPerCpuSecond: singleCpuMs === null || singleCpuMs === 0 ? null : round(docs.length / (singleCpuMs / 1000), 1),
    events,
    latencyMs: { p50: round(percentile(latencies, 0.5), 3), p99: round(percentile(latencies, 0.99), 3), max: round(latencies[latencies.length - 1] ?? 0, 3) },
  };
  const floorReport = {
    what: "tokenizeWithInfo + normalizeWithMap over the same articles, alternating with extraction in batches of 50, the better of two passes per batch",
    seconds: round(floor.ms / 1000, 3),
    articlesPerSecond: round(docs.length / (floor.ms / 1000), 1),
    mbPerSecond: round(mb(totalBytes) / (floor.ms / 1000), 3),
    words: floor.words,
  };
  const ratioToFloor = round(singleMs / floor.ms, 2);

  // Growth with article size: equal bytes at each size, so each row is as long to measure.
  const sizes = [1, 10, 100, 1024];
  const budgetKB = QUICK ? 128 : 2048;
  const growth: GrowthRow[] = [];
  for (const kb of sizes) {
    const text = articleOfSize(docs, kb * 1024);
    const repeats = Math.max(1, Math.round(budgetKB / kb));
    const input = { text, published: "2015-07-21" };
    extractor.extract(input);
    let t = performance.now();
    for (let i = 0; i < repeats; i++) extractor.extract(input);
    const ms = (performance.now() - t) / repeats;
    t = performance.now();
    for (let i = 0; i < repeats; i++) {
      tokenizeWithInfo(text);
      normalizeWithMap(text);
    }
    const fms = (performance.now() - t) / repeats;
    const realKB = Buffer.byteLength(text, "utf8") / 1024;
    growth.push({ kb, repeats, msPerKB: round(ms / realKB, 4), floorMsPerKB: round(fms / realKB, 4), ratioToFloor: round(ms / fms, 2) });
  }
  const first = growth[0] as GrowthRow;
  const last = growth[growth.length - 1] as GrowthRow;
  const growthRatio = round(last.msPerKB / first.msPerKB, 2);
  const rssPeakSingleProcess = peakRssMB();

  // Threads: 1..N workers, each with its own lexicons (the memory of N extractors).
  const threadRows: ThreadResult[] = [];
  const workerDocs = QUICK ? docs.slice(0, Math.min(docs.length, 150)) : docs;
  for (let n = 1; n <= MAX_THREADS; n++) {
    const r = await runThreads(n, workerDocs, warmup.slice(0, 30));
    const rate = workerDocs.length / r.seconds;
    const base = threadRows[0]?.articlesPerSecond ?? rate;
    threadRows.push({ threads: n, seconds: round(r.seconds, 3), articlesPerSecond: round(rate, 1), efficiency: round(rate / (n * base), 3) });
  }

  const firstRuns = QUICK ? 1 : 3;
  // What a user runs is the compiled package (npm run build); under tsx the start includes compiling TypeScript.
  const compiled = COMPILED_MARK;
  const firstHow = BUILD;
  const firstArgv = USE_COMPILED ? [compiled] : ["--import", "tsx", join(ROOT, "bench", "lib", "first.ts")];
  const firsts: { wallMs: number; sinceStartMs: number }[] = [];
  for (let i = 0; i < firstRuns; i++) firsts.push(await firstResult(firstArgv));
  firsts.sort((a, b) => a.wallMs - b.wallMs);
  const firstMedian = firsts[Math.floor(firsts.length / 2)] as { wallMs: number; sinceStartMs: number };

  // Peak memory of extraction alone: a fresh process that codes the same articles and nothing else.
  const rssArgv = USE_COMPILED ? [join(ROOT, "dist", "bench", "lib", "rss.js")] : ["--import", "tsx", join(ROOT, "bench", "lib", "rss.ts")];
  const rssLine = await childLine([...rssArgv, SHARED, String(LIMIT)]);
  const rssChild = JSON.parse(rssLine.line) as { articles: number; afterCorpusMB: number; afterLoadMB: number; peakMB: number };

  const targets = [
    { name: "articles/s on one core", target: `≥ ${TARGETS.articlesPerSecond}`, value: single.articlesPerSecond, met: single.articlesPerSecond >= TARGETS.articlesPerSecond },
    { name: "extraction / tokenization floor", target: `≤ ${TARGETS.floorRatio}×`, value: ratioToFloor, met: ratioToFloor <= TARGETS.floorRatio },
    { name: "peak RSS with all lexicons (MB, a fresh process coding the corpus)", target: `≤ ${TARGETS.peakRssMB}`, value: round(rssChild.peakMB, 1), met: rssChild.peakMB <= TARGETS.peakRssMB },
    { name: "first result after start (ms, median)", target: `≤ ${TARGETS.firstResultMs}`, value: round(firstMedian.wallMs, 0), met: firstMedian.wallMs <= TARGETS.firstResultMs },
    { name: "per-KB cost, 1 MB vs 1 KB article", target: `≤ ${TARGETS.superLinear}× (linear)`, value: growthRatio, met: growthRatio <= TARGETS.superLinear },
  ];

  const report = {
    date: new Date().toISOString(),
    build: BUILD,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", availableParallelism: availableParallelism(), node: process.version, loadavg: (await import("node:os")).loadavg().map((x) => round(x, 2)) },
    mode: QUICK ? "quick" : "default",
    corpus: { name: corpus.name, articles: docs.length, mb: round(mb(totalBytes), 2), meanKB: round(totalBytes / 1024 / docs.length, 2) },
    lexiconLoadMs: round(loadMs, 1),
    rssAfterLoadMB: round(rssAfterLoad, 1),
    floor: floorReport,
    single: { ...single, ratioToFloor, peakRssMB: round(rssSingle, 1) },
    growth: { rows: growth, ratio1MBto1KB: growthRatio, superLinear: growthRatio > TARGETS.superLinear },
    threads: threadRows,
    firstResult: { how: firstHow, runs: firsts.map((f) => ({ wallMs: round(f.wallMs, 0), sinceStartMs: round(f.sinceStartMs, 0) })), medianWallMs: round(firstMedian.wallMs, 0) },
    peakRssMB: { extractionOnly: round(rssChild.peakMB, 1), extractionOnlyAfterLoad: round(rssChild.afterLoadMB, 1), singleProcess: round(rssPeakSingleProcess, 1), withWorkers: round(peakRssMB(), 1) },
    targets,
    seconds: round((performance.now() - started) / 1000, 1),
  };

  const md = markdown(report);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(OUT, "latest.md"), md);
  process.stdout.write(md);
}

type Report = {
  /** Which code was measured: the compiled package or the sources under tsx. */
  build: string;
  date: string;
  machine: { cpus: number; model: string; availableParallelism: number; node: string; loadavg: number[] };
  mode: string;
  corpus: { name: string; articles: number; mb: number; meanKB: number };
  lexiconLoadMs: number;
  rssAfterLoadMB: number;
  floor: { seconds: number; articlesPerSecond: number; mbPerSecond: number; words: number; what: string };
  single: { seconds: number; articlesPerSecond: number; mbPerSecond: number; wordsPerSecond: number; cpuSeconds: number | null; articlesPerCpuSecond: number | null; events: number; latencyMs: { p50: number; p99: number; max: number }; ratioToFloor: number; peakRssMB: number };
  growth: { rows: GrowthRow[]; ratio1MBto1KB: number; superLinear: boolean };
  threads: ThreadResult[];
  firstResult: { how: string; runs: { wallMs: number; sinceStartMs: number }[]; medianWallMs: number };
  peakRssMB: { extractionOnly: number; extractionOnlyAfterLoad: number; singleProcess: number; withWorkers: number };
  targets: { name: string; target: string; value: number; met: boolean }[];
  seconds: number;
};

function markdown(r: Report): string {
  const lines: string[] = [];
  lines.push(`# marsad extraction benchmark (${r.mode})`, "");
  lines.push(`${r.date} · node ${r.machine.node} · ${r.machine.cpus} CPUs (${r.machine.model}) · load average ${r.machine.loadavg.join(" ")} · ${r.seconds} s · code ${r.build}`, "");
  lines.push(`Corpus: ${r.corpus.name}; ${r.corpus.articles} articles, ${r.corpus.mb} MB, ${r.corpus.meanKB} KB on average.`, "");
  lines.push("## Targets", "", "| | target | measured | |", "|---|---|---|---|");
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.target} | ${t.value} | ${t.met ? "met" : "**missed**"} |`);
  lines.push("", "## One thread", "", "| | extraction | tokenization floor | ratio |", "|---|---|---|---|");
  lines.push(`| seconds | ${r.single.seconds} | ${r.floor.seconds} | ${r.single.ratioToFloor}× |`);
  lines.push(`| articles/s | ${r.single.articlesPerSecond} | ${r.floor.articlesPerSecond} | |`);
  lines.push(`| MB/s | ${r.single.mbPerSecond} | ${r.floor.mbPerSecond} | |`);
  lines.push(`| words/s | ${r.single.wordsPerSecond} | ${Math.round(r.floor.words / r.floor.seconds)} | |`);
  if (r.single.cpuSeconds !== null) lines.push(`| CPU seconds (this thread) | ${r.single.cpuSeconds} (${r.single.articlesPerCpuSecond} articles per CPU second) | | |`);
  lines.push("");
  lines.push(`Latency per article: p50 ${r.single.latencyMs.p50} ms, p99 ${r.single.latencyMs.p99} ms, max ${r.single.latencyMs.max} ms; ${r.single.events} events.`);
  lines.push(`Lexicon load (loadExtractor, warm cache): ${r.lexiconLoadMs} ms; RSS after loading ${r.rssAfterLoadMB} MB.`);
  lines.push(`Peak RSS of extraction alone (a fresh process: lexicons, then the corpus): ${r.peakRssMB.extractionOnly} MB (${r.peakRssMB.extractionOnlyAfterLoad} MB after loading the lexicons).`);
  lines.push(`Peak RSS of this process: ${r.single.peakRssMB} MB after the corpus on one thread (with the floor passes), ${r.peakRssMB.singleProcess} MB after the size runs (up to a 1 MB article), ${r.peakRssMB.withWorkers} MB with the worker runs (one extractor per thread).`);
  lines.push(`Time to the first result in a fresh process, ${r.firstResult.how} (spawn → first record): ${r.firstResult.runs.map((f) => `${f.wallMs} ms`).join(", ")} (the child's own clock: ${r.firstResult.runs.map((f) => `${f.sinceStartMs} ms`).join(", ")}).`);
  lines.push(`Floor: ${r.floor.what}.`);
  lines.push("", "## Cost by article size", "", "| article | runs | extraction ms/KB | floor ms/KB | ratio to floor |", "|---|---|---|---|---|");
  for (const g of r.growth.rows) lines.push(`| ${g.kb >= 1024 ? `${g.kb / 1024} MB` : `${g.kb} KB`} | ${g.repeats} | ${g.msPerKB} | ${g.floorMsPerKB} | ${g.ratioToFloor}× |`);
  lines.push("", `Per-KB cost of a 1 MB article / a 1 KB article: ${r.growth.ratio1MBto1KB}× — ${r.growth.superLinear ? "**super-linear** (above 3×)" : "linear (at most 3×)"}.`);
  lines.push("", "## Worker threads", "", "| threads | seconds | articles/s | scaling efficiency |", "|---|---|---|---|");
  for (const t of r.threads) lines.push(`| ${t.threads} | ${t.seconds} | ${t.articlesPerSecond} | ${t.efficiency} |`);
  lines.push("", "Efficiency = rate with n threads / (n × rate with one). It cannot exceed what the machine's free cores allow: compare with the load average above.", "");
  return `${lines.join("\n")}\n`;
}

await main();
