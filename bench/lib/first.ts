/**
 * Time to the first result, run in a fresh process: load the lexicons, code one
 * article, print the record. The parent measures from spawn to this line; the
 * line itself carries the time since this process started.
 */
import { loadExtractor } from "../../src/extractor.js";

const text = process.argv[2] ?? "قال وزير الخارجية إن بلاده تدعم الحوار.";
const extractor = await loadExtractor();
const record = extractor.extract({ text, published: "2015-07-21" });
process.stdout.write(`${JSON.stringify({ sinceStartMs: performance.now(), events: record.events.length })}\n`);
