/**
 * A small on-disk cache of derived data (checked lexicons, the parsed
 * codebook) under node_modules/.cache/marsad. Entries are named by a hash of
 * their sources, so a stale entry is never read; writes go to a temporary file
 * and are renamed, so a killed process never leaves half an entry. Every
 * failure only means a slower start: a read-only install works without it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "./paths.js";

function cacheDir(): string | null {
  try {
    return path.join(packageRoot(), "node_modules", ".cache", "marsad");
  } catch {
    return null;
  }
}

/** The cached value under this name, or undefined when there is none (or it is unreadable). */
export function readCache<T>(name: string): T | undefined {
  const dir = cacheDir();
  const file = dir ? path.join(dir, name) : null;
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

export function writeCache(name: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
    pruneStale(dir, name);
  } catch {
    // see above: only a slower start
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Entries of the same kind (the name up to its first '-') left by earlier
 * versions of the data are dropped after a day: each lexicon edit makes a new
 * entry, and another process may still be reading a recent one.
 */
function pruneStale(dir: string, kept: string): void {
  const kind = kept.slice(0, kept.indexOf("-") + 1);
  if (kind === "") return;
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    if (f === kept || !f.startsWith(kind)) continue;
    const p = path.join(dir, f);
    try {
      if (now - statSync(p).mtimeMs > DAY_MS) unlinkSync(p);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
