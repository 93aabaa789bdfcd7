/**
 * `marsad explain FILE [--published D]`: each sentence with its triggers and
 * arguments marked, the lexicon rule that fired, and for each trigger that gave
 * no event, the engine's reason (from the diagnostics layer).
 *
 * Arabic is printed in logical order; a bidi-aware terminal shows it right to
 * left. Marks are brackets and colours: colours only on a TTY without NO_COLOR,
 * so a pipe or a file gets plain text.
 */
import path from "node:path";
import type { Command } from "commander";
import { loadCodebook } from "../../cameo/load.js";
import type { DocumentRecord } from "../../core/record.js";
import { compileTimeLexicon } from "../../lang/ar/time.js";
import { compileLexicon } from "../../lexicon/compile.js";
import { defaultDataDir, loadLexiconData } from "../../lexicon/load.js";
import type { LexiconData } from "../../lexicon/load.js";
import type { Codebook } from "../../cameo/codebook.js";
import { arabicPipeline } from "../../pipeline.js";
import type { Layers, Resources, TriggerDiagnostic } from "../../stages/layers.js";
import { buildRecord } from "../../stages/record.js";
import { parseDate, readTextInput } from "../input.js";
import type { CliContext, CommandModule } from "./types.js";

export interface Analysis {
  readonly record: DocumentRecord;
  readonly layers: Layers;
}

export type Analyzer = (text: string, published?: string | null) => Analysis;

/** The pipeline with its layers kept (the extractor returns only the record). */
export function loadAnalyzer(dataDir: string = defaultDataDir()): Analyzer {
  return createAnalyzer(loadLexiconData(dataDir), loadCodebook(path.join(dataDir, "cameo", "codebook.yaml")));
}

export function createAnalyzer(data: LexiconData, codebook: Codebook): Analyzer {
  const resources: Resources = { lex: compileLexicon(data), time: compileTimeLexicon(data.timeRaw), codebook };
  const pipeline = arabicPipeline();
  let n = 0;
  return (text, published = null) => {
    const meta = { id: `explain-${++n}`, lang: "ar", published: published ?? null, title: null, url: null, source: null };
    const doc = pipeline.run({ text, meta, layers: {} }, resources);
    const layers = doc.layers as Layers;
    return { record: buildRecord(text, meta, layers, codebook, []), layers };
  };
}

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan" | "magenta";
const SGR: Record<Style, string> = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33", cyan: "36", magenta: "35" };

const FSI = "\u2068";
const PDI = "\u2069";

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
  readonly style: Style;
}

const OUTCOME_LABEL: Record<TriggerDiagnostic["outcome"], string> = {
  event: "event",
  "speech-verb": "speech verb",
  "unsupported-noun": "no support verb",
  "asked-topic": "filtered as a topic",
  "no-speaker": "no speaker",
  "no-judged": "nothing judged",
  "no-target": "no target",
  "no-source": "no source",
  "unnamed-doer-not-asserted": "unnamed doer, not asserted",
  filtered: "filtered",
};

/** The readable explanation of one document. */
export function formatExplanation(text: string, analysis: Analysis, color: boolean): string {
  const { record, layers } = analysis;
  const paint = (s: string, style: Style): string => (color && s !== "" ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s);
  const iso = (s: string): string => `${FSI}${s}${PDI}`;
  const name = new Map(record.entities.map((e) => [e.id, `${e.name}${e.code ? " " + e.code : ""}`]));
  const out: string[] = [];
  layers.sentences.forEach((s, si) => {
    const diags = layers.diagnostics.filter((d) => d.sentence === si);
    const events = record.events.filter((e) => e.sentence === si);
    const marks: Mark[] = [];
    for (const d of diags) marks.push({ start: d.start, end: d.end, open: "⟦", close: "⟧", style: d.outcome === "event" ? "green" : "yellow" });
    for (const e of events) {
      if (e.source) marks.push({ start: e.source.start, end: e.source.end, open: "[", close: "]ˢ", style: "cyan" });
      if (e.target) marks.push({ start: e.target.start, end: e.target.end, open: "[", close: "]ᵗ", style: "magenta" });
    }
    // one mark per span, outermost first; overlapping marks keep the first
    const kept: Mark[] = [];
    for (const m of marks.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (kept.some((k) => (m.start < k.end && m.end > k.start) && !(m.start >= k.start && m.end <= k.end && (m.start !== k.start || m.end !== k.end)))) continue;
      kept.push(m);
    }
    let body = "";
    let pos = s.start;
    const flat = kept.filter((m, i) => !kept.some((k, j) => j < i && m.start >= k.start && m.end <= k.end));
    for (const m of flat) {
      if (m.start < pos) continue;
      body += text.slice(pos, m.start) + paint(m.open + text.slice(m.start, m.end) + m.close, m.style);
      pos = m.end;
    }
    body += text.slice(pos, s.end);
    out.push(`${paint(`§${si + 1}`, "bold")} ${iso(body.replace(/\s+/g, " ").trim())}`);
    if (diags.length === 0) out.push(`   ${paint("no trigger", "dim")}`);
    for (const d of diags) {
      const trig = iso(text.slice(d.start, d.end));
      const evs = events.filter((e) => e.trigger.start === d.start && e.trigger.end === d.end);
      if (evs.length > 0) {
        for (const e of evs) {
          const src = e.source ? `${iso(e.source.text)} ${e.source.code || "—"}` : "—";
          const tgt = e.target ? `${iso(e.target.text)} ${e.target.code || "—"}` : "—";
          const flags = [
            e.negated ? paint("negated", "red") : "",
            e.modality !== "asserted" ? paint(e.modality, "yellow") : "",
            e.reciprocal ? "reciprocal" : "",
            e.attributedTo ? `reported by ${e.attributedTo.name}` : "",
            e.date ? `date ${e.date}` : "",
            e.location ? `in ${e.location.name}` : "",
          ].filter((x) => x !== "");
          out.push(
            `   ${paint("✔", "green")} ${trig} → ${paint(e.code, "bold")} ${e.name}: ${src} → ${tgt}` +
              `${flags.length ? "  " + flags.join(", ") : ""}  ${paint(`${e.rule} · confidence ${e.confidence.toFixed(2)}`, "dim")}`,
          );
        }
        continue;
      }
      const flags = [d.negated ? "negated" : "", d.modality && d.modality !== "asserted" ? d.modality : ""].filter((x) => x !== "");
      const who = [d.source ? `source ${name.get(d.source) ?? d.source}` : "", d.target ? `target ${name.get(d.target) ?? d.target}` : ""].filter((x) => x !== "");
      out.push(
        `   ${paint("✘", "yellow")} ${trig} (${d.code}) ${paint(OUTCOME_LABEL[d.outcome], "yellow")}: ${d.reason}` +
          `${flags.length || who.length ? "  [" + [...flags, ...who].join(", ") + "]" : ""}  ${paint(d.rule, "dim")}`,
      );
    }
    // protests and violence: whether the sentence tells an incident or only mentions one
    const incidentCodes = diags.filter((d) => ["14", "18", "19", "20"].includes(d.code.slice(0, 2)));
    if (incidentCodes.length > 0) {
      const detail = incidentCodes.find((d) => d.incident !== null)?.incident ?? null;
      out.push(detail ? `   ${paint("◆", "green")} incident: ${detail}` : `   ${paint("◇", "dim")} ${paint("no particulars of an incident (no count of people, no day, no second act): a mention rather than a report", "dim")}`);
    }
    out.push("");
  });
  const produced = layers.diagnostics.filter((d) => d.outcome === "event").length;
  out.push(paint(`${layers.sentences.length} sentences, ${layers.diagnostics.length} triggers, ${produced} with events, ${record.events.length} events`, "dim"));
  return out.join("\n") + "\n";
}

function useColor(): boolean {
  if (process.env["NO_COLOR"]) return false;
  const force = process.env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return process.stdout.isTTY === true;
}

export const explainCommand: CommandModule = {
  name: "explain",
  register(program: Command, ctx: CliContext): void {
    program
      .command("explain")
      .description("show each sentence with its triggers and arguments marked, the rule that fired, and why a trigger gave no event")
      .argument("<file>", "a UTF-8 text file ('-' for stdin)")
      .option("--published <date>", "publication date (YYYY-MM-DD) that relative dates resolve against")
      .action(async (file: string, opts: { published?: string }) => {
        const published = opts.published === undefined ? null : parseDate(opts.published);
        const text = await readTextInput(file);
        const analyze = loadAnalyzer();
        ctx.write(formatExplanation(text, analyze(text, published), useColor()));
        ctx.setCode(0);
      });
  },
};
