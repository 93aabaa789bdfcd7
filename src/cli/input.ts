/**
 * Input handling for the command line: bytes → text, dates, JSONL batches, files.
 * The helpers are pure so they can be tested without touching the disk; the IO at
 * the bottom is thin and turns every operating-system error into an InputError the
 * user can act on.
 */
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { DocumentInput } from "../core/record.js";

/** A problem with what the user gave us: printed as `marsad: <message>`, exit 2, no stack. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/**
 * One document (not a batch or an archive): a news article is kilobytes; megabytes
 * of one "document" are a dump or an attack, and extraction time grows with them.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Bytes → text

const BINARY_SAMPLE = 64 * 1024;
// Real text has almost no C0 controls besides whitespace; a few stray ones (form
// feeds, an escape in a pasted log) are tolerated, a tenth of the sample is not.
const MAX_CONTROL_SHARE = 0.1;

function binaryError(label: string): InputError {
  return new InputError(`${label}: looks like binary data, not text`);
}

function isControl(code: number): boolean {
  // TAB, LF, VT, FF, CR are whitespace; ESC shows up in text captured from terminals.
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x1b) {
    return false;
  }
  return code < 0x20 || code === 0x7f;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, BINARY_SAMPLE);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    if (isControl(text.charCodeAt(i))) controls++;
  }
  return controls / n;
}

/**
 * Offset of the first byte sequence that is not well-formed UTF-8 (Unicode table 3-7:
 * no overlongs, no surrogates, nothing above U+10FFFF, no truncated sequences), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) { need = 2; lo = 0xa0; }
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) { need = 2; hi = 0x9f; }
    else if (b === 0xf0) { need = 3; lo = 0x90; }
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) { need = 3; hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(b: number | undefined): string {
  return b === undefined ? "end of input" : `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Decode a document. UTF-8 is the contract; a UTF-8 BOM is dropped, UTF-16 with a BOM
 * (what Windows editors write for "Unicode") is accepted, and anything else fails
 * loudly rather than producing mojibake that would silently match nothing.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    if (bytes.length % 2 !== 0) {
      throw new InputError(`${label}: truncated ${encoding.toUpperCase()} text (odd number of bytes)`);
    }
    let text: string;
    try {
      // ignoreBOM: keep it so that we strip it ourselves, the same way for every encoding
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new InputError(`${label}: invalid ${encoding.toUpperCase()} text (unpaired surrogate)`);
    }
    text = text.slice(1);
    if (text.includes("\u0000") || controlShare(text) > MAX_CONTROL_SHARE) throw binaryError(label);
    return text;
  }

  // NUL never occurs in UTF-8 text; checked on the bytes first so a binary file is
  // called binary rather than "invalid UTF-8 at byte 3".
  if (bytes.includes(0)) throw binaryError(label);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    // A file that is mostly not UTF-8 and full of control bytes is binary, not "legacy text".
    const sample = bytes.subarray(0, BINARY_SAMPLE);
    let controls = 0;
    for (const c of sample) if (isControl(c)) controls++;
    if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) throw binaryError(label);
    throw new InputError(
      `${label}: invalid UTF-8 at byte ${at < 0 ? bytes.length : at} (${hex(bytes[at])}); ` +
        "marsad reads UTF-8 text. If the file is in a legacy Arabic encoding, convert it first, " +
        "e.g. iconv -f WINDOWS-1256 -t UTF-8",
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > MAX_CONTROL_SHARE) throw binaryError(label);
  return text;
}

// ---------------------------------------------------------------------------
// Dates

const DATE_RE =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (Date.UTC handles leap years).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A publication date as the pipeline wants it: YYYY-MM-DD. A timestamp is reduced to
 * the date as written (not converted to UTC): the dateline's day is what relative
 * expressions like "yesterday" are resolved against.
 */
export function parseDate(s: string): string {
  const fail = (why?: string): InputError =>
    new InputError(`invalid date '${s}': expected YYYY-MM-DD${why ? ` (${why})` : ""}`);
  const m = DATE_RE.exec(s.trim());
  if (!m) throw fail();
  const [, ys, , ms, ds] = m;
  const year = Number(ys);
  const month = Number(ms);
  const day = Number(ds);
  if (month < 1 || month > 12) throw fail(`no month ${ms}`);
  if (day < 1 || day > daysInMonth(year, month)) throw fail(`${ys}-${ms} has no day ${ds}`);
  const iso = `${ys}-${ms}-${ds}`;
  if (iso < "1900-01-01" || iso > "2100-12-31") throw fail("outside 1900-01-01 … 2100-12-31");
  return iso;
}

// ---------------------------------------------------------------------------
// JSONL batches

export type JsonlEntry =
  | { readonly line: number; readonly doc: DocumentInput }
  | { readonly line: number; readonly error: string };

const OPTIONAL_FIELDS = ["title", "url", "lang", "source"] as const;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function parseDocumentLine(raw: string): DocumentInput | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `expected a JSON object, got ${describe(value)}`;
  }
  const obj = value as Record<string, unknown>;
  if (!("text" in obj)) return 'missing "text"';
  if (typeof obj.text !== "string") return `"text" must be a string, got ${describe(obj.text)}`;

  const doc: { -readonly [K in keyof DocumentInput]: DocumentInput[K] } = { text: obj.text };
  // Numeric ids are common in exported datasets; they name the document all the same.
  if (obj.id !== undefined && obj.id !== null) {
    if (typeof obj.id === "string") doc.id = obj.id;
    else if (typeof obj.id === "number" && Number.isFinite(obj.id)) doc.id = String(obj.id);
    else return `"id" must be a string, got ${describe(obj.id)}`;
  }
  if (obj.published !== undefined && obj.published !== null) {
    if (typeof obj.published !== "string") return `"published" must be a string, got ${describe(obj.published)}`;
    try {
      doc.published = parseDate(obj.published);
    } catch (err) {
      return `"published": ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  for (const key of OPTIONAL_FIELDS) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return `"${key}" must be a string, got ${describe(v)}`;
    doc[key] = v;
  }
  return doc;
}

/**
 * One entry per non-blank line, in order. A bad line becomes an error entry instead
 * of stopping the batch: one broken record in a million-line dump should not cost
 * the other 999,999.
 */
export function parseJsonlDocuments(text: string, _label: string): JsonlEntry[] {
  const out: JsonlEntry[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] as string;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (raw.trim() === "") continue;
    const parsed = parseDocumentLine(raw);
    out.push(typeof parsed === "string" ? { line: i + 1, error: parsed } : { line: i + 1, doc: parsed });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sizes

const UNITS: Record<string, number> = {
  "": 1, b: 1,
  k: 1024, kb: 1024, kib: 1024,
  m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2,
  g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3,
};

/** `--max-bytes` values: 1000000, 128M, 1GiB (binary units, as the default 64 MiB is). */
export function parseByteSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  const factor = m ? UNITS[(m[2] ?? "").toLowerCase()] : undefined;
  if (!m || factor === undefined) {
    throw new InputError(`invalid size '${s}': expected a number of bytes, optionally with K, M or G (e.g. 128M)`);
  }
  const n = Math.floor(Number(m[1]) * factor);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InputError(`invalid size '${s}': must be a positive number of bytes`);
  return n;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3} GiB`;
  if (n >= 1024 ** 2 && n % 1024 ** 2 === 0) return `${n / 1024 ** 2} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function tooBig(label: string, maxBytes: number): InputError {
  return new InputError(
    `${label}: larger than the ${formatBytes(maxBytes)} input limit; raise it with --max-bytes (e.g. --max-bytes 512M)`,
  );
}

// ---------------------------------------------------------------------------
// Reading

export interface ReadOptions {
  readonly maxBytes?: number;
  /** Where "-" reads from (default process.stdin); injectable for tests. */
  readonly stdin?: Readable;
}

/** The label an input is called by in messages: the path as the user typed it. */
export function inputLabel(path: string): string {
  return path === "-" ? "stdin" : path;
}

async function readStream(stream: Readable, label: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooBig(label, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** A file system error as the user-facing message it deserves (exported for tests). */
export function fsError(err: unknown, path: string): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return new InputError(`${path}: no such file`);
    case "ENOTDIR":
      return new InputError(`${path}: no such file (a part of the path is not a folder)`);
    case "EISDIR":
      return new InputError(`${path}: is a directory, not a file`);
    case "EACCES":
    case "EPERM":
      return new InputError(`${path}: permission denied`);
    case "ELOOP":
      return new InputError(`${path}: too many levels of symbolic links`);
    case "ENAMETOOLONG":
      return new InputError(`${path}: file name too long`);
    case "EIO":
      return new InputError(`${path}: read error (I/O error)`);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

/** The raw bytes of a file, or of stdin for "-", refusing anything over the size limit. */
export async function readInputBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === "-") return readStream(options.stdin ?? process.stdin, "stdin", maxBytes);

  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw fsError(err, path);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    // Regular files are checked up front; pipes and devices (e.g. <(zcat ...)) have no
    // size, so they are counted while reading.
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooBig(path, maxBytes);
      return await handle.readFile();
    }
    return await readStream(handle.createReadStream({ autoClose: false }), path, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : fsError(err, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A file (or "-") as text: read, size-checked and decoded. */
export async function readTextInput(path: string, options: ReadOptions = {}): Promise<string> {
  const bytes = await readInputBytes(path, options);
  return decodeText(bytes, inputLabel(path));
}
