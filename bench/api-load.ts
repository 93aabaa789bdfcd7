/**
 * Load benchmark of the HTTP API (not a test). A temporary SQLite database is
 * filled with N documents (SaudiNewsNet from ../shared when present, else the
 * bundled examples repeated with varied dates), `marsad`'s server runs in a
 * child process on 127.0.0.1 (port 0), and autocannon drives it from this
 * process, so that the load generator does not share the server's event loop.
 *
 *   npm run bench:api -- [--docs N] [--duration S] [--connections C] [--soak S] [--json]
 *
 * Reports requests/s, p50/p99 latency, errors and the server's RSS before and
 * after each run; --soak S runs GET /api/events for S seconds and reports RSS
 * growth. Every run is bounded in time; nothing listens beyond loopback.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentInput } from "../src/core/record.js";
import { loadExtractor } from "../src/extractor.js";
import { ingest } from "../src/ingest/ingest.js";
import { parseFieldMap, planPaths, readPlan } from "../src/ingest/readers.js";
import type { SourceItem } from "../src/ingest/readers.js";
import { buildServer } from "../src/server/app.js";
import { exampleArticles } from "../src/server/examples.js";
import { openSqliteStore } from "../src/store/sqlite.js";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface CannonOptions {
  url: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
}
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (o: CannonOptions) => Promise<CannonResult>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positive = (name: string, def: number): number => {
  const v = Number(value(name) ?? def);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name}: expected a positive number`);
  return v;
};

// ---------------------------------------------------------------------------
// The server child: open the database, load the extractor, listen, print the port.

if (args[0] === "--serve-child") {
  const db = args[1] as string;
  const store = await openSqliteStore(db);
  const extractor = await loadExtractor();
  const app = await buildServer({ store, extractor, lexiconVersion: "bench" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 })}\n`);
  const stop = async (): Promise<void> => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
} else {
  await main();
}

// ---------------------------------------------------------------------------

async function* take(items: AsyncIterable<SourceItem>, n: number): AsyncGenerator<SourceItem> {
  let i = 0;
  for await (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

/** Without the shared corpus: the examples, each copy made distinct (dedup is by content) and dated apart. */
async function* generated(n: number): AsyncGenerator<SourceItem> {
  const examples = exampleArticles(join(ROOT, "examples", "articles"));
  for (let i = 0; i < n; i++) {
    const ex = examples[i % examples.length] as DocumentInput;
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    const doc: DocumentInput = { ...ex, id: `${ex.id}-${i}`, url: `https://generated.test/${i}`, published: day, text: `${ex.text}\nالخبر رقم ${i}.` };
    yield { label: `generated:${i}`, doc, doneBytes: 0 } as SourceItem;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

interface RunReport {
  readonly name: string;
  readonly seconds: number;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50ms: number;
  readonly p99ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly rssBeforeMb: number;
  readonly rssAfterMb: number;
}

async function main(): Promise<void> {
  const docsWanted = positive("--docs", 1000);
  const duration = positive("--duration", 10);
  const connections = positive("--connections", 10);
  const soak = value("--soak") === undefined ? 0 : positive("--soak", 300);
  const json = args.includes("--json");
  if (duration > 600 || soak > 3600) throw new Error("--duration is at most 600 s and --soak at most 3600 s");

  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-api-"));
  const db = join(dir, "bench.db");
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const corpusDir = join(process.env.MARSAD_SHARED ?? join(ROOT, "..", "shared"), "corpora", "saudinewsnet");
    let source: string;
    let items: AsyncIterable<SourceItem>;
    if (existsSync(corpusDir)) {
      const files = readdirSync(corpusDir).filter((f) => f.endsWith(".zip")).sort().map((f) => join(corpusDir, f));
      items = take(readPlan(await planPaths(files), { map: parseFieldMap("text=content,published=date_extracted") }), docsWanted);
      source = `SaudiNewsNet (${files.length} zip files)`;
    } else {
      items = generated(docsWanted);
      source = "the bundled examples, repeated with varied dates";
    }
    const store = await openSqliteStore(db);
    const started = performance.now();
    const summary = await ingest(items, { store, extractor: () => loadExtractor(), lexiconVersion: "bench", batchSize: 100 });
    await store.optimize();
    const stats = await store.stats();
    await store.close();
    const fillSeconds = (performance.now() - started) / 1000;
    if (!json) {
      process.stdout.write(`database: ${stats.documents} documents, ${stats.events} events (${stats.eventMentions} reports) from ${source}; filled in ${fillSeconds.toFixed(1)} s (${summary.failed} failed)\n`);
    }

    child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve-child", db], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const proc = child;
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error("the server did not start within 60 s")), 60_000);
      proc.stdout?.setEncoding("utf8").on("data", (d: string) => {
        out += d;
        const m = /"port":(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      proc.on("exit", (code) => reject(new Error(`the server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const pid = proc.pid as number;

    const article = (exampleArticles(join(ROOT, "examples", "articles"))[0] as DocumentInput).text;
    const run = async (name: string, opts: Omit<CannonOptions, "connections" | "duration">, seconds: number, conns: number): Promise<RunReport> => {
      const rssBefore = rssMb(pid);
      const r = await autocannon({ ...opts, connections: conns, duration: seconds });
      return {
        name,
        seconds,
        connections: conns,
        requestsPerSecond: Math.round(r.requests.average * 10) / 10,
        requests: r.requests.total,
        p50ms: r.latency.p50,
        p99ms: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        rssBeforeMb: rssBefore,
        rssAfterMb: rssMb(pid),
      };
    };

    const reports: RunReport[] = [];
    // Coding is CPU-bound on the server's one thread: a few connections saturate it.
    reports.push(
      await run(
        "POST /api/extract",
        { url: `${base}/api/extract`, method: "POST", body: JSON.stringify({ text: article, published: "2025-02-02" }), headers: { "content-type": "application/json" } },
        duration,
        Math.min(connections, 4),
      ),
    );
    reports.push(await run("GET /api/events?limit=50", { url: `${base}/api/events?limit=50` }, duration, connections));
    reports.push(await run("GET /api/events?country=IRN&sort=-mentions&limit=50&offset=50", { url: `${base}/api/events?country=IRN&sort=-mentions&limit=50&offset=50` }, duration, connections));
    reports.push(await run("GET /api/network?limit=200", { url: `${base}/api/network?limit=200` }, duration, connections));

    let soakReport: { seconds: number; rssStartMb: number; rssEndMb: number; rssMaxMb: number; growthMb: number; run: RunReport } | undefined;
    if (soak > 0) {
      const samples: number[] = [rssMb(pid)];
      const timer = setInterval(() => samples.push(rssMb(pid)), 5000);
      const r = await run("soak GET /api/events?limit=50", { url: `${base}/api/events?limit=50` }, soak, connections);
      clearInterval(timer);
      samples.push(rssMb(pid));
      // Growth is measured from the first sample after warm-up (a quarter of the run), not from the idle process.
      const warm = samples[Math.max(1, Math.floor(samples.length / 4))] ?? samples[0] ?? NaN;
      const end = samples[samples.length - 1] ?? NaN;
      soakReport = { seconds: soak, rssStartMb: samples[0] ?? NaN, rssEndMb: end, rssMaxMb: Math.max(...samples), growthMb: end - warm, run: r };
    }

    if (json) {
      process.stdout.write(`${JSON.stringify({ documents: stats.documents, events: stats.events, source, runs: reports, soak: soakReport }, null, 2)}\n`);
    } else {
      process.stdout.write(`\n${"route".padEnd(62)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)} ${"RSS MB".padStart(11)}\n`);
      for (const r of [...reports, ...(soakReport ? [soakReport.run] : [])]) {
        process.stdout.write(
          `${`${r.name} (${r.connections} conn, ${r.seconds} s)`.padEnd(62)} ${String(r.requestsPerSecond).padStart(8)} ${String(r.p50ms).padStart(7)} ${String(r.p99ms).padStart(7)} ${String(r.errors + r.non2xx).padStart(7)} ${`${r.rssBeforeMb}→${r.rssAfterMb}`.padStart(11)}\n`,
        );
      }
      if (soakReport) {
        process.stdout.write(
          `\nsoak: ${soakReport.seconds} s, RSS ${soakReport.rssStartMb} MB at start, ${soakReport.rssEndMb} MB at the end (max ${soakReport.rssMaxMb} MB); growth after warm-up ${soakReport.growthMb} MB\n`,
        );
      }
    }
  } finally {
    if (child && child.exitCode === null) {
      const c = child;
      const exited = new Promise((resolve) => c.on("exit", resolve));
      c.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
