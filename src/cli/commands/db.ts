/**
 * The event database on the command line: ingest, events, actors, dyads,
 * timeline, search, export and db (what a database holds). Every command takes
 * --db (a SQLite file, default ./marsad.db, or a postgres:// URL).
 */
import { open, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { Option } from "commander";
import { loadExtractor } from "../../extractor.js";
import { EXPORT_FORMATS, exportStream } from "../../export/export.js";
import type { ExportFormat } from "../../export/export.js";
import { availableParallelism } from "node:os";
import { ingest } from "../../ingest/ingest.js";
import { ExtractorPool } from "../../ingest/pool.js";
import type { IngestProgress, IngestSummary } from "../../ingest/ingest.js";
import { parseFieldMap, planPaths, readPlan } from "../../ingest/readers.js";
import { lexiconVersion } from "../../ingest/version.js";
import { DEFAULT_DB, isPostgresUrl, openStore } from "../../store/open.js";
import { StoreError } from "../../store/sql.js";
import type { EventFilter, Store, StoredActorRef } from "../../store/store.js";
import { InputError, parseByteSize, parseDate } from "../input.js";
import { Output } from "../output.js";
import type { CliContext, CommandModule } from "./types.js";

/** Opening a database fails in ways the user can fix: say which, without a stack. */
export async function openDb(spec: string | undefined, create = false): Promise<Store> {
  const db = spec ?? DEFAULT_DB;
  const shown = isPostgresUrl(db) ? db.replace(/\/\/[^@/]*@/, "//…@") : db;
  // Only ingest creates a database: a query on a mistyped path should not leave an empty one behind.
  if (!create && !isPostgresUrl(db) && !existsSync(db)) throw new InputError(`--db ${db}: no such database (marsad ingest creates one)`);
  try {
    return await openStore(db);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (err instanceof StoreError) throw new InputError(`--db ${shown}: ${e.message}`);
    // Connection, authentication and missing-database errors are the user's; a failing statement is a bug.
    if (isPostgresUrl(db) && (/^E[A-Z]+$/.test(e.code ?? "") || /^(08|28|3D|42501)/.test(e.code ?? "") || /timeout|terminated/i.test(e.message))) {
      throw new InputError(`--db ${shown}: cannot use the PostgreSQL database (${e.code ? `${e.code}: ` : ""}${e.message})`);
    }
    if (e.code === "SQLITE_NOTADB" || /not a database/.test(e.message)) throw new InputError(`--db ${shown}: not a SQLite database`);
    if (e.code === "SQLITE_CANTOPEN" || /unable to open|directory does not exist/.test(e.message)) {
      throw new InputError(`--db ${shown}: cannot open or create the database file (${e.message})`);
    }
    if (typeof e.code === "string" && e.code.startsWith("SQLITE_")) throw new InputError(`--db ${shown}: ${e.message}`);
    if (err instanceof TypeError && /Invalid URL/.test(e.message)) throw new InputError(`--db ${shown}: not a valid URL`);
    throw err;
  }
}

interface FilterOpts {
  readonly actor?: string;
  readonly country?: string;
  readonly between?: string[];
  readonly code?: string;
  readonly root?: string;
  readonly quad?: string;
  readonly from?: string;
  readonly to?: string;
  readonly outlet?: string;
  readonly text?: string;
  readonly limit?: string;
  readonly db?: string;
}

function addFilters(cmd: Command, defaultLimit: string | undefined): Command {
  cmd
    .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
    .option("--actor <actor>", "either side: lexicon id (china.gov), CAMEO actor code prefix (CHN) or name")
    .option("--country <iso3>", "either side's country (ISO 3166 alpha-3, e.g. SAU)")
    .option("--between <actors...>", "two actors, in either direction")
    .option("--code <code>", "CAMEO event code or its prefix (04 = 040-046)")
    .option("--root <root>", "CAMEO root code (01-20)")
    .option("--quad <n>", "QuadClass 1-4")
    .option("--from <date>", "events on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "events on or before this date (YYYY-MM-DD)")
    .option("--outlet <outlet>", "reported by this outlet (the document's source)")
    .option("--text <query>", "reported in an article matching this full-text query");
  if (defaultLimit !== undefined) cmd.option("--limit <n>", `at most this many rows (0: all)`, defaultLimit);
  return cmd;
}

function parseFilter(o: FilterOpts): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (o.actor !== undefined) f.actor = o.actor;
  if (o.country !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(o.country)) throw new InputError(`--country '${o.country}': expected a three-letter ISO code such as SAU`);
    f.country = o.country.toUpperCase();
  }
  if (o.between !== undefined) {
    if (o.between.length !== 2) throw new InputError(`--between takes exactly two actors (got ${o.between.length})`);
    f.between = [o.between[0] as string, o.between[1] as string];
  }
  if (o.code !== undefined) {
    if (!/^\d{2,4}$/.test(o.code)) throw new InputError(`--code '${o.code}': expected a CAMEO code such as 042`);
    f.code = o.code;
  }
  if (o.root !== undefined) {
    const n = Number(o.root);
    if (!/^\d{1,2}$/.test(o.root) || n < 1 || n > 20) throw new InputError(`--root '${o.root}': expected 01-20`);
    f.root = String(n).padStart(2, "0");
  }
  if (o.quad !== undefined) {
    if (!/^[1-4]$/.test(o.quad)) throw new InputError(`--quad '${o.quad}': expected 1, 2, 3 or 4`);
    f.quad = Number(o.quad);
  }
  if (o.from !== undefined) f.from = parseDate(o.from);
  if (o.to !== undefined) f.to = parseDate(o.to);
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) throw new InputError(`--from ${f.from} is after --to ${f.to}`);
  if (o.outlet !== undefined) f.outlet = o.outlet;
  if (o.text !== undefined) f.text = o.text;
  if (o.limit !== undefined) {
    if (!/^\d+$/.test(o.limit)) throw new InputError(`--limit '${o.limit}': expected a whole number`);
    f.limit = Number(o.limit);
  }
  return f;
}

async function withStore<T>(spec: string | undefined, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const store = await openDb(spec, create);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function actorLabel(a: StoredActorRef | null): string {
  return a === null ? "—" : `${a.name} [${a.code || "?"}]`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

// ---------------------------------------------------------------------------

interface IngestCliOptions {
  readonly db?: string;
  readonly map?: string;
  readonly published?: string;
  readonly batch?: string;
  readonly maxBytes?: string;
  readonly timeout?: string;
  readonly workers?: string;
}

/** `--workers`: a whole number of extraction threads, or "auto" (one per core, at most 8). */
function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === "auto") return Math.max(1, Math.min(8, availableParallelism()));
  if (!/^[1-9]\d*$/.test(value) || Number(value) > 64) throw new InputError(`--workers '${value}': expected a whole number from 1 to 64, or auto`);
  return Number(value);
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents read:  ${s.read}`,
    `new:             ${s.new}`,
    `already known:   ${s.known}`,
    ...(s.recoded > 0 ? [`re-coded:        ${s.recoded}`] : []),
    `failed:          ${s.failed}`,
    `events added:    ${s.eventsAdded}`,
    `time:            ${s.seconds.toFixed(1)}s (${s.seconds > 0 ? ((s.new + s.recoded) / s.seconds).toFixed(1) : "0"} coded documents/s)`,
  ];
  if (s.failures.length > 0) {
    lines.push("failures:");
    const shown = s.failures.slice(0, 20);
    for (const f of shown) lines.push(`  ${f.label}: ${f.reason}`);
    if (s.failures.length > shown.length) lines.push(`  … and ${s.failures.length - shown.length} more`);
  }
  return `${lines.join("\n")}\n`;
}

async function ingestCommand(paths: string[], opts: IngestCliOptions, ctx: CliContext): Promise<void> {
  const map = parseFieldMap(opts.map);
  const published = opts.published === undefined ? undefined : parseDate(opts.published);
  const maxBytes = opts.maxBytes === undefined ? undefined : parseByteSize(opts.maxBytes);
  let batchSize = 50;
  if (opts.batch !== undefined) {
    if (!/^[1-9]\d*$/.test(opts.batch)) throw new InputError(`--batch '${opts.batch}': expected a positive whole number`);
    batchSize = Number(opts.batch);
  }
  let timeoutMs: number | undefined;
  if (opts.timeout !== undefined) {
    const t = Number(opts.timeout);
    if (!Number.isFinite(t) || t <= 0) throw new InputError(`--timeout '${opts.timeout}': expected a number of seconds`);
    timeoutMs = t * 1000;
  }
  const workers = parseWorkers(opts.workers);
  // Paths are checked before the database is opened: a typo creates no empty database.
  const plan = await planPaths(paths);
  const version = lexiconVersion();
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  let lastLog = 0;
  // Measured from the first document on: loading the lexicons is not the ingest's rate.
  let first: { at: number; read: number; bytes: number } | undefined;
  const progress = (p: IngestProgress): void => {
    const now = performance.now();
    const s = p.summary;
    first ??= { at: now, read: s.read, bytes: p.doneBytes };
    const elapsed = (now - first.at) / 1000;
    const rate = elapsed > 0 ? (s.read - first.read) / elapsed : 0;
    const share = plan.totalBytes > 0 ? p.doneBytes / plan.totalBytes : 0;
    const bytesRate = elapsed > 0 ? (p.doneBytes - first.bytes) / elapsed : 0;
    const eta = bytesRate > 0 ? (plan.totalBytes - p.doneBytes) / bytesRate : NaN;
    const line = `ingest: ${s.read} read, ${s.new} new, ${s.known} known, ${s.failed} failed, ${s.eventsAdded} events | ${rate.toFixed(1)} docs/s | ${(share * 100).toFixed(0)}% | ETA ${duration(eta)}`;
    if (tty) {
      if (now - lastDraw < 100) return;
      lastDraw = now;
      process.stderr.write(`\r\u001b[2K${line}`);
    } else if (now - lastLog > 5000) {
      lastLog = now;
      ctx.warn(line);
    }
  };
  await withStore(opts.db, async (store) => {
    // one thread needs no pool: the extractor then runs here, as it always did
    const pool = workers > 1 ? await ExtractorPool.start(workers) : undefined;
    let summary: IngestSummary;
    try {
      summary = await ingest(readPlan(plan, { map, ...(maxBytes !== undefined ? { maxBytes } : {}), ...(timeoutMs !== undefined ? { fetch: { timeoutMs } } : {}) }), {
        store,
        extractor: () => loadExtractor(),
        lexiconVersion: version,
        // a batch is split across the threads: give each a share worth the hand-off
        batchSize: pool ? Math.max(batchSize, 25 * workers) : batchSize,
        ...(pool ? { pool } : {}),
        ...(published !== undefined ? { published } : {}),
        onProgress: progress,
        onFailure: (label, reason) => {
          if (!tty) ctx.warn(`marsad: ${label}: ${reason}`);
        },
      });
    } finally {
      // the threads would keep the process alive after an error
      await pool?.close();
    }
    if (tty) process.stderr.write("\r\u001b[2K");
    if (summary.new + summary.recoded > 0) await store.optimize();
    ctx.write(formatSummary(summary));
    ctx.setCode(summary.failed > 0 ? 1 : 0);
  }, true);
}

// ---------------------------------------------------------------------------

const pad = (s: string, n: number): string => (s.length >= n ? s : s + " ".repeat(n - s.length));

async function eventsCommand(o: FilterOpts & { json?: boolean }, ctx: CliContext): Promise<void> {
  const filter = parseFilter(o);
  await withStore(o.db, async (store) => {
    const events = await store.events(filter);
    if (o.json) {
      for (const e of events) ctx.write(`${JSON.stringify(e)}\n`);
    } else {
      for (const e of events) {
        ctx.write(
          `${pad(e.date ?? "????-??-??", 10)}  ${pad(e.code, 4)} ${e.negated ? "NOT " : ""}${e.name}: ${actorLabel(e.source)} → ${actorLabel(e.target)}` +
            `  (Q${e.quadClass}, G ${e.goldstein}; ${e.numMentions} mentions, ${e.numArticles} articles, ${e.numSources} sources)\n`,
        );
      }
      if (events.length === 0) ctx.warn("marsad: no events match");
    }
    ctx.setCode(0);
  });
}

async function actorsCommand(o: FilterOpts & { json?: boolean }, ctx: CliContext): Promise<void> {
  const filter = parseFilter(o);
  await withStore(o.db, async (store) => {
    const rows = await store.actors(filter);
    for (const a of rows) {
      ctx.write(
        o.json
          ? `${JSON.stringify(a)}\n`
          : `${pad(a.code || "-", 9)} ${pad(a.name, 34)} source ${String(a.asSource).padStart(5)}  target ${String(a.asTarget).padStart(5)}  documents ${a.documents}\n`,
      );
    }
    ctx.setCode(0);
  });
}

async function dyadsCommand(o: FilterOpts & { json?: boolean }, ctx: CliContext): Promise<void> {
  const filter = parseFilter(o);
  await withStore(o.db, async (store) => {
    for (const d of await store.dyads(filter)) {
      ctx.write(
        o.json
          ? `${JSON.stringify(d)}\n`
          : `${String(d.events).padStart(5)}  ${actorLabel(d.source)} → ${actorLabel(d.target)}  Goldstein ${d.goldstein}  Q1-4 ${d.quad.join("/")}\n`,
      );
    }
    ctx.setCode(0);
  });
}

async function timelineCommand(o: FilterOpts & { json?: boolean; by?: string }, ctx: CliContext): Promise<void> {
  const filter = parseFilter(o);
  const by = o.by ?? "day";
  if (by !== "day" && by !== "month" && by !== "year") throw new InputError(`--by '${by}': expected day, month or year`);
  await withStore(o.db, async (store) => {
    for (const p of await store.timeline(filter, by)) {
      ctx.write(o.json ? `${JSON.stringify(p)}\n` : `${pad(p.period, 10)}  ${String(p.events).padStart(5)} events  Q1-4 ${p.quad.join("/")}  Goldstein ${p.goldstein}\n`);
    }
    ctx.setCode(0);
  });
}

async function searchCommand(query: string, o: { db?: string; limit?: string; json?: boolean }, ctx: CliContext): Promise<void> {
  const limit = o.limit === undefined ? 20 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit '${o.limit}': expected a positive whole number`);
  await withStore(o.db, async (store) => {
    const hits = await store.searchDocuments(query, limit);
    for (const h of hits) {
      ctx.write(o.json ? `${JSON.stringify(h)}\n` : `${pad(h.published ?? "", 10)}  ${h.source ?? "-"}  ${h.title ?? h.id}${h.url ? `  ${h.url}` : ""}\n`);
    }
    if (hits.length === 0 && !o.json) ctx.warn("marsad: no articles match");
    ctx.setCode(0);
  });
}

async function exportCommand(o: FilterOpts & { format?: string; out?: string; header?: boolean }, ctx: CliContext): Promise<void> {
  const format = (o.format ?? "jsonl") as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`--format '${o.format}': expected one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const filter = parseFilter(o);
  await withStore(o.db, async (store) => {
    if (o.out === undefined) {
      // Awaits the pipe's drain: an export of a large database to a slow reader must not pile up in memory.
      const sink = new Output(process.stdout);
      for await (const chunk of exportStream(format, store, filter, { header: o.header ?? false })) {
        if (sink.closed) break;
        await sink.write(chunk);
      }
    } else {
      // Written beside the target and renamed at the end: a killed export never leaves half a file under the real name.
      const tmp = `${o.out}.part-${process.pid}`;
      let handle;
      try {
        handle = await open(tmp, "w");
      } catch (err) {
        throw new InputError(`--out ${o.out}: cannot write (${(err as Error).message.replace(`, open '${tmp}'`, "")})`);
      }
      const out = handle.createWriteStream();
      try {
        for await (const chunk of exportStream(format, store, filter, { header: o.header ?? false })) {
          if (!out.write(chunk)) await once(out, "drain");
        }
        out.end();
        await once(out, "finish");
        await rename(tmp, o.out);
      } catch (err) {
        out.destroy();
        await rm(tmp, { force: true });
        if ((err as NodeJS.ErrnoException).code?.startsWith("E")) throw new InputError(`--out ${o.out}: cannot write (${(err as Error).message})`);
        throw err;
      }
    }
    ctx.setCode(0);
  });
}

async function recodeCommand(o: { db?: string }, ctx: CliContext): Promise<void> {
  const version = lexiconVersion();
  await withStore(o.db, async (store) => {
    const extractor = await loadExtractor();
    let recoded = 0;
    let events = 0;
    const started = performance.now();
    // Each batch commits on its own: a kill loses one batch, and the next run picks up the rest.
    while (true) {
      const docs = await store.staleDocuments(version, 50);
      if (docs.length === 0) break;
      const results = await store.putDocuments(docs.map((input) => ({ input, record: extractor.extract(input), lexiconVersion: version })));
      recoded += results.length;
      events += results.reduce((n, r) => n + r.eventsAdded, 0);
      if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2Krecode: ${recoded} documents`);
    }
    if (process.stderr.isTTY) process.stderr.write("\r\u001b[2K");
    if (recoded > 0) await store.optimize();
    ctx.write(`re-coded:        ${recoded} documents with lexicon version ${version}\nevents:          ${events} reports\ntime:            ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
    ctx.setCode(0);
  });
}

async function dbCommand(o: { db?: string }, ctx: CliContext): Promise<void> {
  await withStore(o.db, async (store) => {
    const s = await store.stats();
    ctx.write(
      `database:        ${store.kind}\nschema version:  ${s.schemaVersion}\ndocuments:       ${s.documents}\nevents:          ${s.events} (${s.eventMentions} reports)\nactors:          ${s.actors}\nquotes:          ${s.quotes}\n`,
    );
    ctx.setCode(0);
  });
}

export const dbCommands: CommandModule = {
  name: "db",
  register(program: Command, ctx: CliContext): void {
    program
      .command("ingest")
      .description("code news documents into the event database (text, JSON, JSONL, HTML, RSS/Atom, .zip, folders, http(s) URLs)")
      .argument("<paths...>", "files, folders and URLs (pages or feeds) to read")
      .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
      .option("--map <fields>", "input field names, e.g. text=content,published=date_extracted")
      .option("--published <date>", "publication date for documents that carry none")
      .option("--batch <n>", "documents per transaction", "50")
      .option("--max-bytes <size>", "largest file, unpacked zip entry or download (default 64M for files, 10M for downloads)")
      .option("--timeout <seconds>", "time limit for each download (default 20)")
      .option("--workers <n>", "extraction threads: a number, or auto for one per core (default 1)")
      .option("--enqueue", "queue the documents for `marsad worker` instead of coding them here (PostgreSQL only)")
      .option("--queue-schema <name>", "with --enqueue: PostgreSQL schema of the queue (default pgboss)")
      .option("--job-timeout <seconds>", "with --enqueue: how long a worker may hold a document before another gets it (default 300)")
      .option("--retries <n>", "with --enqueue: attempts after the first before a document goes to the dead-letter queue (default 3)")
      .action(async (paths: string[], opts: IngestCliOptions & { enqueue?: boolean }) => {
        if (opts.enqueue) {
          // Imported here rather than at the top: worker.ts imports this module (openDb).
          const { enqueueCommand } = await import("./worker.js");
          return enqueueCommand(paths, opts, ctx);
        }
        return ingestCommand(paths, opts, ctx);
      });

    const json = new Option("--json", "one JSON object per line");
    addFilters(program.command("events").description("events in the database (reports of the same event merged)"), "100")
      .addOption(json)
      .action((o: FilterOpts & { json?: boolean }) => eventsCommand(o, ctx));
    addFilters(program.command("actors").description("actors by number of events"), "50")
      .option("--json", "one JSON object per line")
      .action((o: FilterOpts & { json?: boolean }) => actorsCommand(o, ctx));
    addFilters(program.command("dyads").description("source → target pairs by number of events"), "50")
      .option("--json", "one JSON object per line")
      .action((o: FilterOpts & { json?: boolean }) => dyadsCommand(o, ctx));
    addFilters(program.command("timeline").description("events per day, month or year"), undefined)
      .option("--by <period>", "day, month or year", "day")
      .option("--json", "one JSON object per line")
      .action((o: FilterOpts & { json?: boolean; by?: string }) => timelineCommand(o, ctx));
    program
      .command("search")
      .description("full-text search over the stored articles (Arabic spelling variants match)")
      .argument("<query>", "words that must all occur")
      .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
      .option("--limit <n>", "at most this many articles", "20")
      .option("--json", "one JSON object per line")
      .action((query: string, o: { db?: string; limit?: string; json?: boolean }) => searchCommand(query, o, ctx));
    addFilters(program.command("export").description("export events: jsonl (the output contract), csv, gdelt, gexf, graphml"), undefined)
      .option("--format <format>", EXPORT_FORMATS.join("|"), "jsonl")
      .option("--out <file>", "write to this file instead of stdout")
      .option("--header", "gdelt: add a header line (GDELT's own files have none)")
      .action((o: FilterOpts & { format?: string; out?: string; header?: boolean }) => exportCommand(o, ctx));
    program
      .command("recode")
      .description("re-code the stored documents that an older lexicon version coded (from their stored text)")
      .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
      .action((o: { db?: string }) => recodeCommand(o, ctx));
    program
      .command("db")
      .description("what the event database holds")
      .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
      .action((o: { db?: string }) => dbCommand(o, ctx));
  },
};
