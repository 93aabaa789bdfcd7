/**
 * The public entry point: load and compile the lexicons once, then extract
 * many documents. Extraction is pure and deterministic: the same input gives
 * the same record, byte for byte.
 */
import { createHash } from "node:crypto";
import { loadCodebook } from "./cameo/load.js";
import type { Codebook } from "./cameo/codebook.js";
import type { DocumentMeta } from "./core/pipeline.js";
import type { DocumentInput, DocumentRecord } from "./core/record.js";
import { compileTimeLexicon } from "./lang/ar/time.js";
import { keyTables, normalizeFingerprint, primeKeyTables } from "./lang/ar/normalize.js";
import type { KeyTables } from "./lang/ar/normalize.js";
import { readCache, writeCache } from "./core/cache.js";
import { compileLexicon } from "./lexicon/compile.js";
import { defaultDataDir, loadLexiconData } from "./lexicon/load.js";
import type { LexiconData } from "./lexicon/load.js";
import { arabicPipeline } from "./pipeline.js";
import type { Layers, Resources } from "./stages/layers.js";
import { buildRecord } from "./stages/record.js";
import path from "node:path";

export interface Extractor {
  extract(input: DocumentInput): DocumentRecord;
  /** Counts of what the lexicons hold (for reports and benchmarks). */
  readonly stats: { readonly actors: number; readonly triggers: number; readonly agents: number; readonly topics: number };
}

export interface ExtractorOptions {
  /** Folder holding lexicon/ and cameo/ (default: the package's data/). */
  readonly dataDir?: string;
}

export class DocumentError extends Error {}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The dates the coder accepts (the CLI's range too): relative expressions
 * resolve a year or more away from the anchor, and a year outside four digits
 * would break the output contract's date forms.
 */
export const DATE_RANGE = { from: "1900-01-01", to: "2100-12-31" } as const;

/** A real calendar date, YYYY-MM-DD, within DATE_RANGE. */
export function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  if (s < DATE_RANGE.from || s > DATE_RANGE.to) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Share of letters that are Arabic; decides the language when the caller gives none. */
export function detectLanguage(text: string): string {
  let arabic = 0;
  let latin = 0;
  // code units, not a regex per character: this runs on every document
  // (surrogates fall in neither range; × and ÷ sit among the Latin letters but are not letters)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else continue;
    if (arabic + latin > 2000) break;
  }
  if (arabic === 0 && latin === 0) return "und";
  return arabic >= latin ? "ar" : latin > 0 ? "en" : "und";
}

export function documentId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

export function createExtractor(data: LexiconData, codebook: Codebook): Extractor {
  const resources: Resources = { lex: compileLexicon(data), time: compileTimeLexicon(data.timeRaw), codebook };
  const pipeline = arabicPipeline();
  return {
    stats: { actors: data.actors.length, triggers: data.triggers.length, agents: data.agents.length, topics: data.topics.length },
    extract(input: DocumentInput): DocumentRecord {
      if (typeof input.text !== "string") throw new DocumentError("document text must be a string");
      const published = input.published ?? null;
      if (published !== null && !validDate(published)) throw new DocumentError(`invalid published date '${published}': expected a date YYYY-MM-DD from ${DATE_RANGE.from} to ${DATE_RANGE.to}`);
      const lang = input.lang ?? detectLanguage(input.text);
      const meta: DocumentMeta = {
        id: input.id ?? documentId(input.text),
        lang,
        published,
        title: input.title ?? null,
        url: input.url ?? null,
        source: input.source ?? null,
      };
      const warnings: string[] = [];
      // Only the Arabic pack exists yet: other languages get an honest empty record.
      const text = lang === "ar" || lang === "und" ? input.text : "";
      if (text !== input.text) warnings.push(`language '${lang}' is not supported yet; no annotations`);
      const doc = pipeline.run({ text, meta, layers: {} }, resources);
      return buildRecord(input.text, meta, doc.layers as Layers, codebook, warnings);
    },
  };
}

export async function loadExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const data = loadLexiconData(dataDir);
  const codebook = loadCodebook(path.join(dataDir, "cameo", "codebook.yaml"));
  // The keys of every lexicon form, saved by an earlier start with the same lexicons and
  // normalisation code: compiling then looks them up instead of computing them.
  const keysName = data.fingerprint ? `keys-${data.fingerprint}-${normalizeFingerprint()}.json` : null;
  const tables = keysName ? readCache<KeyTables>(keysName) : undefined;
  if (tables) primeKeyTables(tables);
  const extractor = createExtractor(data, codebook);
  if (keysName && !tables) writeCache(keysName, keyTables());
  return extractor;
}
