/** `--db` names a store: a postgres:// URL, or a SQLite file path (default ./marsad.db). */
import type { Store } from "./store.js";

export const DEFAULT_DB = "marsad.db";

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(spec)) {
    const { openPostgresStore } = await import("./postgres.js");
    return openPostgresStore(spec);
  }
  const { openSqliteStore } = await import("./sqlite.js");
  return openSqliteStore(spec);
}
