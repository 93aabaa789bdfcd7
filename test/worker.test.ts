/**
 * Scale-out: documents enqueued into the PostgreSQL queue, drained by several
 * worker processes, one of them killed with SIGKILL in the middle of a batch
 * and replaced. Every document must end up stored exactly once, with exactly
 * the events a plain single-process ingest of the same folder stores.
 *
 * PostgreSQL is required here (CI starts it): when it does not answer, the
 * test fails and says so.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { packageRoot } from "../src/core/paths.js";
import { QUEUE, openBoss } from "../src/queue/queue.js";
import { runMarsad } from "./helpers/cli.js";

const PG_URL = process.env.MARSAD_TEST_PG ?? "postgres://postgres@localhost:5432/test";
const ROOT = packageRoot();
// Pinned so that a lexicon edited while the suite runs cannot make workers and the reference disagree.
const ENV = { NO_COLOR: "1", MARSAD_LEXICON_VERSION: "worker-test" };

const ADJ = ["المصري", "السعودي", "الإيراني", "التركي", "العراقي", "الليبي", "الصيني", "الروسي", "الجزائري", "المغربي", "القطري", "الأردني"];
const DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الأحد"];
const CITIES = ["القاهرة", "الرياض", "عمّان", "بغداد", "الدوحة"];

/** Sixty distinct short articles: host, guest, weekday, city and date vary, so events both merge and differ across documents. */
function articles(): { id: string; text: string; published: string; source: string }[] {
  return Array.from({ length: 60 }, (_, i) => {
    const host = ADJ[i % 11] as string;
    const guest = ADJ[(i * 5 + 3) % 12] === host ? "الأردني" : (ADJ[(i * 5 + 3) % 12] as string);
    const city = CITIES[i % CITIES.length] as string;
    const text =
      `${city} – استقبل الرئيس ${host} يوم ${DAYS[i % DAYS.length]} وزير الخارجية ${guest} في ${city}، وبحث الجانبان سبل وقف التصعيد في المنطقة.\n` +
      `وأدانت وزارة الخارجية ${guest} الهجوم الذي استهدف قافلة إغاثة، ودعا الرئيس ${host} إلى وقف فوري لإطلاق النار.\n` +
      `النشرة رقم ${i + 1}.`;
    return { id: `w${String(i + 1).padStart(2, "0")}`, text, published: `2025-03-${String((i % 9) + 1).padStart(2, "0")}`, source: `outlet-${i % 4}` };
  });
}

interface Worker {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(args: readonly string[]): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "worker", ...args], {
    cwd: ROOT,
    env: { ...process.env, MARSAD_DEBUG: "", ...ENV },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const w: Worker = {
    child,
    stdout: "",
    stderr: "",
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))),
  };
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (w.stderr += d));
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (w.stdout += d));
  return w;
}

async function until(what: string, deadline: number, check: () => boolean | Promise<boolean>, log: () => string = () => ""): Promise<void> {
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}\n${log()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A connection to the test PostgreSQL; the tests fail (not skip) without one: CI starts it. */
async function connectPg(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (err) {
    assert.fail(`PostgreSQL at ${PG_URL} does not answer (${(err as Error).message}); this test needs it (CI starts it; set MARSAD_TEST_PG to use another)`);
  }
  return client;
}

test("marsad worker: three workers, one killed with SIGKILL mid-batch and replaced: every document coded exactly once", async (t) => {
  const client = await connectPg();
  const run = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const schemas = { store: `marsad_wk_s_${run}`, ref: `marsad_wk_r_${run}`, queue: `marsad_wk_q_${run}` };
  const sep = PG_URL.includes("?") ? "&" : "?";
  const storeUrl = `${PG_URL}${sep}schema=${schemas.store}`;
  const refUrl = `${PG_URL}${sep}schema=${schemas.ref}`;
  const dir = mkdtempSync(join(tmpdir(), "marsad-worker-"));
  const workers: Worker[] = [];
  try {
    await client.query("SET client_min_messages = warning");
    const docs = articles();
    for (const d of docs) writeFileSync(join(dir, `${d.id}.json`), JSON.stringify(d));
    // The same article under a second name: one job, one stored document.
    copyFileSync(join(dir, "w07.json"), join(dir, "w07-copy.json"));

    const t0 = Date.now();
    const enq = await runMarsad(["ingest", dir, "--enqueue", "--db", storeUrl, "--queue-schema", schemas.queue, "--job-timeout", "3", "--retries", "5"], { env: ENV });
    assert.equal(enq.code, 0, enq.stderr);
    assert.match(enq.stdout, /documents read: +61\n/);
    assert.match(enq.stdout, /enqueued: +60\n/);
    assert.match(enq.stdout, /already queued: +1\n/);
    // A job no worker can code: tried twice, then failed and kept in the dead-letter queue.
    const boss = await openBoss(storeUrl, { schema: schemas.queue });
    try {
      assert.ok(await boss.send(QUEUE, { text: 42, id: "broken" }, { retryLimit: 1, retryDelay: 0, expireInSeconds: 3 }));
    } finally {
      await boss.stop({ graceful: false, close: true });
    }

    const args = ["--db", storeUrl, "--queue-schema", schemas.queue, "--batch-size", "3", "--maintenance", "1", "--poll", "1", "--verbose"];
    const started = Date.now();
    t.diagnostic(`enqueued in ${((started - t0) / 1000).toFixed(1)}s`);
    for (let i = 0; i < 3; i++) workers.push(startWorker([...args, "--once"]));
    // Meanwhile: enqueueing the folder again adds nothing (each document is a job already, or stored),
    // and a plain single-process ingest of it into another schema gives the reference.
    const again = runMarsad(["ingest", dir, "--enqueue", "--db", storeUrl, "--queue-schema", schemas.queue], { env: ENV });
    const reference = runMarsad(["ingest", dir, "--db", refUrl], { env: ENV });

    // The victim: the first worker that has stored a batch and then taken its next one.
    let victim: Worker | undefined;
    await until("a worker to take a second batch", started + 40_000, () => {
      victim = workers.find((w) => /events \| .*\n.*fetched \d+ jobs\n/s.test(w.stderr));
      return victim !== undefined;
    });
    const v = victim as Worker;
    v.child.kill("SIGKILL");
    assert.equal((await v.exited).signal, "SIGKILL");
    t.diagnostic(`killed worker ${v.child.pid} (${v.stderr.split("\n").filter((l) => /events \|/.test(l)).length} batches stored) ${((Date.now() - started) / 1000).toFixed(1)}s after the start`);
    const replacement = startWorker(args);
    workers.push(replacement);

    for (const w of workers.slice(0, 3)) {
      if (w === v) continue;
      const r = await within(w.exited, 45_000, "the --once workers to drain the queue");
      assert.equal(r.code, 0, w.stderr);
      assert.match(w.stderr, /stopped\n/);
    }
    // The replacement runs until told to stop, and stops cleanly.
    await until("the replacement to start", Date.now() + 40_000, () => /started/.test(replacement.stderr), () => replacement.stderr);
    replacement.child.kill("SIGTERM");
    const rr = await within(replacement.exited, 15_000, "the replacement to stop on SIGTERM");
    assert.equal(rr.code, 0, replacement.stderr);
    assert.match(replacement.stderr, /SIGTERM: finishing the batch in hand/);
    t.diagnostic(`queue drained ${((Date.now() - started) / 1000).toFixed(1)}s after the workers started`);

    // The queue: nothing left queued, retrying or held; every job completed, at least one of them twice delivered.
    const status = await runMarsad(["queue", "status", "--db", storeUrl, "--queue-schema", schemas.queue, "--json"], { env: ENV });
    assert.equal(status.code, 0, status.stderr);
    const counts = JSON.parse(status.stdout) as Record<string, number>;
    assert.deepEqual(counts, { created: 0, retry: 0, active: 0, completed: 60, cancelled: 0, failed: 1, deadLetter: 1, archived: 0 });
    const failedJob = (await client.query(`SELECT retry_count, output FROM ${schemas.queue}.job WHERE name = 'marsad-extract' AND state = 'failed'`)).rows[0];
    assert.equal(failedJob.retry_count, 1);
    assert.match(JSON.stringify(failedJob.output), /job payload has no text/);
    assert.match(workers.map((w) => w.stderr).join(""), /broken: job payload has no text/);
    const redelivered = Number(
      (await client.query(`SELECT count(*) AS n FROM ${schemas.queue}.job WHERE name = 'marsad-extract' AND state = 'completed' AND retry_count > 0`)).rows[0].n,
    );
    const retried = workers.reduce((n, w) => n + Number(/retried: +(\d+)/.exec(w.stdout)?.[1] ?? 0), 0);
    t.diagnostic(`${redelivered} jobs delivered more than once; ${retried} transactions retried after a deadlock`);
    assert.ok(redelivered > 0, "the killed worker's batch was handed out again");
    // Workers store concurrently by default, and the store orders its locks: no deadlock to retry.
    assert.equal(retried, 0, "transactions retried after a deadlock");

    // The store: every document once.
    const rows = (await client.query(`SELECT doc_id, count(*) AS n FROM ${schemas.store}.documents GROUP BY doc_id ORDER BY doc_id`)).rows as { doc_id: string; n: string }[];
    assert.deepEqual(
      rows.map((r) => r.doc_id),
      docs.map((d) => d.id),
    );
    for (const r of rows) assert.equal(Number(r.n), 1, `${r.doc_id} stored once`);
    const hashes = Number((await client.query(`SELECT count(DISTINCT content_hash) AS n FROM ${schemas.store}.documents`)).rows[0].n);
    assert.equal(hashes, 60);

    const second = await again;
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /enqueued: +0\n/);

    // The same folder through a plain single-process ingest: the same documents and the same events.
    const ref = await reference;
    assert.equal(ref.code, 0, ref.stderr);
    assert.match(ref.stdout, /new: +60\n/);
    const summary = async (schema: string): Promise<unknown> => ({
      records: (await client.query(`SELECT doc_id, content_hash, record FROM ${schema}.documents ORDER BY doc_id`)).rows,
      perDoc: (await client.query(`SELECT d.doc_id, count(m.id)::int AS n FROM ${schema}.documents d LEFT JOIN ${schema}.event_mentions m ON m.doc = d.id GROUP BY d.doc_id ORDER BY d.doc_id`)).rows,
      events: (
        await client.query(
          `SELECT cluster_key, date, code, src_actor, tgt_actor, negated, num_mentions, num_articles, num_sources, first_seen, last_seen FROM ${schema}.events ORDER BY cluster_key`,
        )
      ).rows,
    });
    const got = (await summary(schemas.store)) as { events: { num_mentions: number }[] };
    assert.ok(got.events.length >= 10, `events were coded (${got.events.length})`);
    assert.deepEqual(got, await summary(schemas.ref));
    const mentions = Number((await client.query(`SELECT count(*) AS n FROM ${schemas.store}.event_mentions`)).rows[0].n);
    assert.equal(
      got.events.reduce((n, e) => n + Number(e.num_mentions), 0),
      mentions,
    );
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    for (const s of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
    await client.end().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("marsad worker --concurrency 2 --once --serial-writes: two processes on one machine take turns to store, drain the queue and exit 0", async () => {
  const client = await connectPg();
  const run = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const schemas = { store: `marsad_wk_cs_${run}`, queue: `marsad_wk_cq_${run}` };
  const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}schema=${schemas.store}`;
  const dir = mkdtempSync(join(tmpdir(), "marsad-worker-"));
  try {
    await client.query("SET client_min_messages = warning");
    writeFileSync(join(dir, "docs.jsonl"), `${articles().slice(0, 10).map((d) => JSON.stringify(d)).join("\n")}\n`);
    const enq = await runMarsad(["ingest", dir, "--enqueue", "--db", url, "--queue-schema", schemas.queue], { env: ENV });
    assert.equal(enq.code, 0, enq.stderr);
    assert.match(enq.stdout, /enqueued: +10\n/);
    const r = await runMarsad(["worker", "--db", url, "--queue-schema", schemas.queue, "--concurrency", "2", "--batch-size", "2", "--once", "--serial-writes"], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    const pids = new Set([...r.stderr.matchAll(/worker (\d+): started/g)].map((m) => m[1]));
    assert.equal(pids.size, 2, r.stderr);
    const jobs = [...r.stdout.matchAll(/jobs: +(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(jobs, 10, r.stdout);
    const stored = Number((await client.query(`SELECT count(*) AS n FROM ${schemas.store}.documents`)).rows[0].n);
    assert.equal(stored, 10);
  } finally {
    for (const s of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
    await client.end().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
