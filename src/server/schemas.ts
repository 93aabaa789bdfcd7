/**
 * JSON schemas of the HTTP API: fastify validates requests with them, serialises
 * responses with them, and @fastify/swagger publishes them as OpenAPI 3.1.
 *
 * Response schemas leave additionalProperties open on records: the output
 * contract grows by adding fields, and a closed schema would silently drop them.
 * Every field that can be null says so, because the serialiser would otherwise
 * turn null into "" or 0.
 */

const nullable = (type: string): { type: string[] } => ({ type: [type, "null"] });
const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const numb = { type: "number" } as const;
const bool = { type: "boolean" } as const;

export const errorSchema = {
  type: "object",
  properties: { error: { type: "string" } },
  required: ["error"],
} as const;

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

// ---------------------------------------------------------------------------
// The output contract (src/core/record.ts)

const span = { type: "object", additionalProperties: true, properties: { start: int, end: int } };
const textSpan = { type: "object", additionalProperties: true, properties: { start: int, end: int, text: str } };
const argument = {
  type: ["object", "null"],
  additionalProperties: true,
  properties: { entity: str, name: str, code: str, text: str, start: int, end: int },
};
const locationRecord = {
  type: ["object", "null"],
  additionalProperties: true,
  properties: { name: str, country: nullable("string"), lat: nullable("number"), lon: nullable("number") },
};

export const eventRecordSchema = {
  type: "object",
  additionalProperties: true,
  description: "One coded event mention with its evidence (spans are UTF-16 offsets into the document text).",
  properties: {
    id: str,
    code: str,
    name: str,
    root: str,
    quadClass: int,
    goldstein: numb,
    plover: str,
    source: argument,
    target: argument,
    date: nullable("string"),
    negated: bool,
    modality: str,
    reciprocal: bool,
    location: locationRecord,
    trigger: textSpan,
    sentence: int,
    rule: str,
    confidence: numb,
    attributedTo: { type: ["object", "null"], additionalProperties: true, properties: { entity: str, name: str, code: str } },
  },
};

export const documentRecordSchema = {
  type: "object",
  additionalProperties: true,
  description: "The document record of the output contract (schema version 1).",
  properties: {
    schemaVersion: int,
    document: {
      type: "object",
      additionalProperties: true,
      properties: {
        id: str,
        lang: str,
        published: nullable("string"),
        title: nullable("string"),
        url: nullable("string"),
        source: nullable("string"),
      },
    },
    sentences: { type: "array", items: span },
    entities: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        properties: { id: str, name: str, type: str, code: str, country: nullable("string"), mentions: { type: "array", items: textSpan } },
      },
    },
    events: { type: "array", items: eventRecordSchema },
    quotes: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        properties: {
          start: int,
          end: int,
          text: str,
          kind: str,
          speaker: { type: ["object", "null"], additionalProperties: true, properties: { entity: str, name: str, code: str } },
          cue: { type: ["object", "null"], additionalProperties: true, properties: { start: int, end: int, text: str } },
        },
      },
    },
    times: {
      type: "array",
      items: { type: "object", additionalProperties: true, properties: { start: int, end: int, text: str, value: nullable("string") } },
    },
    warnings: { type: "array", items: str },
  },
};

// ---------------------------------------------------------------------------
// The store's views (src/store/store.ts)

const actorRef = {
  type: ["object", "null"],
  properties: { entity: str, name: str, code: str, country: nullable("string") },
};

export const storedEventSchema = {
  type: "object",
  description: "One event: every report of the same act (same source, target, code, date and negation) merged.",
  properties: {
    id: int,
    date: nullable("string"),
    code: str,
    root: str,
    quadClass: int,
    goldstein: numb,
    name: str,
    negated: bool,
    source: actorRef,
    target: actorRef,
    numMentions: int,
    numArticles: int,
    numSources: int,
    firstSeen: str,
    lastSeen: str,
    sourceUrl: nullable("string"),
    isRoot: bool,
    location: locationRecord,
  },
};

export const actorSummarySchema = {
  type: "object",
  properties: {
    entity: str,
    name: str,
    code: str,
    country: nullable("string"),
    type: nullable("string"),
    asSource: int,
    asTarget: int,
    documents: int,
  },
};

const quadSchema = { type: "array", items: int, minItems: 4, maxItems: 4, description: "events per QuadClass 1-4" };

export const dyadSchema = {
  type: "object",
  properties: { source: actorRef, target: actorRef, events: int, goldstein: numb, quad: quadSchema },
};

export const documentHitSchema = {
  type: "object",
  properties: {
    docKey: int,
    id: str,
    title: nullable("string"),
    url: nullable("string"),
    source: nullable("string"),
    published: nullable("string"),
  },
};

export const documentSummarySchema = {
  type: "object",
  properties: { ...documentHitSchema.properties, events: { type: "integer", description: "event mentions coded in it" } },
};

export const storedDocumentSchema = {
  type: "object",
  properties: { ...documentHitSchema.properties, text: str, record: documentRecordSchema },
};

export const eventDetailSchema = {
  type: "object",
  properties: {
    event: storedEventSchema,
    reports: {
      type: "array",
      items: {
        type: "object",
        properties: {
          docKey: int,
          docId: str,
          title: nullable("string"),
          published: nullable("string"),
          source: nullable("string"),
          sentence: { type: "string", description: "the sentence the event was coded in" },
          event: eventRecordSchema,
        },
      },
    },
  },
};

export const networkSchema = {
  type: "object",
  properties: {
    nodes: {
      type: "array",
      items: { type: "object", properties: { id: str, name: str, code: str, country: nullable("string"), events: int } },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        properties: { source: str, target: str, events: int, goldstein: numb, meanGoldstein: numb, quad: quadSchema },
      },
    },
  },
};

export const timeseriesSchema = {
  type: "object",
  properties: {
    by: str,
    group: str,
    points: {
      type: "array",
      items: {
        type: "object",
        properties: {
          period: { type: "string", description: "2015-07-21 (day), 2015-W30 (ISO week) or 2015-07 (month)" },
          events: int,
          goldstein: numb,
          quad: quadSchema,
          roots: { type: "object", additionalProperties: { type: "integer" }, description: "events per CAMEO root code" },
        },
      },
    },
  },
};

export const locationSchema = {
  type: "object",
  properties: { name: str, country: nullable("string"), lat: nullable("number"), lon: nullable("number"), events: int },
};

// ---------------------------------------------------------------------------
// Requests

/** The filters shared by the event views (they map onto the store's EventFilter). */
export const filterProperties = {
  actor: { type: "string", minLength: 1, maxLength: 200, description: "either side: lexicon id, CAMEO actor code prefix or name" },
  country: { type: "string", pattern: "^[A-Za-z]{3}$", description: "either side's country (ISO 3166 alpha-3)" },
  between: { type: "string", pattern: "^[^,]+,[^,]+$", maxLength: 400, description: "two actors, comma-separated, in either direction" },
  code: { type: "string", pattern: "^\\d{2,4}$", description: "CAMEO event code or its prefix" },
  root: { type: "string", pattern: "^\\d{1,2}$", description: "CAMEO root code 01-20" },
  quad: { type: "integer", minimum: 1, maximum: 4 },
  from: { type: "string", pattern: DATE_PATTERN, description: "events on or after (YYYY-MM-DD)" },
  to: { type: "string", pattern: DATE_PATTERN, description: "events on or before (YYYY-MM-DD)" },
  outlet: { type: "string", minLength: 1, maxLength: 200 },
  text: { type: "string", minLength: 1, maxLength: 500, description: "reported in an article matching this full-text query" },
  happened: { type: "boolean", description: "true leaves out negated events" },
} as const;

export const EVENT_SORTS = ["date", "-date", "goldstein", "-goldstein", "mentions", "-mentions", "code"] as const;

const documentFields = {
  published: { type: "string", pattern: DATE_PATTERN, description: "publication date (YYYY-MM-DD): resolves relative dates" },
  title: { type: "string", maxLength: 2000 },
  url: { type: "string", maxLength: 4000 },
  source: { type: "string", maxLength: 200, description: "the outlet" },
  id: { type: "string", minLength: 1, maxLength: 200 },
};

export const extractBodySchema = {
  type: "object",
  required: ["text"],
  additionalProperties: false,
  properties: {
    text: { type: "string", minLength: 1, description: "the article (Arabic)" },
    ...documentFields,
    store: { type: "boolean", default: false, description: "also store it (needs x-api-key when the server requires one)" },
  },
} as const;

export const ingestBodySchema = {
  type: "object",
  required: ["documents"],
  additionalProperties: false,
  properties: {
    documents: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      items: {
        type: "object",
        required: ["text"],
        additionalProperties: false,
        properties: { text: { type: "string", minLength: 1 }, ...documentFields },
      },
    },
  },
} as const;

export const ingestResponseSchema = {
  type: "object",
  properties: {
    results: {
      type: "array",
      items: { type: "object", properties: { docKey: int, outcome: { type: "string", enum: ["new", "known", "recoded"] }, events: int } },
    },
  },
};
