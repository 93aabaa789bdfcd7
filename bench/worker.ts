/**
 * Queue benchmark (not a test): documents enqueued into PostgreSQL and drained
 * by 1, 2, … `marsad worker` processes; reports coded articles/s per run, per
 * worker, next to bare single-process extraction of the same documents
 * measured in the same run, and the bytes each article costs in the event
 * database and in the queue.
 *
 * The rate is taken between 10% and 90% of the jobs completed (sampled from
 * the queue table), so process start-up and the last stragglers do not count.
 *
 *   npm run bench:worker -- [--limit N] [--workers 1,2] [--writers 1,2,4] [--batch-size B] [--serial-writes] [--pg URL] [--json]
 *
 * Workers store concurrently (the default); --serial-writes makes them take
 * turns under the advisory write lock (src/queue/lock.ts), for comparison.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { DocumentInput } from "../src/core/record.js";
import { packageRoot } from "../src/core/paths.js";
import { loadExtractor } from "../src/extractor.js";
import { parseFieldMap, planPaths, readPlan } from "../src/ingest/readers.js";
import { enqueueBatch, openBoss, toJobData } from "../src/queue/queue.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { contentHash } from "../src/store/store.js";
import type { StoredDocumentInput } from "../src/store/store.js";

const ROOT = packageRoot();
const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const LIMIT = Number(value("--limit") ?? 600);
const WORKERS = (value("--workers") ?? "1,2").split(",").map(Number);
const BATCH = value("--batch-size") ?? "25";
/** Concurrent connections for the store-alone measurement (1,2,4: how storing scales with writers; deadlocks are counted). */
const WRITERS = (value("--writers") ?? "1").split(",").map(Number);
const WRITE_CAP_S = 60;
/** Workers take turns to store instead of storing concurrently (see src/queue/lock.ts). */
const SERIAL = args.includes("--serial-writes");
const PG_URL = value("--pg") ?? process.env.MARSAD_BENCH_PG ?? "postgres://postgres@localhost:5432/test";
const CORPUS = join(process.env.MARSAD_SHARED ?? join(ROOT, "..", "shared"), "corpora", "saudinewsnet");

async function corpus(): Promise<{ name: string; docs: DocumentInput[] }> {
  const seen = new Set<string>();
  const docs: DocumentInput[] = [];
  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith(".zip"))
      .sort()
      .map((f) => join(CORPUS, f));
    for await (const item of readPlan(await planPaths(files), { map: parseFieldMap("text=content,published=date_extracted") })) {
      if (item.doc === undefined) continue;
      const h = contentHash(item.doc.text);
      if (seen.has(h)) continue;
      seen.add(h);
      docs.push(item.doc);
      if (docs.length >= LIMIT) break;
    }
    return { name: `SaudiNewsNet (first ${docs.length} distinct articles)`, docs };
  }
  const paragraphs = readFileSync(join(ROOT, "examples", "article-ar.txt"), "utf8").split("\n").filter((l) => l.trim());
  for (let i = 0; i < LIMIT; i++) {
    docs.push({
      text: [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]).join("\n") + `\nالخبر ${i}.`,
      published: `2025-03-${String((i % 28) + 1).padStart(2, "0")}`,
      source: `outlet-${i % 5}`,
      url: `https://generated.test/${i}`,
    });
  }
  return { name: `${docs.length} articles generated from examples/article-ar.txt (shared corpus not found)`, docs };
}

function bareRate(docs: readonly DocumentInput[], extract: (d: DocumentInput) => unknown): number {
  const t = performance.now();
  for (const d of docs) extract(d);
  return docs.length / ((performance.now() - t) / 1000);
}

/**
 * The database alone: records coded beforehand, stored by `writers` connections at once
 * (each taking every writers-th batch of BATCH), for at most WRITE_CAP_S seconds.
 */
async function storeOnlyRate(
  records: readonly StoredDocumentInput[],
  client: pg.Client,
  writers: number,
): Promise<{ writers: number; rate: number; stored: number; deadlocks: number; finished: boolean; bytesPerDoc: number }> {
  const schema = `marsad_bw_store_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
  const sep = PG_URL.includes("?") ? "&" : "?";
  const stores = [];
  // Opened before the clock starts (opening creates the schema and its tables).
  for (let k = 0; k < writers; k++) stores.push(await openPostgresStore(`${PG_URL}${sep}schema=${schema}`));
  const size = Number(BATCH);
  let stored = 0;
  let deadlocks = 0;
  let finished = true;
  try {
    const t = performance.now();
    await Promise.all(
      stores.map(async (store, k) => {
        for (let i = k * size; i < records.length; i += size * writers) {
          while (true) {
            if (performance.now() - t > WRITE_CAP_S * 1000) {
              finished = false;
              return;
            }
            try {
              await store.putDocuments(records.slice(i, i + size));
              stored += Math.min(size, records.length - i);
              break;
            } catch (err) {
              if ((err as { code?: string }).code !== "40P01") throw err;
              deadlocks++;
            }
          }
        }
      }),
    );
    const rate = stored / ((performance.now() - t) / 1000);
    const bytes = Number(
      (await client.query(`SELECT sum(pg_total_relation_size(c.oid))::bigint AS b FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r'`, [schema])).rows[0].b,
    );
    return { writers, rate, stored, deadlocks, finished, bytesPerDoc: bytes / Math.max(1, stored) };
  } finally {
    for (const store of stores) await store.close();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

interface RunResult {
  readonly workers: number;
  readonly rate: number;
  readonly perWorker: number;
  readonly wallSeconds: number;
  readonly storeBytesPerDoc: number;
  readonly queueBytesPerJob: number;
  /** CPU milliseconds per document in the worker processes (load-independent). */
  readonly cpuMsPerDoc: number;
}

async function runWith(n: number, docs: readonly DocumentInput[], client: pg.Client): Promise<RunResult> {
  const tag = `${process.pid}_${n}_${Math.random().toString(36).slice(2, 6)}`;
  const storeSchema = `marsad_bw_s_${tag}`;
  const queueSchema = `marsad_bw_q_${tag}`;
  const sep = PG_URL.includes("?") ? "&" : "?";
  const url = `${PG_URL}${sep}schema=${storeSchema}`;
  try {
    const boss = await openBoss(url, { schema: queueSchema });
    for (let i = 0; i < docs.length; i += 500) {
      await enqueueBatch(
        boss,
        queueSchema,
        docs.slice(i, i + 500).map((d) => ({ hash: contentHash(d.text), data: toJobData(d) })),
        { jobTimeoutSeconds: 600 },
      );
    }
    const queueBytes = Number(
      (await client.query(`SELECT sum(pg_total_relation_size(c.oid))::bigint AS b FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r' AND c.relname LIKE 'j%'`, [queueSchema]))
        .rows[0].b,
    );
    await boss.stop({ graceful: false, close: true });

    const started = performance.now();
    const cpuMs: number[] = [];
    const exits = Array.from({ length: n }, () => {
      const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "worker", "--once", "--db", url, "--queue-schema", queueSchema, "--batch-size", BATCH, "--poll", "1", ...(SERIAL ? ["--serial-writes"] : [])], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout?.setEncoding("utf8").on("data", (d: string) => (out += d));
      return new Promise<number | null>((resolve) =>
        child.on("exit", (code) => {
          const m = /cpu: +([\d.]+) ms per document/.exec(out);
          if (m) cpuMs.push(Number(m[1]));
          resolve(code);
        }),
      );
    });
    let done = false;
    void Promise.all(exits).then(() => (done = true));
    const samples: { t: number; n: number }[] = [];
    while (!done) {
      await new Promise((r) => setTimeout(r, 250));
      const r = await client.query(`SELECT count(*)::int AS n FROM ${queueSchema}.job WHERE name = 'marsad-extract' AND state = 'completed'`);
      samples.push({ t: performance.now(), n: Number(r.rows[0].n) });
    }
    const codes = await Promise.all(exits);
    if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(", ")}`);
    const wallSeconds = (performance.now() - started) / 1000;
    const at = (share: number): { t: number; n: number } => samples.find((s) => s.n >= share * docs.length) ?? (samples[samples.length - 1] as { t: number; n: number });
    const a = at(0.1);
    const b = at(0.9);
    const rate = b.t > a.t ? (b.n - a.n) / ((b.t - a.t) / 1000) : docs.length / wallSeconds;
    const storeBytes = Number(
      (await client.query(`SELECT sum(pg_total_relation_size(c.oid))::bigint AS b FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r'`, [storeSchema])).rows[0].b,
    );
    const stored = Number((await client.query(`SELECT count(*)::int AS n FROM ${storeSchema}.documents`)).rows[0].n);
    return { workers: n, rate, perWorker: rate / n, wallSeconds, storeBytesPerDoc: storeBytes / Math.max(1, stored), queueBytesPerJob: queueBytes / docs.length, cpuMsPerDoc: cpuMs.reduce((a, b) => a + b, 0) / Math.max(1, cpuMs.length) };
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${storeSchema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${queueSchema} CASCADE`);
  }
}

async function main(): Promise<void> {
  const { name, docs } = await corpus();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query("SET client_min_messages = warning");
  // Each bare run gets a fresh extractor: a second pass over the same articles with the same
  // extractor hits its per-word-form caches and would look several times faster than a worker.
  // The first run is cold like a starting worker; the last one has a warm JIT.
  let extractor = await loadExtractor();
  const results: RunResult[] = [];
  const bare: number[] = [bareRate(docs, (d) => extractor.extract(d))];
  const storeOnly: Awaited<ReturnType<typeof storeOnlyRate>>[] = [];
  try {
    const coder = extractor;
    const records = docs.map((d) => ({ input: d, record: coder.extract(d), lexiconVersion: "bench" }));
    for (const w of WRITERS) storeOnly.push(await storeOnlyRate(records, client, w));
    for (const n of WORKERS) results.push(await runWith(n, docs, client));
  } finally {
    await client.end();
  }
  extractor = await loadExtractor();
  bare.push(bareRate(docs, (d) => extractor.extract(d)));
  const baseline = bare[1] as number;
  const [load1] = (await import("node:os")).loadavg();
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ corpus: name, baseline, storeOnly, results, load: load1 })}\n`);
    return;
  }
  const lines = [
    `corpus: ${name}`,
    `bare extraction (one process, no queue, no database, fresh extractor): ${baseline.toFixed(1)} articles/s with a warm JIT (${(1000 / baseline).toFixed(1)} ms/article), ${(bare[0] as number).toFixed(1)} from a cold start`,
    ...storeOnly.map(
      (w) =>
        `PostgreSQL store alone (records coded beforehand, ${w.writers} connection${w.writers > 1 ? "s at once" : ""}, transactions of ${BATCH}): ${w.rate.toFixed(1)} articles/s` +
        `${w.finished ? "" : ` (stopped after ${WRITE_CAP_S}s with ${w.stored} of ${docs.length} stored)`}, ${w.deadlocks} deadlocks, ${(w.bytesPerDoc / 1024).toFixed(1)} KiB/article`,
    ),
    SERIAL ? "workers take turns to store (--serial-writes)" : "workers store concurrently (the default)",
    ...results.map(
      (r) =>
        `${r.workers} worker${r.workers > 1 ? "s" : " "}: ${r.rate.toFixed(1)} articles/s (${r.perWorker.toFixed(1)} per worker, ${(r.rate / baseline).toFixed(2)}x bare), ${r.wallSeconds.toFixed(1)}s wall; ${r.cpuMsPerDoc.toFixed(1)} CPU ms/article in a worker; ` +
        `store ${(r.storeBytesPerDoc / 1024).toFixed(1)} KiB/article, queue ${(r.queueBytesPerJob / 1024).toFixed(1)} KiB/job`,
    ),
    `load average at the end: ${load1?.toFixed(1)} on ${(await import("node:os")).cpus().length} cores`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
