/**
 * The Store over SQL, shared by both databases. The dialects meet in a small
 * connection interface (SqlConn); what differs (placeholders, full-text search)
 * is decided here by `conn.dialect`, so the two implementations cannot drift
 * apart in what they store or how they merge events.
 *
 * A store is used by one caller at a time (the CLI, a benchmark, a test): the
 * transactions below assume no other call interleaves on the same connection.
 * Several stores (processes, connections) may write one PostgreSQL database
 * at once: putDocuments orders its locks so that they do not deadlock.
 */
import type { DocumentInput, DocumentRecord, EntityRecord, EventRecord } from "../core/record.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import type { Dialect } from "./schema.js";
import type {
  ActorSummary,
  DocumentHit,
  DocumentPage,
  DyadSummary,
  EventDetail,
  EventFilter,
  EventPage,
  EventReport,
  EventSort,
  KnownDocument,
  LocationSummary,
  PutResult,
  Store,
  StoreStats,
  StoredActorRef,
  StoredDocumentInput,
  StoredDocument,
  StoredEvent,
  TimelineBy,
  TimelinePoint,
} from "./store.js";
import { actorId, canonicalUrl, clusterKey, contentHash, isoWeek, outletOf, searchKey } from "./store.js";

export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlConn {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  run(sql: string, params?: readonly Param[]): Promise<void>;
  /** Opens a write transaction (SQLite takes the write lock at once). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

export class StoreError extends Error {}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Every order ends on the id, so that pages never overlap or skip a row. */
const EVENT_ORDER: Record<EventSort, string> = {
  "-date": "e.date IS NULL, e.date DESC, e.id",
  date: "e.date IS NULL, e.date ASC, e.id",
  "-goldstein": "e.goldstein DESC, e.id",
  goldstein: "e.goldstein ASC, e.id",
  "-mentions": "e.num_mentions DESC, e.id",
  mentions: "e.num_mentions ASC, e.id",
  code: "e.code ASC, e.id",
};

/** SQLite FTS5 query: every word must occur; quoted so that user input is never FTS syntax. */
function ftsQuery(q: string): string {
  const words = searchKey(q)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w !== "");
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

/** Advisory lock key held while a PostgreSQL schema is created or migrated (postgres.ts takes it too). */
export const MIGRATION_LOCK = 727273;

export async function migrate(conn: SqlConn): Promise<number> {
  await conn.begin();
  try {
    // Two processes opening a fresh PostgreSQL database at once must not both create the tables:
    // even CREATE TABLE IF NOT EXISTS fails with a unique violation (23505) when both run it at once.
    if (conn.dialect === "postgres") await conn.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await conn.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = await conn.all(`SELECT max(version) AS v FROM schema_migrations`);
    const current = num(rows[0]?.v);
    if (current > SCHEMA_VERSION) {
      throw new StoreError(`the database has schema version ${current}, newer than this marsad knows (${SCHEMA_VERSION}); upgrade marsad`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      for (const sql of m.sql(conn.dialect)) await conn.run(sql);
      const values = conn.dialect === "postgres" ? "$1, $2, $3" : "?, ?, ?";
      await conn.run(`INSERT INTO schema_migrations (version, description, applied_at) VALUES (${values})`, [
        m.version,
        m.description,
        new Date().toISOString(),
      ]);
    }
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    throw err;
  }
  return SCHEMA_VERSION;
}

/** A document row written in the batch, whose entities, reports and quotes are still to be inserted. */
interface Pending {
  readonly docKey: number;
  readonly record: DocumentRecord;
  readonly outlet: string;
  readonly seen: string;
}

/** Advisory lock class of the documents' keys (content hash, URL); MIGRATION_LOCK is 727273. */
const DOC_LOCK_CLASS = 727274;

/** FNV-1a: a stable 32-bit key for an advisory lock (a collision only makes two batches wait for each other). */
function lockKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Code-unit order, the same in every process (unlike a database collation, which does not matter here: only the order rows are sent in does). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Where {
  readonly sql: string;
  readonly params: Param[];
}

function actorMatch(side: "src" | "tgt", value: string, params: Param[]): string {
  params.push(value, `${value.toUpperCase()}%`, value.toLowerCase());
  return `(e.${side}_actor = ? OR e.${side}_code LIKE ? OR lower(e.${side}_name) = ?)`;
}

export class SqlStore implements Store {
  readonly kind: Dialect;

  constructor(private readonly conn: SqlConn) {
    this.kind = conn.dialect;
  }

  private textFilter(): string {
    return this.kind === "sqlite"
      ? `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?`
      : `SELECT id FROM documents WHERE search @@ plainto_tsquery('simple', ?)`;
  }

  private textParam(q: string): string {
    return this.kind === "sqlite" ? ftsQuery(q) : searchKey(q);
  }

  private where(f: EventFilter = {}): Where {
    const parts: string[] = [];
    const params: Param[] = [];
    if (f.actor !== undefined) parts.push(`(${actorMatch("src", f.actor, params)} OR ${actorMatch("tgt", f.actor, params)})`);
    if (f.country !== undefined) {
      parts.push(`(e.src_country = ? OR e.tgt_country = ?)`);
      params.push(f.country.toUpperCase(), f.country.toUpperCase());
    }
    if (f.between !== undefined) {
      const [a, b] = f.between;
      const ab = `(${actorMatch("src", a, params)} AND ${actorMatch("tgt", b, params)})`;
      const ba = `(${actorMatch("src", b, params)} AND ${actorMatch("tgt", a, params)})`;
      parts.push(`(${ab} OR ${ba})`);
    }
    if (f.code !== undefined) {
      parts.push(`e.code LIKE ?`);
      params.push(`${f.code}%`);
    }
    if (f.root !== undefined) {
      parts.push(`e.root = ?`);
      params.push(f.root.padStart(2, "0"));
    }
    if (f.quad !== undefined) {
      parts.push(`e.quad = ?`);
      params.push(f.quad);
    }
    if (f.from !== undefined) {
      parts.push(`e.date >= ?`);
      params.push(f.from);
    }
    if (f.to !== undefined) {
      // "~" sorts after digits and "-": every date that starts with the bound is inside it.
      parts.push(`e.date <= ?`);
      params.push(`${f.to}~`);
    }
    if (f.outlet !== undefined) {
      parts.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.outlet = ?)`);
      params.push(f.outlet);
    }
    if (f.happened) parts.push("e.negated = 0");
    if (f.entity !== undefined) {
      parts.push(`(e.src_actor = ? OR e.tgt_actor = ?)`);
      params.push(f.entity, f.entity);
    }
    if (f.text !== undefined) {
      const q = this.textParam(f.text);
      if (q === "") parts.push("1 = 0");
      else {
        parts.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.doc IN (${this.textFilter()}))`);
        params.push(q);
      }
    }
    return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
  }

  private q(sql: string): string {
    if (this.kind === "sqlite") return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  }

  private all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    return this.conn.all(this.q(sql), params);
  }

  private run(sql: string, params: readonly Param[] = []): Promise<void> {
    return this.conn.run(this.q(sql), params);
  }

  async findDocument(rawUrl: string | null, hash: string): Promise<KnownDocument | null> {
    const url = canonicalUrl(rawUrl);
    const rows =
      url === null
        ? await this.all(`SELECT id, lexicon_version FROM documents WHERE content_hash = ?`, [hash])
        : await this.all(`SELECT id, lexicon_version FROM documents WHERE content_hash = ? OR url = ? LIMIT 1`, [hash, url]);
    const r = rows[0];
    return r ? { docKey: num(r.id), lexiconVersion: String(r.lexicon_version) } : null;
  }

  async putDocument(doc: StoredDocumentInput): Promise<PutResult> {
    const [r] = await this.putDocuments([doc]);
    return r as PutResult;
  }

  /**
   * One transaction for the whole batch, written in phases so that concurrent
   * batches on PostgreSQL take their locks in one global order and cannot
   * deadlock: the documents' keys (advisory locks, sorted), then the actors
   * (inserted sorted by id; only rows that really change are updated, sorted),
   * then the event clusters (inserted sorted by cluster key, ON CONFLICT DO
   * NOTHING, which locks no existing row), then the rows that belong to the
   * batch's own documents, and last the recount of every touched event, locked
   * sorted by id. Row ids are still given in the order of the input (documents
   * one by one, events by first report), as with one writer.
   */
  async putDocuments(docs: readonly StoredDocumentInput[]): Promise<PutResult[]> {
    await this.conn.begin();
    try {
      if (this.kind === "postgres") await this.lockDocumentKeys(docs);
      const out: PutResult[] = [];
      const pending = new Map<number, Pending>();
      const affected = new Set<number>();
      for (const d of docs) out.push(await this.putHead(d, pending, affected));
      const writes = [...pending.values()];
      await this.putActors(writes);
      const ids = await this.putClusters(writes);
      await this.putRows(writes, ids, affected);
      await this.refreshEvents([...affected]);
      await this.conn.commit();
      return out;
    } catch (err) {
      await this.conn.rollback();
      throw err;
    }
  }

  /**
   * Two batches that hold the same article wait for each other on the
   * documents' unique keys; taking those keys as advisory locks first, in
   * sorted order, makes that wait happen before anything else is locked.
   */
  private async lockDocumentKeys(docs: readonly StoredDocumentInput[]): Promise<void> {
    const keys = new Set<number>();
    for (const d of docs) {
      keys.add(lockKey(`h:${contentHash(d.input.text)}`));
      const url = canonicalUrl(d.input.url ?? d.record.document.url);
      if (url !== null) keys.add(lockKey(`u:${url}`));
    }
    // A huge batch would fill PostgreSQL's lock table: it takes one key for all documents instead.
    const sorted = keys.size > 1000 ? [0] : [...keys].sort((a, b) => a - b);
    // unnest yields the array in order, so the locks are taken in that order.
    await this.conn.run(`SELECT pg_advisory_xact_lock(${DOC_LOCK_CLASS}, k) FROM unnest($1::int[]) AS k`, [`{${sorted.join(",")}}`]);
  }

  /** The document row itself (new, recoded or already known); its other rows wait in `pending`. */
  private async putHead(d: StoredDocumentInput, pending: Map<number, Pending>, affected: Set<number>): Promise<PutResult> {
    const { input, record } = d;
    const url = canonicalUrl(input.url ?? record.document.url);
    const hash = contentHash(input.text);
    const known = await this.findDocument(url, hash);
    if (known && known.lexiconVersion === d.lexiconVersion) return { outcome: "known", eventsAdded: 0, docKey: known.docKey };

    const now = new Date().toISOString();
    const outlet = outletOf({ source: record.document.source, url });
    const seen = record.document.published ?? now.slice(0, 10);
    const recordJson = JSON.stringify(record);
    let docKey: number;
    if (known) {
      docKey = known.docKey;
      for (const r of await this.all(`SELECT DISTINCT event FROM event_mentions WHERE doc = ?`, [docKey])) affected.add(num(r.event));
      for (const t of ["event_mentions", "entities", "mentions", "quotes"]) await this.run(`DELETE FROM ${t} WHERE doc = ?`, [docKey]);
      await this.run(`UPDATE documents SET record = ?, lexicon_version = ?, ingested_at = ? WHERE id = ?`, [
        recordJson,
        d.lexiconVersion,
        now,
        docKey,
      ]);
      // Recoded again within the same batch: only the last coding is written.
      pending.delete(docKey);
    } else {
      const body = searchKey(`${record.document.title ?? ""}\n${input.text}`);
      const rows = await this.all(
        `INSERT INTO documents (doc_id, url, content_hash, title, source, outlet, published, lang, text, record, lexicon_version, ingested_at${
          this.kind === "postgres" ? ", search" : ""
        }) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${this.kind === "postgres" ? ", to_tsvector('simple', ?)" : ""}) ON CONFLICT DO NOTHING RETURNING id`,
        [
          record.document.id,
          url,
          hash,
          record.document.title,
          record.document.source,
          outlet,
          record.document.published,
          record.document.lang,
          input.text,
          recordJson,
          d.lexiconVersion,
          now,
          ...(this.kind === "postgres" ? [body] : []),
        ],
      );
      if (rows.length === 0) {
        // Another process stored the same article since we looked (PostgreSQL, two ingests at once).
        const other = await this.findDocument(url, hash);
        return { outcome: "known", eventsAdded: 0, docKey: other?.docKey ?? 0 };
      }
      docKey = num(rows[0]?.id);
      if (this.kind === "sqlite") await this.run(`INSERT INTO documents_fts (rowid, body) VALUES (?, ?)`, [docKey, body]);
    }
    pending.set(docKey, { docKey, record, outlet, seen });
    return { outcome: known ? "recoded" : "new", eventsAdded: record.events.length, docKey };
  }

  /**
   * Every actor of the batch: inserted in id order without touching existing
   * rows (DO UPDATE would lock each one even when nothing changes), then the
   * few whose name, type, code or country changed are updated, in id order.
   * The last document of the batch that names an actor wins, as before.
   */
  private async putActors(writes: readonly Pending[]): Promise<void> {
    const latest = new Map<string, Param[]>();
    for (const w of writes) {
      for (const e of w.record.entities) {
        const aid = actorId(e.id, e.name);
        latest.set(aid, [aid, e.name, e.type, e.code, e.country]);
      }
    }
    if (latest.size === 0) return;
    const rows = [...latest.values()].sort((a, b) => cmp(String(a[0]), String(b[0])));
    await this.insertMany("actors (id, name, type, code, country)", rows, "ON CONFLICT (id) DO NOTHING");
    const changed: Param[][] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const part = rows.slice(i, i + 500);
      const stored = new Map<string, Row>();
      for (const r of await this.all(`SELECT id, name, type, code, country FROM actors WHERE id IN (${part.map(() => "?").join(", ")})`, part.map((r) => r[0] as Param))) {
        stored.set(String(r.id), r);
      }
      for (const r of part) {
        const s = stored.get(String(r[0]));
        if (s === undefined || str(s.name) !== r[1] || str(s.type) !== r[2] || str(s.code) !== r[3] || str(s.country) !== r[4]) changed.push(r);
      }
    }
    for (const [id, name, type, code, country] of changed) {
      await this.run(`UPDATE actors SET name = ?, type = ?, code = ?, country = ? WHERE id = ?`, [name ?? null, type ?? null, code ?? null, country ?? null, id ?? null]);
    }
  }

  /**
   * One row per event cluster of the batch. New clusters get their ids in
   * order of first report (as one document after the other would), but are
   * inserted sorted by cluster key; existing ones are only read, never locked.
   */
  private async putClusters(writes: readonly Pending[]): Promise<Map<string, number>> {
    const clusters = new Map<string, Param[]>();
    for (const w of writes) {
      const entityById = new Map<string, EntityRecord>(w.record.entities.map((e) => [e.id, e]));
      const country = (a: EventRecord["source"]): string | null => (a === null ? null : (entityById.get(a.entity)?.country ?? null));
      for (const ev of w.record.events) {
        const key = clusterKey(ev);
        if (clusters.has(key)) continue;
        const src = ev.source;
        const tgt = ev.target;
        const loc = ev.location;
        clusters.set(key, [
          key,
          ev.date,
          ev.code,
          ev.root,
          ev.quadClass,
          ev.goldstein,
          ev.name,
          ev.negated ? 1 : 0,
          src ? actorId(src.entity, src.name) : null,
          src?.name ?? null,
          src?.code ?? null,
          country(src),
          tgt ? actorId(tgt.entity, tgt.name) : null,
          tgt?.name ?? null,
          tgt?.code ?? null,
          country(tgt),
          loc?.name ?? null,
          loc?.country ?? null,
          loc?.lat ?? null,
          loc?.lon ?? null,
        ]);
      }
    }
    const ids = await this.clusterIds([...clusters.keys()]);
    let missing = [...clusters.entries()].filter(([k]) => !ids.has(k));
    // A cluster another writer deletes between our insert and our read (its last report recoded away) is inserted again.
    for (let attempt = 0; missing.length > 0; attempt++) {
      if (attempt >= 3) throw new StoreError(`no event row for cluster ${missing[0]?.[0]}`);
      const cols = `cluster_key, date, code, root, quad, goldstein, name, negated,
         src_actor, src_name, src_code, src_country, tgt_actor, tgt_name, tgt_code, tgt_country,
         loc_name, loc_country, loc_lat, loc_lon`;
      if (this.kind === "postgres") {
        const seq = await this.all(`SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id FROM generate_series(1, ?::int)`, [missing.length]);
        const fresh = seq.map((r) => num(r.id)).sort((a, b) => a - b);
        const rows = missing.map(([, row], i) => [fresh[i] as number, ...row]).sort((a, b) => cmp(String(a[1]), String(b[1])));
        await this.insertMany(`events (id, ${cols})`, rows, "ON CONFLICT (cluster_key) DO NOTHING");
      } else {
        await this.insertMany(`events (${cols})`, missing.map(([, row]) => row), "ON CONFLICT (cluster_key) DO NOTHING");
      }
      for (const [k, id] of await this.clusterIds(missing.map(([k]) => k))) ids.set(k, id);
      missing = missing.filter(([k]) => !ids.has(k));
    }
    return ids;
  }

  private async clusterIds(keys: readonly string[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (let i = 0; i < keys.length; i += 500) {
      const part = keys.slice(i, i + 500);
      const rows = await this.all(`SELECT id, cluster_key FROM events WHERE cluster_key IN (${part.map(() => "?").join(", ")})`, part);
      for (const r of rows) ids.set(String(r.cluster_key), num(r.id));
    }
    return ids;
  }

  /** The rows only the batch's own documents own: no other writer waits for them. */
  private async putRows(writes: readonly Pending[], ids: ReadonlyMap<string, number>, affected: Set<number>): Promise<void> {
    const entityRows: Param[][] = [];
    const mentionRows: Param[][] = [];
    const eventMentionRows: Param[][] = [];
    const quoteRows: Param[][] = [];
    for (const { docKey, record, outlet, seen } of writes) {
      const actorsSeen = new Set<string>();
      for (const e of record.entities) {
        const aid = actorId(e.id, e.name);
        if (!actorsSeen.has(aid)) entityRows.push([docKey, aid, e.name, e.type, e.code, e.country, e.mentions.length]);
        actorsSeen.add(aid);
        for (const m of e.mentions) mentionRows.push([docKey, aid, m.start, m.end, m.text]);
      }
      for (const ev of record.events) {
        const eventKey = ids.get(clusterKey(ev));
        if (eventKey === undefined) throw new Error(`no event row for ${ev.id}`);
        affected.add(eventKey);
        eventMentionRows.push([
          eventKey,
          docKey,
          outlet,
          seen,
          ev.id,
          ev.sentence,
          ev.trigger.start,
          ev.trigger.end,
          ev.trigger.text,
          ev.rule,
          ev.modality,
          ev.confidence,
          JSON.stringify(ev),
        ]);
      }
      for (const qt of record.quotes) {
        quoteRows.push([
          docKey,
          qt.speaker ? actorId(qt.speaker.entity, qt.speaker.name) : null,
          qt.speaker?.name ?? null,
          qt.speaker?.code ?? null,
          qt.kind,
          qt.start,
          qt.end,
          qt.text,
        ]);
      }
    }
    await this.insertMany("entities (doc, actor, name, type, code, country, mentions)", entityRows, "ON CONFLICT (doc, actor) DO NOTHING");
    await this.insertMany("mentions (doc, actor, start_at, end_at, text)", mentionRows);
    await this.insertMany(
      "event_mentions (event, doc, outlet, seen, ev_id, sentence, trigger_start, trigger_end, trigger_text, rule, modality, confidence, evidence)",
      eventMentionRows,
    );
    await this.insertMany("quotes (doc, speaker_actor, speaker_name, speaker_code, kind, start_at, end_at, text)", quoteRows);
  }

  /**
   * Multi-row INSERT in chunks: one statement per table and batch instead of
   * one per row, which is what makes PostgreSQL (a round trip per statement) usable.
   */
  private async insertMany(target: string, rows: readonly Param[][], suffix = ""): Promise<Row[]> {
    if (rows.length === 0) return [];
    const width = (rows[0] as Param[]).length;
    const out: Row[] = [];
    const chunk = Math.max(1, Math.floor(2000 / width));
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      const one = `(${Array(width).fill("?").join(", ")})`;
      const sql = `INSERT INTO ${target} VALUES ${part.map(() => one).join(", ")} ${suffix}`;
      const res = await this.all(sql, part.flat());
      out.push(...res);
    }
    return out;
  }

  /**
   * Recount events from their reports; an event left with none is gone.
   *
   * On PostgreSQL every event is locked first, in id order, in its own
   * statement: the recount that follows then starts after any writer that
   * held the event has committed, so it counts that writer's reports too.
   */
  private async refreshEvents(unsorted: readonly number[]): Promise<void> {
    const ids = [...new Set(unsorted)].sort((a, b) => a - b);
    if (ids.length === 0) return;
    if (this.kind === "postgres") {
      // NO KEY UPDATE, what the UPDATE takes anyway: it does not conflict with other writers' foreign-key checks.
      await this.run(`SELECT id FROM events WHERE id = ANY(?::int[]) ORDER BY id FOR NO KEY UPDATE`, [`{${ids.join(",")}}`]);
    }
    const sub = (expr: string): string => `(SELECT ${expr} FROM event_mentions m WHERE m.event = events.id)`;
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const list = part.map(() => "?").join(", ");
      await this.run(
        `UPDATE events SET
           num_mentions = ${sub("count(*)")},
           num_articles = ${sub("count(DISTINCT m.doc)")},
           num_sources = ${sub("count(DISTINCT m.outlet)")},
           first_seen = ${sub("min(m.seen)")},
           last_seen = ${sub("max(m.seen)")},
           is_root = COALESCE(${sub("CASE WHEN min(m.sentence) = 0 THEN 1 ELSE 0 END")}, 0),
           source_url = (SELECT d.url FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = events.id ORDER BY m.seen, m.id LIMIT 1)
         WHERE id IN (${list})`,
        part,
      );
      await this.run(`DELETE FROM events WHERE num_mentions = 0 AND id IN (${list})`, part);
    }
  }

  async events(filter: EventFilter = {}, page: EventPage = {}): Promise<StoredEvent[]> {
    const w = this.where(filter);
    const offset = page.offset && page.offset > 0 ? Math.floor(page.offset) : 0;
    let limit = filter.limit && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : "";
    // SQLite takes no OFFSET without a LIMIT; -1 is its "no limit".
    if (offset > 0) limit = `${limit || (this.kind === "sqlite" ? " LIMIT -1" : "")} OFFSET ${offset}`;
    const order = EVENT_ORDER[page.sort ?? "-date"] ?? EVENT_ORDER["-date"];
    const rows = await this.all(`SELECT e.* FROM events e ${w.sql} ORDER BY ${order}${limit}`, w.params);
    return rows.map(toEvent);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const w = this.where(filter);
    return num((await this.all(`SELECT count(*) AS n FROM events e ${w.sql}`, w.params))[0]?.n);
  }

  async event(id: number, maxReports = 200): Promise<EventDetail | null> {
    const rows = await this.all(`SELECT e.* FROM events e WHERE e.id = ?`, [Math.floor(id)]);
    const row = rows[0];
    if (!row) return null;
    const mentions = await this.all(
      `SELECT m.doc, m.evidence, m.sentence, d.doc_id, d.title, d.published, d.source
       FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ? ORDER BY m.seen, m.id LIMIT ${Math.max(1, Math.floor(maxReports))}`,
      [Math.floor(id)],
    );
    // Each article's text and sentence spans are read once, however many reports it holds.
    const docs = new Map<number, { text: string; sentences: DocumentRecord["sentences"] }>();
    for (const key of new Set(mentions.map((m) => num(m.doc)))) {
      const d = (await this.all(`SELECT text, record FROM documents WHERE id = ?`, [key]))[0];
      if (!d) continue;
      const record = JSON.parse(String(d.record)) as DocumentRecord;
      docs.set(key, { text: String(d.text), sentences: record.sentences });
    }
    const reports: EventReport[] = mentions.map((m) => {
      const d = docs.get(num(m.doc));
      const span = d?.sentences[num(m.sentence)];
      return {
        docKey: num(m.doc),
        docId: String(m.doc_id),
        title: str(m.title),
        published: str(m.published),
        source: str(m.source),
        sentence: d && span ? d.text.slice(span.start, span.end) : "",
        event: JSON.parse(String(m.evidence)) as EventRecord,
      };
    });
    return { event: toEvent(row), reports };
  }

  async locations(filter: EventFilter = {}): Promise<LocationSummary[]> {
    const w = this.where(filter);
    const cond = `${w.sql ? `${w.sql} AND` : "WHERE"} e.loc_name IS NOT NULL`;
    const limit = filter.limit && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : "";
    const rows = await this.all(
      `SELECT e.loc_name, e.loc_country, avg(e.loc_lat) AS lat, avg(e.loc_lon) AS lon, count(*) AS n
       FROM events e ${cond} GROUP BY e.loc_name, e.loc_country ORDER BY count(*) DESC, e.loc_name${limit}`,
      w.params,
    );
    return rows.map((r) => ({
      name: String(r.loc_name),
      country: str(r.loc_country),
      lat: r.lat === null || r.lat === undefined ? null : num(r.lat),
      lon: r.lon === null || r.lon === undefined ? null : num(r.lon),
      events: num(r.n),
    }));
  }

  async documents(page: { readonly limit: number; readonly offset?: number; readonly q?: string }): Promise<DocumentPage> {
    const params: Param[] = [];
    let cond = "";
    if (page.q !== undefined && page.q.trim() !== "") {
      const q = this.textParam(page.q);
      if (q === "") return { total: 0, items: [] };
      cond = `WHERE d.id IN (${this.textFilter()})`;
      params.push(q);
    }
    const total = num((await this.all(`SELECT count(*) AS n FROM documents d ${cond}`, params))[0]?.n);
    const limit = Math.max(1, Math.floor(page.limit));
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const rows = await this.all(
      `SELECT d.id, d.doc_id, d.title, d.url, d.source, d.published,
         (SELECT count(*) FROM event_mentions m WHERE m.doc = d.id) AS events
       FROM documents d ${cond} ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { total, items: rows.map((r) => ({ ...toHit(r), events: num(r.events) })) };
  }

  async document(docKey: number): Promise<StoredDocument | null> {
    const r = (await this.all(`SELECT id, doc_id, title, url, source, published, text, record FROM documents WHERE id = ?`, [Math.floor(docKey)]))[0];
    if (!r) return null;
    return { ...toHit(r), text: String(r.text), record: JSON.parse(String(r.record)) as DocumentRecord };
  }

  async actors(filter: EventFilter = {}): Promise<ActorSummary[]> {
    const w = this.where(filter);
    const limit = filter.limit && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : "";
    const rows = await this.all(
      `SELECT s.actor, a.name, a.code, a.country, a.type, s.as_source, s.as_target,
         (SELECT count(*) FROM entities en WHERE en.actor = s.actor) AS documents
       FROM (
         SELECT actor, sum(src) AS as_source, sum(tgt) AS as_target FROM (
           SELECT e.src_actor AS actor, 1 AS src, 0 AS tgt FROM events e ${w.sql}
           UNION ALL
           SELECT e.tgt_actor AS actor, 0 AS src, 1 AS tgt FROM events e ${w.sql}
         ) x WHERE actor IS NOT NULL GROUP BY actor
       ) s LEFT JOIN actors a ON a.id = s.actor
       ORDER BY s.as_source + s.as_target DESC, s.actor${limit}`,
      [...w.params, ...w.params],
    );
    return rows.map((r) => ({
      entity: String(r.actor),
      name: str(r.name) ?? String(r.actor),
      code: str(r.code) ?? "",
      country: str(r.country),
      type: str(r.type),
      asSource: num(r.as_source),
      asTarget: num(r.as_target),
      documents: num(r.documents),
    }));
  }

  async dyads(filter: EventFilter = {}): Promise<DyadSummary[]> {
    const w = this.where(filter);
    const both = `${w.sql ? `${w.sql} AND` : "WHERE"} e.src_actor IS NOT NULL AND e.tgt_actor IS NOT NULL`;
    const limit = filter.limit && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : "";
    const rows = await this.all(
      `SELECT e.src_actor, max(e.src_name) AS src_name, max(e.src_code) AS src_code, max(e.src_country) AS src_country,
              e.tgt_actor, max(e.tgt_name) AS tgt_name, max(e.tgt_code) AS tgt_code, max(e.tgt_country) AS tgt_country,
              count(*) AS n, sum(e.goldstein) AS g,
              sum(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END) AS q1, sum(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END) AS q2,
              sum(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END) AS q3, sum(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END) AS q4
       FROM events e ${both}
       GROUP BY e.src_actor, e.tgt_actor ORDER BY count(*) DESC, e.src_actor, e.tgt_actor${limit}`,
      w.params,
    );
    return rows.map((r) => ({
      source: { entity: String(r.src_actor), name: String(r.src_name), code: str(r.src_code) ?? "", country: str(r.src_country) },
      target: { entity: String(r.tgt_actor), name: String(r.tgt_name), code: str(r.tgt_code) ?? "", country: str(r.tgt_country) },
      events: num(r.n),
      goldstein: Math.round(num(r.g) * 100) / 100,
      quad: [num(r.q1), num(r.q2), num(r.q3), num(r.q4)] as const,
    }));
  }

  async timeline(filter: EventFilter, by: TimelineBy): Promise<TimelinePoint[]> {
    const w = this.where(filter);
    // Weeks are folded from days here: the two databases have no common ISO-week function.
    const len = by === "day" || by === "week" ? 10 : by === "month" ? 7 : 4;
    const cond = `${w.sql ? `${w.sql} AND` : "WHERE"} e.date IS NOT NULL AND length(e.date) >= ${len}`;
    const rows = await this.all(
      `SELECT substr(e.date, 1, ${len}) AS p, e.root AS r, e.quad AS q, count(*) AS n, sum(e.goldstein) AS g
       FROM events e ${cond} GROUP BY substr(e.date, 1, ${len}), e.root, e.quad ORDER BY p`,
      w.params,
    );
    const points = new Map<string, { events: number; goldstein: number; quad: [number, number, number, number]; roots: Record<string, number> }>();
    for (const r of rows) {
      const period = by === "week" ? isoWeek(String(r.p)) : String(r.p);
      let p = points.get(period);
      if (!p) points.set(period, (p = { events: 0, goldstein: 0, quad: [0, 0, 0, 0], roots: {} }));
      const n = num(r.n);
      p.events += n;
      p.goldstein += num(r.g);
      const q = num(r.q);
      if (q >= 1 && q <= 4) p.quad[q - 1] = (p.quad[q - 1] ?? 0) + n;
      const root = String(r.r);
      p.roots[root] = (p.roots[root] ?? 0) + n;
    }
    return [...points.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([period, p]) => ({ period, events: p.events, goldstein: Math.round(p.goldstein * 100) / 100, quad: p.quad, roots: p.roots }));
  }

  async searchDocuments(query: string, limit = 20): Promise<DocumentHit[]> {
    const q = this.textParam(query);
    if (q === "") return [];
    const rows = await this.all(
      `SELECT id, doc_id, title, url, source, published FROM documents WHERE id IN (${this.textFilter()}) ORDER BY id LIMIT ${Math.max(1, Math.floor(limit))}`,
      [q],
    );
    return rows.map(toHit);
  }

  async *records(filter: EventFilter = {}): AsyncIterable<DocumentRecord> {
    const filtered = Object.keys(filter).some((k) => k !== "limit");
    const w = this.where(filter);
    let after = 0;
    let emitted = 0;
    const cap = filter.limit && filter.limit > 0 ? filter.limit : Infinity;
    // Pages by id so that a large export never holds the whole database in memory.
    while (emitted < cap) {
      const rows = await this.all(
        `SELECT id, record FROM documents d WHERE d.id > ?${
          filtered ? ` AND d.id IN (SELECT m.doc FROM event_mentions m JOIN events e ON e.id = m.event ${w.sql})` : ""
        } ORDER BY d.id LIMIT 500`,
        [after, ...(filtered ? w.params : [])],
      );
      if (rows.length === 0) return;
      for (const r of rows) {
        if (emitted >= cap) return;
        after = num(r.id);
        emitted++;
        yield JSON.parse(String(r.record)) as DocumentRecord;
      }
    }
  }

  async staleDocuments(lexiconVersion: string, limit: number): Promise<DocumentInput[]> {
    const rows = await this.all(
      `SELECT doc_id, text, published, title, url, source, lang FROM documents WHERE lexicon_version <> ? ORDER BY id LIMIT ${Math.max(1, Math.floor(limit))}`,
      [lexiconVersion],
    );
    return rows.map((r) => ({
      text: String(r.text),
      id: String(r.doc_id),
      published: str(r.published),
      title: str(r.title),
      url: str(r.url),
      source: str(r.source),
      lang: str(r.lang),
    }));
  }

  async optimize(): Promise<void> {
    await this.run(this.kind === "sqlite" ? "PRAGMA optimize" : "ANALYZE");
  }

  async stats(): Promise<StoreStats> {
    const count = async (t: string): Promise<number> => num((await this.all(`SELECT count(*) AS n FROM ${t}`))[0]?.n);
    return {
      documents: await count("documents"),
      events: await count("events"),
      eventMentions: await count("event_mentions"),
      actors: await count("actors"),
      quotes: await count("quotes"),
      schemaVersion: num((await this.all(`SELECT max(version) AS v FROM schema_migrations`))[0]?.v),
    };
  }

  close(): Promise<void> {
    return this.conn.close();
  }
}

function toHit(r: Row): DocumentHit {
  return { docKey: num(r.id), id: String(r.doc_id), title: str(r.title), url: str(r.url), source: str(r.source), published: str(r.published) };
}

function ref(r: Row, side: "src" | "tgt"): StoredActorRef | null {
  const id = r[`${side}_actor`];
  if (id === null || id === undefined) return null;
  return { entity: String(id), name: String(r[`${side}_name`]), code: str(r[`${side}_code`]) ?? "", country: str(r[`${side}_country`]) };
}

function toEvent(r: Row): StoredEvent {
  return {
    id: num(r.id),
    date: str(r.date),
    code: String(r.code),
    root: String(r.root),
    quadClass: num(r.quad),
    goldstein: num(r.goldstein),
    name: String(r.name),
    negated: num(r.negated) === 1,
    source: ref(r, "src"),
    target: ref(r, "tgt"),
    numMentions: num(r.num_mentions),
    numArticles: num(r.num_articles),
    numSources: num(r.num_sources),
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
    sourceUrl: str(r.source_url),
    isRoot: num(r.is_root) === 1,
    location:
      r.loc_name === null || r.loc_name === undefined
        ? null
        : { name: String(r.loc_name), country: str(r.loc_country), lat: r.loc_lat === null ? null : num(r.loc_lat), lon: r.loc_lon === null ? null : num(r.loc_lon) },
  };
}
