/**
 * Scale-out on the command line: `marsad worker` drains the document queue
 * (any number of them, on any number of machines, against one PostgreSQL),
 * `marsad queue status` shows what the queue holds, and `marsad ingest
 * --enqueue` (in db.ts, which calls enqueueCommand here) fills it.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import type { Command } from "commander";
import type PgBoss from "pg-boss";
import { loadExtractor } from "../../extractor.js";
import { parseFieldMap, planPaths, readPlan } from "../../ingest/readers.js";
import { lexiconVersion } from "../../ingest/version.js";
import { enqueue } from "../../queue/enqueue.js";
import { openWriteLock } from "../../queue/lock.js";
import type { WriteLock } from "../../queue/lock.js";
import type { EnqueueSummary } from "../../queue/enqueue.js";
import { DEAD_LETTER, DEFAULT_JOB_TIMEOUT, DEFAULT_QUEUE_SCHEMA, DEFAULT_RETRIES, QUEUE, QueueError, checkQueueSchema, openBoss, queueCounts } from "../../queue/queue.js";
import { runWorker } from "../../queue/worker.js";
import type { WorkerStats } from "../../queue/worker.js";
import { isPostgresUrl } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import { InputError, parseByteSize, parseDate } from "../input.js";
import { openDb } from "./db.js";
import type { CliContext, CommandModule } from "./types.js";

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InputError(`${name} '${value}': expected a whole number of at least ${min}`);
  return Number(value);
}

function requirePostgres(db: string | undefined, what: string): string {
  if (db === undefined || !isPostgresUrl(db)) throw new InputError(`${what} needs --db postgres://…: the queue and the shared event database live in PostgreSQL`);
  return db;
}

function queueSchema(s: string | undefined): string {
  try {
    return checkQueueSchema(s ?? DEFAULT_QUEUE_SCHEMA);
  } catch (err) {
    if (err instanceof QueueError) throw new InputError(err.message);
    throw err;
  }
}

const shown = (db: string): string => db.replace(/\/\/[^@/]*@/, "//…@");

/** Connection and authentication failures are the user's to fix: one line, no stack. */
async function connectBoss(db: string, opts: Parameters<typeof openBoss>[1]): Promise<PgBoss> {
  try {
    return await openBoss(db, opts);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (/^E[A-Z]+$/.test(e.code ?? "") || /^(08|28|3D|42501)/.test(e.code ?? "") || /timeout|terminated|connect/i.test(e.message)) {
      throw new InputError(`--db ${shown(db)}: cannot use the PostgreSQL database for the queue (${e.code ? `${e.code}: ` : ""}${e.message})`);
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------
// ingest --enqueue

export interface EnqueueCliOptions {
  readonly db?: string;
  readonly map?: string;
  readonly published?: string;
  readonly maxBytes?: string;
  readonly timeout?: string;
  readonly queueSchema?: string;
  readonly jobTimeout?: string;
  readonly retries?: string;
}

export function formatEnqueueSummary(s: EnqueueSummary): string {
  const lines = [
    `documents read:  ${s.read}`,
    `enqueued:        ${s.enqueued}`,
    `already queued:  ${s.alreadyQueued}`,
    `already known:   ${s.known}`,
    `failed:          ${s.failed}`,
    `time:            ${s.seconds.toFixed(1)}s`,
  ];
  if (s.failures.length > 0) {
    lines.push("failures:");
    for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.label}: ${f.reason}`);
    if (s.failures.length > 20) lines.push(`  … and ${s.failures.length - 20} more`);
  }
  return `${lines.join("\n")}\n`;
}

export async function enqueueCommand(paths: string[], opts: EnqueueCliOptions, ctx: CliContext): Promise<void> {
  const db = requirePostgres(opts.db, "ingest --enqueue");
  const schema = queueSchema(opts.queueSchema);
  const map = parseFieldMap(opts.map);
  const published = opts.published === undefined ? undefined : parseDate(opts.published);
  const maxBytes = opts.maxBytes === undefined ? undefined : parseByteSize(opts.maxBytes);
  const jobTimeoutSeconds = positiveInt("--job-timeout", opts.jobTimeout, DEFAULT_JOB_TIMEOUT);
  const retries = positiveInt("--retries", opts.retries, DEFAULT_RETRIES, 0);
  let timeoutMs: number | undefined;
  if (opts.timeout !== undefined) {
    const t = Number(opts.timeout);
    if (!Number.isFinite(t) || t <= 0) throw new InputError(`--timeout '${opts.timeout}': expected a number of seconds`);
    timeoutMs = t * 1000;
  }
  const plan = await planPaths(paths);
  // The store is opened (and created) first: documents it already holds are not enqueued,
  // and workers starting together do not all race to create its tables.
  const store = await openDb(db, true);
  try {
    const boss = await connectBoss(db, { schema, poolSize: 2 });
    try {
      let lastLog = performance.now();
      const summary = await enqueue(readPlan(plan, { map, ...(maxBytes !== undefined ? { maxBytes } : {}), ...(timeoutMs !== undefined ? { fetch: { timeoutMs } } : {}) }), {
        boss,
        queueSchema: schema,
        store,
        lexiconVersion: lexiconVersion(),
        jobTimeoutSeconds,
        retries,
        ...(published !== undefined ? { published } : {}),
        onProgress: (s) => {
          const now = performance.now();
          if (now - lastLog < 5000) return;
          lastLog = now;
          ctx.warn(`enqueue: ${s.read} read, ${s.enqueued} enqueued, ${s.alreadyQueued} already queued, ${s.known} known, ${s.failed} failed`);
        },
        onFailure: (label, reason) => ctx.warn(`marsad: ${label}: ${reason}`),
      });
      ctx.write(formatEnqueueSummary(summary));
      ctx.setCode(summary.failed > 0 ? 1 : 0);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------------------
// worker

interface WorkerCliOptions {
  readonly db?: string;
  readonly concurrency?: string;
  readonly batchSize?: string;
  readonly once?: boolean;
  readonly queueSchema?: string;
  readonly poll?: string;
  readonly maintenance?: string;
  readonly verbose?: boolean;
  /** Take turns to store (the advisory write lock of src/queue/lock.ts); the default is to store concurrently. */
  readonly serialWrites?: boolean;
  /** The default since the store orders its locks; still accepted from older scripts. */
  readonly parallelWrites?: boolean;
}

function statsLine(s: WorkerStats, rate: number): string {
  return `${s.jobs} jobs, ${s.new} new, ${s.recoded} re-coded, ${s.known} known, ${s.failed} failed, ${s.eventsAdded} events | ${rate.toFixed(1)} docs/s`;
}

/** Several worker processes on this machine: extraction is CPU work, one core per process. */
async function superviseWorkers(n: number, opts: WorkerCliOptions, ctx: CliContext): Promise<void> {
  const args = ["worker", "--db", opts.db as string, "--concurrency", "1"];
  if (opts.batchSize !== undefined) args.push("--batch-size", opts.batchSize);
  if (opts.queueSchema !== undefined) args.push("--queue-schema", opts.queueSchema);
  if (opts.poll !== undefined) args.push("--poll", opts.poll);
  if (opts.maintenance !== undefined) args.push("--maintenance", opts.maintenance);
  if (opts.once) args.push("--once");
  if (opts.verbose) args.push("--verbose");
  if (opts.serialWrites) args.push("--serial-writes");
  let stopping = false;
  let worst = 0;
  const live = new Set<ChildProcess>();
  const start = (slot: number, restarts: number): Promise<void> =>
    new Promise((resolve) => {
      // The same entry point and loader flags as this process (tsx in development, plain node when built).
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, ...args], { stdio: ["ignore", "inherit", "inherit"] });
      live.add(child);
      child.on("exit", (code, signal) => {
        live.delete(child);
        if (code === 0 || stopping || restarts >= 5) {
          if (code !== 0) worst = Math.max(worst, code ?? 1);
          resolve();
          return;
        }
        // Its held jobs go back to the queue when their time limit passes; a fresh process takes over.
        ctx.warn(`worker: process ${slot} ended (${signal ?? `exit ${code}`}); starting another`);
        setTimeout(() => void start(slot, restarts + 1).then(resolve), 1000);
      });
    });
  const stop = (signal: NodeJS.Signals): void => {
    stopping = true;
    for (const c of live) c.kill(signal);
  };
  const onInt = (): void => stop("SIGINT");
  const onTerm = (): void => stop("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  try {
    await Promise.all(Array.from({ length: n }, (_, i) => start(i + 1, 0)));
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  }
  ctx.setCode(worst);
}

async function workerCommand(opts: WorkerCliOptions, ctx: CliContext): Promise<void> {
  const db = requirePostgres(opts.db, "worker");
  const schema = queueSchema(opts.queueSchema);
  const concurrency = positiveInt("--concurrency", opts.concurrency, 1);
  const batchSize = positiveInt("--batch-size", opts.batchSize, 25);
  const pollMs = positiveInt("--poll", opts.poll, 1) * 1000;
  const maintenanceSeconds = positiveInt("--maintenance", opts.maintenance, 30);
  if (opts.serialWrites && opts.parallelWrites) throw new InputError("--serial-writes and --parallel-writes contradict each other");
  if (concurrency > 1) return superviseWorkers(concurrency, opts, ctx);

  const tag = `worker ${process.pid}`;
  const version = lexiconVersion();
  const controller = new AbortController();
  let firstSignal = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    const now = Date.now();
    // A terminal's Ctrl-C reaches a supervisor and its workers at once; only a later second one means "now".
    if (firstSignal > 0 && now - firstSignal > 2000) process.exit(signal === "SIGINT" ? 130 : 143);
    if (firstSignal === 0) {
      firstSignal = now;
      ctx.warn(`${tag}: ${signal}: finishing the batch in hand, then stopping`);
      controller.abort();
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let store: Store | undefined;
  let boss: PgBoss | undefined;
  let writeLock: WriteLock | undefined;
  try {
    store = await openDb(db, true);
    if (opts.serialWrites) writeLock = await openWriteLock(db);
    boss = await connectBoss(db, { schema, supervise: true, maintenanceSeconds, poolSize: 2 });
    const extractor = await loadExtractor();
    ctx.warn(`${tag}: started (queue ${schema}.${QUEUE}, batch ${batchSize}, lexicon ${version})`);
    const started = performance.now();
    // CPU time per document does not depend on what else the machine runs, unlike a rate.
    const cpuStart = process.cpuUsage();
    let lastLog = 0;
    let warnedSlow = false;
    const stats = await runWorker({
      boss,
      queueSchema: schema,
      store,
      extractor,
      lexiconVersion: version,
      batchSize,
      pollMs,
      once: opts.once ?? false,
      signal: controller.signal,
      ...(writeLock !== undefined ? { writeLock } : {}),
      onFetched: (n) => {
        if (opts.verbose) ctx.warn(`${tag}: fetched ${n} jobs`);
      },
      onBatch: (s, b) => {
        const now = performance.now();
        if (!warnedSlow && b.ms / 1000 > b.expireInSeconds / 2) {
          warnedSlow = true;
          ctx.warn(`${tag}: a batch took ${(b.ms / 1000).toFixed(1)}s, more than half the jobs' ${b.expireInSeconds}s time limit: use a smaller --batch-size (or a longer --job-timeout when enqueueing)`);
        }
        if (!opts.verbose && now - lastLog < 5000) return;
        lastLog = now;
        const elapsed = (now - started) / 1000;
        ctx.warn(`${tag}: ${statsLine(s, elapsed > 0 ? (s.new + s.recoded + s.known) / elapsed : 0)} | batch of ${b.size} in ${(b.ms / 1000).toFixed(2)}s`);
      },
      onFailure: (label, reason) => ctx.warn(`${tag}: ${label}: ${reason}`),
    });
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const handled = stats.new + stats.recoded + stats.known;
    ctx.warn(`${tag}: stopped`);
    ctx.write(
      `jobs:            ${stats.jobs}\nnew:             ${stats.new}\nre-coded:        ${stats.recoded}\nalready known:   ${stats.known}\nfailed:          ${stats.failed}\nevents added:    ${stats.eventsAdded}\nretried:         ${stats.retriedTransactions} transactions (deadlocks with other workers)\ntime:            ${elapsed.toFixed(1)}s (${elapsed > 0 ? ((stats.new + stats.recoded) / elapsed).toFixed(1) : "0"} coded documents/s)\ncpu:             ${handled > 0 ? ((cpu.user + cpu.system) / 1000 / handled).toFixed(1) : "0"} ms per document (this process)\n`,
    );
    ctx.setCode(0);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await boss?.stop({ graceful: false, close: true }).catch(() => undefined);
    await store?.close().catch(() => undefined);
    await writeLock?.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------
// queue status

async function statusCommand(opts: { db?: string; queueSchema?: string; json?: boolean }, ctx: CliContext): Promise<void> {
  const db = requirePostgres(opts.db, "queue status");
  const schema = queueSchema(opts.queueSchema);
  const boss = await connectBoss(db, { schema, poolSize: 1 });
  try {
    const c = await queueCounts(boss, schema);
    if (opts.json) {
      ctx.write(`${JSON.stringify(c)}\n`);
    } else {
      ctx.write(
        `queue:           ${schema}.${QUEUE}\nqueued:          ${c.created}\nretrying:        ${c.retry}\nactive:          ${c.active}\ncompleted:       ${c.completed}\nfailed:          ${c.failed}\ncancelled:       ${c.cancelled}\narchived:        ${c.archived}\ndead letters:    ${c.deadLetter} (${schema}.${DEAD_LETTER})\n`,
      );
    }
    ctx.setCode(0);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

export const workerCommands: CommandModule = {
  name: "worker",
  register(program: Command, ctx: CliContext): void {
    program
      .command("worker")
      .description("code documents from the PostgreSQL queue (run any number, on any number of machines)")
      .option("--db <db>", "postgres:// URL of the event database and the queue (?schema=NAME for the event tables)")
      .option("--concurrency <n>", "worker processes on this machine (one core each)", "1")
      .option("--batch-size <n>", "jobs taken and stored per transaction", "25")
      .option("--once", "exit when the queue is empty (nothing queued, retrying or held)")
      .option("--queue-schema <name>", `PostgreSQL schema of the queue (default ${DEFAULT_QUEUE_SCHEMA})`)
      .option("--poll <seconds>", "wait between polls of an empty queue", "1")
      .option("--maintenance <seconds>", "how often jobs held past their time limit go back to the queue", "30")
      .option("--verbose", "a log line for every batch")
      .option("--serial-writes", "store one batch at a time across all workers (a PostgreSQL advisory lock) instead of concurrently")
      .option("--parallel-writes", "store batches concurrently (the default; kept for older scripts)")
      .action((o: WorkerCliOptions) => workerCommand(o, ctx));
    program
      .command("queue")
      .description("the document queue")
      .command("status")
      .description("queued, active, completed and failed jobs")
      .option("--db <db>", "postgres:// URL of the queue")
      .option("--queue-schema <name>", `PostgreSQL schema of the queue (default ${DEFAULT_QUEUE_SCHEMA})`)
      .option("--json", "one JSON object")
      .action((o: { db?: string; queueSchema?: string; json?: boolean }) => statusCommand(o, ctx));
  },
};
