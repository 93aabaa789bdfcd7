/**
 * The HTTP API over a real server: buildServer on a temporary SQLite file,
 * listening on a free loopback port, exercised with fetch the way the web UI and
 * other clients use it. One test runs the read routes against PostgreSQL too.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { DocumentRecord, EventRecord } from "../src/core/record.js";
import { packageRoot } from "../src/core/paths.js";
import { loadExtractor } from "../src/extractor.js";
import type { Extractor } from "../src/extractor.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store, StoredEvent } from "../src/store/store.js";
import { CONTENT_SECURITY_POLICY, buildServer, isLoopback } from "../src/server/app.js";
import { exampleArticles, storeExamples } from "../src/server/examples.js";
import { runMarsad } from "./helpers/cli.js";
import { pgSchema } from "./store.fixtures.js";

const ROOT = packageRoot();
const VERSION = "lex-api-test";
const ARTICLE = [
  "القاهرة – استقبل الرئيس المصري يوم الأحد العاهل الأردني في القاهرة، وبحث الجانبان الأوضاع في المنطقة.",
  "وأدانت مصر القصف الإسرائيلي على قطاع غزة.",
].join("\n");

let dir: string;
let extractor: Extractor;
let store: Store;
let app: FastifyInstance;
let base: string;

async function listen(a: FastifyInstance): Promise<string> {
  await a.listen({ port: 0, host: "127.0.0.1" });
  const addr = a.server.address();
  assert.ok(addr !== null && typeof addr === "object");
  return `http://127.0.0.1:${addr.port}`;
}

interface Res<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

async function get<T = Record<string, unknown>>(url: string): Promise<Res<T>> {
  const r = await fetch(url);
  return { status: r.status, body: (await r.json()) as T, headers: r.headers };
}

async function post<T = Record<string, unknown>>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T, headers: r.headers };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "marsad-api-"));
  extractor = await loadExtractor();
  store = await openSqliteStore(join(dir, "api.db"));
  app = await buildServer({ store, extractor, lexiconVersion: VERSION, maxTextBytes: 64 * 1024, webRoot: join(dir, "no-ui-here") });
  base = await listen(app);
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("health, and the security headers on every response (API, errors, pages, docs)", async () => {
  const h = await get(`${base}/api/health`);
  assert.equal(h.status, 200);
  assert.equal(h.body.ok, true);
  assert.match(String(h.body.version), /^\d+\.\d+\.\d+/);
  assert.equal(typeof h.body.documents, "number");
  for (const path of ["/api/health", "/api/nope", "/api/events?quad=9", "/", "/some/page", "/api/docs", "/api/openapi.json"]) {
    const r = await fetch(`${base}${path}`);
    await r.arrayBuffer();
    const csp = r.headers.get("content-security-policy");
    assert.equal(csp, CONTENT_SECURITY_POLICY, path);
    assert.match(csp ?? "", /default-src 'self'/);
    assert.match(csp ?? "", /img-src 'self' data:/);
    assert.doesNotMatch(csp ?? "", /script-src[^;]*unsafe-inline/);
    assert.equal(r.headers.get("x-content-type-options"), "nosniff", path);
  }
  // Without a built UI: a plain page says so, and the API still works.
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /not built/);
  const unknown = await get(`${base}/api/nope`);
  assert.equal(unknown.status, 404);
  assert.match(String(unknown.body.error), /no route/);
});

test("POST /api/extract: a record whose spans slice the text; bad input is a 4xx with {error}", async () => {
  const ok = await post<DocumentRecord>(`${base}/api/extract`, { text: ARTICLE, published: "2025-02-02", title: "عنوان" });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get("x-marsad-doc-key"), null);
  assert.equal(ok.body.schemaVersion, 1);
  assert.equal(ok.body.document.title, "عنوان");
  assert.equal(ok.body.document.url, null);
  assert.ok(ok.body.events.length >= 2, "the article codes events");
  for (const e of ok.body.events) {
    assert.equal(ARTICLE.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    if (e.source) assert.equal(ARTICLE.slice(e.source.start, e.source.end), e.source.text);
  }
  assert.ok(ok.body.events.some((e) => e.code === "043" && e.source?.code === "EGYGOV"));
  assert.equal((await get(`${base}/api/health`)).body.documents, 0, "not stored without store=true");

  const bad: [unknown, number, RegExp][] = [
    [{ text: "" }, 400, /text/],
    [{ text: "   \n " }, 400, /empty/],
    [{}, 400, /text/],
    [{ text: "نص", published: "2025-02-30" }, 400, /not a valid date/],
    [{ text: "نص", published: "02/03/2025" }, 400, /published/],
    [{ text: "نص", color: "red" }, 400, /additional/],
    [{ text: 42 }, 400, /text/],
    [{ text: "ن".repeat(40_000) }, 413, /larger than the limit/],
    ["{not json", 400, /JSON/],
  ];
  for (const [body, status, message] of bad) {
    const r = await post(`${base}/api/extract`, body);
    assert.equal(r.status, status, JSON.stringify(body).slice(0, 60));
    assert.match(String(r.body.error), message);
  }
  // Beyond the body limit the body is not even read.
  const huge = await post(`${base}/api/extract`, { text: "x".repeat(64 * 1024 * 6 + 70 * 1024) });
  assert.equal(huge.status, 413);
  assert.equal(typeof huge.body.error, "string");
  const plain = await fetch(`${base}/api/extract`, { method: "POST", headers: { "content-type": "text/plain" }, body: ARTICLE });
  assert.equal(plain.status, 415);
  assert.match(String(((await plain.json()) as { error: string }).error), /send JSON/);
  const xml = await fetch(`${base}/api/extract`, { method: "POST", headers: { "content-type": "application/xml" }, body: "<a/>" });
  assert.equal(xml.status, 415);
});

test("store=true: documents, events, actors, network, timeseries, locations and search all see it", async () => {
  const r = await post<DocumentRecord>(`${base}/api/extract`, {
    text: ARTICLE,
    published: "2025-02-02",
    title: "قمة في القاهرة",
    source: "test-outlet",
    url: "https://example.test/api/1",
    store: true,
  });
  assert.equal(r.status, 200);
  const docKey = Number(r.headers.get("x-marsad-doc-key"));
  assert.ok(docKey > 0);
  assert.equal(r.headers.get("x-marsad-outcome"), "new");
  // The same article again is known, under the same key.
  const again = await post(`${base}/api/extract`, { text: ARTICLE, published: "2025-02-02", store: true });
  assert.equal(again.headers.get("x-marsad-doc-key"), String(docKey));
  assert.equal(again.headers.get("x-marsad-outcome"), "known");

  const docs = await get<{ total: number; items: { docKey: number; title: string; events: number; source: string }[] }>(`${base}/api/documents`);
  assert.equal(docs.body.total, 1);
  assert.deepEqual(docs.body.items.map((d) => [d.docKey, d.title, d.source]), [[docKey, "قمة في القاهرة", "test-outlet"]]);
  assert.equal(docs.body.items[0]!.events, r.body.events.length);

  const one = await get<{ text: string; record: DocumentRecord; url: string }>(`${base}/api/documents/${docKey}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.text, ARTICLE);
  assert.equal(one.body.url, "https://example.test/api/1");
  assert.deepEqual(one.body.record, r.body, "the stored record is the one returned");
  assert.equal((await get(`${base}/api/documents/999999`)).status, 404);
  assert.equal((await get(`${base}/api/documents/abc`)).status, 400);

  const events = await get<{ total: number; items: StoredEvent[] }>(`${base}/api/events?actor=EGY`);
  assert.ok(events.body.total >= 2);
  const visit = events.body.items.find((e) => e.code === "043");
  assert.ok(visit, "the hosted visit is an event");
  assert.equal(visit.date, "2025-02-02");
  assert.equal(visit.sourceUrl, "https://example.test/api/1");

  const detail = await get<{ event: StoredEvent; reports: { docKey: number; sentence: string; event: EventRecord; title: string }[] }>(`${base}/api/events/${visit.id}`);
  assert.equal(detail.status, 200);
  assert.equal(detail.body.event.id, visit.id);
  assert.equal(detail.body.reports.length, 1);
  const report = detail.body.reports[0]!;
  assert.equal(report.docKey, docKey);
  assert.equal(report.title, "قمة في القاهرة");
  assert.equal(ARTICLE.slice(report.event.trigger.start, report.event.trigger.end), report.event.trigger.text);
  assert.equal(report.event.trigger.text, "استقبل");
  assert.ok(report.sentence.includes("استقبل الرئيس المصري"));
  assert.ok(!report.sentence.includes("وأدانت"), "only the event's own sentence");
  assert.equal((await get(`${base}/api/events/999999`)).status, 404);
  assert.equal((await get(`${base}/api/events/99999999999`)).status, 400, "beyond a 32-bit id");

  const actors = await get<{ items: { entity: string; asSource: number; documents: number }[] }>(`${base}/api/actors`);
  const egypt = actors.body.items.find((a) => a.entity === "egypt.gov");
  assert.ok(egypt && egypt.asSource >= 1 && egypt.documents === 1);
  const actor = await get<{ actor: { entity: string }; dyads: unknown[]; events: StoredEvent[] }>(`${base}/api/actors/${encodeURIComponent("egypt.gov")}`);
  assert.equal(actor.status, 200);
  assert.equal(actor.body.actor.entity, "egypt.gov");
  assert.ok(actor.body.dyads.length >= 1);
  assert.ok(actor.body.events.every((e) => e.source?.entity === "egypt.gov" || e.target?.entity === "egypt.gov"));
  assert.equal((await get(`${base}/api/actors/${encodeURIComponent("no such actor")}`)).status, 404);

  const net = await get<{ nodes: { id: string; events: number }[]; edges: { source: string; target: string; events: number; quad: number[]; meanGoldstein: number; goldstein: number }[] }>(`${base}/api/network`);
  const edge = net.body.edges.find((e) => e.source === "egypt.gov" && e.target === "jordan.gov");
  assert.ok(edge, "Egypt's president → Jordan's king");
  assert.equal(edge.quad.reduce((a, b) => a + b, 0), edge.events);
  assert.equal(edge.meanGoldstein, Math.round((edge.goldstein / edge.events) * 100) / 100);
  for (const e of net.body.edges) {
    assert.ok(net.body.nodes.some((n) => n.id === e.source) && net.body.nodes.some((n) => n.id === e.target));
  }

  const weeks = await get<{ by: string; points: { period: string; events: number; roots: Record<string, number> }[] }>(`${base}/api/timeseries?by=week`);
  assert.equal(weeks.body.by, "week");
  // 2025-02-02 is a Sunday: the last day of ISO week 5.
  assert.equal(weeks.body.points[0]!.period, "2025-W05");
  assert.equal(Object.values(weeks.body.points[0]!.roots).reduce((a, b) => a + b, 0), weeks.body.points[0]!.events);
  const months = await get<{ points: { period: string }[] }>(`${base}/api/timeseries?by=month&group=root`);
  assert.deepEqual(months.body.points.map((p) => p.period), ["2025-02"]);
  assert.equal((await get(`${base}/api/timeseries?by=year`)).status, 400);

  const places = await get<{ items: { name: string; lat: number; events: number }[] }>(`${base}/api/locations`);
  assert.ok(places.body.items.some((p) => p.name === "Cairo" && p.lat > 29 && p.events >= 1));

  const hits = await get<{ items: { docKey: number }[] }>(`${base}/api/search?q=${encodeURIComponent("القاهره")}`);
  assert.deepEqual(hits.body.items.map((h) => h.docKey), [docKey]);
  assert.equal((await get(`${base}/api/search`)).status, 400);
  assert.equal((await get<{ total: number }>(`${base}/api/documents?q=${encodeURIComponent("غزة")}`)).body.total, 1);
  assert.equal((await get<{ total: number }>(`${base}/api/documents?q=${encodeURIComponent("موسكو")}`)).body.total, 0);
});

test("events: filters, pagination and sorting over the bundled examples", async () => {
  const examples = exampleArticles(join(ROOT, "examples", "articles"));
  assert.ok(examples.length >= 8 && examples.length <= 12);
  const first = await storeExamples(store, extractor, VERSION, examples);
  assert.equal(first.added, examples.length);
  assert.ok(first.events >= 40, `the examples code many events (${first.events})`);
  assert.deepEqual(await storeExamples(store, extractor, VERSION, examples), { added: 0, known: examples.length, events: 0 });

  const all = await get<{ total: number; items: StoredEvent[] }>(`${base}/api/events?limit=1000`);
  assert.ok(all.body.total >= 40);
  assert.equal(all.body.items.length, all.body.total);
  // Pages in the default order (-date) put together are the whole list, without overlap.
  const pages: StoredEvent[] = [];
  for (let offset = 0; offset < all.body.total; offset += 7) {
    const p = await get<{ total: number; items: StoredEvent[] }>(`${base}/api/events?limit=7&offset=${offset}`);
    assert.equal(p.body.total, all.body.total);
    pages.push(...p.body.items);
  }
  assert.deepEqual(pages.map((e) => e.id), all.body.items.map((e) => e.id));
  const dated = all.body.items.filter((e) => e.date !== null).map((e) => e.date as string);
  assert.deepEqual(dated, [...dated].sort().reverse());

  const asc = await get<{ items: StoredEvent[] }>(`${base}/api/events?sort=date&limit=1000`);
  const ascDates = asc.body.items.filter((e) => e.date !== null).map((e) => e.date as string);
  assert.deepEqual(ascDates, [...ascDates].sort());
  const gold = (await get<{ items: StoredEvent[] }>(`${base}/api/events?sort=-goldstein&limit=1000`)).body.items.map((e) => e.goldstein);
  assert.deepEqual(gold, [...gold].sort((a, b) => b - a));
  const codes = (await get<{ items: StoredEvent[] }>(`${base}/api/events?sort=code&limit=1000`)).body.items.map((e) => e.code);
  assert.deepEqual(codes, [...codes].sort());

  const count = async (qs: string): Promise<number> => (await get<{ total: number }>(`${base}/api/events?${qs}`)).body.total;
  const q4 = await get<{ total: number; items: StoredEvent[] }>(`${base}/api/events?quad=4&limit=1000`);
  assert.ok(q4.body.total >= 1 && q4.body.items.every((e) => e.quadClass === 4));
  assert.ok((await count("country=irn")) >= 5);
  assert.ok((await count("between=USA,IRN")) >= 1);
  const march = await get<{ items: StoredEvent[] }>(`${base}/api/events?from=2025-03-01&to=2025-03-31&limit=1000`);
  assert.ok(march.body.items.length > 0 && march.body.items.every((e) => e.date !== null && e.date >= "2025-03-01" && e.date <= "2025-03-31~"));
  assert.ok((await count("root=4")) >= 10);
  assert.ok((await count("code=057")) >= 3);
  assert.ok((await count(`outlet=${encodeURIComponent("وكالة الشرق (مثال)")}`)) >= 5);
  assert.ok((await count(`text=${encodeURIComponent("العقوبات")}`)) >= 3);
  assert.ok((await count("happened=true")) <= all.body.total);
  // The filters apply to every view: the network of QuadClass 4 only has QuadClass 4 edges.
  const net4 = await get<{ edges: { quad: number[] }[] }>(`${base}/api/network?quad=4`);
  assert.ok(net4.body.edges.length > 0 && net4.body.edges.every((e) => e.quad[0] === 0 && (e.quad[3] ?? 0) > 0));
  const irnActors = await get<{ items: unknown[] }>(`${base}/api/actors?country=IRN&limit=3`);
  assert.equal(irnActors.body.items.length, 3);
  const tl = await get<{ points: { period: string; events: number }[] }>(`${base}/api/timeseries?by=day&actor=QAT`);
  assert.ok(tl.body.points.length >= 2 && tl.body.points.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.period)));

  const bad = [
    "sort=random",
    "limit=0",
    "limit=100000",
    "offset=-1",
    "country=EGYPT",
    "between=USA",
    "code=4x",
    "root=25",
    "quad=0",
    "from=2025-13-01",
    "from=2025-03-10&to=2025-03-01",
    "happened=maybe",
    "colour=red",
  ];
  for (const qs of bad) {
    const r = await get<{ error: string }>(`${base}/api/events?${qs}`);
    assert.equal(r.status, 400, qs);
    assert.equal(typeof r.body.error, "string", qs);
  }
});

test("the OpenAPI document lists every route; the docs page loads its scripts from files", async () => {
  const r = await fetch(`${base}/api/openapi.json`);
  assert.equal(r.status, 200);
  const spec = (await r.json()) as { openapi: string; paths: Record<string, Record<string, { responses?: object }>> };
  assert.match(spec.openapi, /^3\./);
  for (const p of [
    "/api/health",
    "/api/extract",
    "/api/ingest",
    "/api/documents",
    "/api/documents/{docKey}",
    "/api/events",
    "/api/events/{id}",
    "/api/actors",
    "/api/actors/{entity}",
    "/api/network",
    "/api/timeseries",
    "/api/locations",
    "/api/search",
  ]) {
    assert.ok(spec.paths[p], `${p} is documented`);
  }
  assert.ok(spec.paths["/api/events"]?.get?.responses);
  const docs = await fetch(`${base}/api/docs/`);
  assert.equal(docs.status, 200);
  const html = await docs.text();
  assert.match(html, /swagger-ui/);
  assert.doesNotMatch(html, /<script>[^<]/, "no inline script");
});

test("an API key, when configured, guards the write routes only", async () => {
  const keyed = await buildServer({ store, extractor, lexiconVersion: VERSION, apiKey: "s3cret-key-1" });
  const url = await listen(keyed);
  try {
    const text = "أجرى أمير قطر اتصالا هاتفيا مع الرئيس التركي.";
    assert.equal((await post(`${url}/api/extract`, { text })).status, 200, "coding alone writes nothing");
    const denied = await post(`${url}/api/extract`, { text, store: true });
    assert.equal(denied.status, 401);
    assert.match(String(denied.body.error), /x-api-key/);
    assert.equal((await post(`${url}/api/extract`, { text, store: true }, { "x-api-key": "wrong" })).status, 401);
    assert.equal((await post(`${url}/api/ingest`, { documents: [{ text }] })).status, 401);
    const allowed = await post(`${url}/api/extract`, { text, published: "2025-03-20", store: true }, { "x-api-key": "s3cret-key-1" });
    assert.equal(allowed.status, 200);
    assert.ok(Number(allowed.headers.get("x-marsad-doc-key")) > 0);
    const ing = await post<{ results: { outcome: string; events: number }[] }>(
      `${url}/api/ingest`,
      { documents: [{ text, published: "2025-03-20" }, { text: "زار وزير الخارجية الصيني القاهرة.", published: "2025-03-21" }] },
      { "x-api-key": "s3cret-key-1" },
    );
    assert.equal(ing.status, 200);
    assert.deepEqual(ing.body.results.map((r) => r.outcome), ["known", "new"]);
    assert.equal((await get(`${url}/api/events`)).status, 200, "reads need no key");
  } finally {
    await keyed.close();
  }
  assert.equal(isLoopback("127.0.0.1"), true);
  assert.equal(isLoopback("::1"), true);
  assert.equal(isLoopback("localhost"), true);
  assert.equal(isLoopback("0.0.0.0"), false);
  assert.equal(isLoopback("192.168.1.5"), false);
});

test("the built UI is served, with index.html for the client's own routes", async () => {
  const web = join(dir, "web-built");
  mkdirSync(join(web, "assets"), { recursive: true });
  writeFileSync(join(web, "index.html"), '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(web, "assets", "app.js"), "console.log(1)");
  const ui = await buildServer({ store, extractor, lexiconVersion: VERSION, webRoot: web });
  const url = await listen(ui);
  try {
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /id="root"/);
    const js = await fetch(`${url}/assets/app.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /javascript/);
    assert.equal(await js.text(), "console.log(1)");
    const route = await fetch(`${url}/events/12`);
    assert.equal(route.status, 200);
    assert.match(await route.text(), /id="root"/);
    const missing = await fetch(`${url}/assets/missing.js`);
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
    assert.equal((await get(`${url}/api/nope`)).status, 404);
    assert.equal((await get(`${url}/api/health`)).status, 200);
  } finally {
    await ui.close();
  }
});

test("marsad serve: refuses a non-loopback host without a key; serves, and stops cleanly on SIGINT", async () => {
  const refused = await runMarsad(["serve", "--host", "0.0.0.0", "--db", join(dir, "refused.db")], { env: { MARSAD_API_KEY: "" } });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /--api-key/);

  const db = join(dir, "served.db");
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "serve", "--db", db, "--port", "0", "--examples"], {
    cwd: ROOT,
    env: { ...process.env, MARSAD_DEBUG: "", MARSAD_API_KEY: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out} ${err}`)), 30_000);
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        out += d;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
    });
    const h = await get<{ documents: number; events: number }>(`${url}/api/health`);
    assert.equal(h.body.documents, exampleArticles(join(ROOT, "examples", "articles")).length);
    assert.ok(h.body.events >= 40);
    assert.match(err, /coded \d+ example articles/);
  } finally {
    child.kill("SIGINT");
  }
  assert.equal(await exited, 0);
  // A clean close checkpoints the WAL: the database is reopened intact, and a second --examples run adds nothing.
  const again = await openSqliteStore(db);
  try {
    assert.equal((await again.stats()).documents, exampleArticles(join(ROOT, "examples", "articles")).length);
  } finally {
    await again.close();
  }
});

test("the read routes against PostgreSQL", async (t) => {
  const pg = await pgSchema(t, "api");
  if (pg === null) return;
  const pgStore = await openPostgresStore(pg.url);
  const server = await buildServer({ store: pgStore, extractor, lexiconVersion: VERSION });
  try {
    const url = await listen(server);
    const examples = exampleArticles(join(ROOT, "examples", "articles"));
    await storeExamples(pgStore, extractor, VERSION, examples);
    const stored = await post(`${url}/api/extract`, { text: ARTICLE, published: "2025-02-02", store: true });
    const docKey = Number(stored.headers.get("x-marsad-doc-key"));
    assert.ok(docKey > 0);
    // Same data as SQLite would hold: compare a few views against the SQLite store built the same way.
    const lite = await openSqliteStore(join(dir, "compare.db"));
    try {
      await storeExamples(lite, extractor, VERSION, examples);
      await lite.putDocument({ input: { text: ARTICLE, published: "2025-02-02" }, record: extractor.extract({ text: ARTICLE, published: "2025-02-02" }), lexiconVersion: VERSION });
      const events = await get<{ total: number; items: StoredEvent[] }>(`${url}/api/events?limit=1000&sort=code`);
      assert.equal(events.body.total, await lite.countEvents());
      assert.deepEqual(
        events.body.items.map((e) => [e.code, e.date, e.source?.entity ?? null, e.target?.entity ?? null]),
        (await lite.events({}, { sort: "code" })).map((e) => [e.code, e.date, e.source?.entity ?? null, e.target?.entity ?? null]),
      );
      const weeks = await get<{ points: unknown[] }>(`${url}/api/timeseries?by=week`);
      assert.deepEqual(weeks.body.points, JSON.parse(JSON.stringify(await lite.timeline({}, "week"))));
      const locs = await get<{ items: unknown[] }>(`${url}/api/locations`);
      assert.deepEqual(locs.body.items, JSON.parse(JSON.stringify(await lite.locations())));
    } finally {
      await lite.close();
    }
    const page = await get<{ total: number; items: StoredEvent[] }>(`${url}/api/events?limit=5&offset=5&sort=-mentions`);
    assert.equal(page.body.items.length, 5);
    const first = page.body.items[0]!;
    const detail = await get<{ reports: { event: EventRecord; docKey: number; sentence: string }[] }>(`${url}/api/events/${first.id}`);
    assert.ok(detail.body.reports.length >= 1);
    const doc = await get<{ text: string }>(`${url}/api/documents/${detail.body.reports[0]!.docKey}`);
    const ev = detail.body.reports[0]!.event;
    assert.equal(doc.body.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
    assert.ok(detail.body.reports[0]!.sentence.includes(ev.trigger.text));
    assert.equal((await get<{ total: number }>(`${url}/api/documents`)).body.total, examples.length + 1);
    assert.equal((await get<{ items: unknown[] }>(`${url}/api/search?q=${encodeURIComponent("طهران")}`)).body.items.length >= 2, true);
    const net = await get<{ edges: unknown[] }>(`${url}/api/network?limit=5`);
    assert.equal(net.body.edges.length, 5);
    assert.equal((await get(`${url}/api/actors/${encodeURIComponent("iran.gov")}`)).status, 200);
    assert.equal((await get(`${url}/api/events/99999999999`)).status, 400);
    assert.equal((await get(`${url}/api/events/2147483647`)).status, 404);
  } finally {
    await server.close();
    await pgStore.close();
    await pg.drop();
  }
});
