/**
 * The document record: the output contract (shared/docs/event-output.md, version 1).
 * Field names are a public interface: add fields freely, never rename or drop one
 * without a new schemaVersion.
 */

export const SCHEMA_VERSION = 1 as const;

/** Offsets are UTF-16 code units into the original text; start inclusive, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

/** What a caller hands in. Only `text` is required. */
export interface DocumentInput {
  readonly text: string;
  readonly id?: string | null;
  readonly published?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
  readonly lang?: string | null;
}

export type EntityType = "person" | "country" | "organization" | "location" | "group" | "agent";

export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly code: string;
  readonly country: string | null;
  readonly mentions: readonly TextSpan[];
}

export interface ArgumentRecord extends Span {
  readonly entity: string;
  readonly name: string;
  readonly code: string;
  readonly text: string;
}

export interface LocationRecord {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly entity?: string;
}

export type Modality = "asserted" | "intended" | "requested" | "hypothetical" | "reported";

export interface EventRecord {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly plover: string;
  readonly source: ArgumentRecord | null;
  readonly target: ArgumentRecord | null;
  readonly date: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  /** Coded once for a reciprocal act between source and target (they met, they signed). */
  readonly reciprocal: boolean;
  readonly location: LocationRecord | null;
  readonly trigger: TextSpan;
  readonly sentence: number;
  readonly rule: string;
  readonly confidence: number;
  /** Who reports the event when it comes from reported speech (X said that ...). */
  readonly attributedTo?: { readonly entity: string; readonly name: string; readonly code: string } | null;
}

export interface QuoteRecord extends Span {
  readonly speaker: { readonly entity: string; readonly name: string; readonly code: string } | null;
  readonly text: string;
  /** direct: between quotation marks; reported: the complement of قال إن ... */
  readonly kind: "direct" | "reported";
  readonly cue: TextSpan | null;
}

export interface TimeRecord extends TextSpan {
  /** ISO value: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www; null when it cannot be resolved. */
  readonly value: string | null;
}

export interface DocumentRecord {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly document: {
    readonly id: string;
    readonly lang: string;
    readonly published: string | null;
    readonly title: string | null;
    readonly url: string | null;
    readonly source: string | null;
  };
  readonly sentences: readonly Span[];
  readonly entities: readonly EntityRecord[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly times: readonly TimeRecord[];
  readonly warnings?: readonly string[];
}
