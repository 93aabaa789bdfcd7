/**
 * Sentence-level event detection against the Arabic event GSR: each CSV row is
 * one sentence labelled for one event type (PROTEST or ASSAULT) as "yes",
 * "easy no", "difficult no" or "ambiguous"; each span file holds sentences with
 * the gold source and target actors' CAMEO country and role.
 *
 * A sentence is detected when the coder finds at least one event of the type's
 * CAMEO roots that the text asserts happened (not negated, not merely intended
 * or hypothetical): that is what "an event of this type is reported" means.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { DocumentRecord, EventRecord } from "../core/record.js";
import type { TriggerDiagnostic } from "../stages/layers.js";
import { parseCsv } from "../core/csv.js";

export type GsrType = "PROTEST" | "ASSAULT";

export const GSR_ROOTS: Readonly<Record<GsrType, readonly string[]>> = {
  PROTEST: ["14"],
  ASSAULT: ["18", "19", "20"],
};

export interface GsrRow {
  readonly id: string;
  readonly type: GsrType;
  readonly label: "yes" | "easy no" | "difficult no" | "ambiguous";
  readonly text: string;
}

export interface GsrSpanRow {
  readonly id: string;
  readonly type: GsrType;
  readonly text: string;
  /** Gold source actor's country (CAMEO three letters), null when the gold gives none. */
  readonly sourceCountry: string | null;
}

const LABELS = new Set(["yes", "easy no", "difficult no", "ambiguous"]);

export function parseGsrCsv(text: string, where: string): GsrRow[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header) throw new Error(`${where}: empty file`);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: no column '${name}'`);
    return i;
  };
  const [id, type, label, txt] = [col("id"), col("event_type"), col("label"), col("text")];
  return rows.map((r, n) => {
    const t = r[type] ?? "";
    const l = r[label] ?? "";
    if (t !== "PROTEST" && t !== "ASSAULT") throw new Error(`${where}:${n + 2}: unknown event_type '${t}'`);
    if (!LABELS.has(l)) throw new Error(`${where}:${n + 2}: unknown label '${l}'`);
    return { id: r[id] ?? String(n), type: t, label: l as GsrRow["label"], text: r[txt] ?? "" };
  });
}

export function parseGsrSpans(value: unknown, where: string): GsrSpanRow[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a JSON array`);
  return value.map((v: unknown, n) => {
    const o = (v ?? {}) as Record<string, unknown>;
    const type = o["event_type"];
    if (type !== "PROTEST" && type !== "ASSAULT") throw new Error(`${where}: item ${n}: unknown event_type`);
    const spans = Array.isArray(o["spans"]) ? (o["spans"] as Record<string, unknown>[]) : [];
    let country: string | null = null;
    for (const s of spans) {
      const main = ((s["source_role"] ?? {}) as Record<string, unknown>)["main"];
      if (typeof main === "string" && /^[A-Z]{3}$/.test(main)) {
        country = main;
        break;
      }
    }
    return { id: String(o["_id"] ?? n), type, text: String(o["text"] ?? ""), sourceCountry: country };
  });
}

/** The coded events of this type that the text asserts or reports as having happened. */
export function detectedEvents(record: DocumentRecord, type: GsrType): EventRecord[] {
  const roots = GSR_ROOTS[type];
  return record.events.filter((e) => roots.includes(e.root) && !e.negated && e.modality !== "intended" && e.modality !== "hypothetical");
}

/**
 * Event mentions of this type that could not be coded only because an actor is
 * unnamed or unknown (انفجرت سيارة مفخخة، تظاهر الآلاف): the sentence still
 * reports the event. Negated, intended and hypothetical ones do not count, nor
 * does a bare definite or plural event noun with no actor at all (الاغتيالات،
 * وراء الهجوم): it names a kind of act or refers back to an event already
 * reported, it does not report one.
 */
export function detectedMentions(diagnostics: readonly TriggerDiagnostic[], type: GsrType, text: string): TriggerDiagnostic[] {
  const roots = GSR_ROOTS[type];
  return diagnostics.filter((d) => {
    if (!roots.includes(d.code.slice(0, 2))) return false;
    if (d.outcome !== "no-source" && d.outcome !== "no-target") return false;
    if (d.negated !== false || d.modality === "intended" || d.modality === "hypothetical") return false;
    if (d.rule.endsWith("#noun") && d.source === null && d.target === null) {
      const words = text.slice(d.start, d.end).split(/\s+/);
      const first = words[0] ?? "";
      // خرجت مظاهرات، احتجاجات عمت: an indefinite plural of protest reports protests
      if (words.length === 1 && (DEFINITE.test(first) || (PLURAL.test(first) && type !== "PROTEST"))) return false;
    }
    return true;
  });
}

const DEFINITE = /^[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644|\u0644\u0644)/;
const PLURAL = /(?:\u0627\u062a|\u0648\u0646|\u064a\u0646)$/;

export interface Coded {
  readonly text: string;
  readonly record: DocumentRecord;
  readonly diagnostics: readonly TriggerDiagnostic[];
}

/**
 * The sentence reports an event of the type: an asserted event or unnamed-actor
 * mention of it, in a sentence that gives the particulars of an incident (a count
 * of people, a day, several acts; TriggerDiagnostic.incident). A lone mention with
 * none mostly names a kind of act, recalls an event told before, or comments.
 */
export function detects(coded: Coded, type: GsrType): boolean {
  const incident = (start: number, end: number): boolean => coded.diagnostics.some((d) => d.start === start && d.end === end && d.incident !== null);
  return detectedEvents(coded.record, type).some((e) => incident(e.trigger.start, e.trigger.end)) || detectedMentions(coded.diagnostics, type, coded.text).some((d) => incident(d.start, d.end));
}

export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Rows labelled "ambiguous", left out of the scores. */
  readonly skipped: number;
}

export function prf(pairs: readonly { readonly gold: boolean | null; readonly predicted: boolean }[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let skipped = 0;
  for (const { gold, predicted } of pairs) {
    if (gold === null) skipped++;
    else if (gold && predicted) tp++;
    else if (gold) fn++;
    else if (predicted) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1, skipped };
}

export function goldOf(label: GsrRow["label"]): boolean | null {
  return label === "yes" ? true : label === "ambiguous" ? null : false;
}

export interface GsrTypeReport {
  readonly type: GsrType;
  readonly detection: Prf;
  /** "difficult no" rows wrongly detected, of all difficult no rows. */
  readonly difficultFp: number;
  readonly difficult: number;
  /** Span sentences whose gold source has a country: how many our detected source matches. */
  readonly actorMatched: number;
  readonly actorWithEvent: number;
  readonly actorTotal: number;
}

/** Sentences with at least one detected event, by the best event's confidence: how many are gold "yes". */
export interface ConfidenceBin {
  readonly from: number;
  readonly to: number;
  readonly yes: number;
  readonly no: number;
}

export interface GsrFiles {
  readonly rows: readonly GsrRow[];
  readonly spans: readonly GsrSpanRow[];
}

/** The GSR's files in a folder: {protest,assault}_gsr*.csv and {protest,assault}_spans*.json. */
export function readGsrDir(dir: string): GsrFiles {
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const files = readdirSorted(dir);
  const rows: GsrRow[] = [];
  const spans: GsrSpanRow[] = [];
  for (const f of files) {
    const p = path.join(dir, f);
    if (/_gsr.*\.csv$/.test(f)) rows.push(...parseGsrCsv(readFileSync(p, "utf8"), p));
    else if (/_spans.*\.json$/.test(f)) spans.push(...parseGsrSpans(JSON.parse(readFileSync(p, "utf8")) as unknown, p));
  }
  if (rows.length === 0) throw new Error(`${dir}: no *_gsr*.csv file`);
  return { rows, spans };
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Run the coder on every sentence and score detection and actor countries per type. */
export function scoreGsr(files: GsrFiles, code: (text: string) => Coded): readonly GsrTypeReport[] {
  return scoreGsrFull(files, code).types;
}

export interface GsrReport {
  readonly types: readonly GsrTypeReport[];
  /** The confidence check: events' confidence against the sentences' labels. */
  readonly bins: readonly ConfidenceBin[];
}

const BIN_EDGES = [0, 0.7, 0.8, 1.01];

export function scoreGsrFull(files: GsrFiles, code: (text: string) => Coded): GsrReport {
  const bins = BIN_EDGES.slice(0, -1).map((from, i) => ({ from, to: BIN_EDGES[i + 1] as number, yes: 0, no: 0 }));
  const cache = new Map<string, Coded>();
  const coded = (text: string): Coded => {
    let c = cache.get(text);
    if (!c) {
      c = code(text);
      cache.set(text, c);
    }
    return c;
  };
  for (const r of files.rows) {
    const gold = goldOf(r.label);
    if (gold === null) continue;
    const evs = detectedEvents(coded(r.text).record, r.type);
    if (evs.length === 0) continue;
    const best = Math.max(...evs.map((e) => e.confidence));
    const bin = bins.find((b) => best >= b.from && best < b.to);
    if (bin) {
      if (gold) bin.yes++;
      else bin.no++;
    }
  }
  return { types: scoreTypes(files, coded), bins };
}

function scoreTypes(files: GsrFiles, code: (text: string) => Coded): GsrTypeReport[] {
  const out: GsrTypeReport[] = [];
  for (const type of ["PROTEST", "ASSAULT"] as const) {
    const rows = files.rows.filter((r) => r.type === type);
    const pairs = rows.map((r) => ({ gold: goldOf(r.label), predicted: detects(code(r.text), type), label: r.label }));
    const difficult = pairs.filter((p) => p.label === "difficult no");
    let matched = 0;
    let withEvent = 0;
    const spanRows = files.spans.filter((s) => s.type === type && s.sourceCountry !== null);
    for (const s of spanRows) {
      const evs = detectedEvents(code(s.text).record, type).filter((e) => e.source !== null);
      if (evs.length > 0) withEvent++;
      if (evs.some((e) => e.source?.code.slice(0, 3) === s.sourceCountry)) matched++;
    }
    out.push({
      type,
      detection: prf(pairs),
      difficultFp: difficult.filter((p) => p.predicted).length,
      difficult: difficult.length,
      actorMatched: matched,
      actorWithEvent: withEvent,
      actorTotal: spanRows.length,
    });
  }
  return out;
}

export function formatConfidenceBins(bins: readonly ConfidenceBin[]): string {
  const cells = bins.map((b) => `${b.from.toFixed(2)}–${Math.min(b.to, 1).toFixed(2)}: ${b.yes}/${b.yes + b.no} yes${b.yes + b.no > 0 ? ` (${(b.yes / (b.yes + b.no)).toFixed(2)})` : ""}`);
  return `confidence check (best event per sentence; share of sentences labelled yes): ${cells.join(", ")}\n`;
}

export function formatGsrReport(reports: readonly GsrTypeReport[]): string {
  const f = (x: number): string => x.toFixed(3);
  const lines: string[] = [];
  for (const r of reports) {
    const d = r.detection;
    lines.push(
      `${r.type.padEnd(8)} P ${f(d.precision)}  R ${f(d.recall)}  F1 ${f(d.f1)}  (tp ${d.tp}, fp ${d.fp}, fn ${d.fn}, tn ${d.tn}; ${d.skipped} ambiguous skipped; difficult no detected ${r.difficultFp}/${r.difficult})`,
    );
    lines.push(`${"".padEnd(8)} source country matches gold: ${r.actorMatched}/${r.actorTotal} (a sourced event found for ${r.actorWithEvent})`);
  }
  return lines.join("\n") + "\n";
}
