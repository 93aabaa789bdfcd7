/**
 * Readers: paths in, documents out. Plain text, JSON (an object or an array of
 * them), JSONL, HTML pages (main text by Readability), .zip archives of any of
 * these, and folders (recursive, in name order so that runs are repeatable).
 *
 * A reader never throws for one bad document: it yields an error item naming
 * the file (and line or index) so that the ingest can count it and go on.
 */
import { byteLines } from "./lines.js";
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { unzipSync } from "fflate";
import type { DocumentInput } from "../core/record.js";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, InputError, decodeText, formatBytes, fsError, parseDate, readInputBytes } from "../cli/input.js";
import { decodeHtml, htmlToDocument } from "./html.js";
import { FetchError, fetchUrl, isUrl, looksLikeFeed, parseFeed } from "./fetch.js";
import type { FetchOptions } from "./fetch.js";

export interface SourceItem {
  readonly label: string;
  readonly doc?: DocumentInput;
  readonly error?: string;
  /** Input bytes consumed so far, of `ReadPlan.totalBytes` (for the ETA). */
  readonly doneBytes: number;
}

/** --map text=content,published=date_extracted: contract field ← input field. */
export type FieldMap = Readonly<Record<string, string>>;

const FIELDS = ["text", "id", "published", "title", "url", "lang", "source"] as const;

export function parseFieldMap(spec: string | undefined): FieldMap {
  const map: Record<string, string> = {};
  if (spec === undefined || spec.trim() === "") return map;
  for (const part of spec.split(",")) {
    const m = /^\s*([a-z]+)\s*=\s*([^=,]+?)\s*$/.exec(part);
    if (!m) throw new InputError(`--map: '${part}' is not FIELD=NAME (e.g. --map text=content,published=date_extracted)`);
    const [, field, from] = m as unknown as [string, string, string];
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new InputError(`--map: unknown field '${field}'; the fields are ${FIELDS.join(", ")}`);
    }
    map[field] = from;
  }
  return map;
}

export interface ReadOptions {
  readonly map?: FieldMap;
  readonly maxBytes?: number;
  /** For URLs and the articles a remote feed links to. */
  readonly fetch?: FetchOptions;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/** One JSON object as a document, through the field map. A string is the error. */
export function objectToDocument(value: unknown, map: FieldMap = {}): DocumentInput | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `expected a JSON object, got ${describe(value)}`;
  const obj = value as Record<string, unknown>;
  const get = (field: string): unknown => obj[map[field] ?? field];
  const textField = map.text ?? "text";
  const text = get("text");
  if (text === undefined || text === null) return `missing "${textField}"`;
  if (typeof text !== "string") return `"${textField}" must be a string, got ${describe(text)}`;
  const doc: { -readonly [K in keyof DocumentInput]: DocumentInput[K] } = { text };
  for (const field of ["id", "title", "url", "lang", "source"] as const) {
    const v = get(field);
    if (v === undefined || v === null || v === "") continue;
    if (typeof v === "string") doc[field] = v;
    else if (field === "id" && typeof v === "number" && Number.isFinite(v)) doc.id = String(v);
    else return `"${map[field] ?? field}" must be a string, got ${describe(v)}`;
  }
  const published = get("published");
  if (published !== undefined && published !== null && published !== "") {
    if (typeof published !== "string") return `"${map.published ?? "published"}" must be a string, got ${describe(published)}`;
    try {
      doc.published = parseDate(published);
    } catch (err) {
      return `"${map.published ?? "published"}": ${(err as Error).message}`;
    }
  }
  return doc;
}

type Kind = "text" | "json" | "jsonl" | "html" | "zip" | "feed" | "skip";

function kindOf(name: string): Kind {
  const ext = extname(name).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".zip") return "zip";
  if (ext === ".rss" || ext === ".atom" || ext === ".xml") return "feed";
  if (ext === ".txt" || ext === ".text" || ext === "") return "text";
  return "skip";
}

/** One document's text, in UTF-16 units (a byte limit would need an encode per document); --max-bytes raises it. */
function maxDocumentChars(opts: ReadOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
}

function tooLongDocument(chars: number, opts: ReadOptions): string {
  return `a document of ${chars} characters, more than the ${maxDocumentChars(opts)} one document may hold; not coded`;
}

/** A document from JSON is held to what a text file is: not blank, not over the document limit. */
function checkedDocument(doc: DocumentInput | string, opts: ReadOptions): DocumentInput | string {
  if (typeof doc === "string") return doc;
  if (doc.text.length > maxDocumentChars(opts)) return tooLongDocument(doc.text.length, opts);
  if (doc.text.trim() === "") return "empty document";
  return doc;
}

/** Items of one file's bytes. `base`/`size` place its progress inside the whole run. */
function* itemsOf(name: string, bytes: Uint8Array, opts: ReadOptions, base: number, size: number, depth = 0): Generator<SourceItem> {
  const map = opts.map ?? {};
  const kind = kindOf(name);
  const end = base + size;
  const fail = (error: string, label = name): SourceItem => ({ label, error, doneBytes: end });
  if (kind === "zip") {
    yield* zipItems(name, bytes, opts, base, size, depth);
    return;
  }
  if (kind === "skip") return;
  let text: string;
  try {
    text = kind === "html" ? decodeHtml(bytes, name) : decodeText(bytes, name);
  } catch (err) {
    yield fail(err instanceof InputError ? err.message.replace(`${name}: `, "") : String(err));
    return;
  }
  if (kind === "text") {
    if (text.trim() === "") yield fail("empty document");
    else if (text.length > maxDocumentChars(opts)) yield fail(tooLongDocument(text.length, opts));
    else yield { label: name, doc: { text }, doneBytes: end };
    return;
  }
  if (kind === "feed") {
    if (!looksLikeFeed(text)) {
      yield fail("not an RSS or Atom feed");
      return;
    }
    const items = parseFeed(text);
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const label = `${name}#${i + 1}`;
      const at = base + (size * (i + 1)) / items.length;
      if (it.text === "") yield { label, error: "the feed item has no text", doneBytes: at };
      else yield { label, doneBytes: at, doc: { text: it.text, ...(it.title ? { title: it.title } : {}), ...(it.link ? { url: it.link } : {}), ...(it.published ? { published: it.published } : {}) } };
    }
    return;
  }
  if (kind === "html") {
    let doc: DocumentInput | string;
    try {
      doc = htmlToDocument(text);
    } catch (err) {
      // One page the HTML parser chokes on must not end the run for every other document.
      doc = `the page could not be parsed (${(err as Error).message})`;
    }
    if (typeof doc === "string") yield fail(doc);
    else yield { label: name, doc, doneBytes: end };
    return;
  }
  if (kind === "jsonl") {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const item = jsonlItem(lines[i] as string, `${name}:${i + 1}`, opts, base + (size * (i + 1)) / lines.length);
      if (item !== null) yield item;
    }
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield fail(`not valid JSON (${(err as Error).message})`);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) {
    const label = Array.isArray(value) ? `${name}[${i}]` : name;
    const at = base + (size * (i + 1)) / list.length;
    let doc = objectToDocument(list[i], map);
    doc = checkedDocument(doc, opts);
    yield typeof doc === "string" ? { label, error: doc, doneBytes: at } : { label, doc, doneBytes: at };
  }
}

/** Archive limits: what a zip may unpack to, whatever its entries' headers claim one by one. */
export const ZIP_MAX_ENTRIES = 100_000;
/** Deflate compresses news text 3 to 10 times; a bomb (zeros, one repeated line) 100s to 1000s of times. */
export const ZIP_MAX_RATIO = 100;
/** Below this an entry's ratio is not checked: small files of repeated markup compress well and harm no one. */
const ZIP_RATIO_FLOOR = 1024 * 1024;
/** An archive inside an archive inside an archive is not news. */
const ZIP_MAX_DEPTH = 2;

interface ZipEntry {
  readonly name: string;
  readonly size: number;
  readonly originalSize: number;
  readonly compression: number;
}

/**
 * A .zip archive, one entry at a time: the central directory is read first (no
 * inflating), the archive is refused when its entries would unpack to more than
 * 16 × the input limit in all or number more than ZIP_MAX_ENTRIES, an entry is
 * refused when it is larger than the input limit or compressed suspiciously well,
 * and the rest are inflated one by one, so memory holds one entry at a time. An
 * entry's inflated size never exceeds the size its header declares (fflate
 * inflates into a buffer of that size), so a lying header truncates, it does not
 * explode.
 */
function* zipItems(name: string, bytes: Uint8Array, opts: ReadOptions, base: number, size: number, depth: number): Generator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTotal = 16 * maxBytes;
  const fail = (error: string, label = name): SourceItem => ({ label, error, doneBytes: base + size });
  if (depth >= ZIP_MAX_DEPTH) {
    yield fail(`an archive nested ${depth} deep inside archives; not unpacked`);
    return;
  }
  const entries: ZipEntry[] = [];
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        count++;
        if (!f.name.endsWith("/") && kindOf(f.name) !== "skip" && !basename(f.name).startsWith(".") && count <= ZIP_MAX_ENTRIES) entries.push(f);
        return false;
      },
    });
  } catch (err) {
    yield fail(`not a readable zip archive (${(err as Error).message})`);
    return;
  }
  if (count > ZIP_MAX_ENTRIES) {
    yield fail(`a zip archive of ${count} entries (the limit is ${ZIP_MAX_ENTRIES}); not unpacked`);
    return;
  }
  const refusal = (e: ZipEntry): string | null => {
    if (e.originalSize > maxBytes) return "larger than the input limit when unpacked";
    if (e.originalSize > ZIP_RATIO_FLOOR && e.originalSize > ZIP_MAX_RATIO * Math.max(1, e.size)) {
      return `compressed ${Math.round(e.originalSize / Math.max(1, e.size))}:1, more than ${ZIP_MAX_RATIO}:1 (a zip bomb?); not unpacked`;
    }
    return null;
  };
  // Entries refused one by one are never inflated, so they do not count towards the total.
  const total = entries.reduce((s, e) => s + (refusal(e) === null ? e.originalSize : 0), 0);
  if (total > maxTotal) {
    yield fail(`unpacks to ${total} bytes, more than ${maxTotal} (16 × the input limit); not unpacked, raise --max-bytes if it is genuine`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const step = size / Math.max(1, entries.length);
  // Entries are inflated in groups of at most the input limit together: one pass
  // over the archive per group, not per entry (an archive of 10,000 small files
  // would otherwise be re-read 10,000 times), and memory bounded by the group.
  let group: ZipEntry[] = [];
  let groupBytes = 0;
  let i = 0;
  const flush = function* (): Generator<SourceItem> {
    if (group.length === 0) return;
    const wanted = new Set(group.map((e) => e.name));
    let files: Record<string, Uint8Array> = {};
    let error: string | null = null;
    try {
      files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
    } catch (err) {
      error = `cannot be unpacked (${(err as Error).message})`;
    }
    for (const e of group) {
      const at = base + i * step;
      i++;
      const data = files[e.name];
      if (error !== null || data === undefined) yield { label: `${name}:${e.name}`, error: error ?? "cannot be unpacked", doneBytes: at + step };
      else yield* itemsOf(`${name}:${e.name}`, data, opts, at, step, depth + 1);
    }
    group = [];
    groupBytes = 0;
  };
  for (const e of entries) {
    const why = refusal(e);
    if (why !== null) {
      // Keeps the order: the entries before it are read first.
      yield* flush();
      yield { label: `${name}:${e.name}`, error: why, doneBytes: base + (i + 1) * step };
      i++;
      continue;
    }
    if (groupBytes + e.originalSize > maxBytes) yield* flush();
    group.push(e);
    groupBytes += e.originalSize;
  }
  yield* flush();
}

export interface ReadPlan {
  /** Files to read, in order, with their sizes. */
  readonly files: readonly { readonly path: string; readonly size: number }[];
  readonly totalBytes: number;
}

async function walk(dir: string, out: { path: string; size: number }[]): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    throw fsError(err, dir);
  }
  for (const n of names) {
    if (n.startsWith(".")) continue;
    const p = join(dir, n);
    const info = await stat(p).catch(() => null);
    if (info === null) continue;
    if (info.isDirectory()) await walk(p, out);
    else if (info.isFile() && kindOf(n) !== "skip") out.push({ path: p, size: info.size });
  }
}

/** Resolve paths (files and folders) to the files to read; a missing path is the user's error. */
export async function planPaths(paths: readonly string[]): Promise<ReadPlan> {
  const files: { path: string; size: number }[] = [];
  for (const p of paths) {
    if (isUrl(p)) {
      try {
        new URL(p);
      } catch {
        throw new InputError(`${p}: not a valid URL`);
      }
      files.push({ path: p, size: 0 });
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      throw fsError(err, p);
    }
    if (info.isDirectory()) await walk(p, files);
    else files.push({ path: p, size: info.size });
  }
  return { files, totalBytes: files.reduce((s, f) => s + f.size, 0) };
}

/** One JSONL line as an item; null for a blank line. */
function jsonlItem(line: string, label: string, opts: ReadOptions, doneBytes: number): SourceItem | null {
  const raw = line.trim();
  if (raw === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { label, error: `not valid JSON (${(err as Error).message})`, doneBytes };
  }
  let doc = objectToDocument(value, opts.map ?? {});
  doc = checkedDocument(doc, opts);
  return typeof doc === "string" ? { label, error: doc, doneBytes } : { label, doc, doneBytes };
}

/**
 * A local JSONL file, streamed line by line: a dump of any size is read in
 * bounded memory, and one line longer than the input limit is skipped (without
 * being held in memory) and reported, while the lines around it are read. Each
 * line is decoded on its own, so a line of bad UTF-8 costs only that line.
 */
async function* jsonlFile(path: string, opts: ReadOptions, base: number, size: number): AsyncGenerator<SourceItem> {
  const lineLimit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let lineNo = 0;
  try {
    for await (const { bytes, end } of byteLines(createReadStream(path) as AsyncIterable<Buffer>, lineLimit)) {
      lineNo++;
      const label = `${path}:${lineNo}`;
      const doneBytes = base + Math.min(size, end);
      if (bytes === null) {
        yield { label, error: `a line longer than the ${formatBytes(lineLimit)} input limit; skipped (raise it with --max-bytes)`, doneBytes };
        continue;
      }
      let line: string;
      try {
        line = decodeText(bytes, label);
      } catch (err) {
        yield { label, error: err instanceof InputError ? err.message.replace(`${label}: `, "") : String(err), doneBytes };
        continue;
      }
      const item = jsonlItem(line, label, opts, doneBytes);
      if (item !== null) yield item;
    }
  } catch (err) {
    yield { label: path, error: fsError(err, path).message.replace(`${path}: `, ""), doneBytes: base + size };
  }
}

/** UTF-16 has no byte 0x0A line breaks to split on: such a file is read whole. */
async function startsWithUtf16Bom(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function* readPlan(plan: ReadPlan, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  let base = 0;
  for (const f of plan.files) {
    if (isUrl(f.path)) {
      yield* urlItems(f.path, opts, base);
      continue;
    }
    if (kindOf(f.path) === "jsonl" && !(await startsWithUtf16Bom(f.path))) {
      yield* jsonlFile(f.path, opts, base, f.size);
      base += f.size;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readInputBytes(f.path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
    } catch (err) {
      yield { label: f.path, error: err instanceof Error ? err.message.replace(`${f.path}: `, "") : String(err), doneBytes: base + f.size };
      base += f.size;
      continue;
    }
    // Whatever the extension says, a file named on the command line is read; .xyz is read as text.
    const name = kindOf(f.path) === "skip" ? `${f.path}.txt` : f.path;
    for (const item of itemsOf(name, bytes, opts, base, f.size)) {
      yield name === f.path ? item : { ...item, label: item.label.replace(name, f.path) };
    }
    base += f.size;
  }
}

/**
 * A URL: an article page, or a feed whose items' pages are fetched in turn
 * (an item whose page cannot be fetched falls back to the feed's own text).
 */
async function* urlItems(url: string, opts: ReadOptions, base: number): AsyncGenerator<SourceItem> {
  const fetchOpts = { maxBytes: opts.maxBytes ?? undefined, ...opts.fetch };
  let page;
  try {
    page = await fetchUrl(url, fetchOpts);
  } catch (err) {
    yield { label: url, error: err instanceof FetchError ? err.message : String(err), doneBytes: base };
    return;
  }
  let text: string;
  try {
    text = /html/i.test(page.contentType) ? decodeHtml(page.body, url, page.contentType) : decodeText(page.body, url);
  } catch (err) {
    yield { label: url, error: (err as Error).message.replace(`${url}: `, ""), doneBytes: base };
    return;
  }
  if (/xml|rss|atom/i.test(page.contentType) || looksLikeFeed(text)) {
    if (!looksLikeFeed(text)) {
      yield { label: url, error: "not an RSS or Atom feed", doneBytes: base };
      return;
    }
    const items = parseFeed(text);
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const label = it.link ?? `${url}#${i + 1}`;
      const fallback = it.text !== "" ? { text: it.text, ...(it.title ? { title: it.title } : {}), ...(it.link ? { url: it.link } : {}), ...(it.published ? { published: it.published } : {}) } : null;
      let doc: DocumentInput | string = fallback ?? "the feed item has no text and no link";
      if (it.link) {
        try {
          const link = new URL(it.link, page.url).toString();
          const article = await fetchUrl(link, fetchOpts);
          const d = htmlToDocument(decodeHtml(article.body, link, article.contentType), article.url);
          if (typeof d !== "string") {
            // The feed's date and title are the publisher's own; the page may lack them.
            doc = { ...d, url: d.url ?? link, ...(d.published ? {} : it.published ? { published: it.published } : {}), ...(d.title ? {} : it.title ? { title: it.title } : {}) };
          } else if (fallback === null) doc = d;
        } catch (err) {
          if (fallback === null) doc = err instanceof FetchError ? err.message : (err as Error).message;
        }
      }
      yield typeof doc === "string" ? { label, error: doc, doneBytes: base } : { label, doc, doneBytes: base };
    }
    return;
  }
  const doc = /html/i.test(page.contentType) || /<html|<body|<p[\s>]/i.test(text.slice(0, 5000)) ? htmlToDocument(text, page.url) : text.trim() === "" ? "empty document" : { text, url: page.url };
  yield typeof doc === "string" ? { label: url, error: doc, doneBytes: base } : { label: url, doc: { ...doc, url: doc.url ?? page.url }, doneBytes: base };
}
