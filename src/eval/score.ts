/**
 * Event, actor and quote scoring against gold annotations: a port of the
 * project's reference scorer, shared/tools/score_events.py.
 *
 * The python script is the yardstick other people run, so this module copies its
 * semantics rather than improving on them: the same matching order (so ties go
 * the same way), the same dedup keys, the same truthiness rules for odd system
 * values, and the same printed lines. Where python would stop with an exception
 * on malformed system output, we throw a ScoreInputError instead of guessing a
 * score python never produces.
 *
 * Known divergences, all outside the output contract: JSON.parse cannot tell
 * `40.0` from `40` (python prints "40.0"), loses integers beyond 2^53, rejects
 * the NaN/Infinity literals python's json accepts, and orders integer-like
 * object keys first (visible only in the repr of a dict-valued trigger).
 *
 * Everything above the "File helpers" section is pure.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

// ---------------------------------------------------------------------------
// Gold files

const GoldActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** A prefix: a system entity's code must start with it. */
  code: z.string(),
  /** Surface forms; any one of them among an entity's mention texts identifies it. */
  mentions: z.array(z.string()),
});

const GoldEventSchema = z.object({
  id: z.string(),
  status: z.enum(["required", "optional", "negated"]),
  /** A three-letter country code, compared as is; null matches a system event without a source. */
  source: z.string().nullable(),
  /** CAMEO code prefixes; one must start the system event's code. */
  accept: z.array(z.string()),
  /** null or absent: any target (or none) is accepted. */
  target: z.string().nullable().optional(),
  symmetric: z.boolean().optional(),
  /** ISO prefix; null or absent: any date (or none) is accepted. */
  date: z.string().nullable().optional(),
  trigger: z.string().nullable().optional(),
  why: z.string(),
});

const GoldQuoteSchema = z.object({
  /** A gold actor id. */
  speaker: z.string(),
  starts: z.string(),
});

const GoldDateSchema = z.object({ text: z.string(), value: z.string() });

export const GoldSchema = z
  .object({
    doc: z.string(),
    file: z.string().optional(),
    lang: z.string().optional(),
    published: z.string().nullable().optional(),
    about: z.string().optional(),
    scoring: z
      .object({ match: z.string().optional(), status: z.string().optional(), dedup: z.string().optional() })
      .passthrough()
      .optional(),
    actors: z.array(GoldActorSchema).default([]),
    events: z.array(GoldEventSchema),
    quotes: z.array(GoldQuoteSchema).default([]),
    dates: z.array(GoldDateSchema).optional(),
  })
  .superRefine((gold, ctx) => {
    // python only trips over an unknown speaker when some system quote happens to
    // start the right way; refusing the file up front makes the mistake visible.
    const ids = new Set(gold.actors.map((a) => a.id));
    gold.quotes.forEach((q, i) => {
      if (!ids.has(q.speaker)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["quotes", i, "speaker"],
          message: `"${q.speaker}" is not the id of an actor in this file`,
        });
      }
    });
  });

export type Gold = z.output<typeof GoldSchema>;
export type GoldActor = z.output<typeof GoldActorSchema>;
export type GoldEvent = z.output<typeof GoldEventSchema>;
export type GoldQuote = z.output<typeof GoldQuoteSchema>;
export type GoldStatus = GoldEvent["status"];

export class GoldFormatError extends Error {
  override name = "GoldFormatError";
}

/** Validates a parsed gold file; `label` (usually its path) prefixes every error line. */
export function parseGold(value: unknown, label = "gold"): Gold {
  const parsed = GoldSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    return `  ${where}: ${issue.message}`;
  });
  throw new GoldFormatError(`${label}: not a valid gold file\n${lines.join("\n")}`);
}

// ---------------------------------------------------------------------------
// Python value semantics for arbitrary JSON

/** System output that python would reject with an exception. */
export class ScoreInputError extends Error {
  override name = "ScoreInputError";
}

type PyDict = Record<string, unknown>;

function isDict(v: unknown): v is PyDict {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** dict.get: inherited properties ("constructor", ...) are not keys of a JSON object. */
function pyGet(d: PyDict, key: string): unknown {
  return Object.hasOwn(d, key) ? d[key] : undefined;
}

function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "str";
  if (Array.isArray(v)) return "list";
  return "dict";
}

function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return true;
}

function asDict(v: unknown, what: string): PyDict {
  if (isDict(v)) return v;
  throw new ScoreInputError(`${what}: '${pyTypeName(v)}' object has no attribute 'get'`);
}

/** What a python `for` loop visits: list items, string characters, dict keys. */
function pyIter(v: unknown, what: string): readonly unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return Array.from(v);
  if (isDict(v)) return Object.keys(v);
  throw new ScoreInputError(`${what}: '${pyTypeName(v)}' object is not iterable`);
}

/** `(x or "")` followed by a str method: only a string (or a falsy value) survives it. */
function strOrEmpty(v: unknown, what: string, method: string): string {
  if (!pyTruthy(v)) return "";
  if (typeof v === "string") return v;
  throw new ScoreInputError(`${what}: '${pyTypeName(v)}' object has no attribute '${method}'`);
}

/** Equality key with python's hashing rules: True == 1, False == 0, lists and dicts unhashable. */
function pyHashKey(v: unknown, what: string): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return `n:${v ? 1 : 0}`;
  if (typeof v === "number") return `n:${String(v)}`;
  if (typeof v === "string") return `s:${v}`;
  throw new ScoreInputError(`${what}: unhashable type: '${pyTypeName(v)}'`);
}

const PY_WHITESPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
const PY_WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE}]+`, "u");
// str.splitlines() breaks on more than \n: the file separators, NEL and the Unicode separators too.
const PY_LINE_BREAKS = "\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029";

/** str.strip(chars); the default set is python's whitespace, which differs from String.trim (\x1c-\x1f, \x85 in; \ufeff out). */
function pyStrip(s: string, chars = PY_WHITESPACE): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s.charAt(start))) start++;
  while (end > start && chars.includes(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}

function pySplitlines(s: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!PY_LINE_BREAKS.includes(s.charAt(i))) continue;
    lines.push(s.slice(start, i));
    if (s.charAt(i) === "\r" && s.charAt(i + 1) === "\n") i++;
    start = i + 1;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

function pySplit(s: string): string[] {
  return s.split(PY_WHITESPACE_RUN).filter((w) => w.length > 0);
}

/** s[:n]: python slices code points, not UTF-16 units. */
function pyHead(s: string, n: number): string {
  let out = "";
  let count = 0;
  for (const ch of s) {
    if (count++ >= n) break;
    out += ch;
  }
  return out;
}

const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp < 0x7f || !NOT_PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return out + quote;
}

/** repr(float): shortest round-trip digits, scientific below 1e-4 and from 1e16. */
function pyNumber(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  // JSON integers are python ints; JS would switch to exponent notation at 1e21.
  if (Number.isInteger(x)) return Math.abs(x) < 1e21 ? String(x) : BigInt(x).toString();
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e");
  const exp = Number(exponent);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    return `${sign}${whole}.${digits.slice(exp + 1) || "0"}`;
  }
  const rest = digits.slice(1);
  const expText = `${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return `${sign}${digits.charAt(0)}${rest ? `.${rest}` : ""}e${expText}`;
}

function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return pyNumber(v);
  if (typeof v === "string") return pyStrRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (isDict(v)) return `{${Object.entries(v).map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(", ")}}`;
  return String(v);
}

/** str(v), which is also what an f-string shows for a JSON value. */
function pyStr(v: unknown): string {
  return typeof v === "string" ? v : pyRepr(v);
}

/**
 * `format(x, ".Nf")`: python rounds the exact binary value half to even, while
 * Number.prototype.toFixed breaks ties upwards (0.0625 is "0.062" in python,
 * "0.063" in JS), so the rounding is done on the exact value with BigInt.
 */
export function formatPythonFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const negative = x < 0 || Object.is(x, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2 = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  const scale = 10n ** BigInt(digits);
  let scaled: bigint;
  if (exp2 >= 0) {
    scaled = (mantissa << BigInt(exp2)) * scale;
  } else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exp2);
    scaled = num / den;
    const twice = 2n * (num - scaled * den);
    if (twice > den || (twice === den && (scaled & 1n) === 1n)) scaled += 1n;
  }
  const text = scaled.toString().padStart(digits + 1, "0");
  const body = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return `${negative ? "-" : ""}${body}`;
}

function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of range (${xs.length})`);
  return x;
}

// ---------------------------------------------------------------------------
// Events

/** A system event as the scorer sees it: sides reduced to country codes. */
export interface SystemEvent {
  readonly src: string | null;
  readonly tgt: string | null;
  readonly code: string;
  /** The raw JSON value: python compares and prints it as is. */
  readonly date: unknown;
  readonly negated: boolean;
  readonly raw: PyDict;
}

function country(code: unknown): string | null {
  if (!pyTruthy(code)) return null;
  return pyHead(pyStrip(pyStr(code)).toUpperCase(), 3) || null;
}

function side(ev: PyDict, key: string): string | null {
  const v = pyGet(ev, key);
  if (isDict(v)) {
    const code = pyGet(v, "code");
    return country(pyTruthy(code) ? code : pyGet(v, "country"));
  }
  if (typeof v === "string") return country(v);
  return null;
}

function datesCompatible(goldDate: string | null, sysDate: unknown): boolean {
  if (goldDate === null) return true;
  if (!pyTruthy(sysDate)) return false;
  const s = pyStr(sysDate);
  return s.startsWith(goldDate) || goldDate.startsWith(s);
}

function codeOk(gold: GoldEvent, code: string): boolean {
  return gold.accept.some((p) => code.startsWith(p));
}

function pairOk(gold: GoldEvent, src: string | null, tgt: string | null): boolean {
  const gs = gold.source;
  const gt = gold.target ?? null;
  if (gs === src && (gt === null || gt === tgt)) return true;
  if (gold.symmetric === true && gt !== null) return gs === tgt && gt === src;
  return false;
}

function matches(gold: GoldEvent, sev: SystemEvent): boolean {
  return pairOk(gold, sev.src, sev.tgt) && codeOk(gold, sev.code) && datesCompatible(gold.date ?? null, sev.date);
}

/** Drops events without a code and repeats of one act (reciprocal consult/cooperate once per pair). */
export function normalizeEvents(doc: unknown): SystemEvent[] {
  const d = asDict(doc, "system document");
  const seen = new Set<string>();
  const out: SystemEvent[] = [];
  const events = pyGet(d, "events");
  pyIter(events === undefined ? [] : events, "events").forEach((item, n) => {
    const ev = asDict(item, `events[${n}]`);
    const rawCode = pyGet(ev, "code");
    const code = pyStr(pyTruthy(rawCode) ? rawCode : "");
    if (!code) return;
    const sev: SystemEvent = {
      src: side(ev, "source"),
      tgt: side(ev, "target"),
      code,
      date: pyGet(ev, "date") ?? null,
      negated: pyTruthy(pyGet(ev, "negated")),
      raw: ev,
    };
    const root = pyHead(code, 2);
    const date = pyHashKey(sev.date, `events[${n}].date`);
    const key = JSON.stringify([sev.src, sev.tgt, root, date, sev.negated]);
    const symKey = JSON.stringify([sev.tgt, sev.src, root, date, sev.negated]);
    if (seen.has(key) || ((root === "04" || root === "06") && seen.has(symKey))) return;
    seen.add(key);
    out.push(sev);
  });
  return out;
}

/**
 * Maximum bipartite matching by augmenting paths, gold index -> system index.
 * The visiting order is python's (golds in order, candidates in order, one
 * visited set per top-level call), so equal-sized matchings resolve the same way.
 */
function maxMatching(golds: readonly GoldEvent[], sevs: readonly SystemEvent[]): Map<number, number> {
  const adj = golds.map((g) => sevs.flatMap((s, j) => (matches(g, s) ? [j] : [])));
  const owner = new Map<number, number>();
  const augment = (i: number, visited: Set<number>): boolean => {
    for (const j of at(adj, i)) {
      if (visited.has(j)) continue;
      visited.add(j);
      const current = owner.get(j);
      if (current === undefined || augment(current, visited)) {
        owner.set(j, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < golds.length; i++) augment(i, new Set());
  const result = new Map<number, number>();
  for (const [j, i] of owner) result.set(i, j);
  return result;
}

// ---------------------------------------------------------------------------
// Per-document scoring

export interface GoldRow {
  readonly gold: GoldEvent;
  readonly matched: boolean;
}

export interface FalsePositive {
  readonly src: string | null;
  readonly code: string;
  readonly tgt: string | null;
  /** The system date as python prints it ("None", "2024-03", "False", ...). */
  readonly date: string;
  /** The trigger text as python prints it; "" when there is none. */
  readonly trigger: string;
  /** It asserts what a negated gold event says did not happen. */
  readonly negationError: boolean;
  readonly raw: unknown;
}

export interface Tally {
  readonly found: number;
  readonly total: number;
  /** Gold actor names, or the `starts` of gold quotes, that were not found. */
  readonly missing: readonly string[];
}

export interface DocumentScore {
  /** The gold file's document id. */
  readonly doc: string;
  /** How the system document was found: by id, by the single-document fallback, or not at all. */
  readonly pairing: "id" | "fallback" | "missing";
  /** Positive (non-negated) system events after dedup. */
  readonly system: number;
  readonly required: number;
  readonly tp: number;
  readonly fp: number;
  readonly optionalHit: number;
  readonly negationErrors: number;
  /** Required and optional gold events, in file order. */
  readonly rows: readonly GoldRow[];
  readonly falsePositives: readonly FalsePositive[];
  readonly actors: Tally;
  readonly quotes: Tally;
  /** python's --verbose block for this document, when scoreDocument was asked for it. */
  readonly lines: readonly string[];
}

function triggerText(raw: PyDict): string {
  const t = pyGet(raw, "trigger");
  const trig = isDict(t) ? pyGet(t, "text") : t;
  return pyTruthy(trig) ? pyStr(trig) : "";
}

interface EventScore {
  system: number;
  required: number;
  tp: number;
  fp: number;
  optionalHit: number;
  negationErrors: number;
  rows: GoldRow[];
  falsePositives: FalsePositive[];
}

function scoreEvents(gold: Gold, doc: unknown): EventScore {
  const positives = normalizeEvents(doc).filter((s) => !s.negated);
  const want = gold.events.filter((g) => g.status === "required" || g.status === "optional");
  const indicesOf = (status: GoldStatus): number[] =>
    want.flatMap((g, i) => (g.status === status ? [i] : []));
  // Required events are matched first so that an optional one never takes a required one's match.
  const req = indicesOf("required");
  const m = new Map<number, number>();
  for (const [i, j] of maxMatching(req.map((i) => at(want, i)), positives)) m.set(at(req, i), j);
  const taken = new Set(m.values());
  const rest = positives.flatMap((_, j) => (taken.has(j) ? [] : [j]));
  const opt = indicesOf("optional");
  const restEvents = rest.map((j) => at(positives, j));
  for (const [i, j] of maxMatching(opt.map((i) => at(want, i)), restEvents)) m.set(at(opt, i), at(rest, j));

  const matchedSys = new Set(m.values());
  let tp = 0;
  let optionalHit = 0;
  for (const i of m.keys()) {
    if (at(want, i).status === "required") tp++;
    else optionalHit++;
  }
  const negatedGold = gold.events.filter((g) => g.status === "negated");
  const falsePositives: FalsePositive[] = [];
  positives.forEach((s, j) => {
    if (matchedSys.has(j)) return;
    falsePositives.push({
      src: s.src,
      code: s.code,
      tgt: s.tgt,
      date: pyStr(s.date),
      trigger: triggerText(s.raw),
      negationError: negatedGold.some((g) => matches(g, s)),
      raw: s.raw,
    });
  });
  return {
    system: positives.length,
    required: want.filter((g) => g.status === "required").length,
    tp,
    fp: falsePositives.length,
    optionalHit,
    negationErrors: falsePositives.filter((f) => f.negationError).length,
    rows: want.map((g, i) => ({ gold: g, matched: m.has(i) })),
    falsePositives,
  };
}

function scoreActors(gold: Gold, doc: unknown): Tally {
  const d = asDict(doc, "system document");
  const entities = pyGet(d, "entities");
  const ents = entities === undefined ? [] : entities;
  let found = 0;
  const missing: string[] = [];
  for (const a of gold.actors) {
    const wantName = a.name.toLowerCase();
    let ok = false;
    for (const [n, item] of pyIter(ents, "entities").entries()) {
      const e = asDict(item, `entities[${n}]`);
      const mentions = pyGet(e, "mentions");
      const texts = new Set<unknown>();
      for (const mention of pyIter(mentions === undefined ? [] : mentions, `entities[${n}].mentions`)) {
        if (!isDict(mention)) continue;
        const text = pyGet(mention, "text") ?? null;
        pyHashKey(text, `entities[${n}].mentions[].text`);
        texts.add(text);
      }
      const name = strOrEmpty(pyGet(e, "name"), `entities[${n}].name`, "lower").toLowerCase();
      const named =
        name.includes(wantName) || (name !== "" && wantName.includes(name)) || a.mentions.some((t) => texts.has(t));
      if (named && pyStr(pyTruthy(pyGet(e, "code")) ? pyGet(e, "code") : "").toUpperCase().startsWith(a.code)) {
        ok = true;
        break;
      }
    }
    if (ok) found++;
    else missing.push(a.name);
  }
  return { found, total: gold.actors.length, missing };
}

function scoreQuotes(gold: Gold, doc: unknown): Tally {
  const d = asDict(doc, "system document");
  // Later duplicates of an actor id win, as in a python dict comprehension.
  const actors = new Map(gold.actors.map((a) => [a.id, a] as const));
  let found = 0;
  const missing: string[] = [];
  for (const q of gold.quotes) {
    let hit = false;
    const quotes = pyGet(d, "quotes");
    for (const [n, item] of pyIter(quotes === undefined ? [] : quotes, "quotes").entries()) {
      const sq = asDict(item, `quotes[${n}]`);
      const text = pyStrip(pyStrip(strOrEmpty(pyGet(sq, "text"), `quotes[${n}].text`, "strip")), "“”\"«» ");
      if (!text.startsWith(q.starts)) continue;
      const rawSpeaker = pyGet(sq, "speaker");
      const sp: unknown = pyTruthy(rawSpeaker) ? rawSpeaker : {};
      const name = isDict(sp)
        ? strOrEmpty(pyGet(sp, "name"), `quotes[${n}].speaker.name`, "lower").toLowerCase()
        : pyStr(sp).toLowerCase();
      const speaker = actors.get(q.speaker);
      if (speaker === undefined) throw new ScoreInputError(`quote speaker "${q.speaker}" is not a gold actor id`);
      const want = speaker.name.toLowerCase();
      if (!name) continue;
      if (name.includes(want) || want.includes(name)) {
        hit = true;
        break;
      }
      // The last word alone: a surname, or the name without a title.
      const last = pySplit(name).at(-1);
      if (last === undefined) throw new ScoreInputError(`quotes[${n}].speaker: list index out of range`);
      if (want.includes(last)) {
        hit = true;
        break;
      }
    }
    if (hit) found++;
    else missing.push(q.starts);
  }
  return { found, total: gold.quotes.length, missing };
}

function documentLines(score: Omit<DocumentScore, "lines">): string[] {
  const lines = [`## ${score.doc}`];
  for (const { gold: g, matched } of score.rows) {
    const mark = matched ? "ok " : g.status === "required" ? "-- " : ".. ";
    lines.push(
      `  ${mark}${g.id} ${g.status.padEnd(8)} ${pyStr(g.source)} ${g.accept.join("/")} ` +
        `${pyStr(g.target ?? null)} ${pyStr(g.date ?? null)}  ${g.why}`,
    );
  }
  for (const f of score.falsePositives) {
    lines.push(`  FP  ${pyStr(f.src)} ${f.code} ${pyStr(f.tgt)} ${f.date}  ${f.trigger}`);
  }
  lines.push(`  actors ${score.actors.found}/${score.actors.total} missing: ${score.actors.missing.join(", ") || "-"}`);
  lines.push(`  quotes ${score.quotes.found}/${score.quotes.total} missing: ${score.quotes.missing.join(", ") || "-"}`);
  return lines;
}

function scorePaired(gold: Gold, doc: unknown, pairing: DocumentScore["pairing"], verbose: boolean): DocumentScore {
  const events = scoreEvents(gold, doc);
  const actors = scoreActors(gold, doc);
  const quotes = scoreQuotes(gold, doc);
  const score = { doc: gold.doc, pairing, ...events, actors, quotes };
  return { ...score, lines: verbose ? documentLines(score) : [] };
}

/** Scores one system document (a parsed output record) against one gold file. */
export function scoreDocument(gold: Gold, systemDoc: unknown, verbose = false): DocumentScore {
  return scorePaired(gold, systemDoc, "id", verbose);
}

// ---------------------------------------------------------------------------
// Whole runs

export interface ScoreReport {
  /** One per gold file, in the order given. */
  readonly documents: readonly DocumentScore[];
  /** Gold document ids with no system document. */
  readonly missing: readonly string[];
  readonly system: number;
  readonly required: number;
  readonly tp: number;
  readonly fp: number;
  readonly optionalHit: number;
  readonly negationErrors: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly actors: { readonly found: number; readonly total: number };
  readonly quotes: { readonly found: number; readonly total: number };
}

function emptyDocument(): PyDict {
  return { events: [], entities: [], quotes: [] };
}

/** Scores system documents (as loadSystemOutput returns them) against gold files. */
export function scoreAll(golds: readonly Gold[], systemDocs: readonly unknown[]): ScoreReport {
  // A Map keeps the first position and the last value of a repeated id, like a python dict.
  const docs = new Map<string, PyDict>();
  systemDocs.forEach((item, n) => {
    const d = asDict(item, `system document ${n + 1}`);
    const head = pyGet(d, "document");
    const document = pyTruthy(head) ? asDict(head, `system document ${n + 1}: document`) : {};
    docs.set(pyStr(pyGet(document, "id") ?? null), d);
  });
  const documents: DocumentScore[] = [];
  const missing: string[] = [];
  for (const gold of golds) {
    let doc: unknown = docs.get(gold.doc);
    let pairing: DocumentScore["pairing"] = "id";
    if (doc === undefined && docs.size === 1 && golds.length === 1) {
      // A single-document output is paired with a single gold file whatever its id.
      doc = docs.values().next().value;
      pairing = "fallback";
    }
    if (doc === undefined) {
      missing.push(gold.doc);
      doc = emptyDocument();
      pairing = "missing";
    }
    documents.push(scorePaired(gold, doc, pairing, false));
  }
  const sum = (f: (d: DocumentScore) => number): number => documents.reduce((acc, d) => acc + f(d), 0);
  const tp = sum((d) => d.tp);
  const fp = sum((d) => d.fp);
  const required = sum((d) => d.required);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = required ? tp / required : 0;
  // Same operation order as python, so the float (and its third decimal) is identical.
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    documents,
    missing,
    system: sum((d) => d.system),
    required,
    tp,
    fp,
    optionalHit: sum((d) => d.optionalHit),
    negationErrors: sum((d) => d.negationErrors),
    precision,
    recall,
    f1,
    actors: { found: sum((d) => d.actors.found), total: sum((d) => d.actors.total) },
    quotes: { found: sum((d) => d.quotes.found), total: sum((d) => d.quotes.total) },
  };
}

/** Exactly what score_events.py prints to stdout (each line newline-terminated); the last line is the F1. */
export function formatReport(report: ScoreReport, verbose = false): string {
  const lines: string[] = [];
  if (verbose) for (const d of report.documents) lines.push(...(d.lines.length ? d.lines : documentLines(d)));
  if (report.missing.length) lines.push(`documents with no output: ${report.missing.join(", ")}`);
  lines.push(
    `events: system ${report.system}, required ${report.required}, matched ${report.tp}, ` +
      `optional matched ${report.optionalHit}, false positives ${report.fp} (negation errors ${report.negationErrors})`,
  );
  lines.push(
    `actors found with the right code: ${report.actors.found}/${report.actors.total}; ` +
      `quotes attributed: ${report.quotes.found}/${report.quotes.total}`,
  );
  lines.push(`precision ${formatPythonFixed(report.precision, 3)} recall ${formatPythonFixed(report.recall, 3)}`);
  lines.push(`F1 ${formatPythonFixed(report.f1, 3)}`);
  return lines.map((l) => `${l}\n`).join("");
}

/**
 * Parses system output as load_system does: a JSON array, else one JSON value
 * (pretty-printed records included), else one JSON value per non-blank line.
 */
export function loadSystemOutput(text: string): unknown[] {
  const body = pyStrip(text);
  if (!body) return [];
  if (body.startsWith("[")) return JSON.parse(body) as unknown[];
  try {
    return [JSON.parse(body) as unknown];
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return pySplitlines(body)
      .filter((line) => pyStrip(line))
      .map((line) => JSON.parse(line) as unknown);
  }
}

// ---------------------------------------------------------------------------
// File helpers (the only IO in this module)

// python opens files as strict UTF-8 and keeps a byte-order mark as a character.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function readGoldFile(path: string): Gold {
  const text = utf8.decode(readFileSync(path));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GoldFormatError(`${path}: not JSON: ${(error as Error).message}`);
  }
  return parseGold(value, path);
}

export function readSystemOutputFile(path: string): unknown[] {
  return loadSystemOutput(utf8.decode(readFileSync(path)));
}
