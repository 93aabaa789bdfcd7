import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  DEFAULT_MAX_BYTES,
  InputError,
  decodeText,
  fsError,
  firstInvalidUtf8,
  parseByteSize,
  parseDate,
  parseJsonlDocuments,
  readInputBytes,
  readTextInput,
} from "../src/cli/input.js";

const ARABIC = "التقى الرئيس الأرنوري أراغورن وزير الخارجية الغوندوري في ميناس تيريث.";

function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

function inputError(pattern: RegExp): (err: unknown) => boolean {
  return (err: unknown) => {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    assert.match(err.message, pattern);
    return true;
  };
}

// ---------------------------------------------------------------------------
// decodeText

test("decodeText: plain UTF-8 Arabic comes back unchanged", () => {
  assert.equal(decodeText(Buffer.from(ARABIC, "utf8"), "a.txt"), ARABIC);
});

test("decodeText: empty input is empty text", () => {
  assert.equal(decodeText(Buffer.alloc(0), "a.txt"), "");
});

test("decodeText: a UTF-8 BOM is stripped, so offsets start at the first letter", () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC, "utf8")]);
  const text = decodeText(bytes, "a.txt");
  assert.equal(text, ARABIC);
  assert.equal(text.charCodeAt(0), "ا".charCodeAt(0));
});

test("decodeText: only the leading BOM goes; a U+FEFF inside the text stays", () => {
  const bytes = Buffer.from("\ufeffأ\ufeffب", "utf8");
  assert.equal(decodeText(bytes, "a.txt"), "أ\ufeffب");
});

test("decodeText: UTF-16LE with a BOM (Windows 'Unicode') is decoded", () => {
  assert.equal(decodeText(utf16le(ARABIC), "a.txt"), ARABIC);
});

test("decodeText: UTF-16BE with a BOM is decoded", () => {
  assert.equal(decodeText(utf16be(ARABIC), "a.txt"), ARABIC);
});

test("decodeText: UTF-16 keeps characters outside the BMP", () => {
  const text = "خبر 😀 عاجل";
  assert.equal(decodeText(utf16le(text), "a.txt"), text);
});

test("decodeText: UTF-16 with an odd byte count is truncated, not silently cut", () => {
  const bytes = Buffer.concat([utf16le("سلام"), Buffer.from([0x41])]);
  assert.throws(() => decodeText(bytes, "a.txt"), inputError(/^a\.txt: truncated UTF-16LE/));
});

test("decodeText: UTF-16 without a BOM is refused as binary (its NUL bytes give it away)", () => {
  assert.throws(() => decodeText(utf16le("hello world", false), "u.txt"), inputError(/^u\.txt: looks like binary data, not text$/));
});

test("decodeText: invalid UTF-8 names the byte offset of the first bad sequence", () => {
  // "سلام" is 8 bytes; then a stray continuation byte.
  const bytes = Buffer.concat([Buffer.from("سلام", "utf8"), Buffer.from([0x80]), Buffer.from(" عليكم", "utf8")]);
  assert.throws(() => decodeText(bytes, "x.txt"), inputError(/^x\.txt: invalid UTF-8 at byte 8 \(0x80\)/));
});

test("decodeText: Windows-1256 Arabic is reported as invalid UTF-8 with a hint to convert", () => {
  // "سلام" in Windows-1256
  const bytes = Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]);
  assert.throws(() => decodeText(bytes, "old.txt"), inputError(/invalid UTF-8 at byte 0 \(0xD3\).*WINDOWS-1256/));
});

test("decodeText: a sequence cut off at the end of the file points at its first byte", () => {
  const bytes = Buffer.concat([Buffer.from("abc", "utf8"), Buffer.from("س", "utf8").subarray(0, 1)]);
  assert.throws(() => decodeText(bytes, "t.txt"), inputError(/at byte 3 \(0xD8\)/));
});

test("decodeText: overlong encodings and encoded surrogates are invalid", () => {
  assert.throws(() => decodeText(Buffer.from([0x61, 0xc0, 0xaf]), "o.txt"), inputError(/at byte 1 \(0xC0\)/));
  assert.throws(() => decodeText(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), "s.txt"), inputError(/at byte 2 \(0xED\)/));
});

test("decodeText: NUL bytes mean binary", () => {
  const bytes = Buffer.from("PK\u0003\u0004\u0000\u0000 some zip", "latin1");
  assert.throws(() => decodeText(bytes, "z.bin"), inputError(/^z\.bin: looks like binary data, not text$/));
});

test("decodeText: a high share of control characters means binary even without NULs", () => {
  const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  assert.throws(() => decodeText(bytes, "c.bin"), inputError(/looks like binary data/));
});

test("decodeText: random bytes are binary, not 'invalid UTF-8'", () => {
  const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => ((i * 7919 + 13) % 255) + 1));
  assert.throws(() => decodeText(bytes, "r.bin"), inputError(/looks like binary data/));
});

test("decodeText: whitespace controls (tab, CR, form feed) and a few stray ones are fine", () => {
  const text = `عنوان\r\n\tفقرة\f${"نص عادي ".repeat(20)}\u0007`;
  assert.equal(decodeText(Buffer.from(text, "utf8"), "a.txt"), text);
});

test("firstInvalidUtf8: -1 for valid text, including 4-byte sequences", () => {
  assert.equal(firstInvalidUtf8(Buffer.from("abc سلام 😀 中文", "utf8")), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0); // above U+10FFFF
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x82, 0x41])), 1); // bad continuation
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xf8])), 1);
});

// ---------------------------------------------------------------------------
// parseDate

test("parseDate: YYYY-MM-DD passes through", () => {
  assert.equal(parseDate("2024-04-09"), "2024-04-09");
});

test("parseDate: YYYY/MM/DD is accepted and normalised", () => {
  assert.equal(parseDate("2024/04/09"), "2024-04-09");
});

test("parseDate: surrounding whitespace is ignored", () => {
  assert.equal(parseDate(" 2024-04-09\n"), "2024-04-09");
});

test("parseDate: an ISO timestamp is reduced to its date as written, not shifted to UTC", () => {
  assert.equal(parseDate("2024-04-09T12:30:00Z"), "2024-04-09");
  assert.equal(parseDate("2024-04-09T23:30:00+03:00"), "2024-04-09");
  assert.equal(parseDate("2024-04-09T00:30:00.123-05:00"), "2024-04-09");
  assert.equal(parseDate("2024-04-09T08:15"), "2024-04-09");
  assert.equal(parseDate("2024-04-09 08:15:00"), "2024-04-09");
});

test("parseDate: leap days exist only in leap years", () => {
  assert.equal(parseDate("2024-02-29"), "2024-02-29");
  assert.equal(parseDate("2000-02-29"), "2000-02-29");
  assert.throws(() => parseDate("2023-02-29"), inputError(/^invalid date '2023-02-29': expected YYYY-MM-DD/));
  assert.throws(() => parseDate("1900-02-29"), inputError(/^invalid date '1900-02-29'/));
});

test("parseDate: impossible months and days are rejected", () => {
  for (const s of ["2024-13-01", "2024-00-10", "2024-04-31", "2024-04-00", "2024-01-32"]) {
    assert.throws(() => parseDate(s), inputError(new RegExp(`^invalid date '${s}': expected YYYY-MM-DD`)), s);
  }
});

test("parseDate: dates outside 1900-01-01 … 2100-12-31 are rejected", () => {
  assert.equal(parseDate("1900-01-01"), "1900-01-01");
  assert.equal(parseDate("2100-12-31"), "2100-12-31");
  assert.throws(() => parseDate("1899-12-31"), inputError(/^invalid date '1899-12-31'/));
  assert.throws(() => parseDate("2101-01-01"), inputError(/^invalid date '2101-01-01'/));
});

test("parseDate: other shapes are rejected with the expected format", () => {
  for (const s of ["", "yesterday", "09-04-2024", "2024-4-9", "2024-04", "20240409", "2024-04/09", "2024-04-09Tnoon", "٢٠٢٤-٠٤-٠٩"]) {
    assert.throws(() => parseDate(s), inputError(/: expected YYYY-MM-DD/), JSON.stringify(s));
  }
});

// ---------------------------------------------------------------------------
// parseJsonlDocuments

test("parseJsonlDocuments: documents keep their line numbers; blank lines are skipped", () => {
  const text = [
    JSON.stringify({ id: "a", text: "نص أول" }),
    "",
    "   ",
    JSON.stringify({ id: "b", text: "نص ثان", published: "2024/04/09" }),
    "",
  ].join("\n");
  const entries = parseJsonlDocuments(text, "docs.jsonl");
  assert.deepEqual(entries, [
    { line: 1, doc: { id: "a", text: "نص أول" } },
    { line: 4, doc: { id: "b", text: "نص ثان", published: "2024-04-09" } },
  ]);
});

test("parseJsonlDocuments: a bad line in the middle is an error for that line only", () => {
  const text = [
    JSON.stringify({ id: "a", text: "واحد" }),
    '{"id": "b", "text": "اثنان"',
    JSON.stringify({ id: "c", text: "ثلاثة" }),
  ].join("\n");
  const entries = parseJsonlDocuments(text, "docs.jsonl");
  assert.equal(entries.length, 3);
  assert.deepEqual(entries[0], { line: 1, doc: { id: "a", text: "واحد" } });
  const bad = entries[1];
  assert.ok(bad && "error" in bad);
  assert.equal(bad.line, 2);
  assert.match(bad.error, /^not valid JSON/);
  assert.deepEqual(entries[2], { line: 3, doc: { id: "c", text: "ثلاثة" } });
});

test("parseJsonlDocuments: CRLF line endings are fine", () => {
  const text = `${JSON.stringify({ text: "أ" })}\r\n${JSON.stringify({ text: "ب" })}\r\n`;
  assert.deepEqual(parseJsonlDocuments(text, "d.jsonl"), [
    { line: 1, doc: { text: "أ" } },
    { line: 2, doc: { text: "ب" } },
  ]);
});

test("parseJsonlDocuments: optional fields are kept, nulls dropped, unknown fields ignored", () => {
  const line = JSON.stringify({
    id: 17,
    text: "نص",
    published: "2024-04-09T10:00:00Z",
    title: "عنوان",
    url: "https://example.org/a",
    lang: "ar",
    source: "example",
    author: "ignored",
    tags: ["x"],
    title2: null,
  });
  const lineNull = JSON.stringify({ text: "نص", id: null, published: null, title: null });
  assert.deepEqual(parseJsonlDocuments(`${line}\n${lineNull}`, "d.jsonl"), [
    {
      line: 1,
      doc: {
        id: "17",
        text: "نص",
        published: "2024-04-09",
        title: "عنوان",
        url: "https://example.org/a",
        lang: "ar",
        source: "example",
      },
    },
    { line: 2, doc: { text: "نص" } },
  ]);
});

test("parseJsonlDocuments: every kind of bad line gets a reason", () => {
  const lines = [
    "[1, 2]",
    '"just a string"',
    "null",
    '{"id": "x"}',
    '{"text": 42}',
    '{"text": "نص", "published": "2023-02-29"}',
    '{"text": "نص", "published": 20240409}',
    '{"text": "نص", "id": {"a": 1}}',
    '{"text": "نص", "title": ["a"]}',
  ];
  const entries = parseJsonlDocuments(lines.join("\n"), "d.jsonl");
  const errors = entries.map((e) => ("error" in e ? `${e.line}: ${e.error}` : `${e.line}: ok`));
  assert.deepEqual(errors, [
    "1: expected a JSON object, got an array",
    "2: expected a JSON object, got a string",
    "3: expected a JSON object, got null",
    '4: missing "text"',
    '5: "text" must be a string, got a number',
    "6: \"published\": invalid date '2023-02-29': expected YYYY-MM-DD (2023-02 has no day 29)",
    '7: "published" must be a string, got a number',
    '8: "id" must be a string, got an object',
    '9: "title" must be a string, got an array',
  ]);
});

test("parseJsonlDocuments: empty input gives no entries", () => {
  assert.deepEqual(parseJsonlDocuments("", "d.jsonl"), []);
  assert.deepEqual(parseJsonlDocuments("\n\n  \n", "d.jsonl"), []);
});

test("parseJsonlDocuments: U+2028 inside a JSON string does not split the line", () => {
  const text = JSON.stringify({ text: "سطر\u2028آخر" });
  assert.deepEqual(parseJsonlDocuments(text, "d.jsonl"), [{ line: 1, doc: { text: "سطر\u2028آخر" } }]);
});

// ---------------------------------------------------------------------------
// sizes

test("parseByteSize: plain bytes and binary units", () => {
  assert.equal(parseByteSize("1000"), 1000);
  assert.equal(parseByteSize("128M"), 128 * 1024 * 1024);
  assert.equal(parseByteSize("1GiB"), 1024 ** 3);
  assert.equal(parseByteSize("512kb"), 512 * 1024);
  assert.throws(() => parseByteSize("lots"), inputError(/^invalid size 'lots'/));
  assert.throws(() => parseByteSize("0"), inputError(/positive/));
  assert.throws(() => parseByteSize("12X"), inputError(/invalid size/));
});

// ---------------------------------------------------------------------------
// reading files

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "marsad-input-"));
}

test("readInputBytes: a missing file is 'no such file'", async () => {
  const dir = tempDir();
  try {
    const path = join(dir, "missing.txt");
    await assert.rejects(readInputBytes(path), inputError(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no such file$`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputBytes: a directory is refused clearly", async () => {
  const dir = tempDir();
  try {
    await assert.rejects(readInputBytes(dir), inputError(/: is a directory, not a file$/));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputBytes: a path through a file is 'no such file'", async () => {
  const dir = tempDir();
  try {
    const file = join(dir, "a.txt");
    writeFileSync(file, "x");
    await assert.rejects(readInputBytes(join(file, "b.txt")), inputError(/: no such file/));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Root reads any file whatever its mode (CI runs as root), so the errno mapping is tested directly.
test("fsError: EACCES and EPERM are 'permission denied'; unknown errors pass through", () => {
  const eacces = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
  const eperm = Object.assign(new Error("EPERM"), { code: "EPERM" });
  assert.match(fsError(eacces, "secret.txt").message, /^secret\.txt: permission denied$/);
  assert.ok(fsError(eperm, "secret.txt") instanceof InputError);
  const other = new Error("boom");
  assert.equal(fsError(other, "x"), other);
});

test("readInputBytes: files over the limit are refused, naming --max-bytes", async () => {
  const dir = tempDir();
  try {
    const file = join(dir, "big.txt");
    writeFileSync(file, "a".repeat(2048));
    await assert.rejects(readInputBytes(file, { maxBytes: 1024 }), inputError(/big\.txt: larger than the 1 KiB input limit; raise it with --max-bytes/));
    assert.equal((await readInputBytes(file, { maxBytes: 2048 })).length, 2048);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputBytes: the default limit is 64 MiB", () => {
  assert.equal(DEFAULT_MAX_BYTES, 64 * 1024 * 1024);
});

test("readInputBytes: '-' reads stdin (here an injected stream), with the same limit", async () => {
  const chunks = [Buffer.from("سلام "), Buffer.from("عليكم")];
  const bytes = await readInputBytes("-", { stdin: Readable.from(chunks) });
  assert.equal(bytes.toString("utf8"), "سلام عليكم");
  await assert.rejects(
    readInputBytes("-", { stdin: Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), maxBytes: 1000 }),
    inputError(/^stdin: larger than the 1000 bytes input limit/),
  );
});

test("readTextInput: decodes and labels stdin as 'stdin'", async () => {
  const text = await readTextInput("-", { stdin: Readable.from([utf16le("نص")]) });
  assert.equal(text, "نص");
  await assert.rejects(readTextInput("-", { stdin: Readable.from([Buffer.from([0x61, 0xff])]) }), inputError(/^stdin: invalid UTF-8 at byte 1/));
});
