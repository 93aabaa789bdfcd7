/**
 * The Store contract: one suite, run against SQLite and PostgreSQL. Anything one
 * implementation does that the other does not is a failure here.
 */
import { test } from "node:test";
import type { TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPostgresStore } from "../src/store/postgres.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { StoreError } from "../src/store/sql.js";
import type { SqlConn } from "../src/store/sql.js";
import type { Store, StoredDocumentInput } from "../src/store/store.js";
import { canonicalUrl, contentHash, isoWeek } from "../src/store/store.js";
import { doc, pgSchema } from "./store.fixtures.js";
import type { Doc } from "./store.fixtures.js";

interface Backend {
  readonly name: string;
  open(t: TestContext): Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> } | null>;
}

const BACKENDS: readonly Backend[] = [
  {
    name: "sqlite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
      const file = join(dir, "t.db");
      return {
        store: await openSqliteStore(file),
        reopen: () => openSqliteStore(file),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async open(t) {
      const s = await pgSchema(t, "store");
      if (s === null) return null;
      return { store: await openPostgresStore(s.url), reopen: () => openPostgresStore(s.url), cleanup: s.drop };
    },
  },
];

const V1 = "lex-1";
const put = (d: Doc, version = V1): StoredDocumentInput => ({ input: d.input, record: d.record, lexiconVersion: version });

for (const backend of BACKENDS) {
  const it = (name: string, fn: (store: Store, reopen: () => Promise<Store>) => Promise<void>): void => {
    test(`store (${backend.name}): ${name}`, async (t) => {
      const h = await backend.open(t);
      if (h === null) return;
      try {
        await fn(h.store, h.reopen);
      } finally {
        await h.store.close();
        await h.cleanup();
      }
    });
  };

  it("stores a document once: same URL or same normalised text is already known", async (store) => {
    const a = doc({ id: "a", text: "زار وزير خارجية أرنور غوندور", url: "https://example.test/a", events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] });
    const r1 = await store.putDocument(put(a));
    assert.equal(r1.outcome, "new");
    assert.equal(r1.eventsAdded, 1);
    assert.equal((await store.putDocument(put(a))).outcome, "known");
    // Another URL, but the same article with diacritics, tatweel and other spacing and quotes.
    const copy = doc({ id: "a2", text: "  زارَ وزيـر خارجية  «أرنور» غوندور ", url: "https://mirror.test/a", events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] });
    assert.equal(contentHash(copy.input.text), contentHash(a.input.text));
    assert.equal((await store.putDocument(put(copy))).outcome, "known");
    // The same URL with a changed text is the same article, stored once, also with tracking parameters and a fragment.
    const edited = doc({ id: "a3", text: "نص آخر تماما", url: "https://EXAMPLE.test/a?utm_source=x&fbclid=y#comments" });
    assert.equal((await store.putDocument(put(edited))).outcome, "known");
    assert.equal(canonicalUrl("https://EXAMPLE.test/a?id=5&utm_medium=m#c"), "https://example.test/a?id=5");
    assert.equal(canonicalUrl("not a url"), "not a url");
    assert.equal(canonicalUrl(""), null);
    const s = await store.stats();
    assert.equal(s.documents, 1);
    assert.equal(s.events, 1);
    assert.equal(s.eventMentions, 1);
    const known = await store.findDocument(null, contentHash(a.input.text));
    assert.deepEqual(known, { docKey: r1.docKey, lexiconVersion: V1 });
  });

  it("merges reports of the same event across articles and outlets, with counts and first/last seen", async (store) => {
    const ev = { src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-04-08" } as const;
    await store.putDocuments([
      put(doc({ id: "d1", source: "outlet-a", published: "2024-04-08", events: [ev, { ...ev, sentence: 3 }] })),
      put(doc({ id: "d2", source: "outlet-a", published: "2024-04-09", events: [{ ...ev, sentence: 2 }] })),
      put(doc({ id: "d3", source: "outlet-b", published: "2024-04-10", url: "https://b.test/3", events: [{ ...ev, sentence: 1 }] })),
    ]);
    const events = await store.events();
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.equal(e.numMentions, 4);
    assert.equal(e.numArticles, 3);
    assert.equal(e.numSources, 2);
    assert.equal(e.firstSeen, "2024-04-08");
    assert.equal(e.lastSeen, "2024-04-10");
    assert.equal(e.isRoot, true);
    assert.equal(e.source?.entity, "arnor.gov");
    assert.equal(e.source?.country, "ARN");
    assert.equal(e.target?.code, "GON");
    assert.deepEqual(e.location, { name: "Minas Tirith", country: "GON", lat: 10.5, lon: 20.25 });
  });

  it("never merges events that differ in source, target, code, date or negation", async (store) => {
    const base = { src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" };
    const variants = [
      base,
      { ...base, src: "rohan" },
      { ...base, tgt: "rohan" },
      { ...base, code: "043" },
      { ...base, date: "2024-04-07" },
      { ...base, date: null },
      { ...base, tgt: null },
      { ...base, negated: true },
    ];
    await store.putDocuments(variants.map((v, i) => put(doc({ id: `v${i}`, source: `o${i}`, events: [v] }))));
    const events = await store.events();
    assert.equal(events.length, variants.length);
    for (const e of events) assert.equal(e.numMentions, 1);
    // Unknown people (document-local ids) are told apart by name, not by their per-document id.
    await store.putDocument(put(doc({ id: "u1", events: [{ src: "local.person-1", tgt: "gondor", code: "010", date: "2024-01-01" }] })));
    await store.putDocument(put(doc({ id: "u2", events: [{ src: "local.person-1", tgt: "gondor", code: "010", date: "2024-01-01" }] })));
    const unknown = await store.events({ code: "010" });
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.numArticles, 2);
    assert.equal(unknown[0]!.source?.entity, "local:someone unknown");
  });

  it("re-coding with a newer lexicon version replaces a document's events cleanly", async (store) => {
    const shared = { src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" };
    const d1 = doc({ id: "d1", source: "a", events: [shared, { src: "rohan", tgt: "gondor", code: "190", date: "2024-04-08" }] });
    const d2 = doc({ id: "d2", source: "b", events: [shared] });
    await store.putDocuments([put(d1), put(d2)]);
    assert.equal((await store.events()).length, 2);
    // Same version again: known, nothing changes.
    assert.equal((await store.putDocument(put(d1))).outcome, "known");
    // The new lexicons find a different event in d1 and no longer the 190.
    const recoded = doc({ id: "d1", source: "a", events: [{ src: "arnor", tgt: "rohan", code: "051", date: "2024-04-08" }] });
    const r = await store.putDocument({ input: d1.input, record: recoded.record, lexiconVersion: "lex-2" });
    assert.equal(r.outcome, "recoded");
    const events = await store.events();
    assert.deepEqual(events.map((e) => e.code).sort(), ["042", "051"]);
    const e042 = events.find((e) => e.code === "042")!;
    assert.equal(e042.numArticles, 1);
    assert.equal(e042.numSources, 1);
    const s = await store.stats();
    assert.equal(s.documents, 2);
    assert.equal(s.eventMentions, 2);
    const known = await store.findDocument(null, contentHash(d1.input.text));
    assert.equal(known?.lexiconVersion, "lex-2");
    const records = [];
    for await (const rec of store.records()) records.push(rec);
    assert.deepEqual(records[0]!.events.map((e) => e.code), ["051"]);
    // What `marsad recode` finds: documents of any other version, with what coding them needs.
    const stale = await store.staleDocuments("lex-2", 10);
    assert.deepEqual(stale, [{ text: d2.input.text, id: "d2", published: "2024-04-09", title: null, url: null, source: "b", lang: "ar" }]);
    assert.deepEqual(await store.staleDocuments(V1, 10).then((x) => x.map((d) => d.id)), ["d1"]);
    await store.optimize();
  });

  // SQLite serialises writers on its file lock (a second process waits); PostgreSQL's must not collide.
  if (backend.name === "postgres") it("two writers storing the same articles at once store each once", async (store, reopen) => {
    const other = await reopen();
    try {
      const docs = [1, 2, 3].map((i) => put(doc({ id: `c${i}`, events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] })));
      const [a, b] = await Promise.all([store.putDocuments(docs), other.putDocuments(docs)]);
      const outcomes = [...a!, ...b!].map((r) => r.outcome).sort();
      assert.deepEqual(outcomes, ["known", "known", "known", "new", "new", "new"]);
      const s = await store.stats();
      assert.equal(s.documents, 3);
      assert.equal(s.eventMentions, 3);
      assert.equal((await store.events())[0]!.numArticles, 3);
    } finally {
      await other.close();
    }
  });

  it("a batch that holds an article twice, the second time re-coded, stores the last coding only", async (store) => {
    const first = doc({ id: "t", source: "a", events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] });
    const second = doc({ id: "t", source: "a", events: [{ src: "rohan", tgt: "gondor", code: "190", date: "2024-04-08" }, { src: "gondor", tgt: "rohan", code: "051", date: "2024-04-08" }] });
    const same = doc({ id: "t-copy", source: "a", text: first.input.text, events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] });
    const results = await store.putDocuments([put(first), { input: first.input, record: second.record, lexiconVersion: "lex-2" }, put(same, "lex-2")]);
    assert.deepEqual(results.map((r) => [r.outcome, r.eventsAdded]), [["new", 1], ["recoded", 2], ["known", 0]]);
    assert.equal(new Set(results.map((r) => r.docKey)).size, 1);
    const events = await store.events({}, { sort: "code" });
    assert.deepEqual(events.map((e) => [e.code, e.numMentions]), [["051", 1], ["190", 1]]);
    const s = await store.stats();
    assert.deepEqual([s.documents, s.eventMentions, s.quotes], [1, 2, 1]);
    assert.equal((await store.findDocument(null, contentHash(first.input.text)))?.lexiconVersion, "lex-2");
  });

  it("a batch is all or nothing", async (store) => {
    const good = doc({ id: "g", events: [{ src: "arnor", tgt: "gondor", code: "042", date: "2024-04-08" }] });
    const bad = doc({ id: "b", events: [{ src: "arnor", tgt: "gondor", code: "043", date: "2024-04-08" }] });
    // A NOT NULL column left empty makes the second insert fail inside the transaction.
    const broken = { ...bad.record, events: [{ ...bad.record.events[0]!, code: null as unknown as string }] };
    await assert.rejects(store.putDocuments([put(good), { input: bad.input, record: broken, lexiconVersion: V1 }]));
    const s = await store.stats();
    assert.equal(s.documents, 0);
    assert.equal(s.events, 0);
    // And the store is still usable afterwards.
    assert.equal((await store.putDocument(put(good))).outcome, "new");
  });

  it("stores records exactly (the output contract round-trips)", async (store) => {
    const docs = [1, 2, 3].map((i) => doc({ id: `r${i}`, title: `عنوان ${i}`, events: [{ src: "arnor", tgt: "gondor", code: "042", date: `2024-04-0${i}` }] }));
    await store.putDocuments(docs.map((d) => put(d)));
    const out = [];
    for await (const r of store.records()) out.push(r);
    assert.deepEqual(out, docs.map((d) => d.record));
    const limited = [];
    for await (const r of store.records({ limit: 2 })) limited.push(r);
    assert.equal(limited.length, 2);
    const filtered = [];
    for await (const r of store.records({ from: "2024-04-02" })) filtered.push(r.document.id);
    assert.deepEqual(filtered, ["r2", "r3"]);
  });

  it("filters events, and summarises actors, dyads and the timeline", async (store) => {
    await store.putDocuments([
      put(doc({ id: "f1", source: "alpha", text: "زيارة إلى أمريكا", events: [{ src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-03-01" }] })),
      put(doc({ id: "f2", source: "beta", text: "قصف مدفعي", events: [{ src: "gondor", tgt: "rohan", code: "190", date: "2024-04-02" }] })),
      put(doc({ id: "f3", source: "beta", text: "اجتماع في الرياض", events: [{ src: "rohan", tgt: "arnor", code: "040", date: "2024-04-05" }, { src: "rohan", tgt: null, code: "010", date: null }] })),
    ]);
    const codes = async (f: Parameters<Store["events"]>[0]): Promise<string[]> => (await store.events(f)).map((e) => e.code).sort();
    assert.deepEqual(await codes({}), ["010", "040", "042", "190"]);
    assert.deepEqual(await codes({ actor: "arnor.gov" }), ["042"]);
    assert.deepEqual(await codes({ actor: "ARN" }), ["040", "042"]);
    assert.deepEqual(await codes({ actor: "Rohan" }), ["010", "040", "190"]);
    assert.deepEqual(await codes({ country: "ROH" }), ["010", "040", "190"]);
    assert.deepEqual(await codes({ between: ["arnor", "rohan"] }), ["040"]);
    assert.deepEqual(await codes({ between: ["rohan", "arnor"] }), ["040"]);
    assert.deepEqual(await codes({ code: "04" }), ["040", "042"]);
    assert.deepEqual(await codes({ code: "042" }), ["042"]);
    assert.deepEqual(await codes({ root: "19" }), ["190"]);
    assert.deepEqual(await codes({ quad: 4 }), ["190"]);
    assert.deepEqual(await codes({ from: "2024-04-01" }), ["040", "190"]);
    assert.deepEqual(await codes({ to: "2024-04-02" }), ["042", "190"]);
    assert.deepEqual(await codes({ from: "2024-04-01", to: "2024-04-03" }), ["190"]);
    assert.deepEqual(await codes({ outlet: "beta" }), ["010", "040", "190"]);
    // Arabic normalisation: امريكا (no hamza) finds أمريكا.
    assert.deepEqual(await codes({ text: "امريكا" }), ["042"]);
    assert.deepEqual(await codes({ text: "اجتماع الرياض" }), ["010", "040"]);
    assert.deepEqual(await codes({ text: "لا-يوجد" }), []);
    assert.deepEqual(await codes({ text: '"' }), []);
    assert.equal((await store.events({ limit: 2 })).length, 2);
    // Newest first, undated last.
    assert.deepEqual((await store.events()).map((e) => e.date), ["2024-04-05", "2024-04-02", "2024-03-01", null]);

    const hits = await store.searchDocuments("أمريكا");
    assert.deepEqual(hits.map((h) => h.id), ["f1"]);
    assert.deepEqual((await store.searchDocuments("امريكا")).map((h) => h.id), ["f1"]);

    const actors = await store.actors();
    const rohan = actors.find((a) => a.entity === "rohan")!;
    assert.equal(rohan.asSource, 2);
    assert.equal(rohan.asTarget, 1);
    assert.equal(rohan.documents, 2);
    assert.equal(rohan.name, "Rohan");
    assert.equal(actors[0]!.entity, "rohan");

    const dyads = await store.dyads();
    assert.equal(dyads.length, 3);
    const gr = dyads.find((d) => d.source.entity === "gondor")!;
    assert.equal(gr.target.entity, "rohan");
    assert.equal(gr.events, 1);
    assert.equal(gr.goldstein, -5);
    assert.deepEqual(gr.quad, [0, 0, 0, 1]);
    assert.deepEqual((await store.dyads({ quad: 1 })).length, 2);

    const months = await store.timeline({}, "month");
    assert.deepEqual(months.map((p) => [p.period, p.events]), [["2024-03", 1], ["2024-04", 2]]);
    const days = await store.timeline({ outlet: "beta" }, "day");
    assert.deepEqual(days.map((p) => p.period), ["2024-04-02", "2024-04-05"]);
    assert.deepEqual(days[0]!.quad, [0, 0, 0, 1]);
  });

  it("pages and sorts events, opens one event with its reports, lists documents and places, buckets ISO weeks", async (store) => {
    await store.putDocuments([
      put(doc({ id: "p1", source: "alpha", title: "زيارة", text: "زيارة ملك أرنور إلى غوندور", events: [{ src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-12-30" }] })),
      put(doc({ id: "p2", source: "beta", published: "2024-04-10", text: "قصف مدفعي على روهان", events: [{ src: "gondor", tgt: "rohan", code: "190", date: "2024-04-02" }, { src: "gondor", tgt: "rohan", code: "190", date: "2024-04-02", sentence: 0 }] })),
      put(doc({ id: "p3", source: "beta", published: "2024-04-11", text: "اجتماع في روهان", events: [{ src: "rohan", tgt: "arnor", code: "040", date: "2024-04-05" }, { src: "rohan", tgt: "gondor", code: "040", date: "2024-04-07" }] })),
    ]);
    assert.equal(await store.countEvents(), 4);
    assert.equal(await store.countEvents({ root: "04", limit: 1 }), 3);
    const byDate = await store.events({}, { sort: "date" });
    assert.deepEqual(byDate.map((e) => e.date), ["2024-04-02", "2024-04-05", "2024-04-07", "2024-12-30"]);
    const page2 = await store.events({ limit: 2 }, { sort: "date", offset: 2 });
    assert.deepEqual(page2.map((e) => e.date), ["2024-04-07", "2024-12-30"]);
    assert.deepEqual((await store.events({}, { sort: "-date", offset: 3 })).map((e) => e.date), ["2024-04-02"]);
    assert.deepEqual((await store.events({}, { sort: "goldstein" }))[0]!.code, "190");
    assert.deepEqual((await store.events({}, { sort: "-mentions" }))[0]!.numMentions, 2);
    assert.deepEqual((await store.events({}, { sort: "code" })).map((e) => e.code), ["040", "040", "042", "190"]);
    // entity: exactly this actor id, where actor takes a code prefix (ARN is also arnor.gov's ARNGOV).
    assert.deepEqual((await store.events({ entity: "arnor" })).map((e) => e.code), ["040"]);
    assert.deepEqual((await store.events({ actor: "ARN" })).map((e) => e.code).sort(), ["040", "042"]);

    const shelling = byDate[0]!;
    const detail = await store.event(shelling.id);
    assert.ok(detail);
    assert.equal(detail.event.id, shelling.id);
    assert.equal(detail.reports.length, 2);
    assert.equal(detail.reports[0]!.docId, "p2");
    assert.equal(detail.reports[0]!.source, "beta");
    assert.equal(detail.reports[0]!.sentence, "قصف مدفعي على روهان");
    assert.equal(detail.reports[0]!.event.code, "190");
    assert.equal(detail.reports[0]!.event.rule, "test.rule#1");
    assert.equal((await store.event(shelling.id, 1))!.reports.length, 1);
    assert.equal(await store.event(999_999), null);

    const all = await store.documents({ limit: 2 });
    assert.equal(all.total, 3);
    assert.deepEqual(all.items.map((d) => [d.id, d.events]), [["p3", 2], ["p2", 2]]);
    assert.deepEqual((await store.documents({ limit: 2, offset: 2 })).items.map((d) => d.id), ["p1"]);
    const found = await store.documents({ limit: 10, q: "روهان" });
    assert.deepEqual([found.total, found.items.map((d) => d.id).sort()], [2, ["p2", "p3"]]);
    assert.deepEqual(await store.documents({ limit: 10, q: "!!" }), { total: 0, items: [] });
    const one = await store.document(all.items[0]!.docKey);
    assert.equal(one?.text, "اجتماع في روهان");
    assert.equal(one?.record.document.id, "p3");
    assert.equal(one?.title, null);
    assert.equal(await store.document(999_999), null);

    assert.deepEqual(await store.locations(), [{ name: "Minas Tirith", country: "GON", lat: 10.5, lon: 20.25, events: 4 }]);
    assert.deepEqual(await store.locations({ quad: 4 }), [{ name: "Minas Tirith", country: "GON", lat: 10.5, lon: 20.25, events: 1 }]);

    // 2024-12-30 is a Monday in ISO week 1 of 2025; 04-02 and 04-05 share week 14, 04-07 (a Sunday) too.
    const weeks = await store.timeline({}, "week");
    assert.deepEqual(weeks.map((p) => [p.period, p.events]), [["2024-W14", 3], ["2025-W01", 1]]);
    assert.deepEqual(weeks[0]!.quad, [2, 0, 0, 1]);
    assert.deepEqual(weeks[0]!.roots, { "04": 2, "19": 1 });
    assert.equal(weeks[0]!.goldstein, 1);
  });

  it("migrates once, and refuses a database newer than the code", async (store, reopen) => {
    assert.equal((await store.stats()).schemaVersion, 1);
    await store.putDocument(put(doc({ id: "m" })));
    const again = await reopen();
    try {
      assert.equal((await again.stats()).documents, 1);
      assert.equal((await again.stats()).schemaVersion, 1);
    } finally {
      await again.close();
    }
    // A later marsad's migration, as this one would find it.
    await (store as unknown as { conn: SqlConn }).conn.run(
      "INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 'now')",
    );
    await assert.rejects(reopen(), (err: unknown) => err instanceof StoreError && /newer than this marsad/.test(err.message));
  });
}

test("isoWeek: ISO 8601 weeks, with the week's own year at year ends", () => {
  assert.equal(isoWeek("2015-07-21"), "2015-W30");
  assert.equal(isoWeek("2021-01-03"), "2020-W53");
  assert.equal(isoWeek("2024-12-30"), "2025-W01");
  assert.equal(isoWeek("2026-01-01"), "2026-W01");
  assert.equal(isoWeek("2027-01-01"), "2026-W53");
});

/**
 * Workers store batches concurrently (src/queue/worker.ts): four connections,
 * opening one new schema at once and storing overlapping batches (the same
 * actors and events, a quarter of the articles in three batches), each in its
 * own order. Before the store ordered its locks this deadlocked within a few
 * batches; now nothing may fail, and the result must be that of one writer.
 */
test("store (postgres): four writers storing overlapping batches at once neither deadlock nor miscount", async (t) => {
  const par = await pgSchema(t, "par");
  if (par === null) return;
  const seq = await pgSchema(t, "seq");
  if (seq === null) return await par.drop();
  const pairs: readonly [string, string | null][] = [
    ["arnor", "gondor"],
    ["gondor", "arnor"],
    ["rohan", "gondor"],
    ["arnor.gov", "rohan"],
    ["local.person-1", "arnor"],
    ["gondor", null],
  ];
  const codes = ["042", "043", "190", "051"];
  const docs = Array.from({ length: 48 }, (_, i) =>
    put(
      doc({
        id: `w${i}`,
        source: `outlet-${i % 3}`,
        // One day each, so that the earliest report of an event (and its source URL) does not depend on who stored first.
        published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        url: `https://example.test/w/${i}`,
        events: [0, 1, 2, 3].map((k) => {
          const [src, tgt] = pairs[(i + k * 5) % pairs.length]!;
          return { src, tgt, code: codes[(i * 7 + k) % codes.length]!, date: `2024-03-0${1 + ((i + k) % 3)}`, sentence: k };
        }),
      }),
    ),
  );
  // Writer k stores every article but those with i % 4 === k, in batches of 6, each writer in another order.
  const batchesOf = (k: number): StoredDocumentInput[][] => {
    const mine = docs.filter((_, i) => i % 4 !== k);
    const order = k % 2 === 0 ? mine : [...mine].reverse();
    const rotated = [...order.slice(k * 5), ...order.slice(0, k * 5)];
    return Array.from({ length: Math.ceil(rotated.length / 6) }, (_, b) => rotated.slice(b * 6, b * 6 + 6));
  };

  const snapshot = async (store: Store): Promise<unknown> => {
    const events = (await store.events({}, { sort: "code" })).map((e) => ({
      code: e.code,
      date: e.date,
      src: e.source?.entity ?? null,
      tgt: e.target?.entity ?? null,
      numMentions: e.numMentions,
      numArticles: e.numArticles,
      numSources: e.numSources,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      isRoot: e.isRoot,
      sourceUrl: e.sourceUrl,
    }));
    const key = (e: (typeof events)[number]): string => JSON.stringify([e.code, e.date, e.src, e.tgt]);
    events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const { schemaVersion: _v, ...stats } = await store.stats();
    return { stats, events, actors: await store.actors() };
  };

  const writers: Store[] = [];
  let sequential: Store | undefined;
  try {
    // Opened at once: creating the new schema and its tables concurrently must not fail either.
    writers.push(...(await Promise.all([0, 1, 2, 3].map(() => openPostgresStore(par.url)))));
    const started = performance.now();
    const results = await Promise.all(
      writers.map(async (store, k) => {
        const out = [];
        for (const batch of batchesOf(k)) out.push(...(await store.putDocuments(batch)));
        return out;
      }),
    );
    t.diagnostic(`4 writers, ${results.flat().length} puts in ${Math.round(performance.now() - started)} ms`);
    // Every article is new exactly once, whoever stored it; the other two copies are known.
    const outcomes = new Map<number, string[]>();
    for (const r of results.flat()) outcomes.set(r.docKey, [...(outcomes.get(r.docKey) ?? []), r.outcome]);
    assert.equal(outcomes.size, docs.length);
    for (const list of outcomes.values()) assert.deepEqual(list.sort(), ["known", "known", "new"]);

    sequential = await openPostgresStore(seq.url);
    for (const k of [0, 1, 2, 3]) for (const batch of batchesOf(k)) await sequential.putDocuments(batch);
    const expected = await snapshot(sequential);
    const got = await snapshot(writers[0]!);
    assert.equal((expected as { stats: { documents: number } }).stats.documents, docs.length);
    assert.ok((expected as { events: { numArticles: number }[] }).events.some((e) => e.numArticles > 4), "the batches share events");
    assert.deepEqual(got, expected);
  } finally {
    for (const s of writers) await s.close();
    await sequential?.close();
    await par.drop();
    await seq.drop();
  }
});
