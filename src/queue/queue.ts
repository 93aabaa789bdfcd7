/**
 * The document queue: a pg-boss queue in PostgreSQL that `marsad ingest
 * --enqueue` fills and any number of `marsad worker` processes, on any number
 * of machines, drain. pg-boss hands out jobs with SELECT … FOR UPDATE SKIP
 * LOCKED, so two workers never take the same queued job, and a job a worker
 * took but never completed (a crash, a kill -9, a lost machine) goes back to
 * the queue once its time limit passes. Delivery is therefore at least once;
 * the store makes it exactly once in effect, because a document is found again
 * by its URL or content hash and never stored twice.
 */
import type PgBoss from "pg-boss";
import { splitSchema } from "../store/postgres.js";
import type { DocumentInput } from "../core/record.js";

/** The queue of documents to code, and where documents go after their last failed attempt. */
export const QUEUE = "marsad-extract";
export const DEAD_LETTER = "marsad-extract-failed";
export const DEFAULT_QUEUE_SCHEMA = "pgboss";
/** Seconds a worker may hold a job before it is handed to another worker. */
export const DEFAULT_JOB_TIMEOUT = 300;
export const DEFAULT_RETRIES = 3;

/** A job's payload: the batch input's fields, exactly as the document arrived. */
export type JobData = DocumentInput;

export class QueueError extends Error {}

export function checkQueueSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new QueueError(`--queue-schema '${schema}': expected a lower-case SQL name such as pgboss`);
  return schema;
}

export interface BossOptions {
  readonly schema: string;
  /** Run pg-boss maintenance (expire held jobs, archive, delete) from this process. */
  readonly supervise?: boolean;
  /** How often maintenance runs; one process per interval does it, whichever gets there first. */
  readonly maintenanceSeconds?: number;
  /** Connections in pg-boss's own pool. */
  readonly poolSize?: number;
}

/**
 * A started pg-boss with the document queue and its dead-letter queue. The
 * store's `?schema=` parameter belongs to the event database, not to the
 * queue, so it is taken off the URL here.
 */
export async function openBoss(dbUrl: string, opts: BossOptions): Promise<PgBoss> {
  const { url } = splitSchema(dbUrl);
  const supervise = opts.supervise ?? false;
  // Loaded when a queue is used: every other command starts without it.
  const { default: Boss } = await import("pg-boss");
  const boss = new Boss({
    connectionString: url,
    schema: checkQueueSchema(opts.schema),
    max: opts.poolSize ?? 3,
    application_name: "marsad-queue",
    supervise,
    schedule: false,
    ...(supervise ? { maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 30 } : {}),
    // Completed jobs leave the live table after an hour and the archive a day later: the payloads
    // are the article texts, and at millions a day they would be most of the database's bytes
    // (the store keeps every text anyway). Failed ones stay a week in the live table, to be looked at.
    archiveCompletedAfterSeconds: 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 1,
  });
  // pg-boss reports background errors (a lost connection during maintenance) as events;
  // without a listener an EventEmitter 'error' would kill the process.
  boss.on("error", (err: Error) => {
    if (process.env.MARSAD_DEBUG) process.stderr.write(`marsad: queue: ${err.message}\n`);
  });
  await boss.start();
  try {
    // Both are no-ops when the queues exist; pg-boss serialises its own schema creation.
    await boss.createQueue(DEAD_LETTER, { name: DEAD_LETTER, policy: "standard" });
    await boss.createQueue(QUEUE, { name: QUEUE, policy: "standard", deadLetter: DEAD_LETTER });
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw err;
  }
  return boss;
}

/**
 * The job id of a document: its content hash as a UUID. The same article
 * enqueued twice is one job as long as that job is in the live table (queued,
 * active, completed or failed): the insert skips an id that exists.
 */
export function jobId(contentHash: string): string {
  const h = contentHash.slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function toJobData(doc: DocumentInput): JobData {
  const out: { -readonly [K in keyof JobData]: JobData[K] } = { text: doc.text };
  for (const k of ["id", "published", "title", "url", "source", "lang"] as const) {
    const v = doc[k];
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out;
}

/** The payload back as a document input; anything malformed is the job's failure, not the worker's. */
export function fromJobData(data: unknown): DocumentInput {
  if (typeof data !== "object" || data === null) throw new QueueError("job payload is not an object");
  const d = data as Record<string, unknown>;
  if (typeof d.text !== "string") throw new QueueError("job payload has no text");
  const out: { -readonly [K in keyof DocumentInput]: DocumentInput[K] } = { text: d.text };
  for (const k of ["id", "published", "title", "url", "source", "lang"] as const) {
    const v = d[k];
    if (typeof v === "string") out[k] = v;
  }
  return out;
}

export interface EnqueueJob {
  readonly hash: string;
  readonly data: JobData;
}

export interface EnqueueOptions {
  readonly jobTimeoutSeconds?: number;
  readonly retries?: number;
}

/** Inserts a batch of documents as jobs; returns how many were new and how many were already in the queue. */
export async function enqueueBatch(boss: PgBoss, schema: string, jobs: readonly EnqueueJob[], opts: EnqueueOptions = {}): Promise<{ enqueued: number; alreadyQueued: number }> {
  if (jobs.length === 0) return { enqueued: 0, alreadyQueued: 0 };
  const ids = jobs.map((j) => jobId(j.hash));
  const db = boss.getDb();
  const before = await db.executeSql(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [QUEUE, ids]);
  await boss.insert(
    jobs.map((j, i) => ({
      id: ids[i] as string,
      name: QUEUE,
      data: j.data,
      singletonKey: j.hash,
      expireInSeconds: opts.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT,
      retryLimit: opts.retries ?? DEFAULT_RETRIES,
      retryDelay: 1,
      retryBackoff: true,
    })),
  );
  const after = await db.executeSql(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [QUEUE, ids]);
  // Another enqueuer inserting the same ids at the same moment would be counted as ours: a summary, not an audit.
  const enqueued = Number(after.rows[0]?.n ?? 0) - Number(before.rows[0]?.n ?? 0);
  return { enqueued, alreadyQueued: jobs.length - enqueued };
}

export interface QueueCounts {
  readonly created: number;
  readonly retry: number;
  readonly active: number;
  readonly completed: number;
  readonly cancelled: number;
  readonly failed: number;
  /** Documents whose last attempt failed, kept with their error in the dead-letter queue. */
  readonly deadLetter: number;
  /** Completed and failed jobs moved out of the live table by maintenance. */
  readonly archived: number;
}

export async function queueCounts(boss: PgBoss, schema: string): Promise<QueueCounts> {
  const db = boss.getDb();
  const rows = (await db.executeSql(`SELECT name, state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = ANY($1) GROUP BY name, state`, [[QUEUE, DEAD_LETTER]])).rows as {
    name: string;
    state: string;
    n: number;
  }[];
  const c = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0, deadLetter: 0, archived: 0 };
  for (const r of rows) {
    if (r.name === DEAD_LETTER) {
      if (r.state !== "completed" && r.state !== "cancelled") c.deadLetter += Number(r.n);
    } else if (r.state in c) {
      c[r.state as keyof typeof c] += Number(r.n);
    }
  }
  const archived = await db.executeSql(`SELECT count(*)::int AS n FROM ${schema}.archive WHERE name = $1`, [QUEUE]);
  c.archived = Number(archived.rows[0]?.n ?? 0);
  return c;
}
