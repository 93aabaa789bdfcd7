/**
 * One writer at a time into the event database, across every worker on every
 * machine: a PostgreSQL session advisory lock, held while a batch is stored.
 * Opt-in (`marsad worker --serial-writes`); workers store concurrently by default.
 *
 * History: the store used to upsert shared rows (actors, merged events) and
 * recount events document by document, so concurrent batches locked the same
 * hot rows in different orders and deadlocked (four writers fell below one
 * article per second). The store now takes its locks in one global order (see
 * SqlStore.putDocuments), and concurrent writers no longer deadlock. The lock
 * stays for whoever wants the old behaviour, e.g. to compare or to keep a
 * busy database's write load to one connection.
 *
 * The lock lives on its own connection: if the worker dies, PostgreSQL drops
 * the session and the lock with it.
 */
import pg from "pg";
import { splitSchema } from "../store/postgres.js";

export interface WriteLock {
  acquire(): Promise<void>;
  release(): Promise<void>;
  close(): Promise<void>;
}

export async function openWriteLock(dbUrl: string): Promise<WriteLock> {
  const { url, schema } = splitSchema(dbUrl);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: "marsad-write-lock" });
  client.on("error", () => undefined);
  await client.connect();
  // One lock per event database (database and schema), not one for the whole server.
  const key = `marsad-store-write:${schema ?? "public"}`;
  return {
    acquire: async () => {
      await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    },
    release: async () => {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
    },
    close: () => client.end(),
  };
}
