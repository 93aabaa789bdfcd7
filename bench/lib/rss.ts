/**
 * Peak memory of extraction alone, in a fresh process: load the lexicons, code
 * the benchmark's articles one after another, print the peak RSS. The benchmark
 * process itself holds timings, floor passes and worker threads, which would be
 * counted against the extractor otherwise.
 */
import { join } from "node:path";
import { loadCorpus } from "./corpus.js";
import { loadExtractor } from "../../src/extractor.js";

const [shared, limit] = [process.argv[2] ?? join(process.cwd(), "..", "shared"), Number(process.argv[3] ?? 2000)];
const docs = loadCorpus(shared, limit).docs;
const afterCorpus = process.resourceUsage().maxRSS / 1024;
const extractor = await loadExtractor();
const afterLoad = process.memoryUsage().rss / (1024 * 1024);
let events = 0;
for (const d of docs) events += extractor.extract(d).events.length;
process.stdout.write(`${JSON.stringify({ articles: docs.length, events, afterCorpusMB: afterCorpus, afterLoadMB: afterLoad, peakMB: process.resourceUsage().maxRSS / 1024 })}\n`);
