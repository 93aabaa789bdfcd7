/**
 * The ingest loop: read documents, skip the ones already stored, code the rest
 * and store them in small transactions. A kill at any point loses at most the
 * batch in flight, which the next run codes again; nothing is stored twice
 * because a document is found again by its URL or normalised content hash.
 */
import type { DocumentInput } from "../core/record.js";
import type { Extractor } from "../extractor.js";
import { DocumentError } from "../extractor.js";
import type { Store, StoredDocumentInput } from "../store/store.js";
import { contentHash } from "../store/store.js";
import type { SourceItem } from "./readers.js";
import type { ExtractorPool } from "./pool.js";

export interface IngestSummary {
  read: number;
  new: number;
  known: number;
  recoded: number;
  failed: number;
  eventsAdded: number;
  readonly failures: { readonly label: string; readonly reason: string }[];
  seconds: number;
}

export interface IngestProgress {
  readonly summary: IngestSummary;
  readonly doneBytes: number;
}

export interface IngestOptions {
  readonly store: Store;
  readonly extractor: () => Promise<Extractor>;
  readonly lexiconVersion: string;
  /** Documents per transaction. */
  readonly batchSize?: number;
  /** Default publication date for documents that carry none. */
  readonly published?: string;
  readonly onProgress?: (p: IngestProgress) => void;
  readonly onFailure?: (label: string, reason: string) => void;
  /** Code on several threads (see pool.ts) instead of in this one. */
  readonly pool?: ExtractorPool;
  /** Called after each committed batch (tests use it to kill the process mid-run). */
  readonly onCommit?: (summary: IngestSummary) => void;
}

export async function ingest(items: AsyncIterable<SourceItem>, opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const s: IngestSummary = { read: 0, new: 0, known: 0, recoded: 0, failed: 0, eventsAdded: 0, failures: [], seconds: 0 };
  const batchSize = opts.batchSize ?? 50;
  let batch: StoredDocumentInput[] = [];
  let extractor: Extractor | undefined;
  let doneBytes = 0;
  // Two copies of one article inside a batch: the second is known, not coded again.
  const pending = new Set<string>();

  const fail = (label: string, reason: string): void => {
    s.failed++;
    s.failures.push({ label, reason });
    opts.onFailure?.(label, reason);
  };

  // Documents waiting to be coded: a batch is coded together (across the pool's threads,
  // when there is one) and then stored in one transaction.
  let toCode: { readonly input: DocumentInput; readonly label: string }[] = [];

  const code = async (): Promise<void> => {
    if (toCode.length === 0) return;
    const queued = toCode;
    toCode = [];
    if (opts.pool) {
      const answers = await opts.pool.extractMany(queued.map((q) => q.input));
      queued.forEach((q, i) => {
        const a = answers[i];
        if (a?.ok) batch.push({ input: q.input, record: a.record, lexiconVersion: opts.lexiconVersion });
        else fail(q.label, a === undefined ? "internal error: no answer" : a.documentError ? a.message : `internal error: ${a.message}`);
      });
      return;
    }
    extractor ??= await opts.extractor();
    for (const q of queued) {
      try {
        batch.push({ input: q.input, record: extractor.extract(q.input), lexiconVersion: opts.lexiconVersion });
      } catch (err) {
        fail(q.label, err instanceof DocumentError ? err.message : `internal error: ${(err as Error).message}`);
      }
    }
  };

  const flush = async (): Promise<void> => {
    await code();
    if (batch.length === 0) {
      pending.clear();
      return;
    }
    const results = await opts.store.putDocuments(batch);
    for (const r of results) {
      if (r.outcome === "new") s.new++;
      else if (r.outcome === "recoded") s.recoded++;
      else s.known++;
      s.eventsAdded += r.eventsAdded;
    }
    batch = [];
    pending.clear();
    opts.onCommit?.(s);
  };

  for await (const item of items) {
    doneBytes = item.doneBytes;
    s.read++;
    if (item.error !== undefined || item.doc === undefined) {
      fail(item.label, item.error ?? "no document");
      opts.onProgress?.({ summary: s, doneBytes });
      continue;
    }
    let input: DocumentInput = item.doc;
    if (input.published == null && opts.published !== undefined) input = { ...input, published: opts.published };
    const hash = contentHash(input.text);
    const url = input.url ?? null;
    const known = await opts.store.findDocument(url, hash);
    if ((known && known.lexiconVersion === opts.lexiconVersion) || pending.has(hash) || (url !== null && pending.has(url))) {
      s.known++;
      opts.onProgress?.({ summary: s, doneBytes });
      continue;
    }
    toCode.push({ input, label: item.label });
    pending.add(hash);
    if (url !== null) pending.add(url);
    if (toCode.length >= batchSize) await flush();
    opts.onProgress?.({ summary: s, doneBytes });
  }
  await flush();
  s.seconds = (performance.now() - started) / 1000;
  opts.onProgress?.({ summary: s, doneBytes });
  return s;
}
