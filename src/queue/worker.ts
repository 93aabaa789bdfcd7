/**
 * One worker: take a batch of jobs from the queue, code the documents, store
 * them in one transaction, and only then mark the jobs completed. A crash
 * between the store's commit and the completion makes the queue hand the
 * batch out again after its time limit; the store then finds every document
 * already there and nothing is stored twice.
 */
import type PgBoss from "pg-boss";
import type { DocumentInput } from "../core/record.js";
import type { Extractor } from "../extractor.js";
import { DocumentError } from "../extractor.js";
import type { Store, StoredDocumentInput } from "../store/store.js";
import { contentHash } from "../store/store.js";
import type { WriteLock } from "./lock.js";
import type { JobData } from "./queue.js";
import { QUEUE, fromJobData } from "./queue.js";

export interface WorkerStats {
  /** Jobs taken from the queue. */
  jobs: number;
  new: number;
  recoded: number;
  /** Already stored (a redelivered job, or the same article under another id). */
  known: number;
  failed: number;
  eventsAdded: number;
  batches: number;
  /** Transactions run again after a deadlock with another worker. */
  retriedTransactions: number;
}

export interface BatchInfo {
  readonly size: number;
  readonly ms: number;
  /** The shortest time limit among the batch's jobs, in seconds. */
  readonly expireInSeconds: number;
}

export interface WorkerOptions {
  readonly boss: PgBoss;
  readonly queueSchema: string;
  readonly store: Store;
  readonly extractor: Extractor;
  readonly lexiconVersion: string;
  readonly batchSize: number;
  /** Exit when nothing is queued, retrying or held by any worker. */
  readonly once?: boolean;
  /** Wait between polls of an empty queue. */
  readonly pollMs?: number;
  /** Held while a batch is stored (see lock.ts, `--serial-writes`); without it, the default, workers store concurrently. */
  readonly writeLock?: WriteLock;
  /** Stop taking jobs; the batch in hand is finished first. */
  readonly signal?: AbortSignal;
  readonly onFetched?: (size: number) => void;
  readonly onBatch?: (stats: WorkerStats, batch: BatchInfo) => void;
  readonly onFailure?: (label: string, reason: string) => void;
}

/**
 * Deadlocks and serialisation failures: the transaction is worth running again.
 * The store takes its locks in one order, so concurrent batches do not
 * deadlock, with one exception kept here: a re-coded document that removes
 * the last report of an event while another writer adds one to it (a
 * deadlock, or a foreign-key violation, 23503, when the event is deleted under
 * the other writer's new report; run again, the event is created anew).
 */
function transient(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === "40P01" || code === "40001" || code === "23503";
}

/** The database is gone (or refusing everyone): no document is to blame, and the jobs go back to the queue when they expire. */
function lostConnection(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? "");
  return /^(08|53|57|58|E[A-Z]+$)/.test(code) || /Connection terminated|not queryable|Client was closed|connect E/i.test((err as Error).message ?? "");
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Jobs not yet finished: queued, waiting for a retry, or held by a worker (alive or not). */
export async function pendingJobs(boss: PgBoss, schema: string): Promise<number> {
  const r = await boss.getDb().executeSql(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = $1 AND state < 'completed'`, [QUEUE]);
  return Number(r.rows[0]?.n ?? 0);
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerStats> {
  const stats: WorkerStats = { jobs: 0, new: 0, recoded: 0, known: 0, failed: 0, eventsAdded: 0, batches: 0, retriedTransactions: 0 };
  const pollMs = opts.pollMs ?? 1000;

  const put = async (docs: readonly StoredDocumentInput[]): Promise<Awaited<ReturnType<Store["putDocuments"]>>> => {
    for (let attempt = 1; ; attempt++) {
      try {
        await opts.writeLock?.acquire();
        try {
          return await opts.store.putDocuments(docs);
        } finally {
          await opts.writeLock?.release();
        }
      } catch (err) {
        if (!transient(err) || attempt >= 6) throw err;
        stats.retriedTransactions++;
        // Jitter so that the two workers that deadlocked do not collide again at once.
        await sleep(20 * attempt + Math.random() * 50 * attempt);
      }
    }
  };

  while (!opts.signal?.aborted) {
    const jobs = await opts.boss.fetch<JobData>(QUEUE, { batchSize: opts.batchSize });
    if (jobs.length === 0) {
      if (opts.once && (await pendingJobs(opts.boss, opts.queueSchema)) === 0) break;
      await sleep(pollMs, opts.signal);
      continue;
    }
    const started = performance.now();
    opts.onFetched?.(jobs.length);
    stats.jobs += jobs.length;
    const done: string[] = [];
    const failed: { id: string; label: string; reason: string }[] = [];
    const coded: { id: string; label: string; doc: StoredDocumentInput }[] = [];
    for (const job of jobs) {
      const raw = (job.data ?? {}) as { id?: unknown; url?: unknown };
      const label = typeof raw.id === "string" ? raw.id : typeof raw.url === "string" ? raw.url : job.id;
      try {
        const input: DocumentInput = fromJobData(job.data);
        const known = await opts.store.findDocument(input.url ?? null, contentHash(input.text));
        if (known && known.lexiconVersion === opts.lexiconVersion) {
          stats.known++;
          done.push(job.id);
          continue;
        }
        coded.push({ id: job.id, label, doc: { input, record: opts.extractor.extract(input), lexiconVersion: opts.lexiconVersion } });
      } catch (err) {
        if (!(err instanceof DocumentError) && (err as { code?: unknown }).code !== undefined) throw err; // the database, not the document
        failed.push({ id: job.id, label, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    const record = (r: Awaited<ReturnType<Store["putDocuments"]>>[number]): void => {
      if (r.outcome === "new") stats.new++;
      else if (r.outcome === "recoded") stats.recoded++;
      else stats.known++;
      stats.eventsAdded += r.eventsAdded;
    };
    if (coded.length > 0) {
      try {
        for (const r of await put(coded.map((c) => c.doc))) record(r);
        done.push(...coded.map((c) => c.id));
      } catch (err) {
        if (lostConnection(err)) throw err;
        // One document the database refuses must not hold back the others: store them one by one.
        for (const c of coded) {
          try {
            for (const r of await put([c.doc])) record(r);
            done.push(c.id);
          } catch (one) {
            failed.push({ id: c.id, label: c.label, reason: (one as Error).message });
          }
        }
      }
    }
    // Completed only after the commit: a crash before this line means redelivery, never a lost document.
    if (done.length > 0) await opts.boss.complete(QUEUE, done);
    for (const f of failed) {
      stats.failed++;
      opts.onFailure?.(f.label, f.reason);
      await opts.boss.fail(QUEUE, f.id, { message: f.reason });
    }
    stats.batches++;
    const expireInSeconds = Math.min(...jobs.map((j) => Number(j.expireInSeconds)));
    opts.onBatch?.(stats, { size: jobs.length, ms: performance.now() - started, expireInSeconds });
  }
  return stats;
}
