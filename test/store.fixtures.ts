/**
 * Fixtures for the store, ingest, query and export tests: hand-made document
 * records about fictional actors (Arnor, Gondor, Rohan), so that the tests check
 * the database, not the lexicons; and a PostgreSQL test database that each run
 * creates in its own schema and drops at the end.
 */
import assert from "node:assert/strict";
import type { TestContext } from "node:test";
import pg from "pg";
import type { DocumentInput, DocumentRecord, EntityRecord, EventRecord } from "../src/core/record.js";

export const ACTORS: Record<string, { name: string; code: string; country: string | null; type: EntityRecord["type"] }> = {
  arnor: { name: "Arnor", code: "ARN", country: "ARN", type: "country" },
  "arnor.gov": { name: "Arnor (king)", code: "ARNGOV", country: "ARN", type: "agent" },
  gondor: { name: "Gondor", code: "GON", country: "GON", type: "country" },
  rohan: { name: "Rohan", code: "ROH", country: "ROH", type: "country" },
  "local.person-1": { name: "Someone Unknown", code: "", country: null, type: "person" },
};

export interface Ev {
  readonly src: string | null;
  readonly tgt: string | null;
  readonly code: string;
  readonly date: string | null;
  readonly negated?: boolean;
  readonly sentence?: number;
}

const QUAD: Record<string, number> = { "01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 2, "10": 3, "11": 3, "12": 3, "13": 3, "14": 3 };

function arg(id: string | null): EventRecord["source"] {
  if (id === null) return null;
  const a = ACTORS[id];
  assert.ok(a, `fixture actor ${id}`);
  return { entity: id, name: a.name, code: a.code, start: 0, end: 4, text: a.name };
}

export interface Doc {
  readonly input: DocumentInput;
  readonly record: DocumentRecord;
}

/** A document whose text names its events (so full-text search has something to find). */
export function doc(opts: {
  id: string;
  text?: string;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  title?: string | null;
  events?: readonly Ev[];
}): Doc {
  const text = opts.text ?? `نص تجريبي ${opts.id}`;
  const evs = opts.events ?? [];
  const used = new Set<string>();
  for (const e of evs) {
    if (e.src) used.add(e.src);
    if (e.tgt) used.add(e.tgt);
  }
  const entities: EntityRecord[] = [...used].sort().map((id) => {
    const a = ACTORS[id] as (typeof ACTORS)[string];
    return { id, name: a.name, type: a.type, code: a.code, country: a.country, mentions: [{ start: 0, end: 4, text: a.name }] };
  });
  const root = (c: string): string => c.slice(0, 2);
  const events: EventRecord[] = evs.map((e, i) => {
    const r = root(e.code);
    const quad = QUAD[r] ?? (Number(r) >= 18 ? 4 : 2);
    return {
      id: `ev${i + 1}`,
      code: e.code,
      name: `code ${e.code}`,
      root: r,
      quadClass: quad,
      goldstein: quad <= 2 ? 3 : -5,
      plover: "",
      source: arg(e.src),
      target: arg(e.tgt),
      date: e.date,
      negated: e.negated ?? false,
      modality: "asserted",
      reciprocal: false,
      location: { name: "Minas Tirith", country: "GON", lat: 10.5, lon: 20.25 },
      trigger: { start: 5, end: 9, text: "زار" },
      sentence: e.sentence ?? 0,
      rule: "test.rule#1",
      confidence: 0.9,
      attributedTo: null,
    };
  });
  const record: DocumentRecord = {
    schemaVersion: 1,
    document: {
      id: opts.id,
      lang: "ar",
      published: opts.published === undefined ? "2024-04-09" : opts.published,
      title: opts.title ?? null,
      url: opts.url ?? null,
      source: opts.source ?? null,
    },
    sentences: [{ start: 0, end: text.length }],
    entities,
    events,
    quotes: [
      { speaker: { entity: "gondor", name: "Gondor", code: "GON" }, text: "كلام", start: 0, end: 4, kind: "direct", cue: null },
    ],
    times: [],
  };
  const input: DocumentInput = {
    text,
    id: opts.id,
    published: record.document.published,
    title: opts.title ?? null,
    url: opts.url ?? null,
    source: opts.source ?? null,
  };
  return { input, record };
}

export const PG_URL = process.env.MARSAD_TEST_PG ?? "postgres://postgres@localhost:5432/test";

/**
 * A fresh schema on the local PostgreSQL, or null (with a diagnostic) when none
 * answers. In CI a missing PostgreSQL is a failure: .ci/run starts it.
 */
export async function pgSchema(t: TestContext, tag: string): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (err) {
    const why = `PostgreSQL at ${PG_URL} does not answer (${(err as Error).message})`;
    if (process.env.CI) assert.fail(`${why}; CI must start it (.ci/run does)`);
    t.diagnostic(`${why}: PostgreSQL tests not run`);
    return null;
  }
  const schema = `marsad_test_${tag}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await client.query("SET client_min_messages = warning");
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const sep = PG_URL.includes("?") ? "&" : "?";
  return {
    url: `${PG_URL}${sep}schema=${schema}`,
    drop: async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
