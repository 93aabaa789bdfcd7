/**
 * Exports from the event database. Each format is a generator of text chunks so
 * that a large export streams to a file or stdout without building one string.
 *
 * - jsonl: the stored document records, exactly the output contract.
 * - csv: one row per event (merged reports), RFC 4180 quoting.
 * - gdelt: the GDELT 2.0 event table, 61 tab-separated columns in GDELT's order.
 * - gexf / graphml: the actor network; nodes are actors, a directed edge per
 *   (source, target) pair weighted by its number of events, with the summed
 *   Goldstein score as an attribute.
 *
 * gdelt and the network leave out negated events (reports that something did
 * not happen); jsonl and csv keep them, marked.
 */
import type { DyadSummary, EventFilter, Store, StoredActorRef, StoredEvent } from "../store/store.js";
import { isoToFips } from "./fips.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function* exportJsonl(store: Store, filter: EventFilter = {}): AsyncGenerator<string> {
  for await (const record of store.records(filter)) yield `${JSON.stringify(record)}\n`;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  "id", "date", "code", "name", "root", "quad_class", "goldstein", "negated",
  "source_actor", "source_name", "source_code", "source_country",
  "target_actor", "target_name", "target_code", "target_country",
  "location", "location_country", "lat", "lon",
  "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "source_url",
] as const;

export async function* exportCsv(store: Store, filter: EventFilter = {}): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(",")}\r\n`;
  for (const e of await store.events(filter)) {
    const row = [
      e.id, e.date, e.code, e.name, e.root, e.quadClass, e.goldstein, e.negated ? 1 : 0,
      e.source?.entity, e.source?.name, e.source?.code, e.source?.country,
      e.target?.entity, e.target?.name, e.target?.code, e.target?.country,
      e.location?.name, e.location?.country, e.location?.lat, e.location?.lon,
      e.numMentions, e.numArticles, e.numSources, e.firstSeen, e.lastSeen, e.sourceUrl,
    ];
    yield `${row.map(csvCell).join(",")}\r\n`;
  }
}

// ---------------------------------------------------------------------------
// GDELT 2.0

/** GDELT 2.0 event table columns, in the codebook's order. */
export const GDELT_COLUMNS: readonly string[] = (() => {
  const actor = (n: number): string[] =>
    ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map(
      (c) => `Actor${n}${c}`,
    );
  const geo = (p: string): string[] =>
    ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${p}Geo_${c}`);
  return [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    ...actor(1), ...actor(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    ...geo("Actor1"), ...geo("Actor2"), ...geo("Action"),
    "DATEADDED", "SOURCEURL",
  ];
})();

const KNOWN_GROUPS = new Set(["UNO", "NAT", "ARL", "AFR", "ASN", "EEC", "OPC", "HMS", "AMN", "ICC", "IMF", "WBK", "WTO", "GCC", "OIC", "IAE"]);

/**
 * A CAMEO actor code in GDELT's pieces: country (3 letters), known group and up
 * to three role types (GOV, MIL, REB, ...). "RUSGOV" → RUS + GOV; "UNO" → known group.
 */
export function splitActorCode(code: string, country: string | null): { country: string; group: string; types: string[] } {
  const parts = code.match(/.{1,3}/g) ?? [];
  // IGOUNO، IGOEUREEC، IGOWSTNAT: an intergovernmental or non-governmental body has no country; its
  // first part is its type and its known group comes after a region (EUR, WST)
  if (parts[0] === "IGO" || parts[0] === "NGO") {
    const known = parts.slice(1).find((q) => KNOWN_GROUPS.has(q));
    return { country: country ?? "", group: known ?? "", types: [parts[0]] };
  }
  let i = 0;
  let c = "";
  let group = "";
  if (parts[0] !== undefined && (parts[0] === country || (country === null && !KNOWN_GROUPS.has(parts[0]) && parts.length > 1))) {
    c = parts[0];
    i = 1;
  }
  if (parts[i] !== undefined && KNOWN_GROUPS.has(parts[i] as string)) {
    group = parts[i] as string;
    i++;
  }
  return { country: c || (country ?? ""), group, types: parts.slice(i, i + 3) };
}

function gdeltDate(d: string | null): { sql: string; monthYear: string; year: string; fraction: string } {
  if (d === null) return { sql: "", monthYear: "", year: "", fraction: "" };
  const [y = "", m = "", day = ""] = d.split("-");
  // GDELT dates are full days; a month-only or year-only date takes the first day.
  const mm = m || "01";
  const dd = day || "01";
  const doy = Math.round((Date.UTC(Number(y), Number(mm) - 1, Number(dd)) - Date.UTC(Number(y), 0, 1)) / 86_400_000) + 1;
  const days = new Date(Date.UTC(Number(y), 1, 29)).getUTCMonth() === 1 ? 366 : 365;
  return { sql: `${y}${mm}${dd}`, monthYear: `${y}${mm}`, year: y, fraction: (Number(y) + (doy - 1) / days).toFixed(4) };
}

function actorCols(a: StoredActorRef | null): string[] {
  if (a === null) return Array(10).fill("") as string[];
  const { country, group, types } = splitActorCode(a.code, a.country);
  return [a.code, a.name.toUpperCase(), country, group, "", "", "", types[0] ?? "", types[1] ?? "", types[2] ?? ""];
}

function geoCols(loc: StoredEvent["location"]): string[] {
  if (loc === null) return ["0", "", "", "", "", "", "", ""];
  const fips = loc.country ? (isoToFips(loc.country) ?? "") : "";
  // GDELT geo types: 1 country, 4 world city; marsad's places with coordinates are cities or regions.
  const type = loc.lat !== null ? "4" : loc.country ? "1" : "0";
  return [type, loc.name, fips, fips, "", loc.lat === null ? "" : String(loc.lat), loc.lon === null ? "" : String(loc.lon), ""];
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, " ");
}

export function gdeltRow(e: StoredEvent): string {
  const d = gdeltDate(e.date);
  const added = e.firstSeen.replace(/[^0-9]/g, "").padEnd(14, "0").slice(0, 14);
  const cols = [
    String(e.id), d.sql, d.monthYear, d.year, d.fraction,
    ...actorCols(e.source), ...actorCols(e.target),
    e.isRoot ? "1" : "0", e.code, e.code.slice(0, 3), e.root, String(e.quadClass), String(e.goldstein),
    String(e.numMentions), String(e.numSources), String(e.numArticles), "0",
    // marsad places an event, not each actor: the actors' geography is left empty.
    ...geoCols(null), ...geoCols(null), ...geoCols(e.location),
    added, e.sourceUrl ?? "",
  ];
  return cols.map(clean).join("\t");
}

/** GDELT's files have no header line; `header` adds one for spreadsheets. */
export async function* exportGdelt(store: Store, filter: EventFilter = {}, header = false): AsyncGenerator<string> {
  if (header) yield `${GDELT_COLUMNS.join("\t")}\n`;
  // GDELT has no negation: an event the text says did not happen is not a GDELT event.
  for (const e of await store.events({ ...filter, happened: true })) yield `${gdeltRow(e)}\n`;
}

// ---------------------------------------------------------------------------
// Actor network

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string)
    // XML 1.0 forbids most C0 controls even as references.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

interface Network {
  readonly nodes: Map<string, StoredActorRef>;
  readonly edges: readonly DyadSummary[];
}

async function network(store: Store, filter: EventFilter): Promise<Network> {
  const edges = await store.dyads({ ...filter, happened: true, limit: 0 });
  const nodes = new Map<string, StoredActorRef>();
  for (const d of edges) {
    if (!nodes.has(d.source.entity)) nodes.set(d.source.entity, d.source);
    if (!nodes.has(d.target.entity)) nodes.set(d.target.entity, d.target);
  }
  return { nodes, edges };
}

export async function* exportGexf(store: Store, filter: EventFilter = {}): AsyncGenerator<string> {
  const { nodes, edges } = await network(store, filter);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n`;
  yield `  <meta><creator>marsad</creator><description>actor network: edges weighted by event count</description></meta>\n`;
  yield `  <graph mode="static" defaultedgetype="directed">\n`;
  yield `    <attributes class="node"><attribute id="code" title="code" type="string"/><attribute id="country" title="country" type="string"/></attributes>\n`;
  yield `    <attributes class="edge"><attribute id="events" title="events" type="integer"/><attribute id="goldstein" title="goldstein" type="double"/></attributes>\n`;
  yield `    <nodes>\n`;
  for (const [id, a] of nodes) {
    yield `      <node id="${xml(id)}" label="${xml(a.name)}"><attvalues><attvalue for="code" value="${xml(a.code)}"/><attvalue for="country" value="${xml(a.country ?? "")}"/></attvalues></node>\n`;
  }
  yield `    </nodes>\n    <edges>\n`;
  let i = 0;
  for (const d of edges) {
    yield `      <edge id="e${i++}" source="${xml(d.source.entity)}" target="${xml(d.target.entity)}" weight="${d.events}"><attvalues><attvalue for="events" value="${d.events}"/><attvalue for="goldstein" value="${d.goldstein}"/></attvalues></edge>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}

export async function* exportGraphml(store: Store, filter: EventFilter = {}): AsyncGenerator<string> {
  const { nodes, edges } = await network(store, filter);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n`;
  yield `  <key id="label" for="node" attr.name="label" attr.type="string"/>\n`;
  yield `  <key id="code" for="node" attr.name="code" attr.type="string"/>\n`;
  yield `  <key id="country" for="node" attr.name="country" attr.type="string"/>\n`;
  yield `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n`;
  yield `  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>\n`;
  yield `  <graph id="actors" edgedefault="directed">\n`;
  for (const [id, a] of nodes) {
    yield `    <node id="${xml(id)}"><data key="label">${xml(a.name)}</data><data key="code">${xml(a.code)}</data><data key="country">${xml(a.country ?? "")}</data></node>\n`;
  }
  let i = 0;
  for (const d of edges) {
    yield `    <edge id="e${i++}" source="${xml(d.source.entity)}" target="${xml(d.target.entity)}"><data key="weight">${d.events}</data><data key="goldstein">${d.goldstein}</data></edge>\n`;
  }
  yield `  </graph>\n</graphml>\n`;
}

export function exportStream(format: ExportFormat, store: Store, filter: EventFilter, opts: { header?: boolean } = {}): AsyncGenerator<string> {
  switch (format) {
    case "jsonl":
      return exportJsonl(store, filter);
    case "csv":
      return exportCsv(store, filter);
    case "gdelt":
      return exportGdelt(store, filter, opts.header ?? false);
    case "gexf":
      return exportGexf(store, filter);
    case "graphml":
      return exportGraphml(store, filter);
  }
}
