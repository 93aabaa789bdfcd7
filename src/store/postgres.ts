/**
 * The PostgreSQL store (node-postgres). One client, not a pool: the Store's
 * transactions run on one connection, one caller at a time.
 */
import pg from "pg";
import type { Param, Row, SqlConn } from "./sql.js";
import { MIGRATION_LOCK, SqlStore, migrate } from "./sql.js";

class PgConn implements SqlConn {
  readonly dialect = "postgres" as const;
  constructor(private readonly client: pg.Client) {}

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    const res = await this.client.query(sql, params as Param[]);
    return res.rows as Row[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<void> {
    await this.client.query(sql, params as Param[]);
  }

  async begin(): Promise<void> {
    await this.client.query("BEGIN");
  }

  async commit(): Promise<void> {
    await this.client.query("COMMIT");
  }

  async rollback(): Promise<void> {
    await this.client.query("ROLLBACK");
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

export interface PgOptions {
  /** Use (and create) this schema instead of public: tests and tenants keep their tables apart. */
  readonly schema?: string;
  readonly connectTimeoutMs?: number;
}

/** `schema` may also come as a query parameter of the URL (postgres://…/db?schema=name). */
export function splitSchema(url: string): { url: string; schema: string | undefined } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  return { url: u.toString(), schema };
}

export async function openPostgresStore(url: string, options: PgOptions = {}): Promise<SqlStore> {
  const split = splitSchema(url);
  const schema = options.schema ?? split.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name '${schema}'`);
  const client = new pg.Client({ connectionString: split.url, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 });
  // An idle client whose server goes away emits 'error'; without a listener that kills the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SET client_min_messages = warning");
    if (schema !== undefined) {
      // Under the migrations' lock: two processes creating the same new schema at once
      // would otherwise collide on the catalog (23505), IF NOT EXISTS notwithstanding.
      await client.query("BEGIN");
      try {
        await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      }
      await client.query(`SET search_path TO ${schema}`);
    }
    const conn = new PgConn(client);
    await migrate(conn);
    return new SqlStore(conn);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
}
