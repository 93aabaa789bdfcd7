/** Exports: JSONL (the contract), CSV, the GDELT 2.0 event table, GEXF and GraphML. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import { CSV_COLUMNS, GDELT_COLUMNS, exportStream, gdeltRow, splitActorCode } from "../src/export/export.js";
import type { ExportFormat } from "../src/export/export.js";
import { isoToFips } from "../src/export/fips.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store, StoredEvent } from "../src/store/store.js";
import { doc } from "./store.fixtures.js";
import type { Doc } from "./store.fixtures.js";
import { runMarsad } from "./helpers/cli.js";


const DOCS: Doc[] = [
  doc({ id: "x1", source: "alpha", url: "https://a.test/1", published: "2024-04-08", events: [{ src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-04-08" }] }),
  doc({ id: "x2", source: "beta", url: "https://b.test/2", published: "2024-04-09", events: [{ src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-04-08", sentence: 4 }, { src: "gondor", tgt: "rohan", code: "1823", date: "2024-04" }] }),
  doc({ id: "x3", source: "beta", text: 'قال "أرنور", مرحبا', events: [{ src: "rohan", tgt: "arnor", code: "111", date: null }, { src: "rohan", tgt: "gondor", code: "190", date: "2024-04-01", negated: true }] }),
];

async function withStore(fn: (store: Store, file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-export-"));
  const file = join(dir, "t.db");
  const store = await openSqliteStore(file);
  try {
    await store.putDocuments(DOCS.map((d) => ({ input: d.input, record: d.record, lexiconVersion: "v" })));
    await fn(store, file);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function text(format: ExportFormat, store: Store, header = false): Promise<string> {
  let out = "";
  for await (const chunk of exportStream(format, store, {}, { header })) out += chunk;
  return out;
}

test("export jsonl: the stored records, exactly the output contract", async () => {
  await withStore(async (store) => {
    const lines = (await text("jsonl", store)).trimEnd().split("\n");
    assert.deepEqual(lines.map((l) => JSON.parse(l)), DOCS.map((d) => d.record));
  });
});

test("export csv: one row per merged event, RFC 4180 quoting", async () => {
  await withStore(async (store) => {
    const out = await text("csv", store);
    const rows = out.split("\r\n");
    assert.equal(rows[0], CSV_COLUMNS.join(","));
    assert.equal(rows.length, 1 + 4 + 1);
    assert.ok(rows.some((r) => r.startsWith(",") === false && r.includes(",190,") && r.split(",")[CSV_COLUMNS.indexOf("negated")] === "1"));
    const first = rows[1]!.split(",");
    const col = (name: string): string => first[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])]!;
    assert.equal(col("code"), "042");
    assert.equal(col("num_articles"), "2");
    assert.equal(col("num_sources"), "2");
    assert.equal(col("source_name"), '"Arnor (king)"'.replace(/"/g, "") );
    assert.equal(col("source_url"), "https://a.test/1");
  });
});

test("export gdelt: 61 tab-separated columns in GDELT 2.0's order", async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.deepEqual(GDELT_COLUMNS.slice(0, 6), ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"]);
  assert.equal(GDELT_COLUMNS[25], "IsRootEvent");
  assert.equal(GDELT_COLUMNS[26], "EventCode");
  assert.equal(GDELT_COLUMNS[29], "QuadClass");
  assert.equal(GDELT_COLUMNS[34], "AvgTone");
  assert.equal(GDELT_COLUMNS[35], "Actor1Geo_Type");
  assert.equal(GDELT_COLUMNS[51], "ActionGeo_Type");
  assert.deepEqual(GDELT_COLUMNS.slice(-2), ["DATEADDED", "SOURCEURL"]);
  await withStore(async (store) => {
    const out = await text("gdelt", store);
    const rows = out.split("\n").filter((l) => l !== "").map((l) => l.split("\t"));
    assert.equal(rows.length, 3);
    for (const r of rows) assert.equal(r.length, 61);
    const get = (r: string[], c: string): string => r[GDELT_COLUMNS.indexOf(c)]!;
    const ev = rows.find((r) => get(r, "EventCode") === "042")!;
    assert.equal(get(ev, "SQLDATE"), "20240408");
    assert.equal(get(ev, "MonthYear"), "202404");
    assert.equal(get(ev, "Year"), "2024");
    assert.equal(get(ev, "FractionDate"), "2024.2678");
    assert.equal(get(ev, "Actor1Code"), "ARNGOV");
    assert.equal(get(ev, "Actor1Name"), "ARNOR (KING)");
    assert.equal(get(ev, "Actor1CountryCode"), "ARN");
    assert.equal(get(ev, "Actor1Type1Code"), "GOV");
    assert.equal(get(ev, "Actor2Code"), "GON");
    assert.equal(get(ev, "Actor2Type1Code"), "");
    assert.equal(get(ev, "IsRootEvent"), "1");
    assert.equal(get(ev, "EventBaseCode"), "042");
    assert.equal(get(ev, "EventRootCode"), "04");
    assert.equal(get(ev, "QuadClass"), "1");
    assert.equal(get(ev, "NumMentions"), "2");
    assert.equal(get(ev, "NumSources"), "2");
    assert.equal(get(ev, "NumArticles"), "2");
    assert.equal(get(ev, "ActionGeo_FullName"), "Minas Tirith");
    assert.equal(get(ev, "ActionGeo_Lat"), "10.5");
    assert.equal(get(ev, "DATEADDED"), "20240408000000");
    assert.equal(get(ev, "SOURCEURL"), "https://a.test/1");
    const four = rows.find((r) => get(r, "EventCode") === "1823")!;
    assert.equal(get(four, "EventBaseCode"), "182");
    assert.equal(get(four, "SQLDATE"), "20240401");
    const undated = rows.find((r) => get(r, "EventCode") === "111")!;
    assert.equal(get(undated, "SQLDATE"), "");
    const withHeader = await text("gdelt", store, true);
    assert.equal(withHeader.split("\n")[0], GDELT_COLUMNS.join("\t"));
  });
});

test("gdelt: FIPS country codes in the geography columns, CAMEO codes split into country, group and types", () => {
  assert.equal(isoToFips("IRQ"), "IZ");
  assert.equal(isoToFips("sau"), "SA");
  assert.equal(isoToFips("GBR"), "UK");
  assert.equal(isoToFips("XYZ"), undefined);
  assert.deepEqual(splitActorCode("RUSGOV", "RUS"), { country: "RUS", group: "", types: ["GOV"] });
  assert.deepEqual(splitActorCode("UNO", null), { country: "", group: "UNO", types: [] });
  assert.deepEqual(splitActorCode("SYRMILREB", "SYR"), { country: "SYR", group: "", types: ["MIL", "REB"] });
  // an IGO has no country: its type, and its known group past a region
  assert.deepEqual(splitActorCode("IGOUNO", null), { country: "", group: "UNO", types: ["IGO"] });
  assert.deepEqual(splitActorCode("IGOEUREEC", null), { country: "", group: "EEC", types: ["IGO"] });
  assert.deepEqual(splitActorCode("IGOWSTNAT", null), { country: "", group: "NAT", types: ["IGO"] });
  const ev: StoredEvent = {
    id: 9, date: "2024-12-31", code: "190", root: "19", quadClass: 4, goldstein: -10, name: "x", negated: false,
    source: { entity: "a", name: "A\tB", code: "IRQMIL", country: "IRQ" }, target: null,
    numMentions: 1, numArticles: 1, numSources: 1, firstSeen: "2024-12-31", lastSeen: "2024-12-31", sourceUrl: null, isRoot: false,
    location: { name: "Baghdad", country: "IRQ", lat: 33.3, lon: 44.4 },
  };
  const row = gdeltRow(ev).split("\t");
  assert.equal(row.length, 61);
  assert.equal(row[GDELT_COLUMNS.indexOf("ActionGeo_CountryCode")], "IZ");
  assert.equal(row[GDELT_COLUMNS.indexOf("ActionGeo_Type")], "4");
  assert.equal(row[GDELT_COLUMNS.indexOf("Actor1Name")], "A B");
  assert.equal(row[GDELT_COLUMNS.indexOf("Actor1Type1Code")], "MIL");
  assert.equal(row[GDELT_COLUMNS.indexOf("FractionDate")], "2024.9973");
});

test("export gexf and graphml: the actor network, edges weighted by events with summed Goldstein", async () => {
  await withStore(async (store) => {
    for (const format of ["gexf", "graphml"] as const) {
      const out = await text(format, store);
      const { document } = parseHTML(out.replace(/^<\?xml[^>]*>/, ""));
      const nodes = [...document.querySelectorAll("node")].map((n) => n.getAttribute("id")).sort();
      assert.deepEqual(nodes, ["arnor", "arnor.gov", "gondor", "rohan"], format);
      const edges = [...document.querySelectorAll("edge")];
      assert.equal(edges.length, 3, format);
      const ag = edges.find((e) => e.getAttribute("source") === "arnor.gov")!;
      assert.equal(ag.getAttribute("target"), "gondor");
      if (format === "gexf") {
        assert.equal(ag.getAttribute("weight"), "1");
        assert.match(out, /<gexf xmlns="http:\/\/gexf\.net\/1\.3" version="1\.3">/);
      } else {
        assert.equal(ag.querySelector('data[key="weight"]')?.textContent, "1");
        assert.equal(ag.querySelector('data[key="goldstein"]')?.textContent, "3");
        assert.match(out, /<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns">/);
      }
    }
  });
});

function marsad(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runMarsad(args);
}

test("marsad export: --out writes the whole file atomically; bad formats exit 2", async () => {
  await withStore(async (_store, file) => {
    const dir = dirname(file);
    const out = join(dir, "events.tsv");
    const r = await marsad(["export", "--db", file, "--format", "gdelt", "--out", out, "--code", "04"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(out, "utf8").trimEnd().split("\n").length, 1);
    assert.deepEqual(readdirSync(dir).filter((n) => n.includes(".part-")), []);
    const bad = await marsad(["export", "--db", file, "--format", "xml"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format 'xml': expected one of jsonl, csv, gdelt, gexf, graphml/);
    const noDir = await marsad(["export", "--db", file, "--out", join(dir, "none", "x.jsonl")]);
    assert.equal(noDir.code, 2);
    assert.match(noDir.stderr, /cannot write/);
    assert.ok(!existsSync(join(dir, "none")));
    const jsonl = await marsad(["export", "--db", file]);
    assert.equal(jsonl.stdout.trimEnd().split("\n").length, 3);
  });
});
