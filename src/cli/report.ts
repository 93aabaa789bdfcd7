/**
 * The human-readable view of one document record, for a terminal.
 *
 * Arabic is printed in logical order (plain UTF-8) and each cell that holds
 * right-to-left text is wrapped in FSI … PDI isolates, so a bidi-aware terminal
 * reorders the text inside the cell without dragging the column order with it.
 * Widths come from string-width, which counts display columns (Arabic marks are
 * zero-width, CJK and emoji two), so Arabic and Latin columns line up.
 */
import stringWidth from "string-width";
import type { DocumentRecord, EventRecord } from "../core/record.js";

export interface ReportOptions {
  /** ANSI colours (the caller decides: TTY and no NO_COLOR). */
  readonly color: boolean;
  /** Total width to fit the table in; cells are truncated to fit. Default: no limit beyond per-column caps. */
  readonly width?: number;
}

const FSI = "\u2068";
const PDI = "\u2069";
const RTL_RE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
const NONE = "—";
const QUOTE_CHARS = 100;

type Style = "bold" | "dim" | "green" | "red" | "yellow" | "cyan";
const SGR: Record<Style, string> = { bold: "1", dim: "2", green: "32", red: "31", yellow: "33", cyan: "36" };

function paint(text: string, style: Style | undefined, color: boolean): string {
  if (!color || !style || text === "") return text;
  return `\u001b[${SGR[style]}m${text}\u001b[0m`;
}

export function hasRtl(text: string): boolean {
  return RTL_RE.test(text);
}

/** Wrap right-to-left text in a first-strong isolate; Latin text is left as it is. */
export function isolate(text: string): string {
  return hasRtl(text) ? `${FSI}${text}${PDI}` : text;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Cut text to at most `max` display columns, on grapheme boundaries (never between a
 * letter and its harakat, or inside a surrogate pair), ending with "…" when cut.
 */
export function truncate(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/** Collapse newlines and runs of spaces: a cell is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

interface Cell {
  readonly text: string;
  readonly style?: Style;
}

interface Column {
  readonly title: string;
  /** Widest the column gets. */
  readonly max: number;
  /** Narrowest it is squeezed to on a small terminal (a date cut to "2024-0…" says nothing). */
  readonly min?: number;
}

function renderTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: ReportOptions): string[] {
  const caps = columns.map((c) => c.max);
  if (options.width !== undefined) {
    // Shrink the widest caps until the row fits the terminal, keeping every column readable.
    const gaps = 2 * (columns.length - 1) + 2;
    const natural = columns.map((c, i) =>
      Math.min(caps[i] as number, Math.max(stringWidth(c.title), ...rows.map((r) => stringWidth(oneLine(r[i]?.text ?? ""))))),
    );
    const floor = columns.map((c, i) => Math.min(natural[i] as number, c.min ?? 8));
    let total = natural.reduce((a, b) => a + b, 0) + gaps;
    while (total > options.width) {
      // Take a column from the widest squeezable cell; when none is left, let the terminal wrap.
      let widest = -1;
      for (let i = 0; i < natural.length; i++) {
        const room = (natural[i] as number) - (floor[i] as number);
        if (room > 0 && (widest < 0 || (natural[i] as number) > (natural[widest] as number))) widest = i;
      }
      if (widest < 0) break;
      natural[widest] = (natural[widest] as number) - 1;
      total--;
    }
    natural.forEach((w, i) => (caps[i] = w));
  }
  const cells = rows.map((row) => row.map((cell, i) => ({ ...cell, text: truncate(oneLine(cell.text), caps[i] as number) })));
  const widths = columns.map((c, i) =>
    Math.max(stringWidth(c.title), ...cells.map((r) => stringWidth(r[i]?.text ?? ""))),
  );
  const line = (row: readonly Cell[]): string =>
    "  " +
    row
      .map((cell, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] as number) - stringWidth(cell.text)));
        // The padding stays outside the isolate so it lands on the right in every terminal.
        const body = paint(isolate(cell.text), cell.style, options.color);
        return i === row.length - 1 ? body : body + pad;
      })
      .join("  ")
      .trimEnd();
  const header = line(columns.map((c) => ({ text: c.title, style: "bold" as const })));
  return [header, ...cells.map(line)];
}

function quadStyle(quadClass: number): Style | undefined {
  if (quadClass === 1 || quadClass === 2) return "green";
  if (quadClass === 3 || quadClass === 4) return "red";
  return undefined;
}

function actor(arg: { readonly name: string; readonly code: string } | null): string {
  if (!arg) return NONE;
  return arg.code ? `${arg.name} (${arg.code})` : arg.name;
}

function flags(ev: EventRecord): Cell {
  const out: string[] = [];
  if (ev.negated) out.push("NOT");
  if (ev.modality !== "asserted") out.push(ev.modality);
  return { text: out.join(" "), style: ev.negated ? "yellow" : undefined };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The terminal report: a header, the events table, then entities and quotes. */
export function renderReport(record: DocumentRecord, options: ReportOptions): string {
  const { color } = options;
  const doc = record.document;
  const out: string[] = [];

  const counts = [
    plural(record.events.length, "event"),
    plural(record.entities.length, "entity").replace(/entitys$/, "entities"),
    plural(record.quotes.length, "quote"),
    plural(record.sentences.length, "sentence"),
  ].join(", ");
  out.push(
    `${paint(isolate(doc.id), "bold", color)}  published ${doc.published ?? "unknown"}  lang ${doc.lang}  ${paint(counts, "dim", color)}`,
  );
  if (doc.title) out.push(isolate(oneLine(doc.title)));
  if (doc.url) out.push(paint(doc.url, "dim", color));
  for (const w of record.warnings ?? []) out.push(paint(`warning: ${w}`, "yellow", color));

  out.push("", paint("Events", "bold", color));
  if (record.events.length === 0) {
    out.push(paint("  (none)", "dim", color));
  } else {
    out.push(
      ...renderTable(
        [
          { title: "date", max: 10, min: 10 },
          { title: "source", max: 32, min: 10 },
          { title: "code", max: 36, min: 10 },
          { title: "target", max: 32, min: 10 },
          { title: "trigger", max: 24, min: 8 },
          { title: "flags", max: 20, min: 12 },
        ],
        record.events.map((ev) => [
          { text: ev.date ?? NONE, style: ev.date ? undefined : "dim" },
          { text: actor(ev.source) },
          { text: `${ev.code} ${ev.name}`, style: quadStyle(ev.quadClass) },
          { text: actor(ev.target) },
          { text: ev.trigger.text },
          flags(ev),
        ]),
        options,
      ),
    );
  }

  out.push("", paint("Entities", "bold", color));
  if (record.entities.length === 0) {
    out.push(paint("  (none)", "dim", color));
  } else {
    out.push(
      ...renderTable(
        [
          { title: "name", max: 32, min: 12 },
          { title: "type", max: 12, min: 12 },
          { title: "code", max: 12, min: 8 },
          { title: "mentions", max: 8, min: 8 },
          { title: "first mention", max: 32, min: 10 },
        ],
        record.entities.map((e) => [
          { text: e.name },
          { text: e.type, style: "dim" },
          { text: e.code || NONE, style: e.code ? "cyan" : "dim" },
          { text: String(e.mentions.length) },
          { text: e.mentions[0]?.text ?? NONE },
        ]),
        options,
      ),
    );
  }

  out.push("", paint("Quotes", "bold", color));
  if (record.quotes.length === 0) {
    out.push(paint("  (none)", "dim", color));
  } else {
    for (const q of record.quotes) {
      const speaker = q.speaker ? q.speaker.name : "(unattributed)";
      const text = truncate(oneLine(q.text), QUOTE_CHARS);
      out.push(`  ${paint(isolate(speaker), "bold", color)} — ${isolate(text)}`);
    }
  }
  return out.join("\n") + "\n";
}
