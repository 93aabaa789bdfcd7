/**
 * `marsad ingest --enqueue`: read documents as ingest does, but hand each to
 * the queue instead of coding it here. Documents the store already holds
 * (coded with this lexicon version) are skipped; the same article twice, in
 * this run or in an earlier one still in the queue, is one job.
 */
import type PgBoss from "pg-boss";
import type { DocumentInput } from "../core/record.js";
import type { SourceItem } from "../ingest/readers.js";
import type { Store } from "../store/store.js";
import { contentHash } from "../store/store.js";
import type { EnqueueJob, EnqueueOptions } from "./queue.js";
import { enqueueBatch, toJobData } from "./queue.js";

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  /** Already a job in the queue (from an earlier run, or twice in this one). */
  alreadyQueued: number;
  /** Already in the store, coded with this lexicon version. */
  known: number;
  failed: number;
  readonly failures: { readonly label: string; readonly reason: string }[];
  seconds: number;
}

export interface EnqueueRunOptions extends EnqueueOptions {
  readonly boss: PgBoss;
  readonly queueSchema: string;
  readonly store: Store;
  readonly lexiconVersion: string;
  /** Jobs per insert. */
  readonly batchSize?: number;
  readonly published?: string;
  readonly onProgress?: (s: EnqueueSummary, doneBytes: number) => void;
  readonly onFailure?: (label: string, reason: string) => void;
}

export async function enqueue(items: AsyncIterable<SourceItem>, opts: EnqueueRunOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const s: EnqueueSummary = { read: 0, enqueued: 0, alreadyQueued: 0, known: 0, failed: 0, failures: [], seconds: 0 };
  const batchSize = opts.batchSize ?? 500;
  let batch: EnqueueJob[] = [];
  const seen = new Set<string>();
  let doneBytes = 0;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await enqueueBatch(opts.boss, opts.queueSchema, batch, opts);
    s.enqueued += r.enqueued;
    s.alreadyQueued += r.alreadyQueued;
    batch = [];
  };

  for await (const item of items) {
    doneBytes = item.doneBytes;
    s.read++;
    if (item.error !== undefined || item.doc === undefined) {
      s.failed++;
      s.failures.push({ label: item.label, reason: item.error ?? "no document" });
      opts.onFailure?.(item.label, item.error ?? "no document");
      opts.onProgress?.(s, doneBytes);
      continue;
    }
    let input: DocumentInput = item.doc;
    if (input.published == null && opts.published !== undefined) input = { ...input, published: opts.published };
    const hash = contentHash(input.text);
    if (seen.has(hash)) {
      s.alreadyQueued++;
      opts.onProgress?.(s, doneBytes);
      continue;
    }
    seen.add(hash);
    const known = await opts.store.findDocument(input.url ?? null, hash);
    if (known && known.lexiconVersion === opts.lexiconVersion) {
      s.known++;
    } else {
      batch.push({ hash, data: toJobData(input) });
      if (batch.length >= batchSize) await flush();
    }
    opts.onProgress?.(s, doneBytes);
  }
  await flush();
  s.seconds = (performance.now() - started) / 1000;
  opts.onProgress?.(s, doneBytes);
  return s;
}
