/**
 * One benchmark worker thread: loads the extractor once, codes the articles it is
 * given when told to start, and reports its own busy time.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DocumentInput } from "../../src/core/record.js";
import { loadExtractor } from "../../src/extractor.js";

interface Data {
  readonly docs: readonly DocumentInput[];
  readonly warmup: readonly DocumentInput[];
}

const { docs, warmup } = workerData as Data;
const extractor = await loadExtractor();
for (const d of warmup) extractor.extract(d);
parentPort?.once("message", () => {
  const t = performance.now();
  let events = 0;
  for (const d of docs) events += extractor.extract(d).events.length;
  parentPort?.postMessage({ ms: performance.now() - t, events });
});
parentPort?.postMessage({ ready: true });
