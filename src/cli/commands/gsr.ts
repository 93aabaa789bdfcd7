/** Sentence-level PROTEST/ASSAULT detection against the Arabic event GSR (src/eval/gsr.ts). */
import { formatConfidenceBins, formatGsrReport, readGsrDir, scoreGsrFull } from "../../eval/gsr.js";
import { InputError } from "../input.js";
import { loadAnalyzer } from "./explain.js";
import type { CliContext } from "./types.js";

export async function runGsrEval(opts: { readonly dir: string }, ctx: CliContext): Promise<number> {
  let files;
  try {
    files = readGsrDir(opts.dir);
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const analyze = loadAnalyzer();
  const report = scoreGsrFull(files, (text) => {
    const { record, layers } = analyze(text);
    return { text, record, diagnostics: layers.diagnostics };
  });
  ctx.write(formatGsrReport(report.types) + formatConfidenceBins(report.bins));
  return 0;
}
