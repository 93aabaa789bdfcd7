/**
 * Reading the CAMEO codebook file (the IO side of ./codebook.ts). Problems are
 * reported as file:line so an analyst editing the YAML can find them.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { Node as YamlNode } from "yaml";
import { CodebookError, parseCodebook } from "./codebook.js";
import type { Codebook } from "./codebook.js";
import { packageRoot } from "../core/paths.js";
import { readCache, writeCache } from "../core/cache.js";

/** Where the codebook sits inside the package (and inside a --data-dir's parent). */
export const CODEBOOK_FILE = path.join("data", "cameo", "codebook.yaml");

export { packageRoot };

export function defaultCodebookPath(): string {
  return path.join(packageRoot(), CODEBOOK_FILE);
}

/** Read and validate the codebook; `file` defaults to the package's data/cameo/codebook.yaml. */
export function loadCodebook(file: string = defaultCodebookPath()): Codebook {
  const abs = path.resolve(file);
  const text = readFileSync(abs, "utf8");
  // Parsing the YAML is most of a cold start's cost: the parsed value is cached by a hash of
  // the text and checked again; a value that fails the check takes the slow path for line numbers.
  const cacheName = `codebook-${createHash("sha256").update(text).digest("hex").slice(0, 20)}.json`;
  const cached = readCache<unknown>(cacheName);
  if (cached !== undefined) {
    try {
      return parseCodebook(cached);
    } catch {
      // fall through: report the problem against the file's lines
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => `${abs}:${e.linePos?.[0]?.line ?? 0}: ${e.message.split("\n")[0] ?? ""}`);
    throw new Error(`invalid CAMEO codebook YAML:\n  ${lines.join("\n  ")}`);
  }
  try {
    const raw: unknown = doc.toJS();
    const codebook = parseCodebook(raw);
    writeCache(cacheName, raw);
    return codebook;
  } catch (err) {
    if (!(err instanceof CodebookError)) throw err;
    const lines = err.issues.map((issue) => {
      // Point at the deepest node that exists: a missing key has no node of its own.
      let node: unknown;
      for (let n = issue.path.length; n >= 0 && node === undefined; n--) {
        node = n === 0 ? doc.contents : doc.getIn(issue.path.slice(0, n), true);
      }
      const range = (node as YamlNode | null | undefined)?.range;
      const line = range ? lineCounter.linePos(range[0]).line : 1;
      return `${abs}:${line}: ${issue.path.join(".") || "(top)"}: ${issue.message}`;
    });
    throw new Error(`invalid CAMEO codebook:\n  ${lines.join("\n  ")}`, { cause: err });
  }
}
