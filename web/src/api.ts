// Typed client for the HTTP API (notes: docs/ui.md; contract shared with src/server/).
import type { DocumentRecord, EventRecord } from "../../src/core/record.js";
import type { ActorSummary, DocumentHit, EventDetail, LocationSummary, StoredEvent, TimelinePoint, DocumentSummary } from "../../src/store/store.js";

export type { DocumentRecord, EventRecord, ActorSummary, EventDetail, LocationSummary, StoredEvent, TimelinePoint, DocumentSummary };

/** GET /api/documents/:docKey: the stored document's metadata, its text and its record. */
export interface DocumentView extends DocumentHit {
  readonly text: string;
  readonly record: DocumentRecord;
}

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly events: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldstein: number;
  readonly meanGoldstein: number;
  readonly quad: readonly number[];
}

/** The filters the list views share; empty strings mean "no filter". */
export interface Filters {
  actor: string;
  country: string;
  code: string;
  root: string;
  quad: string;
  from: string;
  to: string;
  text: string;
}

export const emptyFilters: Filters = { actor: "", country: "", code: "", root: "", quad: "", from: "", to: "", text: "" };

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  return (await requestWithHeaders<T>(path, init)).body;
}

async function requestWithHeaders<T>(path: string, init?: RequestInit): Promise<{ body: T; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError("network", 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : `HTTP ${res.status}`;
    throw new ApiError(msg, res.status);
  }
  return { body: body as T, headers: res.headers };
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function filterParams(f: Partial<Filters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  return out;
}

export const api = {
  documents: (q: string, limit = 50, offset = 0) =>
    request<{ total: number; items: DocumentSummary[] }>(`/api/documents${query({ q, limit, offset })}`),
  document: (docKey: number) => request<DocumentView>(`/api/documents/${docKey}`),
  extract: async (body: { text: string; published?: string; title?: string; store?: boolean }) => {
    const res = await requestWithHeaders<DocumentRecord>("/api/extract", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const key = res.headers.get("x-marsad-doc-key");
    return { record: res.body, docKey: key ? Number(key) : null };
  },
  events: (params: Record<string, string | number>) => request<{ total: number; items: StoredEvent[] }>(`/api/events${query(params)}`),
  event: (id: number) => request<EventDetail>(`/api/events/${id}`),
  actors: (params: Record<string, string | number> = {}) => request<{ items: ActorSummary[] }>(`/api/actors${query(params)}`),
  network: (params: Record<string, string | number>) => request<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>(`/api/network${query(params)}`),
  timeseries: (params: Record<string, string | number>) =>
    request<{ by: string; group: string; points: TimelinePoint[] }>(`/api/timeseries${query(params)}`),
  locations: (params: Record<string, string | number>) => request<{ items: LocationSummary[] }>(`/api/locations${query(params)}`),
};
