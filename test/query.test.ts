/** The query commands on the command line: events, actors, dyads, timeline, search. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../src/store/sqlite.js";
import { doc } from "./store.fixtures.js";
import { runMarsad } from "./helpers/cli.js";


function marsad(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runMarsad(args, { env: { NO_COLOR: "1" } });
}

test("marsad events/actors/dyads/timeline/search over a database", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-query-"));
  try {
    const db = join(dir, "q.db");
    const store = await openSqliteStore(db);
    await store.putDocuments(
      [
        doc({ id: "q1", source: "alpha", title: "زيارة", text: "زار ملك أرنور أمريكا", events: [{ src: "arnor.gov", tgt: "gondor", code: "042", date: "2024-03-01" }] }),
        doc({ id: "q2", source: "beta", text: "قصف", events: [{ src: "gondor", tgt: "rohan", code: "190", date: "2024-04-02" }] }),
        doc({ id: "q3", source: "beta", text: "اجتماع", events: [{ src: "rohan", tgt: "arnor", code: "040", date: "2024-04-05" }] }),
      ].map((d) => ({ input: d.input, record: d.record, lexiconVersion: "v" })),
    );
    await store.close();

    const events = await marsad(["events", "--db", db, "--json"]);
    assert.equal(events.code, 0, events.stderr);
    assert.deepEqual(events.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { code: string }).code), ["040", "190", "042"]);
    const filtered = await marsad(["events", "--db", db, "--between", "arnor", "rohan", "--from", "2024-04-01", "--to", "2024-04-30", "--quad", "1", "--outlet", "beta"]);
    assert.equal(filtered.code, 0, filtered.stderr);
    assert.equal(filtered.stdout.trimEnd().split("\n").length, 1);
    assert.match(filtered.stdout, /^2024-04-05 +040 .*Rohan \[ROH\] → Arnor \[ARN\]/);
    const text = await marsad(["events", "--db", db, "--text", "امريكا", "--country", "arn", "--root", "4", "--code", "04"]);
    assert.match(text.stdout, /042 .*Arnor \(king\) \[ARNGOV\] → Gondor \[GON\].*1 mentions, 1 articles, 1 sources/);
    const none = await marsad(["events", "--db", db, "--actor", "mordor"]);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, "");
    assert.match(none.stderr, /no events match/);

    const actors = await marsad(["actors", "--db", db, "--json"]);
    const rows = actors.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { entity: string; asSource: number; asTarget: number });
    assert.deepEqual(rows.find((r) => r.entity === "gondor"), { ...rows.find((r) => r.entity === "gondor"), asSource: 1, asTarget: 1 });
    const dyads = await marsad(["dyads", "--db", db, "--limit", "1"]);
    assert.equal(dyads.stdout.trimEnd().split("\n").length, 1);
    const timeline = await marsad(["timeline", "--db", db, "--by", "month"]);
    assert.match(timeline.stdout, /^2024-03 +1 events/m);
    assert.match(timeline.stdout, /^2024-04 +2 events +Q1-4 1\/0\/0\/1/m);
    const search = await marsad(["search", "امريكا", "--db", db, "--json"]);
    assert.deepEqual(search.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { id: string }).id), ["q1"]);

    const missing = await marsad(["events", "--db", join(dir, "nope.db")]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.db: no such database \(marsad ingest creates one\)/);
    assert.ok(!existsSync(join(dir, "nope.db")));

    for (const [args, message] of [
      [["events", "--between", "arnor"], /--between takes exactly two actors/],
      [["events", "--quad", "5"], /--quad '5': expected 1, 2, 3 or 4/],
      [["events", "--from", "2024-13-01"], /invalid date '2024-13-01'/],
      [["events", "--from", "2024-05-01", "--to", "2024-04-01"], /--from 2024-05-01 is after --to 2024-04-01/],
      [["events", "--code", "abc"], /--code 'abc'/],
      [["events", "--country", "Arnor"], /--country 'Arnor'/],
      [["events", "--limit", "x"], /--limit 'x'/],
      [["timeline", "--by", "week"], /--by 'week'/],
    ] as const) {
      const r = await marsad([...args, "--db", db]);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
