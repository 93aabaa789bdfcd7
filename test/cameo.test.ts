import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PLOVER_TYPES, parseCodebook, quadClassOfRoot } from "../src/cameo/codebook.js";
import type { CameoCode } from "../src/cameo/codebook.js";
import { defaultCodebookPath, loadCodebook, packageRoot } from "../src/cameo/load.js";
import { parseCsv } from "../src/core/csv.js";

const repoRoot = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
const book = loadCodebook();

// Written out here rather than taken from the module, so a wrong mapping in the
// module cannot agree with itself.
const QUAD_BY_ROOT: Record<string, number> = {
  "01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
  "06": 2, "07": 2, "08": 2, "09": 2,
  "10": 3, "11": 3, "12": 3, "13": 3, "14": 3,
  "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
};

function code(c: string): CameoCode {
  const found = book.get(c);
  assert.ok(found, `code ${c} is missing`);
  return found;
}

test("the codebook file parses and holds the whole of CAMEO", () => {
  assert.equal(defaultCodebookPath(), path.join(repoRoot, "data", "cameo", "codebook.yaml"));
  assert.equal(book.roots().length, 20);
  assert.ok(book.all().length >= 280 && book.all().length <= 320, `${book.all().length} codes`);
  assert.deepEqual(
    book.roots().map((r) => r.code),
    // "10".."20" are integer-like keys, which objects list first: sort.
    Object.keys(QUAD_BY_ROOT).sort(),
  );
});

test("every code's root is its first two digits, and that root exists", () => {
  for (const c of book.all()) {
    assert.match(c.code, /^\d{3,4}$/);
    assert.equal(c.root, c.code.slice(0, 2), c.code);
    assert.ok(book.rootName(c.root), `${c.code}: no root ${c.root}`);
    if (c.code.length === 4) assert.ok(book.has(c.code.slice(0, 3)), `${c.code}: no parent`);
  }
  for (const r of book.roots()) assert.ok(book.has(`${r.code}0`), `no generic code for ${r.code}`);
});

test("quadClass follows the root (GDELT 2.0 mapping)", () => {
  for (const c of book.all()) assert.equal(c.quadClass, QUAD_BY_ROOT[c.root], c.code);
  for (const r of book.roots()) {
    assert.equal(r.quadClass, QUAD_BY_ROOT[r.code], r.code);
    assert.equal(quadClassOfRoot(r.code), QUAD_BY_ROOT[r.code]);
  }
  assert.equal(quadClassOfRoot("00"), undefined);
  assert.equal(quadClassOfRoot("21"), undefined);
  assert.equal(quadClassOfRoot("4"), undefined);
});

test("Goldstein scores lie in [-10, 10]", () => {
  for (const c of book.all()) {
    assert.ok(Number.isFinite(c.goldstein) && c.goldstein >= -10 && c.goldstein <= 10, `${c.code}: ${c.goldstein}`);
  }
});

test("codes are unique and listed in CAMEO order", () => {
  const codes = book.all().map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(codes, [...codes].sort());
  const raw = readFileSync(defaultCodebookPath(), "utf8");
  const lines = raw.split("\n").filter((l) => /^\s*- \{ code: "\d{3,4}"/.test(l));
  assert.equal(lines.length, codes.length, "every code line in the file made it into the table");
});

test("spot checks that a wrong table would fail", () => {
  const expect: [string, number, string | null][] = [
    ["010", 0, null],
    ["011", -0.1, null],
    ["016", 3.4, null],
    ["020", 3.0, null],
    ["022", 3.4, null],
    ["0256", -0.3, null],
    ["036", 4.0, "AGREE"],
    ["040", 1.0, "CONSULT"],
    ["042", 1.9, "CONSULT"],
    ["043", 2.8, "CONSULT"],
    ["046", 7.0, "CONSULT"],
    ["057", 8.0, "SUPPORT"],
    ["061", 6.4, "COOPERATE"],
    ["072", 8.3, "AID"],
    ["074", 8.5, "AID"],
    ["081", 5.0, "CONCEDE"],
    ["0841", 7.0, "RETREAT"],
    ["0874", 10.0, "RETREAT"],
    ["091", -2.0, "ACCUSE"],
    ["1041", -5.0, "REQUEST"],
    ["111", -2.0, "ACCUSE"],
    ["1213", -4.0, "REJECT"],
    ["1241", -5.0, "REJECT"],
    ["125", -5.0, "REJECT"],
    ["130", -4.4, "THREATEN"],
    ["138", -7.0, "THREATEN"],
    ["141", -6.5, "PROTEST"],
    ["145", -7.5, "PROTEST"],
    ["154", -7.2, "MOBILIZE"],
    ["163", -8.0, "SANCTION"],
    ["164", -6.5, "SANCTION"],
    ["171", -9.2, "COERCE"],
    ["173", -5.0, "COERCE"],
    ["175", -9.0, "ASSAULT"],
    ["182", -9.5, "ASSAULT"],
    ["1823", -10.0, "ASSAULT"],
    ["190", -10.0, "ASSAULT"],
    ["191", -9.5, "COERCE"],
    ["196", -9.5, "ASSAULT"],
    ["2042", -10.0, "ASSAULT"],
  ];
  for (const [c, goldstein, plover] of expect) {
    assert.equal(code(c).goldstein, goldstein, `${c} goldstein`);
    assert.equal(code(c).plover, plover, `${c} plover`);
  }
  assert.equal(code("173").name, "Arrest, detain, or charge with legal action");
  assert.equal(code("190").name, "Use conventional military force");
  assert.equal(code("042").name, "Make a visit");
  assert.equal(code("1312").name, "Threaten with sanctions, boycott, embargo");
  assert.equal(code("0863").name, "Allow humanitarian access");
  assert.equal(code("0256").root, "02");
  assert.equal(book.rootName("04"), "CONSULT");
  assert.equal(book.rootName("19"), "FIGHT");
  assert.equal(book.rootName("08"), "YIELD");
  assert.equal(book.rootName("21"), undefined);
  assert.equal(book.rootName("040"), undefined);
});

test("a bare root resolves to its generic code; unknown codes do not resolve", () => {
  assert.equal(book.get("04")?.code, "040");
  assert.equal(book.get("19")?.code, "190");
  assert.equal(book.get("01")?.code, "010");
  assert.equal(book.get(" 042 ")?.code, "042");
  assert.ok(book.has("20"));
  for (const bad of ["", "4", "40", "21", "0111", "1386", "0400", "abc"]) {
    assert.equal(book.get(bad), undefined, bad);
    assert.equal(book.has(bad), false, bad);
  }
});

test("PLOVER types: only CAMEO 01 and 02 lack one, and every type is used", () => {
  for (const c of book.all()) {
    if (c.root === "01" || c.root === "02") assert.equal(c.plover, null, c.code);
    else assert.ok(c.plover !== null && PLOVER_TYPES.includes(c.plover), c.code);
  }
  const used = new Set(book.all().map((c) => c.plover));
  for (const t of PLOVER_TYPES) assert.ok(used.has(t), `${t} is never used`);
});

test("the table is frozen", () => {
  const c = code("040");
  assert.throws(() => {
    (c as { goldstein: number }).goldstein = 5;
  });
  assert.equal(Object.isFrozen(book.all()), true);
});

function minimalBook(): { roots: unknown[]; codes: Record<string, unknown>[] } {
  return {
    roots: [{ code: "04", name: "CONSULT" }],
    codes: [
      { code: "040", name: "Consult", goldstein: 1, quadClass: 1, plover: "CONSULT" },
      { code: "042", name: "Make a visit", goldstein: 1.9, quadClass: 1, plover: "CONSULT" },
    ],
  };
}

test("parseCodebook rejects bad tables with a message that names the problem", () => {
  assert.equal(parseCodebook(minimalBook()).all().length, 2);
  const cases: [string, (b: ReturnType<typeof minimalBook>) => void, RegExp][] = [
    ["duplicate", (b) => b.codes.push({ ...b.codes[1] }), /duplicate code 042/],
    ["quad", (b) => Object.assign(b.codes[1] ?? {}, { quadClass: 3 }), /quadClass 3, but root 04 is quadClass 1/],
    ["goldstein", (b) => Object.assign(b.codes[1] ?? {}, { goldstein: 11 }), /codes\.1\.goldstein/],
    ["plover", (b) => Object.assign(b.codes[1] ?? {}, { plover: "STATEMENT" }), /codes\.1\.plover/],
    ["unquoted code", (b) => Object.assign(b.codes[1] ?? {}, { code: 42 }), /codes\.1\.code/],
    ["unknown root", (b) => b.codes.push({ code: "050", name: "x", goldstein: 1, quadClass: 1, plover: null }), /root 05 is not in roots/],
    ["orphan", (b) => b.codes.push({ code: "0451", name: "x", goldstein: 1, quadClass: 1, plover: null }), /parent 045 is missing/],
    ["no generic", (b) => b.codes.shift(), /no generic code 040/],
    ["extra key", (b) => Object.assign(b.codes[1] ?? {}, { weight: 1 }), /weight/],
  ];
  for (const [label, mutate, message] of cases) {
    const b = minimalBook();
    mutate(b);
    assert.throws(() => parseCodebook(b), message, label);
  }
  assert.throws(() => parseCodebook(null), /invalid CAMEO codebook/);
});

test("loadCodebook reports a bad entry with its file and line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "marsad-cameo-"));
  try {
    const file = path.join(dir, "codebook.yaml");
    writeFileSync(
      file,
      [
        "roots:",
        "  - { code: \"04\", name: CONSULT }",
        "codes:",
        "  - { code: \"040\", name: Consult, goldstein: 1.0, quadClass: 1, plover: CONSULT }",
        "  - { code: \"042\", name: Make a visit, goldstein: 1.9, quadClass: 2, plover: CONSULT }",
        "",
      ].join("\n"),
    );
    assert.throws(() => loadCodebook(file), (err: Error) => err.message.includes(`${file}:5:`) && /quadClass/.test(err.message));
    writeFileSync(file, "roots: [\n");
    assert.throws(() => loadCodebook(file), /invalid CAMEO codebook YAML/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the CSV parser handles quotes, commas and line breaks inside fields", () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi""\nthere"\r\n1,,3\n'), [
    ["a", "b, c", 'say "hi"\nthere'],
    ["1", "", "3"],
  ]);
});

/**
 * Where the reference (the ICEWS copy of CAMEO) and Schrodt's CAMEO.SCALE disagree
 * on a score, the table follows CAMEO.SCALE (see the codebook's header). Each
 * entry is checked exactly, so a change on either side shows up here.
 */
const GOLDSTEIN_DIVERGENCES: Record<string, { ours: number; reference: number }> = {
  "016": { ours: 3.4, reference: -5 },
  "124": { ours: -5, reference: -4 },
  "1241": { ours: -5, reference: -4 },
  "1242": { ours: -5, reference: -4 },
  "1243": { ours: -5, reference: -4 },
  "1244": { ours: -5, reference: -4 },
  "1245": { ours: -5, reference: -4 },
  "1246": { ours: -5, reference: -4 },
};

/** Names compared without case, punctuation or CAMEO's residual-category suffix. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/not (otherwise )?specified( below)?/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

test("agrees with the reference CAMEO table in ../shared (when present)", (t) => {
  const refFile = path.resolve(repoRoot, "../shared/reference/cameo-codes.csv");
  if (!existsSync(refFile)) {
    t.diagnostic(`no reference table at ${refFile}; comparison not run`);
    return;
  }
  const [header, ...rows] = parseCsv(readFileSync(refFile, "utf8")).filter((r) => r.some((f) => f !== ""));
  assert.ok(header, "reference CSV is empty");
  const col = (name: string): number => {
    const i = header.indexOf(name);
    assert.ok(i >= 0, `reference CSV has no ${name} column`);
    return i;
  };
  const [iCode, iName, iGold] = [col("code"), col("name"), col("goldstein")];

  const problems: string[] = [];
  const refCodes = new Set<string>();
  for (const r of rows) {
    const refCode = (r[iCode] ?? "").trim();
    const refName = r[iName] ?? "";
    const refGold = Number(r[iGold]);
    refCodes.add(refCode);
    if (/^\d{2}$/.test(refCode)) {
      // Roots carry no score here (the reference gives them one of their own,
      // e.g. 13 -6.0 against 130 -4.4), so only their names are compared.
      const ourName = book.rootName(refCode);
      if (ourName === undefined) problems.push(`root ${refCode} (${refName}) missing`);
      else if (nameKey(ourName) !== nameKey(refName)) problems.push(`root ${refCode}: name "${ourName}" vs reference "${refName}"`);
      continue;
    }
    const ours = book.get(refCode);
    if (!ours || ours.code !== refCode) {
      problems.push(`${refCode} (${refName}, ${refGold}) missing`);
      continue;
    }
    const divergence = GOLDSTEIN_DIVERGENCES[refCode];
    if (divergence) {
      if (divergence.ours !== ours.goldstein || divergence.reference !== refGold) {
        problems.push(`${refCode}: known divergence changed: ours ${ours.goldstein}, reference ${refGold}`);
      }
    } else if (Math.abs(ours.goldstein - refGold) > 1e-9) {
      problems.push(`${refCode}: goldstein ${ours.goldstein} vs reference ${refGold}`);
    }
    if (nameKey(ours.name) !== nameKey(refName)) problems.push(`${refCode}: name "${ours.name}" vs reference "${refName}"`);
  }
  for (const c of book.all()) if (!refCodes.has(c.code)) problems.push(`${c.code} (${c.name}) not in reference`);
  for (const r of book.roots()) if (!refCodes.has(r.code)) problems.push(`root ${r.code} not in reference`);

  t.diagnostic(`compared ${rows.length} reference rows with ${book.all().length} codes and ${book.roots().length} roots`);
  assert.deepEqual(problems, []);
});
