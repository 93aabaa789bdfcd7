/**
 * The lexicon version recorded with every stored document: a hash of the
 * lexicon and codebook files. Editing a lexicon changes it, and the next ingest
 * of the same documents re-codes them instead of calling them known.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultDataDir } from "../lexicon/load.js";

function files(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ya?ml|json|tsv|txt)$/.test(n)) out.push(p);
  }
}

/**
 * MARSAD_LEXICON_VERSION pins the version: after an edit that cannot change any
 * coding (a comment, a reordering) nothing needs re-coding, and tests that run
 * while lexicons are being edited stay deterministic.
 */
export function lexiconVersion(dataDir: string = defaultDataDir()): string {
  const pinned = process.env.MARSAD_LEXICON_VERSION;
  if (pinned !== undefined && pinned !== "") return pinned;
  const list: string[] = [];
  files(join(dataDir, "lexicon"), list);
  files(join(dataDir, "cameo"), list);
  const h = createHash("sha256");
  for (const f of list) {
    h.update(relative(dataDir, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  return `lex-${h.digest("hex").slice(0, 12)}`;
}
