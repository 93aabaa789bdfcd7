/**
 * The public entry point: load the lexicons once, then extract many documents.
 * (Stub while the pipeline is being built; the signature is stable.)
 */
import type { DocumentInput, DocumentRecord } from "./core/record.js";

export interface Extractor {
  /** Pure and deterministic: the same input gives the same record, byte for byte. */
  extract(input: DocumentInput): DocumentRecord;
}

export interface ExtractorOptions {
  /** Folder holding lexicon/ and cameo/ (default: the package's data/). */
  readonly dataDir?: string;
}

export async function loadExtractor(_options: ExtractorOptions = {}): Promise<Extractor> {
  throw new Error("pipeline not built yet");
}
