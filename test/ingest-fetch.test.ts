/**
 * URLs and feeds, against a server on 127.0.0.1 that this test starts: pages,
 * RSS and Atom feeds, redirects (bounded), timeouts and size limits.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FetchError, feedDate, fetchUrl, looksLikeFeed, parseFeed } from "../src/ingest/fetch.js";
import { planPaths, readPlan } from "../src/ingest/readers.js";
import type { ReadOptions, SourceItem } from "../src/ingest/readers.js";
import { InputError } from "../src/cli/input.js";

const PARA = "استقبل الرئيس المصري يوم الاثنين وزير الخارجية الأردني في القاهرة، وبحث الجانبان سبل وقف التصعيد في المنطقة. ".repeat(3);

function page(title: string, date: string | null): string {
  return `<!doctype html><html lang="ar"><head><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ""}</head>
<body><nav>الرئيسية | رياضة</nav><article><h1>${title}</h1><p>${PARA}</p><p>${PARA}</p></article></body></html>`;
}

const RSS = (base: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
<item><title>خبر أول</title><link>${base}/a1</link><pubDate>Tue, 21 Jul 2015 02:51:32 +0300</pubDate><description>ملخص &lt;b&gt;أول&lt;/b&gt;</description></item>
<item><title>خبر ثان</title><link>${base}/missing</link><pubDate>Wed, 22 Jul 2015 10:00:00 GMT</pubDate><description><![CDATA[<p>نص الخبر الثاني من الموجز</p>]]></description></item>
<item><title>بلا نص</title><link>${base}/gone</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>مدخل</title><link rel="alternate" href="https://atom.test/e1"/><published>2024-02-03T10:00:00Z</published><summary>ملخص المدخل</summary></entry>
</feed>`;

async function withServer(fn: (base: string) => Promise<void>): Promise<void> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const path = req.url ?? "/";
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/a1" }).end();
    } else if (path === "/a1") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("مقال أول", "2015-07-21T05:00:00+03:00"));
    } else if (path === "/feed.rss") {
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS(base));
    } else if (path === "/atom") {
      res.writeHead(200, { "content-type": "application/atom+xml" }).end(ATOM);
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>");
      setTimeout(() => res.end("</html>"), 3000).unref();
    } else if (path === "/big") {
      res.writeHead(200, { "content-type": "text/html", "content-length": "300000" });
      res.end("x".repeat(300_000));
    } else if (path === "/liar") {
      // No Content-Length: the limit has to be enforced while reading.
      res.writeHead(200, { "content-type": "text/html", "transfer-encoding": "chunked" });
      for (let i = 0; i < 40; i++) res.write("y".repeat(10_000));
      res.end();
    } else if (path === "/ftp") {
      res.writeHead(302, { location: "file:///etc/passwd" }).end();
    } else {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

async function collect(paths: string[], opts: ReadOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readPlan(await planPaths(paths), opts)) out.push(item);
  return out;
}

test("feeds: RSS and Atom items, dates as written", () => {
  const items = parseFeed(RSS("https://x.test"));
  assert.deepEqual(items.map((i) => [i.title, i.link, i.published, i.text]), [
    ["خبر أول", "https://x.test/a1", "2015-07-21", "ملخص أول"],
    ["خبر ثان", "https://x.test/missing", "2015-07-22", "نص الخبر الثاني من الموجز"],
    ["بلا نص", "https://x.test/gone", null, ""],
  ]);
  assert.deepEqual(parseFeed(ATOM), [{ title: "مدخل", link: "https://atom.test/e1", published: "2024-02-03", text: "ملخص المدخل" }]);
  assert.ok(looksLikeFeed(ATOM));
  assert.ok(!looksLikeFeed("<html><body>x</body></html>"));
  assert.equal(feedDate("Sun, 31 Dec 2023 23:30:00 -0500"), "2023-12-31");
  assert.equal(feedDate("garbage"), null);
});

test("fetch: pages, bounded redirects, time and size limits, only http(s)", async () => {
  await withServer(async (base) => {
    const ok = await fetchUrl(`${base}/hop/3`);
    assert.equal(ok.url, `${base}/a1`);
    assert.match(new TextDecoder().decode(ok.body), /مقال أول/);
    await assert.rejects(fetchUrl(`${base}/hop/3`, { maxRedirects: 2 }), (e: unknown) => e instanceof FetchError && /more than 2 redirects/.test(e.message));
    await assert.rejects(fetchUrl(`${base}/slow`, { timeoutMs: 300 }), (e: unknown) => e instanceof FetchError && /within 0.3s/.test(e.message));
    await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 100_000 }), (e: unknown) => e instanceof FetchError && /larger than the 100000-byte limit \(300000 bytes\)/.test(e.message));
    await assert.rejects(fetchUrl(`${base}/liar`, { maxBytes: 100_000 }), (e: unknown) => e instanceof FetchError && /larger than the 100000-byte limit/.test(e.message));
    await assert.rejects(fetchUrl(`${base}/nothing`), (e: unknown) => e instanceof FetchError && /HTTP 404/.test(e.message));
    await assert.rejects(fetchUrl(`${base}/ftp`), (e: unknown) => e instanceof FetchError && /refusing a file: URL/.test(e.message));
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/`), (e: unknown) => e instanceof FetchError && /ECONNREFUSED/.test(e.message));
  });
});

test("ingest readers: a page URL, a remote feed (articles fetched, feed text as fallback) and a local feed file", async () => {
  await withServer(async (base) => {
    const items = await collect([`${base}/a1`, `${base}/feed.rss`, `${base}/atom`, `${base}/slow`], { fetch: { timeoutMs: 500 } });
    // The heading and the paragraphs stay apart: a line break after each block.
    assert.ok(items[0]!.doc!.text.startsWith(`مقال أول\n${PARA.trim()}\n`), items[0]!.doc!.text.slice(0, 40));
    const view = items.map((i) => [i.label.replace(base, ""), i.doc ? [i.doc.title, i.doc.published, i.doc.url?.replace(base, ""), i.doc.text.split("\n")[0]!.slice(0, 10)] : i.error]);
    assert.deepEqual(view, [
      ["/a1", ["مقال أول", "2015-07-21", "/a1", "مقال أول"]],
      ["/a1", ["مقال أول", "2015-07-21", "/a1", "مقال أول"]],
      ["/missing", ["خبر ثان", "2015-07-22", "/missing", "نص الخبر ا"]],
      ["/gone", "HTTP 404 Not Found"],
      ["https://atom.test/e1", ["مدخل", "2024-02-03", "https://atom.test/e1", "ملخص المدخ"]],
      ["/slow", "no complete answer within 0.5s"],
    ]);
  });
  const dir = mkdtempSync(join(tmpdir(), "marsad-feed-"));
  try {
    writeFileSync(join(dir, "news.rss"), RSS("https://x.test"));
    writeFileSync(join(dir, "other.xml"), "<config><a/></config>");
    const local = await collect([dir]);
    assert.deepEqual(local.map((i) => [i.label.replace(`${dir}/`, ""), i.doc?.url ?? i.error]), [
      ["news.rss#1", "https://x.test/a1"],
      ["news.rss#2", "https://x.test/missing"],
      ["news.rss#3", "the feed item has no text"],
      ["other.xml", "not an RSS or Atom feed"],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(planPaths(["http://exa mple.test/"]), (e: unknown) => e instanceof InputError && /not a valid URL/.test(e.message));
});
