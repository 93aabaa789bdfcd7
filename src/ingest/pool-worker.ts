/**
 * One extraction worker thread: loads the extractor once, then codes each batch
 * it is sent and answers with the records (or each document's error), in order.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DocumentInput } from "../core/record.js";
import { DocumentError, loadExtractor } from "../extractor.js";
import type { PoolAnswer, PoolRequest } from "./pool.js";

const { dataDir } = workerData as { dataDir?: string };
const extractor = await loadExtractor(dataDir === undefined ? {} : { dataDir });
parentPort?.on("message", (req: PoolRequest) => {
  const answers: PoolAnswer[] = req.inputs.map((input: DocumentInput) => {
    try {
      return { ok: true, record: extractor.extract(input) };
    } catch (err) {
      return { ok: false, documentError: err instanceof DocumentError, message: err instanceof Error ? err.message : String(err) };
    }
  });
  parentPort?.postMessage({ id: req.id, answers });
});
parentPort?.postMessage({ ready: true });
