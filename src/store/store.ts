/**
 * The event database. One interface, two implementations (SQLite by default,
 * PostgreSQL for shared deployments), one contract test suite
 * (test/store.test.ts) run against both.
 *
 * The store never extracts: callers hand it document records that the pure
 * extractor produced, so the same records go to either database.
 */
import { createHash } from "node:crypto";
import type { DocumentInput, DocumentRecord, EventRecord } from "../core/record.js";
import { normalizeKey } from "../lang/ar/normalize.js";

/** One article as it arrives, with its coded record. */
export interface StoredDocumentInput {
  readonly input: DocumentInput;
  readonly record: DocumentRecord;
  /** Which lexicons coded it: a newer version replaces its events. */
  readonly lexiconVersion: string;
}

export type PutOutcome = "new" | "known" | "recoded";

export interface PutResult {
  readonly outcome: PutOutcome;
  /** Event mentions stored for this document (0 when it was already known). */
  readonly eventsAdded: number;
  readonly docKey: number;
}

export interface KnownDocument {
  readonly docKey: number;
  readonly lexiconVersion: string;
}

/** Filters shared by events, actors, dyads, timeline and exports. All are ANDed. */
export interface EventFilter {
  /** Lexicon id, CAMEO actor code (prefix) or name (case-insensitive) of either side. */
  readonly actor?: string;
  /** ISO 3166 alpha-3 country of either side. */
  readonly country?: string;
  /** Two actors, in either direction. */
  readonly between?: readonly [string, string];
  /** CAMEO event code (exact, or a prefix: "04" matches 040-046). */
  readonly code?: string;
  readonly root?: string;
  readonly quad?: number;
  /** Inclusive ISO date bounds on the event date. */
  readonly from?: string;
  readonly to?: string;
  /** At least one report from this outlet (document source). */
  readonly outlet?: string;
  /** At least one report in an article matching this full-text query. */
  readonly text?: string;
  /** Leave out events the text says did not happen (negated). */
  readonly happened?: boolean;
  /** Exactly this actor id on either side (no code prefix or name match). */
  readonly entity?: string;
  readonly limit?: number;
}

export type EventSort = "date" | "-date" | "goldstein" | "-goldstein" | "mentions" | "-mentions" | "code";

/** A page of events: skip `offset` rows in `sort` order (default -date, undated last). */
export interface EventPage {
  readonly offset?: number;
  readonly sort?: EventSort;
}

/** One event: every report of the same act merged (see clusterKey). */
export interface StoredEvent {
  readonly id: number;
  readonly date: string | null;
  readonly code: string;
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly name: string;
  readonly negated: boolean;
  readonly source: StoredActorRef | null;
  readonly target: StoredActorRef | null;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** The first report's document URL (GDELT's SOURCEURL). */
  readonly sourceUrl: string | null;
  /** True when a report codes it in the article's first sentence (GDELT's IsRootEvent). */
  readonly isRoot: boolean;
  readonly location: { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
}

export interface StoredActorRef {
  readonly entity: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
}

export interface ActorSummary extends StoredActorRef {
  readonly type: string | null;
  readonly asSource: number;
  readonly asTarget: number;
  readonly documents: number;
}

export interface DyadSummary {
  readonly source: StoredActorRef;
  readonly target: StoredActorRef;
  readonly events: number;
  readonly goldstein: number;
  readonly quad: readonly [number, number, number, number];
}

export type TimelineBy = "day" | "week" | "month" | "year";

export interface TimelinePoint {
  /** YYYY-MM-DD, ISO week YYYY-Www, YYYY-MM or YYYY. */
  readonly period: string;
  readonly events: number;
  readonly quad: readonly [number, number, number, number];
  readonly goldstein: number;
  /** Events per CAMEO root code ("01"–"20"); only roots that occur. */
  readonly roots: Readonly<Record<string, number>>;
}

/** A stored article as listed (without its text). */
export interface DocumentSummary extends DocumentHit {
  /** Event mentions coded in it. */
  readonly events: number;
}

export interface DocumentPage {
  readonly total: number;
  readonly items: readonly DocumentSummary[];
}

/** A stored article with its text and record (the record's spans are offsets into `text`). */
export interface StoredDocument extends DocumentHit {
  readonly text: string;
  readonly record: DocumentRecord;
}

/** One report of an event: the mention as coded in one article, with its evidence. */
export interface EventReport {
  readonly docKey: number;
  readonly docId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  /** The sentence the event was coded in, for display. */
  readonly sentence: string;
  /** The event as the document record holds it: its spans point into that document's text. */
  readonly event: EventRecord;
}

export interface EventDetail {
  readonly event: StoredEvent;
  readonly reports: readonly EventReport[];
}

export interface LocationSummary {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly events: number;
}

export interface DocumentHit {
  readonly docKey: number;
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly published: string | null;
}

export interface StoreStats {
  readonly documents: number;
  readonly events: number;
  readonly eventMentions: number;
  readonly actors: number;
  readonly quotes: number;
  readonly schemaVersion: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Find a document already stored under this URL or normalised content hash. */
  findDocument(url: string | null, contentHash: string): Promise<KnownDocument | null>;
  /**
   * Store one document with everything coded in it, atomically: after a crash
   * it is either there whole or not at all. A known document (same URL or
   * content hash) is left alone unless its lexicon version differs, in which
   * case its events are replaced.
   */
  putDocument(doc: StoredDocumentInput): Promise<PutResult>;
  /** Several documents in one transaction (faster; still all-or-nothing). */
  putDocuments(docs: readonly StoredDocumentInput[]): Promise<PutResult[]>;
  events(filter?: EventFilter, page?: EventPage): Promise<StoredEvent[]>;
  /** How many events match (ignores the filter's limit): for pagination. */
  countEvents(filter?: EventFilter): Promise<number>;
  /** One event with its reports (at most `maxReports`, earliest first), or null. */
  event(id: number, maxReports?: number): Promise<EventDetail | null>;
  actors(filter?: EventFilter): Promise<ActorSummary[]>;
  dyads(filter?: EventFilter): Promise<DyadSummary[]>;
  /** Events per period; events without a full date are left out of day and week buckets. */
  timeline(filter: EventFilter, by: TimelineBy): Promise<TimelinePoint[]>;
  /** Where events happened: one row per named place, most events first. */
  locations(filter?: EventFilter): Promise<LocationSummary[]>;
  searchDocuments(query: string, limit?: number): Promise<DocumentHit[]>;
  /** Stored articles, newest publication first; `q` is a full-text query. */
  documents(page: { readonly limit: number; readonly offset?: number; readonly q?: string }): Promise<DocumentPage>;
  document(docKey: number): Promise<StoredDocument | null>;
  /** Stored records (the output contract), in ingest order. */
  records(filter?: EventFilter): AsyncIterable<DocumentRecord>;
  /** Stored documents coded with another lexicon version than this one, oldest first. */
  staleDocuments(lexiconVersion: string, limit: number): Promise<DocumentInput[]>;
  stats(): Promise<StoreStats>;
  /** Refresh the planner's statistics after a large ingest. */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Shared by both implementations

/**
 * The hash that finds the same article again: normalised Arabic (hamza forms,
 * diacritics, tatweel) with whitespace and punctuation folded, so that a
 * re-published copy with different spacing or quote marks is still the same.
 */
export function contentHash(text: string): string {
  const key = normalizeKey(text).toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * The URL an article is known by: without its #fragment and its tracking
 * parameters (utm_*, fbclid, gclid), host in lower case, so that the same
 * article shared from two places is found again. Anything that is not a URL
 * is kept as it is.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined || url.trim() === "") return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) {
    if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i.test(key)) u.searchParams.delete(key);
  }
  return u.toString();
}

/** The copy of a text the full-text index holds (and queries are normalised the same way). */
export function searchKey(text: string): string {
  return normalizeKey(text).toLowerCase();
}

/** Lexicon ids are stable across documents; "local." ids are not, so those actors are named by their name. */
export function actorId(entity: string, name: string): string {
  return entity.startsWith("local.") ? `local:${searchKey(name)}` : entity;
}

/**
 * Reports of the same event merge: same source actor, target actor, CAMEO code
 * and date (across articles and outlets). A negated report says the act did not
 * happen, so it never merges with one that says it did.
 */
export function clusterKey(ev: EventRecord): string {
  const side = (a: EventRecord["source"]): string => (a === null ? "" : actorId(a.entity, a.name));
  return [side(ev.source), side(ev.target), ev.code, ev.date ?? "", ev.negated ? "n" : "a"].join("\u001f");
}

/** ISO 8601 week of a YYYY-MM-DD date, as YYYY-Www (the year is the week's, which may differ at year ends). */
export function isoWeek(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  // The week belongs to the year of its Thursday.
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const year = d.getUTCFullYear();
  const ordinal = Math.round((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return `${year}-W${String(Math.floor((ordinal - 1) / 7) + 1).padStart(2, "0")}`;
}

/** Outlet of a document: its source, else the URL's host, else "unknown". */
export function outletOf(doc: { readonly source?: string | null; readonly url?: string | null }): string {
  if (doc.source) return doc.source;
  if (doc.url) {
    try {
      return new URL(doc.url).host || "unknown";
    } catch {
      return "unknown";
    }
  }
  return "unknown";
}
