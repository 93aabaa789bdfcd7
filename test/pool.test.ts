/**
 * Extraction across worker threads: the pool gives exactly the records of
 * in-process extraction, in input order, reports each document's error, and an
 * ingest through it stores the same events.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentInput } from "../src/core/record.js";
import { loadExtractor } from "../src/extractor.js";
import { ingest } from "../src/ingest/ingest.js";
import { ExtractorPool } from "../src/ingest/pool.js";
import type { SourceItem } from "../src/ingest/readers.js";
import { openSqliteStore } from "../src/store/sqlite.js";

const EXAMPLES = join(process.cwd(), "examples", "articles");
const inputs: DocumentInput[] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const meta = JSON.parse(readFileSync(join(EXAMPLES, f.replace(/\.txt$/, ".json")), "utf8")) as { published?: string };
    return { id: f, text: readFileSync(join(EXAMPLES, f), "utf8"), published: meta.published ?? null };
  });

async function* items(docs: readonly DocumentInput[]): AsyncGenerator<SourceItem> {
  let n = 0;
  for (const doc of docs) yield { label: doc.id ?? String(n), doc, doneBytes: ++n };
}

test("a pool of two threads codes exactly what one thread does, in order, and names each document's error", async () => {
  assert.ok(inputs.length >= 5, "the example articles are there");
  const extractor = await loadExtractor();
  const pool = await ExtractorPool.start(2);
  try {
    assert.equal(pool.size, 2);
    const bad: DocumentInput = { text: "نص", published: "2015-02-30" };
    const answers = await pool.extractMany([...inputs, bad]);
    assert.equal(answers.length, inputs.length + 1);
    inputs.forEach((input, i) => {
      const a = answers[i];
      assert.ok(a?.ok, `answer ${i}`);
      assert.equal(JSON.stringify(a.record), JSON.stringify(extractor.extract(input)), `record of ${input.id}`);
    });
    const last = answers[inputs.length];
    assert.ok(last && !last.ok && last.documentError && /invalid published date/.test(last.message));
    assert.deepEqual(await pool.extractMany([]), []);
  } finally {
    await pool.close();
  }
});

test("an ingest through the pool stores the same documents and events as one without", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-pool-"));
  const pool = await ExtractorPool.start(2);
  try {
    const counts: string[] = [];
    for (const withPool of [false, true]) {
      const store = await openSqliteStore(join(dir, `${withPool}.db`));
      try {
        const summary = await ingest(items([...inputs, ...inputs.slice(0, 2)]), {
          store,
          extractor: () => loadExtractor(),
          lexiconVersion: "t",
          batchSize: 4,
          ...(withPool ? { pool } : {}),
        });
        assert.equal(summary.new, inputs.length);
        assert.equal(summary.known, 2, "the repeated articles are known, not coded twice");
        const events = await store.events({ limit: 10_000 });
        counts.push(JSON.stringify(events.map((e) => [e.code, e.source?.entity, e.target?.entity, e.date, e.numMentions]).sort()));
      } finally {
        await store.close();
      }
    }
    assert.ok((JSON.parse(counts[0] as string) as unknown[]).length > 10);
    assert.equal(counts[1], counts[0]);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("marsad ingest --workers 2 stores what --workers 1 does; a bad --workers is a usage error", async () => {
  const { runMarsad } = await import("./helpers/cli.js");
  const dir = mkdtempSync(join(tmpdir(), "marsad-pool-cli-"));
  try {
    // the articles alone (their .json sidecars would be read as documents without text)
    const texts = join(dir, "texts");
    mkdirSync(texts);
    for (const input of inputs) writeFileSync(join(texts, input.id as string), input.text);
    const dumps: string[] = [];
    for (const n of ["1", "2"]) {
      const db = join(dir, `w${n}.db`);
      const run = await runMarsad(["ingest", texts, "--db", db, "--workers", n, "--published", "2025-03-01"]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`new:\\s+${inputs.length}\\b`));
      const events = await runMarsad(["events", "--db", db, "--json", "--limit", "10000"]);
      assert.equal(events.code, 0, events.stderr);
      const rows = events.stdout.trim().split("\n").map((l) => {
        const e = JSON.parse(l) as { code: string; date: string | null; source: { entity: string } | null; target: { entity: string } | null; numMentions: number };
        return [e.code, e.date, e.source?.entity, e.target?.entity, e.numMentions].join(" ");
      });
      dumps.push(rows.sort().join("\n"));
    }
    assert.ok((dumps[0] as string).split("\n").length > 10);
    assert.equal(dumps[1], dumps[0]);
    const bad = await runMarsad(["ingest", texts, "--db", join(dir, "bad.db"), "--workers", "zero"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--workers 'zero'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
