/**
 * The default store: one SQLite file (better-sqlite3), in WAL mode so that
 * readers never block the ingest and a killed writer leaves the last committed
 * transaction intact.
 */
import Database from "better-sqlite3";
import type { Param, Row, SqlConn } from "./sql.js";
import { SqlStore, migrate } from "./sql.js";

class SqliteConn implements SqlConn {
  readonly dialect = "sqlite" as const;
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      // Multi-row inserts vary in length; a bounded cache keeps the common shapes.
      if (this.cache.size > 1000) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    const s = this.stmt(sql);
    if (!s.reader) {
      s.run(...params);
      return [];
    }
    return s.all(...params) as Row[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<void> {
    const s = this.stmt(sql);
    if (s.reader) s.all(...params);
    else s.run(...params);
  }

  async begin(): Promise<void> {
    // IMMEDIATE: take the write lock now rather than fail half-way with SQLITE_BUSY.
    this.db.exec("BEGIN IMMEDIATE");
  }

  async commit(): Promise<void> {
    this.db.exec("COMMIT");
  }

  async rollback(): Promise<void> {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export async function openSqliteStore(file: string): Promise<SqlStore> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // NORMAL in WAL mode: a power cut may lose the last commits, never corrupt the file;
  // a killed process loses nothing that was committed.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 10000");
  const conn = new SqliteConn(db);
  await migrate(conn);
  return new SqlStore(conn);
}
