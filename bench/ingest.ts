/**
 * Ingest benchmark (not a test): the SaudiNewsNet corpus (shared/corpora/saudinewsnet/*.zip)
 * or, without it, a generated corpus, ingested end to end (unzip, parse, extract, store)
 * into SQLite and, when one answers, PostgreSQL; then typical queries.
 *
 * Every number comes with its ratio to a baseline measured in the same run on the
 * same documents: bare extraction, no reading and no storage. Machines differ and
 * are shared; ratios travel better than absolute rates.
 *
 *   npm run bench:ingest -- [--limit N] [--all] [--workers N] [--pg URL] [--no-pg] [--json]
 *
 * With --workers N (N > 1) the ingest codes on N threads (src/ingest/pool.ts); the
 * baseline stays single-threaded bare extraction, so the ratio shows what the
 * threads buy end to end.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { DocumentInput } from "../src/core/record.js";
import { loadExtractor } from "../src/extractor.js";
import type { Extractor } from "../src/extractor.js";
import { ingest } from "../src/ingest/ingest.js";
import { ExtractorPool } from "../src/ingest/pool.js";
import { parseFieldMap, planPaths, readPlan } from "../src/ingest/readers.js";
import type { SourceItem } from "../src/ingest/readers.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { EventFilter, Store } from "../src/store/store.js";
import { contentHash } from "../src/store/store.js";
import { flag, value } from "./lib/args.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const LIMIT = flag("--all") ? Infinity : Number(value("--limit") ?? 1500);
const WORKERS = Number(value("--workers") ?? 1);
// The baseline's rate needs no full pass over a whole corpus: a sample of this many articles.
const BASELINE_LIMIT = Number(value("--baseline-limit") ?? 3000);
const PG_URL = value("--pg") ?? process.env.MARSAD_BENCH_PG ?? "postgres://postgres@localhost:5432/test";
const CORPUS = join(process.env.MARSAD_SHARED ?? join(ROOT, "..", "shared"), "corpora", "saudinewsnet");
const MAP = parseFieldMap("text=content,published=date_extracted");

async function* take(items: AsyncIterable<SourceItem>, n: number): AsyncGenerator<SourceItem> {
  let i = 0;
  if (n <= 0) return;
  for await (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

/** Without the shared corpus: articles made from the bundled example, each one different. */
function generatedCorpus(dir: string, n: number): string[] {
  const paragraphs = readFileSync(join(ROOT, "examples", "article-ar.txt"), "utf8").split("\n").filter((l) => l.trim());
  const docs = Array.from({ length: Number.isFinite(n) ? n : 2000 }, (_, i) => ({
    content: [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]).join("\n") + `\nالخبر ${i}.`,
    date_extracted: `2025-03-${String((i % 28) + 1).padStart(2, "0")}`,
    source: `outlet-${i % 5}`,
    url: `https://generated.test/${i}`,
  }));
  const file = join(dir, "generated.json");
  writeFileSync(file, JSON.stringify(docs));
  return [file];
}

/** The documents the ingest will code: the corpus repeats articles, and the ingest codes each once. */
async function collectDocs(files: string[], n: number): Promise<DocumentInput[]> {
  const docs: DocumentInput[] = [];
  const seen = new Set<string>();
  for await (const item of take(readPlan(await planPaths(files), { map: MAP }), n)) {
    if (!item.doc) continue;
    const hash = contentHash(item.doc.text);
    if (seen.has(hash) || (item.doc.url && seen.has(item.doc.url))) continue;
    seen.add(hash);
    if (item.doc.url) seen.add(item.doc.url);
    docs.push(item.doc);
  }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function timeQuery(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

interface Result {
  readonly backend: string;
  readonly docs: number;
  /** Documents read, duplicates included (the corpus repeats some articles). */
  readonly read: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly events: number;
  readonly bytes: number;
  readonly queries: Record<string, number>;
}

let pool: ExtractorPool | undefined;

async function run(backend: string, store: Store, files: string[], extractor: Extractor, size: () => Promise<number>): Promise<Result> {
  const t = performance.now();
  const summary = await ingest(take(readPlan(await planPaths(files), { map: MAP }), LIMIT), {
    store,
    extractor: async () => extractor,
    lexiconVersion: "bench",
    batchSize: Math.max(100, 25 * WORKERS),
    ...(pool ? { pool } : {}),
  });
  await store.optimize();
  const seconds = (performance.now() - t) / 1000;
  const top = (await store.actors({ limit: 1 }))[0]?.entity ?? "saudi-arabia";
  const queries: Record<string, (f?: EventFilter) => Promise<unknown>> = {
    "events (latest 100)": () => store.events({ limit: 100 }),
    [`events --actor ${top}`]: () => store.events({ actor: top, limit: 100 }),
    "events --quad 4 --from/--to": () => store.events({ quad: 4, from: "2015-07-01", to: "2015-07-31", limit: 100 }),
    "events --text امريكا": () => store.events({ text: "امريكا", limit: 100 }),
    "search امريكا": () => store.searchDocuments("امريكا", 20),
    "actors (top 50)": () => store.actors({ limit: 50 }),
    "dyads (top 50)": () => store.dyads({ limit: 50 }),
    "timeline --by day": () => store.timeline({}, "day"),
  };
  const q: Record<string, number> = {};
  for (const [name, fn] of Object.entries(queries)) q[name] = await timeQuery(() => fn());
  const stats = await store.stats();
  return { backend, docs: summary.new, read: summary.read, seconds, perSecond: summary.new / seconds, events: stats.events, bytes: await size(), queries: q };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  try {
    let files: string[];
    let corpus: string;
    if (existsSync(CORPUS)) {
      files = readdirSync(CORPUS).filter((f) => f.endsWith(".zip")).sort().map((f) => join(CORPUS, f));
      corpus = `SaudiNewsNet (${files.length} zip files)`;
    } else {
      files = generatedCorpus(work, LIMIT);
      corpus = "generated from examples/article-ar.txt (shared corpus not found)";
    }
    const tLoad = performance.now();
    const extractor = await loadExtractor();
    const loadSeconds = (performance.now() - tLoad) / 1000;

    // Baseline: bare extraction of the same documents, already in memory.
    const docs = await collectDocs(files, LIMIT);
    // Warm the JIT first, so that whichever is measured first is not penalised.
    for (const d of docs.slice(0, 50)) extractor.extract(d);
    let baseEvents = 0;
    const baselineSeconds = (): number => {
      const t = performance.now();
      baseEvents = 0;
      for (const d of sample) baseEvents += extractor.extract(d).events.length;
      return (performance.now() - t) / 1000;
    };
    const sample = docs.slice(0, BASELINE_LIMIT);
    const baseBefore = baselineSeconds();
    if (WORKERS > 1) pool = await ExtractorPool.start(WORKERS);

    const results: Result[] = [];
    const sqliteFile = join(work, "bench.db");
    const sqlite = await openSqliteStore(sqliteFile);
    try {
      results.push(
        await run("sqlite", sqlite, files, extractor, async () =>
          ["", "-wal", "-shm"].reduce((s, x) => s + (existsSync(sqliteFile + x) ? statSync(sqliteFile + x).size : 0), 0),
        ),
      );
    } finally {
      await sqlite.close();
    }

    let pgNote = "";
    if (!flag("--no-pg")) {
      const schema = `marsad_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
      admin.on("error", () => undefined);
      try {
        await admin.connect();
      } catch (err) {
        pgNote = `PostgreSQL at ${PG_URL} does not answer (${(err as Error).message}): not measured`;
      }
      if (pgNote === "") {
        try {
          await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          const store = await openPostgresStore(PG_URL, { schema });
          try {
            results.push(
              await run("postgres", store, files, extractor, async () => {
                const r = await admin.query(
                  `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
                  [schema],
                );
                return Number(r.rows[0].n);
              }),
            );
          } finally {
            await store.close();
          }
        } finally {
          await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
          await admin.end();
        }
      }
    }

    // Measured again after the stores, and the two averaged: a shared machine's load drifts during a run.
    await pool?.close();
    const baseAfter = baselineSeconds();
    const baseSeconds = (baseBefore + baseAfter) / 2;
    const baseRate = sample.length / baseSeconds;
    const report = {
      corpus,
      distinctDocuments: docs.length,
      extractionThreads: WORKERS,
      lexiconLoadSeconds: Number(loadSeconds.toFixed(2)),
      baseline: {
        what: `bare extraction on one thread, the first ${sample.length} documents in memory (mean of a run before and a run after the stores)`,
        seconds: Number(baseSeconds.toFixed(2)),
        perSecond: Number(baseRate.toFixed(1)),
        before: Number((sample.length / baseBefore).toFixed(1)),
        after: Number((sample.length / baseAfter).toFixed(1)),
        events: baseEvents,
      },
      results: results.map((r) => ({
        ...r,
        seconds: Number(r.seconds.toFixed(2)),
        perSecond: Number(r.perSecond.toFixed(1)),
        ratioToBaseline: Number((r.perSecond / baseRate).toFixed(3)),
        bytesPerDoc: Math.round(r.bytes / Math.max(1, r.docs)),
        queries: Object.fromEntries(Object.entries(r.queries).map(([k, v]) => [k, Number(v.toFixed(2))])),
      })),
      ...(pgNote ? { note: pgNote } : {}),
    };
    if (flag("--json")) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    const out: string[] = [];
    out.push(`corpus: ${corpus}; ${Number.isFinite(LIMIT) ? LIMIT : "all"} documents read, ${docs.length} distinct; lexicons loaded in ${loadSeconds.toFixed(2)}s (not counted below); ingest codes on ${WORKERS} thread${WORKERS === 1 ? "" : "s"}`);
    out.push(
      `baseline (bare extraction on one thread, ${sample.length} articles in memory): ${baseRate.toFixed(1)} articles/s (${report.baseline.before} before the stores, ${report.baseline.after} after), ${baseEvents} events`,
    );
    for (const r of report.results) {
      out.push("");
      out.push(`${r.backend}: ${r.read} articles read, ${r.docs} stored (the rest duplicates) in ${r.seconds}s = ${r.perSecond} stored articles/s end to end (${r.ratioToBaseline}× the baseline)`);
      out.push(`  ${r.events} events; database ${(r.bytes / 1024 / 1024).toFixed(1)} MiB (${(r.bytesPerDoc / 1024).toFixed(1)} KiB per article)`);
      for (const [k, v] of Object.entries(r.queries)) out.push(`  ${k.padEnd(34)} ${v.toFixed(2).padStart(9)} ms (median of 5)`);
    }
    if (pgNote) out.push("", pgNote);
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
