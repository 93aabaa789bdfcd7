/**
 * Versioned schema migrations. Each migration runs once, inside a transaction,
 * and is recorded in schema_migrations; a database newer than this code is
 * refused instead of being written with an older idea of its tables.
 *
 * The two dialects differ only where they must: row ids and the full-text
 * index (SQLite FTS5 over a normalised copy; PostgreSQL a tsvector column).
 */

export type Dialect = "sqlite" | "postgres";

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: (d: Dialect) => readonly string[];
}

const pk = (d: Dialect): string => (d === "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "SERIAL PRIMARY KEY");
const real = (d: Dialect): string => (d === "sqlite" ? "REAL" : "DOUBLE PRECISION");

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "documents, actors, entities, mentions, events (clusters), event mentions, quotes, full-text index",
    sql: (d) => [
      `CREATE TABLE documents (
        id ${pk(d)},
        doc_id TEXT NOT NULL,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        source TEXT,
        outlet TEXT NOT NULL,
        published TEXT,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        lexicon_version TEXT NOT NULL,
        ingested_at TEXT NOT NULL
        ${d === "postgres" ? ", search tsvector" : ""}
      )`,
      `CREATE INDEX documents_outlet ON documents(outlet)`,
      `CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT,
        code TEXT NOT NULL,
        country TEXT
      )`,
      `CREATE TABLE entities (
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (doc, actor)
      )`,
      `CREATE INDEX entities_actor ON entities(actor)`,
      `CREATE TABLE mentions (
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor TEXT NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        text TEXT NOT NULL
      )`,
      `CREATE INDEX mentions_doc ON mentions(doc)`,
      `CREATE TABLE events (
        id ${pk(d)},
        cluster_key TEXT NOT NULL UNIQUE,
        date TEXT,
        code TEXT NOT NULL,
        root TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein ${real(d)} NOT NULL,
        name TEXT NOT NULL,
        negated INTEGER NOT NULL,
        src_actor TEXT, src_name TEXT, src_code TEXT, src_country TEXT,
        tgt_actor TEXT, tgt_name TEXT, tgt_code TEXT, tgt_country TEXT,
        loc_name TEXT, loc_country TEXT, loc_lat ${real(d)}, loc_lon ${real(d)},
        num_mentions INTEGER NOT NULL DEFAULT 0,
        num_articles INTEGER NOT NULL DEFAULT 0,
        num_sources INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT,
        source_url TEXT,
        is_root INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX events_date ON events(date)`,
      `CREATE INDEX events_code ON events(code)`,
      `CREATE INDEX events_src ON events(src_actor)`,
      `CREATE INDEX events_tgt ON events(tgt_actor)`,
      `CREATE TABLE event_mentions (
        id ${pk(d)},
        event INTEGER NOT NULL REFERENCES events(id),
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        outlet TEXT NOT NULL,
        seen TEXT NOT NULL,
        ev_id TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        rule TEXT NOT NULL,
        modality TEXT NOT NULL,
        confidence ${real(d)} NOT NULL,
        evidence TEXT NOT NULL
      )`,
      `CREATE INDEX event_mentions_event ON event_mentions(event)`,
      `CREATE INDEX event_mentions_doc ON event_mentions(doc)`,
      `CREATE INDEX event_mentions_outlet ON event_mentions(outlet, event)`,
      `CREATE TABLE quotes (
        doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        speaker_actor TEXT,
        speaker_name TEXT,
        speaker_code TEXT,
        kind TEXT NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        text TEXT NOT NULL
      )`,
      `CREATE INDEX quotes_doc ON quotes(doc)`,
      ...(d === "sqlite"
        ? [`CREATE VIRTUAL TABLE documents_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`]
        : [`CREATE INDEX documents_search ON documents USING GIN (search)`]),
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
