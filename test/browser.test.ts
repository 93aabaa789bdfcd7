/**
 * The web UI in a real browser against the real server: a temporary SQLite
 * store, the real extractor, three short articles coded through the API, then
 * each view driven through headless Chromium (playwright-core).
 *
 * It builds nothing: `npm run build` must have produced dist/web first.
 * Screenshots of every view go to artifacts/screenshots/.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildServer } from "../src/server/app.js";
import { openStore } from "../src/store/open.js";
import { loadExtractor } from "../src/extractor.js";
import type { DocumentRecord } from "../src/core/record.js";
import type { Store } from "../src/store/store.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WEB_ROOT = join(ROOT, "dist", "web");
const SHOTS = join(ROOT, "artifacts", "screenshots");
const CHROMIUM = process.env.MARSAD_CHROMIUM ?? "/usr/bin/chromium";

const ARTICLES = [
  {
    title: "الرئيس المصري يستقبل وزير الخارجية الأردني",
    published: "2024-05-06",
    source: "الأهرام",
    text: "استقبل الرئيس المصري في القاهرة يوم الأحد وزير الخارجية الأردني، وبحث الجانبان تطورات الأوضاع في المنطقة.",
  },
  {
    title: "الأردن يدين الغارات على غزة",
    published: "2024-05-08",
    source: "بترا",
    text: 'أدانت وزارة الخارجية الأردنية الغارات الإسرائيلية على قطاع غزة، وطالبت المجتمع الدولي بالتدخل الفوري. وقال المتحدث باسم الوزارة إن "التصعيد يهدد استقرار المنطقة".',
  },
  {
    title: "اتفاقية تعاون سعودية أردنية",
    published: "2024-05-09",
    source: "واس",
    text: "التقى وزير الخارجية السعودي نظيره الأردني في الرياض يوم الخميس، ووقع البلدان اتفاقية للتعاون الاقتصادي.",
  },
];

const TRY_TEXT = "أدان وزير الخارجية السعودي الهجوم على المدنيين في غزة، وطالب بوقف فوري لإطلاق النار.";

let dir = "";
let store: Store | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let base = "";
const docs: { docKey: number; record: DocumentRecord }[] = [];
const pageErrors: string[] = [];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  assert.equal(res.status, 200, `${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function open(path: string, width = 1280, height = 800): Promise<Page> {
  const page = await context!.newPage();
  await page.setViewportSize({ width, height });
  page.on("pageerror", (err) => pageErrors.push(`${path}: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(`${path}: ${msg.text()}`);
  });
  await page.goto(`${base}/${path}`);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The text a highlighted unit shows: the pieces the highlighter cut it into, in order. */
async function joined(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).allTextContents()).join("");
}

describe("web UI in Chromium against the real server", { timeout: 150_000 }, () => {
  before(async () => {
    // Fail loudly rather than skip: a missing build or browser is a broken setup.
    if (!existsSync(join(WEB_ROOT, "index.html"))) {
      throw new Error(`dist/web/index.html is missing: run \`npm run build\` (or \`npm run build:web\`) before this test`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set MARSAD_CHROMIUM`);
    }
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "marsad-browser-"));
    store = await openStore(join(dir, "ui.db"));
    const extractor = await loadExtractor();
    app = await buildServer({ store, extractor, webRoot: WEB_ROOT, logger: false });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const a of ARTICLES) {
      const res = await fetch(`${base}/api/extract`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...a, store: true }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const key = res.headers.get("x-marsad-doc-key");
      assert.ok(key, "stored documents carry x-marsad-doc-key");
      docs.push({ docKey: Number(key), record: (await res.json()) as DocumentRecord });
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(8_000);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reads an article right to left with its highlights and their explanation", async () => {
    const { docKey, record } = docs[0]!;
    const host = record.events.find((e) => e.code === "043");
    assert.ok(host, "the first article codes a 043 (host a visit)");
    const page = await open(`#/read/${docKey}`);
    await page.locator(".article-text").waitFor();
    assert.equal(await page.locator(".article").getAttribute("dir"), "rtl");
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl", "the Arabic UI is right to left");
    assert.equal(await joined(page, `.article [data-event~="${host.id}"]`), host.trigger.text);
    assert.equal(host.trigger.text, "استقبل");
    assert.equal(await page.locator('.article [data-entity~="egypt.gov"]').first().textContent(), "الرئيس المصري");
    assert.equal(await page.locator('.article [data-kind~="time"]').first().textContent(), "يوم الأحد");
    assert.equal(await page.locator(".reader-side .event-card").count(), record.events.length);

    await page.locator(`.article [data-event~="${host.id}"]`).first().hover();
    const pop = page.locator(".popover");
    await pop.waitFor();
    const popText = (await pop.textContent()) ?? "";
    assert.match(popText, /043/);
    assert.match(popText, /Host a visit/);
    assert.ok(popText.includes(host.rule), `the popover names the rule ${host.rule}`);
    assert.ok(popText.includes(host.source!.name), "the popover names the source actor");
    // The event's source and target light up in the text while it is shown.
    assert.equal(await joined(page, ".article .role-source"), "الرئيس المصري");
    assert.equal(await joined(page, ".article .role-target"), "وزير الخارجية الأردني");
    await shot(page, "read-1280");
    await page.close();
  });

  it("extracts pasted text and shows the events at once", async () => {
    const page = await open("#/try");
    await page.locator("textarea[name=text]").fill(TRY_TEXT);
    await page.locator("input[name=published]").fill("2024-05-10");
    await page.locator(".try-form button[type=submit]").click();
    const cards = page.locator("[data-try-result] .event-card");
    await cards.first().waitFor();
    assert.ok((await cards.count()) >= 1);
    const condemn = page.locator('[data-try-result] .article [data-kind~="trigger"]').first();
    assert.equal(await condemn.textContent(), "أدان");
    assert.match((await cards.first().textContent()) ?? "", /Saudi Arabia/);
    await shot(page, "try-1280");

    // An empty text is refused before it reaches the server, with a message.
    await page.locator("textarea[name=text]").fill("");
    await page.locator(".try-form button[type=submit]").click();
    await page.locator(".try-form .error").waitFor();
    await page.close();
  });

  it("filters the events table and opens an event's evidence", async () => {
    const all = await api<{ total: number }>("/api/events");
    const saudi = await api<{ total: number }>("/api/events?actor=SAU");
    assert.ok(saudi.total > 0 && saudi.total < all.total, "the filter narrows the table");
    const page = await open("#/events");
    await page.locator(`.total[data-total="${all.total}"]`).waitFor();
    assert.equal(await page.locator("tr.event-row").count(), all.total);

    await page.locator(".filters input[name=actor]").fill("SAU");
    await page.locator(".filters button[type=submit]").click();
    await page.locator(`.total[data-total="${saudi.total}"]`).waitFor();
    const rows = page.locator("tr.event-row");
    assert.equal(await rows.count(), saudi.total);
    for (const text of await rows.allTextContents()) assert.match(text, /Saudi Arabia/);

    await page.locator('button[data-sort="goldstein"]').click();
    await page.locator('th[aria-sort="descending"] button[data-sort="goldstein"]').waitFor();
    // The old rows stay on screen while the sorted page loads; the table says when it is busy.
    await page.locator('table[aria-busy="false"]').waitFor();
    const scores = (await page.locator("tr.event-row .goldstein").allTextContents()).map(Number);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), "sorted by Goldstein, highest first");

    const id = await rows.first().getAttribute("data-event-id");
    const detail = await api<{ reports: { event: { trigger: { text: string }; source: { text: string } | null } }[] }>(`/api/events/${id}`);
    const report = detail.reports[0]!.event;
    await rows.first().click();
    const evidence = page.locator(".evidence .report");
    await evidence.first().waitFor();
    assert.equal(await evidence.count(), detail.reports.length);
    assert.equal(await page.locator(".evidence .report mark.ev-trigger").first().textContent(), report.trigger.text);
    assert.equal(await page.locator(".evidence .report mark.ev-source").first().textContent(), report.source?.text);
    await shot(page, "events-1280");
    await page.close();
  });

  it("draws the actor network and lists an edge's events on click", async () => {
    const net = await api<{ edges: { source: string; target: string; events: number }[] }>("/api/network");
    const edge = net.edges.find((e) => e.source === "saudi-arabia.gov" && e.target === "jordan.gov");
    assert.ok(edge, "Saudi Arabia → Jordan is an edge");
    const page = await open("#/network");
    await page.locator("[data-edge]").first().waitFor();
    assert.equal(await page.locator("[data-edge]").count(), net.edges.length);
    await page.locator(`[data-edge="${edge.source}|${edge.target}"] .edge-hit`).click({ force: true });
    const list = page.locator("[data-edge-events] .mini-events li");
    await list.first().waitFor();
    const between = await api<{ total: number }>(`/api/events?between=${edge.source},${edge.target}`);
    assert.equal(await list.count(), between.total);
    assert.ok(between.total >= edge.events);
    for (const text of await list.allTextContents()) assert.match(text, /Saudi Arabia.*→.*Jordan|Jordan.*→.*Saudi Arabia/);

    await shot(page, "network-1280");
    const before = await page.locator(".graph > g").getAttribute("transform");
    await page.locator(".graph").hover();
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(`document.querySelector(".graph > g")?.getAttribute("transform") !== ${JSON.stringify(before)}`);
    // Dragging the background pans.
    const zoomed = await page.locator(".graph > g").getAttribute("transform");
    const box = (await page.locator(".graph").boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
    await page.mouse.up();
    assert.notEqual(await page.locator(".graph > g").getAttribute("transform"), zoomed);
    await page.close();
  });

  it("filters the network by QuadClass, keeps the filter in the URL, and shows an empty state", async () => {
    type Net = { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    const all = await api<Net>("/api/network");
    // A QuadClass present in the articles that leaves some actors out.
    let quad = 0;
    let want: Net | undefined;
    for (const q of [1, 2, 3, 4]) {
      const net = await api<Net>(`/api/network?quad=${q}`);
      if (net.edges.length > 0 && net.nodes.length < all.nodes.length) {
        quad = q;
        want = net;
        break;
      }
    }
    assert.ok(want, "some QuadClass narrows the network");
    const page = await open("#/network");
    await page.locator(`.total[data-edges="${all.edges.length}"]`).waitFor();
    await page.locator(".filters select[name=quad]").selectOption(String(quad));
    await page.locator(".filters button[type=submit]").click();
    await page.locator(`.total[data-edges="${want.edges.length}"][data-nodes="${want.nodes.length}"]`).waitFor();
    assert.match(page.url(), new RegExp(`#/network\\?quad=${quad}$`), "the filter is in the URL hash");
    const drawn = (await page.locator("[data-edge]").evaluateAll((els) => els.map((e) => e.getAttribute("data-edge")))).sort();
    assert.deepEqual(drawn, want.edges.map((e) => `${e.source}|${e.target}`).sort(), "the drawn edges are the API's for the same filter");
    assert.equal(await page.locator("[data-node]").count(), want.nodes.length);
    // Clicking an edge lists its events under the same filter.
    const e0 = want.edges[0]!;
    const between = await api<{ total: number }>(`/api/events?quad=${quad}&between=${e0.source},${e0.target}`);
    await page.locator(`[data-edge="${e0.source}|${e0.target}"] .edge-hit`).click({ force: true });
    await page.locator("[data-edge-events] .mini-events li").first().waitFor();
    assert.equal(await page.locator("[data-edge-events] .mini-events li").count(), between.total);
    await shot(page, "network-filter-1280");

    // The link alone reproduces the view, in a fresh page.
    const again = await open(`#/network?quad=${quad}`);
    await again.locator(`.total[data-edges="${want.edges.length}"]`).waitFor();
    assert.equal(await again.locator("[data-edge]").count(), want.edges.length);
    assert.equal(await again.locator(".filters select[name=quad]").inputValue(), String(quad), "the form shows the filter from the URL");
    await again.close();

    // Nothing matches: an empty state, not an empty drawing.
    await page.locator(".filters input[name=from]").fill("2031-01-01");
    await page.locator(".filters button[type=submit]").click();
    await page.locator('.total[data-edges="0"]').waitFor();
    assert.match((await page.locator(".empty-state").first().textContent()) ?? "", /تطابق/);
    assert.equal(await page.locator("[data-edge]").count(), 0);
    // Reset brings every actor back.
    await page.locator(".filters button[type=button]").click();
    await page.locator(`.total[data-edges="${all.edges.length}"]`).waitFor();
    assert.equal(await page.locator("[data-edge]").count(), all.edges.length);
    await page.close();
  });

  it("draws the timeline as stacked bars by QuadClass", async () => {
    const ts = await api<{ points: { period: string; quad: number[] }[] }>("/api/timeseries?by=day");
    const page = await open("#/timeline");
    await page.locator(".chart .bar").first().waitFor();
    assert.equal(await page.locator(".chart .bar").count(), ts.points.length);
    const segments = ts.points.reduce((n, p) => n + p.quad.filter((q) => q > 0).length, 0);
    assert.equal(await page.locator(".chart .bar rect").count(), segments);
    await shot(page, "timeline-1280");
    await page.close();
  });

  it("narrows the timeline with the filter in its URL", async () => {
    const all = await api<{ points: { period: string; quad: number[] }[] }>("/api/timeseries?by=day");
    // the test articles are dated on different days: one country's events fall on fewer of them
    const one = await api<{ points: { period: string; quad: number[] }[] }>("/api/timeseries?by=day&country=EGY");
    assert.ok(one.points.length > 0 && one.points.length < all.points.length, "a country present on some days only");
    const page = await open("#/timeline?country=EGY");
    await page.locator(".chart .bar").first().waitFor();
    assert.equal(await page.locator(".chart .bar").count(), one.points.length);
    assert.equal(await page.locator('input[name="country"]').inputValue(), "EGY");
    await page.close();
  });

  it("places event locations on the offline world map", async () => {
    const locs = await api<{ items: { name: string; lat: number | null }[] }>("/api/locations");
    const placed = locs.items.filter((l) => l.lat !== null);
    assert.ok(placed.length >= 2, "Cairo and Riyadh at least");
    const page = await open("#/map");
    await page.locator(".map .places circle").first().waitFor();
    assert.equal(await page.locator(".map .places circle").count(), placed.length);
    assert.ok((await page.locator(".map .countries path").count()) > 100, "the country shapes are drawn");
    await page.locator('.map circle[data-location="Riyadh"]').hover({ force: true });
    assert.match((await page.locator(".map-tip").textContent()) ?? "", /Riyadh/);
    await shot(page, "map-1280");
    await page.close();
  });

  it("filters the map by country and shows the matching places", async () => {
    type Locs = { items: { name: string; country: string | null; lat: number | null }[] };
    const located = (l: Locs): string[] => l.items.filter((i) => i.lat !== null).map((i) => i.name).sort();
    const all = located(await api<Locs>("/api/locations"));
    const net = await api<{ nodes: { country: string | null }[] }>("/api/network");
    const countries = [...new Set(net.nodes.map((n) => n.country).filter((c): c is string => c !== null))].sort();
    // An actor country present in the articles whose events happened in fewer places than all.
    let country = "";
    let want: string[] = [];
    for (const c of countries) {
      const got = located(await api<Locs>(`/api/locations?country=${c}`));
      if (got.length > 0 && got.length < all.length) {
        country = c;
        want = got;
        break;
      }
    }
    assert.ok(country, `some country among ${countries.join(", ")} narrows the map`);
    const page = await open("#/map");
    await page.locator(`.total[data-places="${all.length}"]`).waitFor();
    await page.locator(".filters input[name=country]").fill(country);
    await page.locator(".filters button[type=submit]").click();
    await page.locator(`.total[data-places="${want.length}"]`).waitFor();
    assert.match(page.url(), new RegExp(`#/map\\?country=${country}$`));
    assert.equal(await page.locator(".map .places circle").count(), want.length, "one circle per place the API gives for the filter");
    const drawn = (await page.locator(".map .places circle").evaluateAll((els) => els.map((e) => e.getAttribute("data-location") ?? ""))).sort();
    assert.deepEqual(drawn, want);
    assert.equal(await page.locator(".loc-list tbody tr").count(), want.length);
    await shot(page, "map-filter-1280");

    await page.locator(".filters input[name=to]").fill("1990-01-01");
    await page.locator(".filters button[type=submit]").click();
    await page.locator('.total[data-places="0"]').waitFor();
    assert.equal(await page.locator(".map .places circle").count(), 0);
    assert.match((await page.locator(".empty-state").first().textContent()) ?? "", /تطابق/);
    await page.close();
  });

  it("switches to English (left to right) and back", async () => {
    const page = await open(`#/read/${docs[2]!.docKey}`);
    await page.locator(".article-text").waitFor();
    await page.locator("[data-lang-switch]").click();
    assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
    assert.equal(await page.locator('[data-nav="events"]').textContent(), "Events");
    // The article stays right to left whatever the interface language.
    assert.equal(await page.locator(".article").getAttribute("dir"), "rtl");
    await shot(page, "read-en-1280");
    await page.locator("[data-lang-switch]").click();
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
    await page.close();
  });

  it("fits a phone screen: no horizontal overflow, collapsed navigation", async () => {
    const views: [string, string][] = [
      [`#/read/${docs[1]!.docKey}`, ".article-text"],
      ["#/events", "tr.event-row"],
      ["#/network", "[data-edge]"],
      ["#/timeline", ".chart .bar"],
      ["#/map", ".map circle"],
      ["#/try", "textarea"],
    ];
    for (const [view, ready] of views) {
      const page = await open(view, 390, 844);
      await page.locator(ready).first().waitFor();
      // A string runs in the page (the test is compiled without the DOM library).
      const overflow = Number(await page.evaluate("document.body.scrollWidth - document.documentElement.clientWidth"));
      assert.ok(overflow <= 0, `${view}: the body is ${overflow}px wider than the screen`);
      assert.equal(await page.locator("#nav").isVisible(), false, "the navigation is collapsed");
      if (view === "#/events") await shot(page, "events-390");
      if (view === "#/network" || view === "#/map") {
        // The filter bar folds away behind its summary, and opens on demand.
        assert.equal(await page.locator(".filters").isVisible(), false, `${view}: filters folded`);
        await page.locator(".filters-box > summary").click();
        await page.locator(".filters input[name=actor]").waitFor({ state: "visible" });
        const open = Number(await page.evaluate("document.body.scrollWidth - document.documentElement.clientWidth"));
        assert.ok(open <= 0, `${view}: the open filters are ${open}px wider than the screen`);
      }
      if (view === "#/network") await shot(page, "network-390");
      if (view === "#/map") await shot(page, "map-390");
      if (view.startsWith("#/read")) {
        await page.locator(".menu-toggle").click();
        await page.locator('#nav [data-nav="map"]').waitFor({ state: "visible" });
        await shot(page, "read-390-menu");
        await page.locator(".menu-toggle").click();
        await page.locator(".article-text").scrollIntoViewIfNeeded();
        await shot(page, "read-390");
      }
      await page.close();
    }
  });

  it("raised no script errors (CSP included) in any view", () => {
    assert.deepEqual(pageErrors, []);
  });
});
