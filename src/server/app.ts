/**
 * The HTTP API over the event database, and the analyst's workbench (the built
 * web UI in dist/web). The contract is /work/notes/api-contract.md, published
 * as OpenAPI at /api/openapi.json and browsable at /api/docs.
 *
 * The server is an adapter like the CLI: it validates input, calls the
 * extractor and the store, and shapes what comes back. Every failure a client
 * can cause is a 4xx with {"error": message}; anything else is a 500 with a
 * generic message (the details go to the log, never to the client).
 */
import { timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Fastify from "fastify";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { DocumentInput } from "../core/record.js";
import type { Extractor } from "../extractor.js";
import { DocumentError, validDate } from "../extractor.js";
import { findPackage } from "../cli/paths.js";
import { lexiconVersion as currentLexiconVersion } from "../ingest/version.js";
import type { EventFilter, EventSort, Store, TimelineBy } from "../store/store.js";
import {
  EVENT_SORTS,
  actorSummarySchema,
  documentHitSchema,
  documentRecordSchema,
  documentSummarySchema,
  dyadSchema,
  errorSchema,
  eventDetailSchema,
  extractBodySchema,
  filterProperties,
  ingestBodySchema,
  ingestResponseSchema,
  locationSchema,
  networkSchema,
  storedDocumentSchema,
  storedEventSchema,
  timeseriesSchema,
} from "./schemas.js";

export interface ServerOptions {
  readonly store: Store;
  readonly extractor: Extractor;
  /** Folder of the built web UI (index.html and its assets); absent or missing: a page says it is not built. */
  readonly webRoot?: string;
  /** When set, write routes need this value in the x-api-key header. */
  readonly apiKey?: string;
  /** Largest article text, in UTF-8 bytes (default 1 MB). */
  readonly maxTextBytes?: number;
  readonly logger?: boolean;
  /** The lexicon version stored with coded documents (default: computed from the data files). */
  readonly lexiconVersion?: string;
}

export const DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;

/** Row ids are 32-bit in PostgreSQL (SERIAL): a larger one is a client error, not a failing query. */
const MAX_ID = 2_147_483_647;

/**
 * No inline scripts anywhere (the UI and the API docs load theirs from files);
 * inline styles are allowed because the docs' and the charts' libraries set
 * style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** One store call at a time: the store's transactions assume no other call interleaves on its connection. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

interface FilterQuery {
  actor?: string;
  country?: string;
  between?: string;
  code?: string;
  root?: string;
  quad?: number;
  from?: string;
  to?: string;
  outlet?: string;
  text?: string;
  happened?: boolean;
}

function checkDate(name: string, value: string): string {
  if (!validDate(value)) throw new HttpError(400, `${name} '${value}': not a valid date (YYYY-MM-DD)`);
  return value;
}

export function toFilter(q: FilterQuery): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (q.actor !== undefined) f.actor = q.actor;
  if (q.country !== undefined) f.country = q.country.toUpperCase();
  if (q.between !== undefined) {
    const [a, b] = q.between.split(",").map((s) => s.trim());
    if (!a || !b) throw new HttpError(400, `between '${q.between}': expected two actors separated by a comma`);
    f.between = [a, b];
  }
  if (q.code !== undefined) f.code = q.code;
  if (q.root !== undefined) {
    const n = Number(q.root);
    if (n < 1 || n > 20) throw new HttpError(400, `root '${q.root}': expected 01-20`);
    f.root = String(n).padStart(2, "0");
  }
  if (q.quad !== undefined) f.quad = q.quad;
  if (q.from !== undefined) f.from = checkDate("from", q.from);
  if (q.to !== undefined) f.to = checkDate("to", q.to);
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) throw new HttpError(400, `from ${f.from} is after to ${f.to}`);
  if (q.outlet !== undefined) f.outlet = q.outlet;
  if (q.text !== undefined) f.text = q.text;
  if (q.happened !== undefined) f.happened = q.happened;
  return f;
}

const responses = (ok: object, ...codes: number[]): Record<number, object> => {
  const out: Record<number, object> = { 200: ok };
  for (const c of [400, ...codes]) out[c] = errorSchema;
  return out;
};

const querySchema = (extra: Record<string, object> = {}): object => ({
  type: "object",
  additionalProperties: false,
  properties: { ...filterProperties, ...extra },
});

/**
 * Query strings need type coercion ("limit=5"); JSON bodies must not have it
 * ({"text": 42} is a client error, not the text "42"). Fastify's validator
 * coerces everywhere, so body fields are checked for their JSON type first.
 */
function checkJsonTypes(body: unknown, props: Record<string, { type?: unknown }>, where = "body"): void {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, `${where} must be a JSON object`);
  for (const [key, value] of Object.entries(body)) {
    const type = props[key]?.type;
    if ((type === "string" || type === "boolean") && typeof value !== type) throw new HttpError(400, `${where}/${key} must be ${type}`);
  }
}

const limitProp = (def: number, max: number): object => ({ type: "integer", minimum: 1, maximum: max, default: def });

function keyMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>marsad</title></head>
<body>
<h1>marsad</h1>
<p>The web UI is not built (no dist/web/index.html). The API works: see <a href="/api/docs">/api/docs</a>
and <a href="/api/health">/api/health</a>.</p>
</body></html>
`;

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { store, extractor } = opts;
  const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const version = opts.lexiconVersion ?? currentLexiconVersion();
  const pkg = findPackage();
  const serial = new Serial();
  const db = <T>(fn: () => Promise<T>): Promise<T> => serial.run(fn);

  const app = Fastify({
    logger: opts.logger ?? false,
    // JSON escapes can take up to six bytes per character: the body may be larger than the text it carries.
    bodyLimit: maxTextBytes * 6 + 64 * 1024,
    // A client that trickles its request must not hold a connection for ever.
    requestTimeout: 60_000,
    // Unknown fields are an error (a typo in a filter must not silently widen a query), not dropped.
    ajv: { customOptions: { allErrors: false, removeAdditional: false } },
  });

  // Only JSON bodies: a text/plain body is refused (415) rather than half-understood.
  app.removeContentTypeParser("text/plain");

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send({ error: err.message });
    if (err.validation) return reply.code(400).send({ error: err.message });
    if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return reply.code(415).send({ error: `unsupported content-type '${req.headers["content-type"] ?? ""}': send JSON (application/json)` });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: err.message });
    req.log.error(err);
    return reply.code(500).send({ error: "internal error" });
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "marsad API",
        description: "Arabic political event extraction and the event database. Errors are {\"error\": message}.",
        version: pkg.version,
      },
      components: {
        securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "x-api-key" } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: false });

  const requireKey = (req: FastifyRequest): void => {
    if (opts.apiKey === undefined) return;
    if (!keyMatches(req.headers["x-api-key"], opts.apiKey)) throw new HttpError(401, "this server needs a valid x-api-key header for writes");
  };

  const toInput = (b: { text: string; published?: string; title?: string; url?: string; source?: string; id?: string }): DocumentInput => {
    if (b.text.trim() === "") throw new HttpError(400, "text is empty");
    if (Buffer.byteLength(b.text, "utf8") > maxTextBytes) throw new HttpError(413, `text is larger than the limit of ${maxTextBytes} bytes`);
    if (b.published !== undefined) checkDate("published", b.published);
    return {
      text: b.text,
      ...(b.published !== undefined ? { published: b.published } : {}),
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...(b.url !== undefined ? { url: b.url } : {}),
      ...(b.source !== undefined ? { source: b.source } : {}),
      ...(b.id !== undefined ? { id: b.id } : {}),
    };
  };

  const code = (input: DocumentInput): ReturnType<Extractor["extract"]> => {
    try {
      return extractor.extract(input);
    } catch (err) {
      if (err instanceof DocumentError) throw new HttpError(400, err.message);
      throw err;
    }
  };

  // -------------------------------------------------------------------------

  app.get(
    "/api/health",
    {
      schema: {
        summary: "Liveness and what the database holds",
        response: { 200: { type: "object", properties: { ok: { type: "boolean" }, version: { type: "string" }, documents: { type: "integer" }, events: { type: "integer" } } } },
      },
    },
    async () => {
      const s = await db(() => store.stats());
      return { ok: true, version: pkg.version, documents: s.documents, events: s.events };
    },
  );

  app.post(
    "/api/extract",
    {
      schema: {
        summary: "Code one article; with store=true also store it (header x-marsad-doc-key)",
        body: extractBodySchema,
        response: responses(documentRecordSchema, 401, 413, 415),
        security: [{ apiKey: [] }, {}],
      },
      preValidation: async (req) => checkJsonTypes(req.body, extractBodySchema.properties),
    },
    async (req, reply) => {
      const body = req.body as { text: string; published?: string; title?: string; url?: string; source?: string; id?: string; store?: boolean };
      if (body.store) requireKey(req);
      const input = toInput(body);
      const record = code(input);
      if (body.store) {
        const r = await db(() => store.putDocument({ input, record, lexiconVersion: version }));
        reply.header("x-marsad-doc-key", String(r.docKey));
        reply.header("x-marsad-outcome", r.outcome);
      }
      return record;
    },
  );

  app.post(
    "/api/ingest",
    {
      schema: {
        summary: "Code and store up to 100 articles in one transaction",
        body: ingestBodySchema,
        response: responses(ingestResponseSchema, 401, 413, 415),
        security: [{ apiKey: [] }, {}],
      },
      preValidation: async (req) => {
        const docs = (req.body as { documents?: unknown } | null)?.documents;
        if (Array.isArray(docs)) docs.forEach((d, i) => checkJsonTypes(d, ingestBodySchema.properties.documents.items.properties, `body/documents/${i}`));
      },
    },
    async (req) => {
      requireKey(req);
      const body = req.body as { documents: { text: string; published?: string }[] };
      const docs = body.documents.map((d) => {
        const input = toInput(d);
        return { input, record: code(input), lexiconVersion: version };
      });
      const results = await db(() => store.putDocuments(docs));
      return { results: results.map((r) => ({ docKey: r.docKey, outcome: r.outcome, events: r.eventsAdded })) };
    },
  );

  app.get(
    "/api/documents",
    {
      schema: {
        summary: "Stored articles, newest publication first",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            limit: limitProp(50, 500),
            offset: { type: "integer", minimum: 0, maximum: MAX_ID, default: 0 },
            q: { type: "string", maxLength: 500, description: "full-text query (Arabic spelling variants match)" },
          },
        },
        response: responses({ type: "object", properties: { total: { type: "integer" }, items: { type: "array", items: documentSummarySchema } } }),
      },
    },
    async (req) => {
      const q = req.query as { limit: number; offset: number; q?: string };
      return db(() => store.documents({ limit: q.limit, offset: q.offset, ...(q.q !== undefined ? { q: q.q } : {}) }));
    },
  );

  app.get(
    "/api/documents/:docKey",
    {
      schema: {
        summary: "One stored article: its text and its record (spans are offsets into text)",
        params: { type: "object", properties: { docKey: { type: "integer", minimum: 1, maximum: MAX_ID } }, required: ["docKey"] },
        response: responses(storedDocumentSchema, 404),
      },
    },
    async (req) => {
      const { docKey } = req.params as { docKey: number };
      const d = await db(() => store.document(docKey));
      if (d === null) throw new HttpError(404, `no document ${docKey}`);
      return d;
    },
  );

  app.get(
    "/api/events",
    {
      schema: {
        summary: "Events matching the filters, a page at a time",
        querystring: querySchema({
          limit: limitProp(50, 1000),
          offset: { type: "integer", minimum: 0, maximum: MAX_ID, default: 0 },
          sort: { type: "string", enum: [...EVENT_SORTS], default: "-date" },
        }),
        response: responses({ type: "object", properties: { total: { type: "integer" }, items: { type: "array", items: storedEventSchema } } }),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { limit: number; offset: number; sort: EventSort };
      const filter = toFilter(q);
      return db(async () => ({
        total: await store.countEvents(filter),
        items: await store.events({ ...filter, limit: q.limit }, { offset: q.offset, sort: q.sort }),
      }));
    },
  );

  app.get(
    "/api/events/:id",
    {
      schema: {
        summary: "One event with its reports and their evidence",
        params: { type: "object", properties: { id: { type: "integer", minimum: 1, maximum: MAX_ID } }, required: ["id"] },
        response: responses(eventDetailSchema, 404),
      },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const d = await db(() => store.event(id));
      if (d === null) throw new HttpError(404, `no event ${id}`);
      return d;
    },
  );

  app.get(
    "/api/actors",
    {
      schema: {
        summary: "Actors by number of events",
        querystring: querySchema({ limit: limitProp(100, 1000) }),
        response: responses({ type: "object", properties: { items: { type: "array", items: actorSummarySchema } } }),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { limit: number };
      const filter = toFilter(q);
      return { items: await db(() => store.actors({ ...filter, limit: q.limit })) };
    },
  );

  app.get(
    "/api/actors/:entity",
    {
      schema: {
        summary: "One actor: its summary, its dyads and its latest 50 events",
        params: { type: "object", properties: { entity: { type: "string", minLength: 1, maxLength: 300 } }, required: ["entity"] },
        response: responses(
          {
            type: "object",
            properties: { actor: actorSummarySchema, dyads: { type: "array", items: dyadSchema }, events: { type: "array", items: storedEventSchema } },
          },
          404,
        ),
      },
    },
    async (req) => {
      const { entity } = req.params as { entity: string };
      return db(async () => {
        const actor = (await store.actors({ entity })).find((a) => a.entity === entity);
        if (actor === undefined) throw new HttpError(404, `no actor '${entity}'`);
        const dyads = await store.dyads({ entity });
        const events = await store.events({ entity, limit: 50 });
        return { actor, dyads, events };
      });
    },
  );

  app.get(
    "/api/network",
    {
      schema: {
        summary: "Directed source → target network aggregated over the matching events",
        querystring: querySchema({ limit: { ...limitProp(200, 5000), description: "at most this many edges (the heaviest)" } }),
        response: responses(networkSchema),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { limit: number };
      const dyads = await db(() => store.dyads({ ...toFilter(q), limit: q.limit }));
      const nodes = new Map<string, { id: string; name: string; code: string; country: string | null; events: number }>();
      const touch = (a: { entity: string; name: string; code: string; country: string | null }, n: number): void => {
        const node = nodes.get(a.entity);
        if (node) node.events += n;
        else nodes.set(a.entity, { id: a.entity, name: a.name, code: a.code, country: a.country, events: n });
      };
      const edges = dyads.map((d) => {
        touch(d.source, d.events);
        touch(d.target, d.events);
        return {
          source: d.source.entity,
          target: d.target.entity,
          events: d.events,
          goldstein: d.goldstein,
          meanGoldstein: d.events > 0 ? Math.round((d.goldstein / d.events) * 100) / 100 : 0,
          quad: d.quad,
        };
      });
      return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)), edges };
    },
  );

  app.get(
    "/api/timeseries",
    {
      schema: {
        summary: "Events per day, ISO week or month, with QuadClass and CAMEO root counts",
        querystring: querySchema({
          by: { type: "string", enum: ["day", "week", "month"], default: "week" },
          group: { type: "string", enum: ["quad", "root"], default: "quad" },
        }),
        response: responses(timeseriesSchema),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { by: TimelineBy; group: string };
      const points = await db(() => store.timeline(toFilter(q), q.by));
      return { by: q.by, group: q.group, points };
    },
  );

  app.get(
    "/api/locations",
    {
      schema: {
        summary: "Where the matching events happened, most events first",
        querystring: querySchema({ limit: limitProp(500, 5000) }),
        response: responses({ type: "object", properties: { items: { type: "array", items: locationSchema } } }),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { limit: number };
      return { items: await db(() => store.locations({ ...toFilter(q), limit: q.limit })) };
    },
  );

  app.get(
    "/api/search",
    {
      schema: {
        summary: "Full-text search over the stored articles (Arabic-normalised)",
        querystring: {
          type: "object",
          additionalProperties: false,
          required: ["q"],
          properties: { q: { type: "string", minLength: 1, maxLength: 500 }, limit: limitProp(20, 200) },
        },
        response: responses({ type: "object", properties: { items: { type: "array", items: documentHitSchema } } }),
      },
    },
    async (req) => {
      const q = req.query as { q: string; limit: number };
      return { items: await db(() => store.searchDocuments(q.q, q.limit)) };
    },
  );

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  // -------------------------------------------------------------------------
  // The web UI

  const webRoot = opts.webRoot;
  const built = webRoot !== undefined && existsSync(join(webRoot, "index.html"));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: true, index: ["index.html"] });
  } else {
    app.get("/", { schema: { hide: true } }, async (_req, reply) => reply.type("text/html; charset=utf-8").send(NOT_BUILT_PAGE));
  }

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split("?")[0] ?? "";
    if (path === "/api" || path.startsWith("/api/") || (req.method !== "GET" && req.method !== "HEAD")) {
      return reply.code(404).send({ error: `no route ${req.method} ${path}` });
    }
    // The UI routes on the client: any other page path gets the app, which shows the right view;
    // a missing file (a path with an extension) is a plain 404.
    if (!built) return reply.code(404).type("text/html; charset=utf-8").send(NOT_BUILT_PAGE);
    if (/\.[A-Za-z0-9]+$/.test(path)) return reply.code(404).send({ error: `no file ${path}` });
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });

  return app;
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::ffff:127.0.0.1";
}
