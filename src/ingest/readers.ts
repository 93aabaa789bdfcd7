/**
 * Readers: paths in, documents out. Plain text, JSON (an object or an array of
 * them), JSONL, HTML pages (main text by Readability), .zip archives of any of
 * these, and folders (recursive, in name order so that runs are repeatable).
 *
 * A reader never throws for one bad document: it yields an error item naming
 * the file (and line or index) so that the ingest can count it and go on.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { unzipSync } from "fflate";
import type { DocumentInput } from "../core/record.js";
import { DEFAULT_MAX_BYTES, InputError, decodeText, fsError, parseDate, readInputBytes } from "../cli/input.js";
import { htmlToDocument } from "./html.js";
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

/** Items of one file's bytes. `base`/`size` place its progress inside the whole run. */
function* itemsOf(name: string, bytes: Uint8Array, opts: ReadOptions, base: number, size: number): Generator<SourceItem> {
  const map = opts.map ?? {};
  const kind = kindOf(name);
  const end = base + size;
  const fail = (error: string, label = name): SourceItem => ({ label, error, doneBytes: end });
  if (kind === "zip") {
    let entries: Record<string, Uint8Array>;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const tooBig: string[] = [];
    try {
      // The uncompressed size is checked before inflating: a zip bomb is refused, not unpacked.
      entries = unzipSync(bytes, {
        filter: (f) => {
          if (f.name.endsWith("/") || kindOf(f.name) === "skip" || basename(f.name).startsWith(".")) return false;
          if (f.originalSize > maxBytes) {
            tooBig.push(f.name);
            return false;
          }
          return true;
        },
      });
    } catch (err) {
      yield fail(`not a readable zip archive (${(err as Error).message})`);
      return;
    }
    for (const n of tooBig) yield fail(`larger than the input limit when unpacked`, `${name}:${n}`);
    const names = Object.keys(entries).sort();
    let i = 0;
    for (const n of names) {
      const step = size / names.length;
      yield* itemsOf(`${name}:${n}`, entries[n] as Uint8Array, opts, base + i * step, step);
      i++;
    }
    return;
  }
  if (kind === "skip") return;
  let text: string;
  try {
    text = decodeText(bytes, name);
  } catch (err) {
    yield fail(err instanceof InputError ? err.message.replace(`${name}: `, "") : String(err));
    return;
  }
  if (kind === "text") {
    if (text.trim() === "") yield fail("empty document");
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
    const doc = htmlToDocument(text);
    if (typeof doc === "string") yield fail(doc);
    else yield { label: name, doc, doneBytes: end };
    return;
  }
  if (kind === "jsonl") {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const raw = (lines[i] as string).trim();
      if (raw === "") continue;
      const at = base + (size * (i + 1)) / lines.length;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        yield { label: `${name}:${i + 1}`, error: `not valid JSON (${(err as Error).message})`, doneBytes: at };
        continue;
      }
      const doc = objectToDocument(value, map);
      yield typeof doc === "string" ? { label: `${name}:${i + 1}`, error: doc, doneBytes: at } : { label: `${name}:${i + 1}`, doc, doneBytes: at };
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
    const doc = objectToDocument(list[i], map);
    yield typeof doc === "string" ? { label, error: doc, doneBytes: at } : { label, doc, doneBytes: at };
  }
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

export async function* readPlan(plan: ReadPlan, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  let base = 0;
  for (const f of plan.files) {
    if (isUrl(f.path)) {
      yield* urlItems(f.path, opts, base);
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
    text = decodeText(page.body, url);
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
          const d = htmlToDocument(decodeText(article.body, link), article.url);
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
