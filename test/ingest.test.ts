/**
 * Ingest: readers for every input kind, the command's summary and exit codes,
 * idempotency, and crash safety under a real kill -9 of a child process.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { htmlToDocument } from "../src/ingest/html.js";
import { objectToDocument, parseFieldMap, planPaths, readPlan } from "../src/ingest/readers.js";
import type { SourceItem } from "../src/ingest/readers.js";
import { InputError } from "../src/cli/input.js";
import pg from "pg";
import { PG_URL, pgSchema } from "./store.fixtures.js";
import { runMarsad } from "./helpers/cli.js";

// Pinned so that a lexicon edited while the suite runs does not turn "known" into "re-coded".
process.env.MARSAD_LEXICON_VERSION = "ingest-test";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLE = readFileSync(join(ROOT, "examples", "article-ar.txt"), "utf8");
const PARAGRAPHS = ARTICLE.split("\n").filter((l) => l.trim() !== "");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function marsad(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return runMarsad(args, { env: { NO_COLOR: "1", ...env } });
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "marsad-ingest-"));
}

async function collect(paths: string[], map = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readPlan(await planPaths(paths), { map })) out.push(item);
  return out;
}

const HTML = `<!doctype html><html lang="ar"><head>
<title>عنوان الصفحة | موقع</title>
<meta property="og:title" content="استقبل الرئيس المصري وزير الخارجية الأردني">
<meta property="article:published_time" content="2025-03-04T10:00:00+03:00">
<meta property="og:site_name" content="وكالة الاختبار">
<link rel="canonical" href="https://news.test/article/1">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/eco">اقتصاد</a></nav>
<article><h1>استقبل الرئيس المصري وزير الخارجية الأردني</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<footer>جميع الحقوق محفوظة © وكالة الاختبار</footer>
</body></html>`;

test("ingest readers: --map parsing", () => {
  assert.deepEqual(parseFieldMap("text=content,published=date_extracted"), { text: "content", published: "date_extracted" });
  assert.deepEqual(parseFieldMap(undefined), {});
  assert.throws(() => parseFieldMap("text"), (e: unknown) => e instanceof InputError && /FIELD=NAME/.test(e.message));
  assert.throws(() => parseFieldMap("body=content"), (e: unknown) => e instanceof InputError && /unknown field 'body'/.test(e.message));
});

test("ingest readers: JSON objects through the field map", () => {
  const map = parseFieldMap("text=content,published=date_extracted");
  assert.deepEqual(objectToDocument({ content: "نص", date_extracted: "2015-07-21 02:51:32", source: "aawsat", url: "u", title: "t", author: "x" }, map), {
    text: "نص",
    published: "2015-07-21",
    source: "aawsat",
    url: "u",
    title: "t",
  });
  assert.equal(objectToDocument({ text: "x" }, map), 'missing "content"');
  assert.equal(objectToDocument({ text: 5 }), '"text" must be a string, got a number');
  assert.match(objectToDocument({ text: "x", published: "2015-13-01" }) as string, /"published": invalid date/);
  assert.equal(objectToDocument([1]), "expected a JSON object, got an array");
  assert.deepEqual(objectToDocument({ text: "x", id: 7 }), { text: "x", id: "7" });
});

test("ingest readers: text, JSON, JSONL, HTML, zip and nested folders", async () => {
  const dir = tmp();
  try {
    mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
    writeFileSync(join(dir, "a.txt"), PARAGRAPHS[0]!);
    writeFileSync(join(dir, "b.json"), JSON.stringify([{ text: "أ" }, { text: "ب", published: "2024-01-02" }, { nope: 1 }]));
    writeFileSync(join(dir, "sub", "c.jsonl"), `{"text":"ج","url":"https://x.test/c"}\n\nnot json\n{"text":"د"}\n`);
    writeFileSync(join(dir, "sub", "deeper", "page.html"), HTML);
    writeFileSync(join(dir, "sub", ".hidden.txt"), "hidden");
    writeFileSync(join(dir, "sub", "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x61, 0xff, 0x62]));
    writeFileSync(
      join(dir, "z.zip"),
      zipSync({ "in/one.json": strToU8(JSON.stringify({ text: "هـ" })), "two.txt": strToU8("و"), "skip.bin": new Uint8Array([1, 2]) }),
    );
    writeFileSync(join(dir, "broken.zip"), "not a zip at all");
    const items = await collect([dir]);
    const rel = (l: string): string => l.replace(`${dir}/`, "");
    assert.deepEqual(
      items.map((i) => [rel(i.label), i.doc?.text.slice(0, 12) ?? `ERR ${i.error}`]),
      [
        ["a.txt", PARAGRAPHS[0]!.slice(0, 12)],
        ["b.json[0]", "أ"],
        ["b.json[1]", "ب"],
        ["b.json[2]", 'ERR missing "text"'],
        ["bad.txt", "ERR invalid UTF-8 at byte 1 (0xFF); marsad reads UTF-8 text. If the file is in a legacy Arabic encoding, convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8"],
        [items.find((i) => i.label.endsWith("broken.zip"))!.label.replace(`${dir}/`, ""), items.find((i) => i.label.endsWith("broken.zip"))!.doc ? "" : `ERR ${items.find((i) => i.label.endsWith("broken.zip"))!.error}`],
        ["sub/c.jsonl:1", "ج"],
        ["sub/c.jsonl:3", `ERR ${items.find((i) => i.label.endsWith("c.jsonl:3"))!.error}`],
        ["sub/c.jsonl:4", "د"],
        ["sub/deeper/page.html", items.find((i) => i.label.endsWith("page.html"))!.doc!.text.slice(0, 12)],
        ["z.zip:in/one.json", "هـ"],
        ["z.zip:two.txt", "و"],
      ],
    );
    assert.match(items.find((i) => i.label.endsWith("broken.zip"))!.error!, /not a readable zip archive/);
    assert.match(items.find((i) => i.label.endsWith("c.jsonl:3"))!.error!, /not valid JSON/);
    assert.equal(items.find((i) => i.label.endsWith("c.jsonl:1"))!.doc!.url, "https://x.test/c");
    assert.equal(items.find((i) => i.label.endsWith("b.json[1]"))!.doc!.published, "2024-01-02");
    // Progress never runs backwards and ends at the total.
    const plan = await planPaths([dir]);
    for (let i = 1; i < items.length; i++) assert.ok(items[i]!.doneBytes >= items[i - 1]!.doneBytes);
    assert.equal(items.at(-1)!.doneBytes, plan.totalBytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingest readers: HTML main text and metadata", () => {
  const d = htmlToDocument(HTML);
  assert.ok(typeof d !== "string");
  assert.equal(d.title, "استقبل الرئيس المصري وزير الخارجية الأردني");
  assert.equal(d.published, "2025-03-04");
  assert.equal(d.url, "https://news.test/article/1");
  assert.equal(d.source, "وكالة الاختبار");
  assert.equal(d.lang, "ar");
  assert.ok(d.text.includes(PARAGRAPHS[1]!), "the article's paragraphs are kept");
  assert.ok(!d.text.includes("رياضة"), "the navigation is not");
  assert.ok(!d.text.includes("جميع الحقوق"), "nor the footer");
  assert.equal(htmlToDocument("<html><body></body></html>"), "no text found in the page");
  const bare = htmlToDocument(`<html><head><title>T</title></head><body><p>${PARAGRAPHS[0]}</p><time datetime="2024-02-03">x</time></body></html>`, "https://page.test/x");
  assert.ok(typeof bare !== "string");
  assert.equal(bare.title, "T");
  assert.equal(bare.published, "2024-02-03");
  assert.equal(bare.url, "https://page.test/x");
});

test("marsad ingest: summary, idempotent re-run, failures and exit codes", async () => {
  const dir = tmp();
  try {
    const db = join(dir, "t.db");
    const docs = PARAGRAPHS.map((p, i) => ({ content: p, date_extracted: "2025-03-04 10:00:00", source: i % 2 ? "outlet-a" : "outlet-b", url: `https://n.test/${i}` }));
    writeFileSync(join(dir, "docs.json"), JSON.stringify([...docs, { content: PARAGRAPHS[0] }, { content: 1 }]));
    writeFileSync(join(dir, "page.html"), HTML);
    const args = ["ingest", join(dir, "docs.json"), join(dir, "page.html"), "--db", db, "--map", "text=content,published=date_extracted"];
    const first = await marsad(args);
    assert.equal(first.code, 1, first.stderr);
    const n = PARAGRAPHS.length;
    assert.match(first.stdout, new RegExp(`documents read: +${n + 3}\\n`));
    assert.match(first.stdout, new RegExp(`new: +${n + 1}\\n`));
    assert.match(first.stdout, /already known: +1\n/);
    assert.match(first.stdout, /failed: +1\n/);
    assert.match(first.stdout, /docs\.json\[\d+\]: "content" must be a string, got a number/);
    const events = Number(/events added: +(\d+)/.exec(first.stdout)?.[1]);
    assert.ok(events > 0);
    assert.doesNotMatch(first.stderr, /at .*\.ts:\d+/);

    const again = await marsad(args);
    assert.match(again.stdout, /new: +0\n/);
    // Another helper editing the lexicons between the two runs makes them re-coded instead of known.
    const known = Number(/already known: +(\d+)/.exec(again.stdout)?.[1]);
    const recoded = Number(/re-coded: +(\d+)/.exec(again.stdout)?.[1] ?? 0);
    assert.equal(known + recoded, n + 2, again.stdout);
    if (recoded === 0) assert.match(again.stdout, /events added: +0\n/);

    const info = await marsad(["db", "--db", db]);
    assert.equal(info.code, 0);
    assert.match(info.stdout, new RegExp(`documents: +${n + 1}\\n`));

    // New lexicons: recode codes every stored document again from its stored text, once.
    const recode = await marsad(["recode", "--db", db], { MARSAD_LEXICON_VERSION: "ingest-test-2" });
    assert.equal(recode.code, 0, recode.stderr);
    assert.match(recode.stdout, new RegExp(`re-coded: +${n + 1} documents with lexicon version ingest-test-2\\n`));
    assert.match(recode.stdout, new RegExp(`events: +${events} reports`));
    const twice = await marsad(["recode", "--db", db], { MARSAD_LEXICON_VERSION: "ingest-test-2" });
    assert.match(twice.stdout, /re-coded: +0 documents/);
    const after = await marsad(["db", "--db", db]);
    assert.equal(after.stdout, info.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("marsad ingest: bad input is a clear error with exit 2, and creates no database", async () => {
  const dir = tmp();
  try {
    const db = join(dir, "t.db");
    const missing = await marsad(["ingest", join(dir, "nope.json"), "--db", db]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: no such file/);
    assert.ok(!existsSync(db));
    writeFileSync(join(dir, "a.txt"), "نص");
    const map = await marsad(["ingest", join(dir, "a.txt"), "--db", db, "--map", "content"]);
    assert.equal(map.code, 2);
    assert.match(map.stderr, /--map: 'content' is not FIELD=NAME/);
    const date = await marsad(["ingest", join(dir, "a.txt"), "--db", db, "--published", "2024-02-30"]);
    assert.equal(date.code, 2);
    assert.match(date.stderr, /invalid date '2024-02-30'/);
    writeFileSync(join(dir, "notdb.db"), "hello, I am text, not SQLite ".repeat(100));
    const notDb = await marsad(["ingest", join(dir, "a.txt"), "--db", join(dir, "notdb.db")]);
    assert.equal(notDb.code, 2);
    assert.match(notDb.stderr, /not a SQLite database/);
    const noDir = await marsad(["ingest", join(dir, "a.txt"), "--db", join(dir, "no", "such", "dir.db")]);
    assert.equal(noDir.code, 2);
    assert.match(noDir.stderr, /cannot open or create the database file/);
    const pg = await marsad(["db", "--db", "postgres://nobody@127.0.0.1:1/none"]);
    assert.equal(pg.code, 2);
    assert.match(pg.stderr, /cannot use the PostgreSQL database \(ECONNREFUSED/);
    for (const r of [missing, map, date, notDb, noDir, pg]) assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("marsad ingest: kill -9 mid-batch, run again: every document once, with its events", async (t) => {
  const dir = tmp();
  try {
    // Enough distinct articles that the run is still busy when it is killed.
    const N = 120;
    const lines = Array.from({ length: N }, (_, i) =>
      JSON.stringify({ id: `k${i}`, text: `${PARAGRAPHS[i % PARAGRAPHS.length]}\n${PARAGRAPHS[(i + 3) % PARAGRAPHS.length]}\nالخبر رقم ${i}.`, published: "2025-03-04", source: `o${i % 3}` }),
    );
    writeFileSync(join(dir, "docs.jsonl"), `${lines.join("\n")}\n`);
    const db = join(dir, "killed.db");
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "ingest", join(dir, "docs.jsonl"), "--db", db, "--batch", "7"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let seen = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 15));
      if (!existsSync(db)) continue;
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        try {
          seen = (reader.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
        } finally {
          reader.close();
        }
      } catch {
        continue; // the schema is not there yet
      }
      if (seen >= 20) break;
    }
    child.kill("SIGKILL");
    assert.equal(await exited, "SIGKILL", "the ingest was killed, not finished");
    const check = new Database(db, { readonly: true });
    const after = (check.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    check.close();
    t.diagnostic(`killed with ${after} of ${N} documents committed`);
    assert.ok(after >= 20 && after < N, `killed mid-run (${after} of ${N})`);

    const resumed = await marsad(["ingest", join(dir, "docs.jsonl"), "--db", db, "--batch", "7"]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, new RegExp(`already known: +${after}\\n`));
    assert.match(resumed.stdout, new RegExp(`new: +${N - after}\\n`));

    // The same documents ingested in one clean run: the databases must hold the same.
    const clean = join(dir, "clean.db");
    assert.equal((await marsad(["ingest", join(dir, "docs.jsonl"), "--db", clean])).code, 0);
    const summary = (file: string): unknown => {
      const d = new Database(file, { readonly: true });
      try {
        return {
          docs: d.prepare("SELECT doc_id, count(*) AS n FROM documents GROUP BY doc_id ORDER BY doc_id").all(),
          hashes: (d.prepare("SELECT count(DISTINCT content_hash) AS n FROM documents").get() as { n: number }).n,
          perDoc: d.prepare("SELECT d.doc_id, count(m.id) AS n FROM documents d LEFT JOIN event_mentions m ON m.doc = d.id GROUP BY d.doc_id ORDER BY d.doc_id").all(),
          events: d.prepare("SELECT cluster_key, num_mentions, num_articles, num_sources FROM events ORDER BY cluster_key").all(),
          records: d.prepare("SELECT doc_id, record FROM documents ORDER BY doc_id").all(),
        };
      } finally {
        d.close();
      }
    };
    const a = summary(db) as { docs: unknown[]; hashes: number };
    assert.equal(a.docs.length, N);
    assert.equal(a.hashes, N);
    for (const row of a.docs as { n: number }[]) assert.equal(row.n, 1);
    assert.deepEqual(a, summary(clean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("marsad ingest into PostgreSQL: kill -9 mid-batch, run again: every document once", async (t) => {
  const pgs = await pgSchema(t, "kill");
  if (pgs === null) return;
  const dir = tmp();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const schema = new URL(pgs.url).searchParams.get("schema") as string;
    const N = 100;
    const lines = Array.from({ length: N }, (_, i) =>
      JSON.stringify({ id: `p${i}`, text: `${PARAGRAPHS[(i + 1) % PARAGRAPHS.length]}\n${PARAGRAPHS[(i + 5) % PARAGRAPHS.length]}\nالنبأ ${i}.`, published: "2025-03-05", source: `o${i % 4}` }),
    );
    writeFileSync(join(dir, "docs.jsonl"), `${lines.join("\n")}\n`);
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "ingest", join(dir, "docs.jsonl"), "--db", pgs.url, "--batch", "6"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const count = async (): Promise<number> => {
      try {
        return Number((await client.query(`SELECT count(*) AS n FROM ${schema}.documents`)).rows[0].n);
      } catch {
        return 0; // the tables are not there yet
      }
    };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await count()) < 12) await new Promise((r) => setTimeout(r, 15));
    child.kill("SIGKILL");
    assert.equal(await exited, "SIGKILL", "the ingest was killed, not finished");
    const after = await count();
    t.diagnostic(`killed with ${after} of ${N} documents committed`);
    assert.ok(after >= 12 && after < N, `killed mid-run (${after} of ${N})`);
    const resumed = await marsad(["ingest", join(dir, "docs.jsonl"), "--db", pgs.url, "--batch", "6"]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, new RegExp(`already known: +${after}\\n`));
    assert.match(resumed.stdout, new RegExp(`new: +${N - after}\\n`));
    const rows = (await client.query(`SELECT doc_id, count(*) AS n FROM ${schema}.documents GROUP BY doc_id`)).rows as { n: string }[];
    assert.equal(rows.length, N);
    for (const r of rows) assert.equal(Number(r.n), 1);
    // Every document has its events: the stored reports are exactly those of the stored records.
    const check = (await client.query(`SELECT d.doc_id, d.record, (SELECT count(*) FROM ${schema}.event_mentions m WHERE m.doc = d.id) AS n FROM ${schema}.documents d`)).rows as {
      record: string;
      n: string;
    }[];
    for (const r of check) assert.equal(Number(r.n), (JSON.parse(r.record) as { events: unknown[] }).events.length);
    const mentions = Number((await client.query(`SELECT count(*) AS n FROM ${schema}.event_mentions`)).rows[0].n);
    const summed = Number((await client.query(`SELECT coalesce(sum(num_mentions), 0) AS n FROM ${schema}.events`)).rows[0].n);
    assert.equal(summed, mentions);
    assert.ok(mentions > 0);
  } finally {
    await client.end();
    await pgs.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
