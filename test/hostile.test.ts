/**
 * Hostile input: each case gets a correct result or a clear error (a message and
 * an exit code, never a stack trace), in bounded time and memory, and a bad input
 * never costs what a database already holds. Big inputs are generated here, in a
 * temporary folder, and removed afterwards.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { DocumentRecord } from "../src/core/record.js";
import { DocumentError, loadExtractor } from "../src/extractor.js";
import type { Extractor } from "../src/extractor.js";
import { InputError, decodeText, parseDate } from "../src/cli/input.js";
import { htmlToDocument } from "../src/ingest/html.js";
import { planPaths, readPlan } from "../src/ingest/readers.js";
import type { SourceItem } from "../src/ingest/readers.js";
import { runMarsad } from "./helpers/cli.js";
import type { Run } from "./helpers/cli.js";

process.env.MARSAD_LEXICON_VERSION = "hostile-test";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLE = readFileSync(join(ROOT, "examples", "article-ar.txt"), "utf8");
const SENTENCE = "استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأردني، وبحث معه الأوضاع في المنطقة.";
const MiB = 1024 * 1024;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "marsad-hostile-"));
}

async function timed<T>(bound: number, what: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await fn();
  const s = (performance.now() - t) / 1000;
  assert.ok(s < bound, `${what} took ${s.toFixed(1)} s (bound ${bound} s)`);
  return r;
}

function marsad(args: readonly string[], input?: string | Buffer): Promise<Run> {
  return runMarsad(args, { env: { NO_COLOR: "1", MARSAD_LEXICON_VERSION: "hostile-test" }, ...(input !== undefined ? { input } : {}) });
}

/** A clear error: one `marsad:` line or a few, the expected exit code, and no stack trace. */
function assertClearError(r: Run, code: number, message: RegExp): void {
  assert.equal(r.code, code, `exit ${r.code}; stderr: ${r.stderr.slice(0, 500)}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /\n\s+at .+\(.+:\d+:\d+\)|internal error/, "a stack trace or an internal error");
}

function spans(value: unknown, out: { start: number; end: number; text: string }[] = []): { start: number; end: number; text: string }[] {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push(o as { start: number; end: number; text: string });
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

function assertSpansHold(text: string, record: DocumentRecord): void {
  for (const s of spans(record)) assert.equal(text.slice(s.start, s.end), s.text, `span [${s.start}, ${s.end})`);
  for (const s of record.sentences) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length);
}

let extractor: Extractor | undefined;
async function getExtractor(): Promise<Extractor> {
  extractor ??= await loadExtractor();
  return extractor;
}

async function collect(paths: string[], maxBytes?: number): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readPlan(await planPaths(paths), maxBytes === undefined ? {} : { maxBytes })) out.push(item);
  return out;
}

// ---------------------------------------------------------------------------
// Zip archives written by hand, so that a bomb's entries can share one deflated
// stream: 1 GiB of zeros is deflated once (about 1 MB), never held in memory.

interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function writeZip(file: string, entries: readonly RawEntry[]): void {
  const fd = openSync(file, "w");
  let offset = 0;
  const central: Buffer[] = [];
  const put = (b: Buffer | Uint8Array): void => {
    writeSync(fd, b);
    offset += b.length;
  };
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const at = offset;
    const common = [u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.data.length), u32(e.size), u16(name.length), u16(0)];
    put(Buffer.concat([u32(0x04034b50), ...common, name]));
    put(e.data);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(at), name]));
  }
  const cd = Buffer.concat(central);
  const cdAt = offset;
  put(cd);
  put(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(cdAt), u16(0)]));
  closeSync(fd);
}

/** `total` bytes of zeros, deflated from one reused chunk: memory stays at the chunk and the output. */
async function deflatedZeros(total: number): Promise<RawEntry> {
  const chunk = Buffer.alloc(MiB);
  const out: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on("data", (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on("end", resolve);
    z.on("error", reject);
  });
  let crc = 0;
  for (let left = total; left > 0; left -= MiB) {
    const piece = left >= MiB ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!z.write(piece)) await new Promise((r) => z.once("drain", r));
  }
  z.end();
  await done;
  return { name: "", data: Buffer.concat(out), crc, size: total };
}

function textEntry(name: string, text: string): RawEntry {
  const raw = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

// ---------------------------------------------------------------------------

test("hostile: empty and whitespace-only text give an empty record (extract) and a named failure (ingest)", async () => {
  const dir = tmp();
  try {
    const ex = await getExtractor();
    for (const text of ["", " ", "\n\n\t  \r\n", "\u200B\u200F\uFEFF", "\u00A0\u2028"]) {
      const r = ex.extract({ text, published: "2015-07-21" });
      assert.deepEqual([r.events.length, r.entities.length, r.quotes.length, r.times.length], [0, 0, 0, 0], JSON.stringify(text));
      assertSpansHold(text, r);
    }
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), "  \n\t \n");
    const r = await marsad(["extract", join(dir, "blank.txt"), "--jsonl"]);
    assert.equal(r.code, 0, r.stderr);
    const rec = JSON.parse(r.stdout) as DocumentRecord;
    assert.deepEqual([rec.events, rec.entities, rec.sentences], [[], [], []]);
    writeFileSync(join(dir, "blank.jsonl"), [JSON.stringify({ text: "" }), JSON.stringify({ text: " \n\t" }), JSON.stringify({ text: SENTENCE })].join("\n"));
    writeFileSync(join(dir, "blank.json"), JSON.stringify([{ text: "\u00A0" }]));
    const items = await collect(["empty.txt", "blank.txt", "blank.jsonl", "blank.json"].map((f) => join(dir, f)));
    assert.deepEqual(items.map((i) => i.doc?.text ?? i.error), ["empty document", "empty document", "empty document", "empty document", SENTENCE, "empty document"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: 50 MB of text is refused at once by extract (exit 2, the limit named) and failed by ingest", async () => {
  const dir = tmp();
  try {
    const file = join(dir, "big.txt");
    const block = `${ARTICLE}\n`.repeat(Math.ceil(MiB / Buffer.byteLength(ARTICLE)));
    const fd = openSync(file, "w");
    for (let n = 0; n < 50 * MiB; ) n += writeSync(fd, block);
    closeSync(fd);
    const r = await timed(20, "extract of 50 MB", () => marsad(["extract", file, "--jsonl"]));
    assertClearError(r, 2, /big\.txt: larger than the 8 MiB input limit; raise it with --max-bytes/);
    assert.equal(r.stdout, "");
    const items = await timed(20, "reading 50 MB for ingest", () => collect([file]));
    assert.equal(items.length, 1);
    assert.match(items[0]!.error ?? "", /a document of \d+ characters, more than the \d+ one document may hold/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: a single 1 MB line is coded in bounded time, with every span exact", async () => {
  const ex = await getExtractor();
  const line = `${ARTICLE.replace(/\s*\n\s*/g, " ")} `.repeat(Math.ceil(MiB / Buffer.byteLength(ARTICLE)));
  assert.ok(Buffer.byteLength(line) >= MiB && !line.includes("\n"));
  const r = await timed(45, "a 1 MB line", async () => ex.extract({ text: line, published: "2024-04-09" }));
  assert.ok(r.events.length > 100, `only ${r.events.length} events in a 1 MB line of news`);
  assertSpansHold(line, r);
});

test("hostile: binary and invalid UTF-8 are clear errors with exit 2", async () => {
  const dir = tmp();
  try {
    const bin = Buffer.alloc(4096);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(dir, "image.txt"), bin);
    writeFileSync(join(dir, "latin1.txt"), Buffer.concat([Buffer.from("قال الرئيس "), Buffer.from([0xe9, 0xe8, 0x20, 0xff]), Buffer.from(" ok")]));
    const a = await marsad(["extract", join(dir, "image.txt")]);
    assertClearError(a, 2, /image\.txt: looks like binary data, not text/);
    const b = await marsad(["extract", join(dir, "latin1.txt")]);
    assertClearError(b, 2, /latin1\.txt: invalid UTF-8 at byte 20 \(0xE9\)/);
    assert.throws(() => decodeText(bin, "stdin"), (e: unknown) => e instanceof InputError && /stdin: looks like binary data, not text/.test((e as Error).message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: UTF-16 with a BOM (LE and BE) reads as the same text as UTF-8", async () => {
  const dir = tmp();
  try {
    const le = Buffer.from(`\uFEFF${SENTENCE}`, "utf16le");
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, "u8.txt"), SENTENCE);
    writeFileSync(join(dir, "le.txt"), le);
    writeFileSync(join(dir, "be.txt"), be);
    writeFileSync(join(dir, "odd.txt"), Buffer.concat([le, Buffer.from([0x41])]));
    const cli = await marsad(["extract", join(dir, "le.txt"), "--jsonl", "--published", "2015-07-21"]);
    assert.equal(cli.code, 0, cli.stderr);
    const ex = await getExtractor();
    const expected = ex.extract({ text: SENTENCE, published: "2015-07-21" });
    assert.ok(expected.events.length > 0);
    assert.deepEqual(JSON.parse(cli.stdout), expected);
    const items = await collect([join(dir, "le.txt"), join(dir, "be.txt"), join(dir, "u8.txt")]);
    assert.deepEqual(items.map((i) => i.doc?.text), [SENTENCE, SENTENCE, SENTENCE]);
    assert.throws(() => decodeText(readFileSync(join(dir, "odd.txt")), "odd.txt"), /odd\.txt: truncated UTF-16LE text/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: mixed Arabic, Latin and emoji; text of only diacritics", async () => {
  const ex = await getExtractor();
  const mixed = `BREAKING 🔴🔴 ${SENTENCE} 👍🏽 via @news_agency https://t.co/xyz 🇸🇦 #عاجل ${SENTENCE.replace("القاهرة", "Cairo 🏛️")}`;
  const r = ex.extract({ text: mixed, published: "2015-07-21" });
  assert.equal(r.document.lang, "ar");
  assert.ok(r.events.length >= 1, "the Arabic sentence among the emoji is still coded");
  assertSpansHold(mixed, r);

  const marks = "\u064E\u064F\u0650\u0651\u0652\u064B\u064C\u064D\u0670\u0640".repeat(20000);
  const d = await timed(10, "200,000 diacritics", async () => ex.extract({ text: marks, published: "2015-07-21" }));
  assert.deepEqual([d.events.length, d.entities.length, d.quotes.length, d.times.length], [0, 0, 0, 0]);
  assertSpansHold(marks, d);
  const spaced = " \u0651 \u064E\u064E ـ \u0670".repeat(1000);
  assertSpansHold(spaced, ex.extract({ text: spaced }));
});

test("hostile: deeply nested, script-laden HTML gives its text without the scripts, in bounded time", async () => {
  let html = "<!doctype html><html><head><title>t</title><script>var x = '<p>لا</p>';</script></head><body>";
  for (let i = 0; i < 5000; i++) html += "<div><span>";
  html += `<p>${SENTENCE}</p>`;
  for (let i = 0; i < 2000; i++) html += `<script>document.write("سر ${i}")</script><style>p{color:red}</style><noscript>نص مخفي</noscript>`;
  for (let i = 0; i < 5000; i++) html += "</span></div>";
  html += "<script>while(true){}</script></body></html>";
  const doc = await timed(20, "nested HTML", async () => htmlToDocument(html));
  assert.equal(typeof doc, "object", String(doc));
  const text = (doc as { text: string }).text;
  assert.ok(text.includes(SENTENCE), text.slice(0, 200));
  assert.doesNotMatch(text, /document\.write|سر \d|color:red|while\(true\)|نص مخفي/);
  // Unclosed tags all the way down, then a script that never ends.
  const worse = `<html><body>${"<div>".repeat(20000)}<p>${SENTENCE}</p><script>${"x".repeat(1000)}`;
  const w = await timed(20, "unclosed HTML", async () => htmlToDocument(worse));
  assert.equal(typeof w, "object");
  assert.ok((w as { text: string }).text.includes(SENTENCE));
  assert.doesNotMatch((w as { text: string }).text, /xxx/);
});

/** An encoder for a single-byte legacy encoding, by inverting its decoder. */
function legacyEncode(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    assert.ok(b !== undefined, `'${ch}' has no byte in ${encoding}`);
    return b;
  }));
}

test("hostile: HTML in a legacy Arabic encoding is decoded by its declared charset; undeclared, it is a clear error", async () => {
  const dir = tmp();
  try {
    const page = (meta: string): string => `<html><head>${meta}<title>خبر</title></head><body><article><p>${SENTENCE}</p></article></body></html>`;
    writeFileSync(join(dir, "cp1256.html"), legacyEncode(page('<meta charset="windows-1256">'), "windows-1256"));
    writeFileSync(join(dir, "iso.html"), legacyEncode(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">'), "iso-8859-6"));
    writeFileSync(join(dir, "bogus.html"), Buffer.from(page('<meta charset="x-no-such-charset">'), "utf8"));
    writeFileSync(join(dir, "undeclared.html"), legacyEncode(page(""), "windows-1256"));
    const items = await collect(["cp1256.html", "iso.html", "bogus.html", "undeclared.html"].map((f) => join(dir, f)));
    assert.ok(items[0]?.doc?.text.includes(SENTENCE), items[0]?.error);
    assert.ok(items[1]?.doc?.text.includes(SENTENCE), items[1]?.error);
    assert.ok(items[2]?.doc?.text.includes(SENTENCE), items[2]?.error);
    assert.match(items[3]?.error ?? "", /invalid UTF-8 at byte \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: a zip bomb is refused from its directory, without inflating it, in bounded memory", async () => {
  const dir = tmp();
  try {
    const zeros = await deflatedZeros(1024 * MiB);
    assert.ok(zeros.data.length < 2 * MiB, `1 GiB of zeros deflated to ${zeros.data.length} bytes`);
    const small = await deflatedZeros(4 * MiB);
    const good = textEntry("good.txt", SENTENCE);
    const bomb = join(dir, "bomb.zip");
    // One entry declaring 1 GiB; 30 entries of 4 MiB of zeros (1000:1) under the input limit one by one.
    writeZip(bomb, [good, { ...zeros, name: "huge.txt" }, ...Array.from({ length: 30 }, (_, i) => ({ ...small, name: `many/${String(i).padStart(2, "0")}.txt` }))]);
    const before = process.memoryUsage().rss;
    const items = await timed(10, "reading the bomb", () => collect([bomb]));
    const grew = (process.memoryUsage().rss - before) / MiB;
    assert.ok(grew < 200, `memory grew by ${grew.toFixed(0)} MB reading the bomb`);
    assert.equal(items.find((i) => i.label.endsWith(":good.txt"))?.doc?.text, SENTENCE);
    assert.match(items.find((i) => i.label.endsWith(":huge.txt"))?.error ?? "", /larger than the input limit when unpacked/);
    const many = items.filter((i) => i.label.includes(":many/"));
    assert.equal(many.length, 30);
    for (const m of many) assert.match(m.error ?? "", /compressed \d+:1, more than 100:1 \(a zip bomb\?\); not unpacked/);

    // Many small entries that together unpack beyond 16 × the limit: the archive is refused whole.
    const total = join(dir, "total.zip");
    writeZip(total, Array.from({ length: 40 }, (_, i) => ({ ...good, name: `d${i}.txt`, size: 900 * 1024 })));
    const t = await collect([total], MiB);
    assert.equal(t.length, 1);
    assert.match(t[0]!.error ?? "", /unpacks to \d+ bytes, more than 16777216 \(16 × the input limit\); not unpacked/);

    // A zip inside a zip inside a zip.
    const inner = zipSync({ "a.txt": strToU8(SENTENCE) });
    const nested = zipSync({ "outer.zip": zipSync({ "inner.zip": inner }) });
    writeFileSync(join(dir, "nested.zip"), nested);
    const n = await collect([join(dir, "nested.zip")]);
    assert.deepEqual(n.map((i) => i.error), ["an archive nested 2 deep inside archives; not unpacked"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: a JSONL line of 100 MB is skipped, in bounded memory, by extract --input and by ingest, and the other lines are read; a 9 MB document fails alone", async () => {
  const dir = tmp();
  try {
    const file = join(dir, "huge.jsonl");
    const fd = openSync(file, "w");
    writeSync(fd, `${JSON.stringify({ text: SENTENCE, id: "a" })}\n{"id": "b", "text": "`);
    const block = "ب".repeat(MiB / 2);
    for (let i = 0; i < 100; i++) writeSync(fd, block);
    writeSync(fd, `"}\n${JSON.stringify({ text: SENTENCE, id: "c" })}\n`);
    closeSync(fd);
    // Both stream JSONL: the long line is skipped without being held, its neighbours are coded.
    const r = await timed(30, "extract --input of 100 MB", () => marsad(["extract", "--input", file]));
    assertClearError(r, 1, /huge\.jsonl:2: a line longer than the 64 MiB input limit; skipped \(raise it with --max-bytes\)\n$/);
    assert.deepEqual(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as DocumentRecord).document.id), ["a", "c"]);
    const before = process.memoryUsage().rss;
    const items = await timed(20, "ingest reading 100 MB", () => collect([file]));
    const grew = (process.memoryUsage().rss - before) / MiB;
    assert.ok(grew < 150, `memory grew by ${grew.toFixed(0)} MB streaming a 100 MB line`);
    assert.deepEqual(
      items.map((i) => [i.label.replace(dir, ""), i.doc?.id ?? i.error]),
      [
        ["/huge.jsonl:1", "a"],
        ["/huge.jsonl:2", "a line longer than the 64 MiB input limit; skipped (raise it with --max-bytes)"],
        ["/huge.jsonl:3", "c"],
      ],
    );

    // 9 MB in one line, inside the file limit: that line fails, its neighbours are read.
    const mid = join(dir, "mid.jsonl");
    writeFileSync(mid, [JSON.stringify({ text: SENTENCE, id: "a" }), JSON.stringify({ text: "ت".repeat(9 * MiB), id: "b" }), JSON.stringify({ text: SENTENCE, id: "c" })].join("\n"));
    const e = await marsad(["extract", "--input", mid]);
    assertClearError(e, 1, /mid\.jsonl:2: a document of 9437184 characters, more than the 8388608 one document may hold; not coded\n$/);
    assert.deepEqual(e.stdout.trim().split("\n").map((l) => (JSON.parse(l) as DocumentRecord).document.id), ["a", "c"]);
    const m = await collect([mid]);
    assert.deepEqual(
      m.map((i) => [i.label.replace(dir, ""), i.doc?.id ?? i.error]),
      [
        ["/mid.jsonl:1", "a"],
        ["/mid.jsonl:2", `a document of ${9 * MiB} characters, more than the ${8 * MiB} one document may hold; not coded`],
        ["/mid.jsonl:3", "c"],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile: impossible dates are refused with a clear error, by the library, the command line and in a batch", async () => {
  const ex = await getExtractor();
  for (const p of ["2015-02-29", "2015-13-01", "2015-00-10", "2015-1-1", "0000-01-01", "99999-01-01", "yesterday", ""]) {
    assert.throws(() => ex.extract({ text: SENTENCE, published: p }), (e: unknown) => e instanceof DocumentError && /invalid published date/.test((e as Error).message), p);
  }
  for (const p of ["2015-02-30", "9999-12-31"]) {
    const r = await marsad(["extract", "-", "--jsonl", "--published", p], SENTENCE);
    assertClearError(r, 2, /invalid date/);
  }
  for (const p of ["2015-02-29", "1899-12-31", "2101-01-01", "2015-04-31"]) assert.throws(() => parseDate(p), InputError, p);
  const batch = [JSON.stringify({ text: SENTENCE, published: "2015-02-30" }), JSON.stringify({ text: SENTENCE, published: "2015-07-21" })].join("\n");
  const b = await marsad(["extract", "--input", "-"], batch);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /stdin:1: "published": invalid date '2015-02-30'/);
  assert.equal(b.stdout.trim().split("\n").length, 1);

});

test("hostile: far-off publication dates: every time value the library writes is one of the contract's forms", async () => {
  const ex = await getExtractor();
  // Whatever date the library accepts, every time value it writes is one of the contract's forms.
  const ISO = /^(\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}-W(0[1-9]|[1-4]\d|5[0-3]))$/;
  const text =
    "قال الرئيس المصري غداً إنه زار الأردن أمس، وسيزور العراق العام المقبل والأسبوع المقبل، وزار سوريا العام الماضي والشهر الماضي، " +
    "والتقى الوزير في 31 فبراير 2015 وفي 45/13/2015 وفي عام 99999 وفي 1 يناير 0001.";
  for (const published of ["2015-07-21", "1900-01-01", "2100-12-31", "9999-12-31", "1000-01-01"]) {
    let r: DocumentRecord;
    try {
      r = ex.extract({ text, published });
    } catch (err) {
      // Refusing a date is a correct answer too, if it says so.
      assert.ok(err instanceof DocumentError, `${published}: ${(err as Error).message}`);
      continue;
    }
    for (const t of r.times) {
      if (t.value === null) continue;
      assert.match(t.value, ISO, `published ${published}: '${t.text}' resolved to '${t.value}'`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(t.value)) {
        const d = new Date(`${t.value}T00:00:00Z`);
        assert.equal(d.toISOString().slice(0, 10), t.value, `'${t.text}' resolved to the impossible date ${t.value}`);
      }
    }
    for (const e of r.events) if (e.date !== null) assert.match(e.date, ISO, `published ${published}: event date ${e.date}`);
  }
});

test("hostile: hostile files ingested into a database lose nothing already stored, and each is named with its reason", async () => {
  const dir = tmp();
  try {
    const db = join(dir, "t.db");
    const paragraphs = ARTICLE.split("\n").filter((l) => l.trim() !== "");
    const good = paragraphs.map((p, i) => JSON.stringify({ text: `${p}\n${SENTENCE}`, id: `good-${i}`, url: `https://good.test/${i}`, published: "2024-04-09" }));
    writeFileSync(join(dir, "good.jsonl"), good.join("\n"));
    const first = await marsad(["ingest", join(dir, "good.jsonl"), "--db", db]);
    assert.equal(first.code, 0, first.stderr);
    const snapshot = (): { docs: string[]; mentions: number; events: number } => {
      const d = new Database(db, { readonly: true });
      try {
        return {
          docs: (d.prepare("SELECT doc_id, url, content_hash, text, record FROM documents ORDER BY id").all() as Record<string, unknown>[]).map((r) => JSON.stringify(r)),
          mentions: (d.prepare("SELECT count(*) AS n FROM event_mentions").get() as { n: number }).n,
          events: (d.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n,
        };
      } finally {
        d.close();
      }
    };
    const before = snapshot();
    assert.equal(before.docs.length, paragraphs.length);
    assert.ok(before.mentions > 0 && before.events > 0);

    const hostile = join(dir, "hostile");
    mkdirSync(hostile);
    writeFileSync(join(hostile, "a-empty.txt"), "");
    writeFileSync(join(hostile, "b-binary.txt"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    writeFileSync(join(hostile, "c-latin1.txt"), Buffer.from([0x71, 0xe9, 0xe9, 0x20, 0xff]));
    writeFileSync(join(hostile, "d-lines.jsonl"), ['{"text": 5}', "{not json", JSON.stringify({ text: SENTENCE, published: "2015-02-30" })].join("\n"));
    writeFileSync(join(hostile, "e-deep.html"), `<html><body>${"<div>".repeat(8000)}<script>alert(1)</script>${"</div>".repeat(8000)}</body></html>`);
    const small = await deflatedZeros(4 * MiB);
    writeZip(join(hostile, "f-bomb.zip"), Array.from({ length: 5 }, (_, i) => ({ ...small, name: `z${i}.txt` })));
    writeFileSync(join(hostile, "g-broken.zip"), "PK\u0003\u0004 not really a zip");
    const second = await timed(40, "ingesting the hostile files", () => marsad(["ingest", hostile, join(dir, "good.jsonl"), "--db", db]));
    assert.equal(second.code, 1, second.stderr);
    assert.doesNotMatch(second.stderr + second.stdout, /internal error|\n\s+at .+:\d+:\d+/);
    const failures = second.stdout.slice(second.stdout.indexOf("failures:"));
    for (const [name, reason] of [
      ["a-empty.txt", /empty document/],
      ["b-binary.txt", /binary/],
      ["c-latin1.txt", /invalid UTF-8 at byte 1/],
      ["d-lines.jsonl:1", /"text" must be a string/],
      ["d-lines.jsonl:2", /not valid JSON/],
      ["d-lines.jsonl:3", /invalid date '2015-02-30'/],
      ["e-deep.html", /no text found in the page/],
      ["f-bomb.zip:z0.txt", /zip bomb/],
      ["g-broken.zip", /not a readable zip archive/],
    ] as const) {
      const line = failures.split("\n").find((l) => l.includes(`${name}:`));
      assert.ok(line, `${name} is not among the failures:\n${failures}`);
      assert.match(line, reason);
    }
    assert.match(second.stdout, new RegExp(`already known:\\s+${paragraphs.length}\\b`));
    const after = snapshot();
    assert.deepEqual(after, before, "the stored documents, their events and mentions are unchanged");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
