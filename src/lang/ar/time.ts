/**
 * Arabic temporal expressions: find them in news text and resolve them to ISO
 * values against the article's publication date.
 *
 * The word lists live in data/lexicon/ar/time.yaml; this module holds the
 * grammar. Matching runs on the normalised text (normalizeWithMap), so
 * diacritics, tatweel, hamza spellings, presentation forms and Arabic-Indic
 * digits need no special care here; spans are mapped back to the original.
 *
 * findTimes is pure: the publication date is the only "now" it knows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { TimeRecord } from "../../core/record.js";
import { normalizeKey, normalizeWithMap } from "./normalize.js";
import type { Normalized } from "./normalize.js";
import { packageRoot } from "../../core/paths.js";

// ---------------------------------------------------------------------------
// Public types

export type TimeKind = "date" | "week" | "month" | "year" | "relative" | "weekday" | "duration";
export type PeriodPart = "early" | "mid" | "late";

export interface TimeExpression extends TimeRecord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www; null when it needs a publication date that is missing. */
  readonly value: string | null;
  /**
   * The date an event in its clause takes: YYYY, YYYY-MM or YYYY-MM-DD. A week
   * gives its YYYY-MM when Monday to Sunday lie in one month, else its ISO year.
   */
  readonly eventDate: string | null;
  readonly kind: TimeKind;
  /** Set by مطلع/منتصف/أواخر and the like; the value stays that of the whole period. */
  readonly part?: PeriodPart;
  /** True when the value was computed from the publication date. */
  readonly anchored: boolean;
}

type Unit = "day" | "week" | "month" | "year";

type Cat =
  | "weekday"
  | "month"
  | "relday"
  | "period"
  | "modifier"
  | "this"
  | "part"
  | "dayPart"
  | "yearNoun"
  | "monthNoun"
  | "dayNoun"
  | "of"
  | "equals"
  | "yearCue"
  | "yearLink"
  | "monthCue"
  | "ordinal"
  | "number"
  | "unit"
  | "ago"
  | "approx";

interface Item {
  readonly cat: Cat;
  readonly id: string;
  /** ISO weekday, month, day offset, modifier shift, ordinal day, cardinal or unit count (1, 2, 3 = plural). */
  readonly n: number;
  readonly unit: Unit | null;
  readonly part: PeriodPart | null;
  readonly guarded: boolean;
  readonly notPrecededBy: ReadonlySet<string> | null;
  readonly notFollowedBy: ReadonlySet<string> | null;
}

interface Phrase {
  /** Normalised words after the first one. */
  readonly rest: readonly string[];
  readonly item: Item;
}

export interface TimeLexicon {
  /** Phrases by their first normalised word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Normalised proclitics, longest first. */
  readonly clitics: readonly string[];
  /** First letters of the proclitics: most words start with none of them and skip the clitic lookups. */
  readonly cliticInitials: string;
  readonly ids: readonly string[];
}

// ---------------------------------------------------------------------------
// Lexicon schema and compilation

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "ids are lower-case ASCII slugs like 'month.april'");
const Words = z.array(z.string().min(1, "empty form"));
const Forms = Words.min(1, "at least one form");
const base = {
  id: Id,
  forms: Forms,
  notPrecededBy: Words.optional(),
  notFollowedBy: Words.optional(),
  note: z.string().optional(),
};
const Plain = z.object(base).strict();
const int = (lo: number, hi: number): z.ZodNumber => z.number().int().min(lo).max(hi);

const TimeLexiconFile = z
  .object({
    version: z.literal(1),
    clitics: Words,
    weekdays: z.array(z.object({ ...base, iso: int(1, 7) }).strict()),
    months: z.array(
      z
        .object({ ...base, forms: Words, month: int(1, 12), guarded: Words.optional() })
        .strict()
        .refine((m) => m.forms.length + (m.guarded?.length ?? 0) > 0, "a month needs forms or guarded forms"),
    ),
    relativeDays: z.array(z.object({ ...base, offset: int(-7, 7) }).strict()),
    periods: z.array(z.object({ ...base, unit: z.enum(["week", "month", "year"]) }).strict()),
    modifiers: z.array(z.object({ ...base, shift: int(-2, 2) }).strict()),
    demonstratives: z.array(Plain),
    parts: z.array(z.object({ ...base, part: z.enum(["early", "mid", "late"]) }).strict()),
    dayParts: z.array(Plain),
    yearNouns: z.array(Plain),
    monthNouns: z.array(Plain),
    dayNouns: z.array(Plain),
    ofWords: z.array(Plain),
    equalsWords: z.array(Plain),
    yearCues: z.array(Plain),
    yearLinks: z.array(Plain),
    monthCues: z.array(Plain),
    ordinals: z.array(z.object({ ...base, day: int(1, 31) }).strict()),
    numbers: z.array(z.object({ ...base, value: int(1, 1000) }).strict()),
    durationUnits: z.array(
      z
        .object({
          id: Id,
          unit: z.enum(["day", "week", "month", "year"]),
          singular: Forms,
          dual: Forms,
          plural: Forms,
          notPrecededBy: Words.optional(),
          notFollowedBy: Words.optional(),
          note: z.string().optional(),
        })
        .strict(),
    ),
    agoWords: z.array(Plain),
    approxWords: z.array(Plain),
  })
  .strict();

type TimeLexiconFile = z.infer<typeof TimeLexiconFile>;

const LETTER = 0;
const NUMBER = 1;
const PUNCT = 2;

/**
 * A token of the normalised text: its span, its kind and its text.
 *
 * Speed: the text is cut out of the normalised string on first use. Most tokens
 * are words that open no time phrase, which the opening filters tell from the
 * span alone (see mayOpen), so their text is never asked for; cutting every
 * token's out made a new string per token of every document.
 */
class Tok {
  private text: string | undefined = undefined;
  constructor(
    readonly s: number,
    readonly e: number,
    readonly k: 0 | 1 | 2,
    private readonly source: string,
  ) {}

  get t(): string {
    return (this.text ??= this.source.slice(this.s, this.e));
  }
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if ((c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) return true;
  if (c < 0xc0 || (c >= 0x0600 && c <= 0x06ff)) return false;
  // Other scripts (rare in Arabic news): letters and combining marks glue into words.
  return /[\p{L}\p{M}]/u.test(String.fromCharCode(c));
}

function isLatinOrDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Words, digit runs and single punctuation characters of a normalised string. */
function tokenizeNormalized(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 0x30 && c <= 0x39) {
      do i++;
      while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39);
      out.push(new Tok(start, i, NUMBER, text));
    } else if (isLetterCode(c)) {
      do i++;
      while (i < n && isLetterCode(text.charCodeAt(i)));
      out.push(new Tok(start, i, LETTER, text));
    } else {
      i++;
      out.push(new Tok(start, i, PUNCT, text));
    }
  }
  return out;
}

function formTokens(form: string): string[] {
  return tokenizeNormalized(normalizeKey(form)).map((t) => t.t);
}

/** Compile the parsed YAML of data/lexicon/ar/time.yaml; throws with every problem listed. */
export function compileTimeLexicon(raw: unknown): TimeLexicon {
  const parsed = TimeLexiconFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "(root)"}: ${i.message}`);
    throw new Error(`time lexicon is invalid:\n  ${problems.join("\n  ")}`);
  }
  const file: TimeLexiconFile = parsed.data;
  const problems: string[] = [];
  const seenIds = new Map<string, string>();
  const phrases = new Map<string, Phrase[]>();
  // Same words in the same category must mean the same thing, or the grammar would pick one at random.
  const meaning = new Map<string, string>();

  const wordSet = (ws: readonly string[] | undefined): ReadonlySet<string> | null =>
    ws && ws.length > 0 ? new Set(ws.map((w) => normalizeKey(w))) : null;

  interface Extra {
    readonly n?: number;
    readonly unit?: Unit;
    readonly part?: PeriodPart;
  }
  const add = (
    where: string,
    cat: Cat,
    entry: { id: string; notPrecededBy?: string[] | undefined; notFollowedBy?: string[] | undefined },
    forms: readonly string[],
    extra: Extra,
    guarded = false,
  ): void => {
    const item: Item = {
      cat,
      id: entry.id,
      n: extra.n ?? 0,
      unit: extra.unit ?? null,
      part: extra.part ?? null,
      guarded,
      notPrecededBy: wordSet(entry.notPrecededBy),
      notFollowedBy: wordSet(entry.notFollowedBy),
    };
    for (const form of forms) {
      const words = formTokens(form);
      const first = words[0];
      if (first === undefined) {
        problems.push(`${where} (${entry.id}): form '${form}' is empty after normalisation`);
        continue;
      }
      const key = `${cat}\u0000${words.join(" ")}`;
      const sense = `${item.n}/${item.unit ?? ""}/${item.part ?? ""}`;
      const before = meaning.get(key);
      if (before !== undefined && before !== sense) {
        problems.push(`${where} (${entry.id}): form '${form}' already has another meaning in ${cat}`);
        continue;
      }
      if (before !== undefined) continue;
      meaning.set(key, sense);
      const list = phrases.get(first) ?? [];
      list.push({ rest: words.slice(1), item });
      phrases.set(first, list);
    }
  };

  const sections: Array<[string, ReadonlyArray<{ id: string }>]> = [
    ["weekdays", file.weekdays],
    ["months", file.months],
    ["relativeDays", file.relativeDays],
    ["periods", file.periods],
    ["modifiers", file.modifiers],
    ["demonstratives", file.demonstratives],
    ["parts", file.parts],
    ["dayParts", file.dayParts],
    ["yearNouns", file.yearNouns],
    ["monthNouns", file.monthNouns],
    ["dayNouns", file.dayNouns],
    ["ofWords", file.ofWords],
    ["equalsWords", file.equalsWords],
    ["yearCues", file.yearCues],
    ["yearLinks", file.yearLinks],
    ["monthCues", file.monthCues],
    ["ordinals", file.ordinals],
    ["numbers", file.numbers],
    ["durationUnits", file.durationUnits],
    ["agoWords", file.agoWords],
    ["approxWords", file.approxWords],
  ];
  for (const [name, entries] of sections) {
    entries.forEach((e, i) => {
      const where = `${name}[${i}]`;
      const prev = seenIds.get(e.id);
      if (prev !== undefined) problems.push(`duplicate id '${e.id}' at ${where} (first at ${prev})`);
      else seenIds.set(e.id, where);
    });
  }

  file.weekdays.forEach((e, i) => add(`weekdays[${i}]`, "weekday", e, e.forms, { n: e.iso }));
  file.months.forEach((e, i) => {
    add(`months[${i}]`, "month", e, e.forms, { n: e.month });
    add(`months[${i}]`, "month", e, e.guarded ?? [], { n: e.month }, true);
  });
  file.relativeDays.forEach((e, i) => add(`relativeDays[${i}]`, "relday", e, e.forms, { n: e.offset }));
  file.periods.forEach((e, i) => add(`periods[${i}]`, "period", e, e.forms, { unit: e.unit }));
  file.modifiers.forEach((e, i) => add(`modifiers[${i}]`, "modifier", e, e.forms, { n: e.shift }));
  file.parts.forEach((e, i) => add(`parts[${i}]`, "part", e, e.forms, { part: e.part }));
  file.ordinals.forEach((e, i) => add(`ordinals[${i}]`, "ordinal", e, e.forms, { n: e.day }));
  file.numbers.forEach((e, i) => add(`numbers[${i}]`, "number", e, e.forms, { n: e.value }));
  file.durationUnits.forEach((e, i) => {
    add(`durationUnits[${i}]`, "unit", e, e.singular, { n: 1, unit: e.unit });
    add(`durationUnits[${i}]`, "unit", e, e.dual, { n: 2, unit: e.unit });
    add(`durationUnits[${i}]`, "unit", e, e.plural, { n: 3, unit: e.unit });
  });
  const plain: Array<[string, Cat, TimeLexiconFile["dayParts"]]> = [
    ["demonstratives", "this", file.demonstratives],
    ["dayParts", "dayPart", file.dayParts],
    ["yearNouns", "yearNoun", file.yearNouns],
    ["monthNouns", "monthNoun", file.monthNouns],
    ["dayNouns", "dayNoun", file.dayNouns],
    ["ofWords", "of", file.ofWords],
    ["equalsWords", "equals", file.equalsWords],
    ["yearCues", "yearCue", file.yearCues],
    ["yearLinks", "yearLink", file.yearLinks],
    ["monthCues", "monthCue", file.monthCues],
    ["agoWords", "ago", file.agoWords],
    ["approxWords", "approx", file.approxWords],
  ];
  for (const [name, cat, entries] of plain) entries.forEach((e, i) => add(`${name}[${i}]`, cat, e, e.forms, {}));

  const clitics: string[] = [];
  for (const c of file.clitics) {
    const k = normalizeKey(c);
    if (!/^[\u0621-\u064A]+$/.test(k)) problems.push(`clitics: '${c}' is not an Arabic letter sequence`);
    else if (!clitics.includes(k)) clitics.push(k);
  }
  clitics.sort((a, b) => b.length - a.length);

  if (problems.length > 0) throw new Error(`time lexicon is invalid:\n  ${problems.join("\n  ")}`);
  for (const list of phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const cliticInitials = [...new Set(clitics.map((c) => c.charAt(0)))].join("");
  return { phrases, clitics, cliticInitials, ids: [...seenIds.keys()] };
}

/** Read and compile the time lexicon (default: data/lexicon/ar/time.yaml of this package). */
export function loadTimeLexicon(file?: string): TimeLexicon {
  const where = file ?? path.join(packageRoot(), "data", "lexicon", "ar", "time.yaml");
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(where, "utf8"));
  } catch (err) {
    throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return compileTimeLexicon(raw);
  } catch (err) {
    throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC)

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function civil(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday, Monday = 1 … Sunday = 7 (day 0 was a Thursday). */
function isoDow(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

function isoYear(y: number): string {
  return pad(y, 4);
}

function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

function isoDay(n: number): string {
  const { y, m, d } = civil(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** ISO week value and the event date of the week holding day n. */
function isoWeek(n: number): { value: string; eventDate: string } {
  const monday = n - isoDow(n) + 1;
  const thursday = monday + 3;
  const wy = civil(thursday).y;
  const week = Math.floor((thursday - dayNumber(wy, 1, 1)) / 7) + 1;
  const a = civil(monday);
  const b = civil(monday + 6);
  const eventDate = a.y === b.y && a.m === b.m ? isoMonth(a.y, a.m) : isoYear(wy);
  return { value: `${pad(wy, 4)}-W${pad(week, 2)}`, eventDate };
}

/**
 * The calendar date written at the head of `published` (YYYY-MM-DD, optionally
 * followed by a time). The date is taken as written, without shifting a time
 * zone: أمس in the text counts from the newsroom's own date.
 */
function parsePublished(p: string | null): number | null {
  if (p === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(p.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

// ---------------------------------------------------------------------------
// Matching

interface Hit {
  readonly item: Item;
  /** Token index after the phrase. */
  readonly end: number;
  /** Normalised offset where the expression starts (after a detached clitic). */
  readonly start: number;
  readonly clitic: boolean;
}

interface Res {
  readonly kind: TimeKind;
  readonly value: string | null;
  readonly eventDate: string | null;
  readonly anchored: boolean;
  readonly part?: PeriodPart;
}

interface Cand {
  /** Normalised start offset. */
  readonly s: number;
  /** Token index after the expression. */
  readonly e: number;
  readonly res: Res;
}

interface Ctx {
  readonly norm: string;
  readonly toks: readonly Tok[];
  readonly lex: TimeLexicon;
  readonly pub: number | null;
  readonly hitCache: (readonly Hit[] | undefined)[];
  /** The lexicon's words that open a phrase (see openingsOf). */
  readonly openings: ReadonlyMap<string, readonly Opening[]>;
  /** Which shapes of word the openings have (see openingFilterOf). */
  readonly openingFilter: Uint32Array;
  /** Which hashes of word the openings have (see openingWordFilterOf). */
  readonly openingWordFilter: Uint32Array;
  /** Token index after the last emitted year given in digits (for عامي 2020 و2021). */
  lastYearEnd: number;
}

const NO_HITS: readonly Hit[] = [];

/** Phrases that a written word can open: their list, where they start in the word, and whether a proclitic came off. */
interface Opening {
  readonly list: readonly Phrase[];
  readonly offset: number;
  readonly clitic: boolean;
}

/**
 * Per lexicon, every written word that opens a phrase (the first word itself,
 * or it behind a proclitic) with what it opens, in the order the readings are
 * tried: one look-up per token instead of a slice and a look-up per proclitic.
 */
const OPENINGS = new WeakMap<TimeLexicon, ReadonlyMap<string, readonly Opening[]>>();

function openingsOf(lex: TimeLexicon): ReadonlyMap<string, readonly Opening[]> {
  let map = OPENINGS.get(lex);
  if (map) return map;
  // every word with an opening is a first word, a proclitic + one, or (لل) a proclitic + one less its alif
  const surfaces = new Set<string>();
  for (const k of lex.phrases.keys()) {
    surfaces.add(k);
    for (const c of lex.clitics) {
      surfaces.add(c + k);
      if (k.startsWith("\u0627")) surfaces.add(c + k.slice(1));
    }
  }
  const built = new Map<string, readonly Opening[]>();
  for (const w of surfaces) {
    const out: Opening[] = [];
    const add = (word: string, offset: number, clitic: boolean): void => {
      const list = lex.phrases.get(word);
      if (list) out.push({ list, offset, clitic });
    };
    add(w, 0, false);
    if (w.length >= 3 && lex.cliticInitials.includes(w.charAt(0))) {
      for (const c of lex.clitics) {
        if (w.length - c.length < 2 || !w.startsWith(c)) continue;
        const rest = w.slice(c.length);
        add(rest, c.length, true);
        // ل + ال fuses into لل (للعام = ل + العام): the article lost its alif, so keep the whole word.
        if (c.endsWith("\u0644") && rest.startsWith("\u0644")) add(`\u0627${rest}`, 0, true);
      }
    }
    if (out.length > 0) built.set(w, out);
  }
  map = built;
  OPENINGS.set(lex, map);
  return map;
}

const OPENING_FILTERS = new WeakMap<ReadonlyMap<string, readonly Opening[]>, Uint32Array>();
/** The slot of a word in an opening filter: its first and last code units (low 7 bits each). */
function filterSlot(w: string): number {
  return slotOf(w, 0, w.length);
}
/** The bit of a word's length (31 and over share one). */
function filterBit(w: string): number {
  return bitOf(w.length);
}
/** `filterSlot` of the word s[start, end). */
function slotOf(s: string, start: number, end: number): number {
  return ((s.charCodeAt(start) & 0x7f) << 7) | (s.charCodeAt(end - 1) & 0x7f);
}
function bitOf(length: number): number {
  return 1 << (length < 31 ? length : 31);
}
/**
 * For each pair of first and last code units, the lengths of the words with openings: most
 * words of a text open no time phrase, and the filter tells so without hashing the word
 * into the openings map (a miss there cost a hash of a fresh string per word).
 */
function openingFilterOf(map: ReadonlyMap<string, readonly Opening[]>): Uint32Array {
  let filter = OPENING_FILTERS.get(map);
  if (filter) return filter;
  filter = new Uint32Array(1 << 14);
  for (const w of map.keys()) if (w.length > 0) filter[filterSlot(w)] = ((filter[filterSlot(w)] as number) | filterBit(w)) >>> 0;
  OPENING_FILTERS.set(map, filter);
  return filter;
}

/**
 * A second filter, for the words that pass the first (about half of a text's words,
 * of which three in four open nothing): one bit per hash of the whole word, 2^20
 * bits. A word whose bit is clear is in no opening; the map is asked only about
 * the rest (a miss there still hashed a fresh string).
 */
const OPENING_WORD_FILTERS = new WeakMap<ReadonlyMap<string, readonly Opening[]>, Uint32Array>();
const WORD_FILTER_MASK = (1 << 20) - 1;
function openingWordFilterOf(map: ReadonlyMap<string, readonly Opening[]>): Uint32Array {
  let filter = OPENING_WORD_FILTERS.get(map);
  if (filter) return filter;
  filter = new Uint32Array((WORD_FILTER_MASK + 1) >>> 5);
  for (const w of map.keys()) {
    const b = wordHash(w) & WORD_FILTER_MASK;
    filter[b >>> 5] = ((filter[b >>> 5] as number) | (1 << (b & 31))) >>> 0;
  }
  OPENING_WORD_FILTERS.set(map, filter);
  return filter;
}
/** FNV-1a over a word's code units, mixed so that its low bits depend on every unit. */
function wordHash(w: string): number {
  return spanHash(w, 0, w.length);
}
/** `wordHash` of the word s[start, end). */
function spanHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}
/** Can the token's word open a phrase? Read from its span in the normalised text, without cutting it out. */
function mayOpen(ctx: Ctx, tok: Tok): boolean {
  const text = ctx.norm;
  if (tok.e === tok.s || ((ctx.openingFilter[slotOf(text, tok.s, tok.e)] as number) & bitOf(tok.e - tok.s)) === 0) return false;
  const b = spanHash(text, tok.s, tok.e) & WORD_FILTER_MASK;
  return ((ctx.openingWordFilter[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

function phraseHits(ctx: Ctx, i: number, list: readonly Phrase[], start: number, clitic: boolean, out: Hit[]): void {
  const toks = ctx.toks;
  for (const p of list) {
    let j = i + 1;
    let ok = true;
    for (const w of p.rest) {
      const t = toks[j];
      if (!t || t.k !== LETTER || t.t !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) out.push({ item: p.item, end: j, start, clitic });
  }
}

/** Every lexicon phrase starting at token i, with and without a proclitic. */
function hitsAt(ctx: Ctx, i: number): readonly Hit[] {
  const cached = ctx.hitCache[i];
  if (cached) return cached;
  const tok = ctx.toks[i];
  if (!tok || tok.k !== LETTER) {
    ctx.hitCache[i] = NO_HITS;
    return NO_HITS;
  }
  const openings = mayOpen(ctx, tok) ? ctx.openings.get(tok.t) : undefined;
  if (!openings) {
    ctx.hitCache[i] = NO_HITS;
    return NO_HITS;
  }
  const out: Hit[] = [];
  for (const o of openings) phraseHits(ctx, i, o.list, tok.s + o.offset, o.clitic, out);
  const res = out.length > 0 ? out : NO_HITS;
  ctx.hitCache[i] = res;
  return res;
}

function wordVariants(ctx: Ctx, i: number): string[] {
  const t = ctx.toks[i];
  if (!t || t.k !== LETTER) return [];
  const out = [t.t];
  for (const c of ctx.lex.clitics) if (t.t.length - c.length >= 2 && t.t.startsWith(c)) out.push(t.t.slice(c.length));
  return out;
}

function wordIn(ctx: Ctx, i: number, set: ReadonlySet<string>): boolean {
  for (const v of wordVariants(ctx, i)) if (set.has(v)) return true;
  return false;
}

/** The longest phrase of a category at token i that passes its guards. */
function hit(ctx: Ctx, i: number, cat: Cat, clitic: boolean): Hit | null {
  let best: Hit | null = null;
  for (const h of hitsAt(ctx, i)) {
    if (h.item.cat !== cat || (h.clitic && !clitic)) continue;
    if (best && h.end <= best.end) continue;
    const it = h.item;
    if (it.notPrecededBy && wordIn(ctx, i - 1, it.notPrecededBy)) continue;
    // Durations check what follows the whole duration, not the preposition.
    if (it.notFollowedBy && cat !== "ago" && wordIn(ctx, h.end, it.notFollowedBy)) continue;
    best = h;
  }
  return best;
}

/** Does a phrase of this category end right before token i? */
function precededBy(ctx: Ctx, i: number, cat: Cat): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const h = hit(ctx, k, cat, true);
    if (h && h.end === i) return true;
    if (ctx.toks[k]?.k !== LETTER) break;
  }
  return false;
}

function isPunct(ctx: Ctx, i: number, chars: string): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.k === PUNCT && chars.includes(t.t);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A digit run that stands alone as a number: not glued to Latin letters or other
 * digits (A320, 3G), not part of a decimal, a clock time or a ratio.
 */
function standaloneNumber(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.k !== NUMBER) return false;
  const s = ctx.norm;
  const before = s.charCodeAt(t.s - 1);
  if (isLatinOrDigitCode(before)) return false;
  if ((before === 0x2e || before === 0x2c || before === 0x3a || before === 0x2f || before === 0x2d) && isDigitCode(s.charCodeAt(t.s - 2)))
    return false;
  const after = s.charCodeAt(t.e);
  if (isLatinOrDigitCode(after)) return false;
  if ((after === 0x2e || after === 0x2c || after === 0x3a || after === 0x2f) && isDigitCode(s.charCodeAt(t.e + 1))) return false;
  return true;
}

function numberAt(ctx: Ctx, i: number, maxDigits: number): number | null {
  const t = ctx.toks[i];
  if (!t || t.k !== NUMBER || t.t.length > maxDigits || !standaloneNumber(ctx, i)) return null;
  return Number(t.t);
}

/** A four-digit year 1900–2100, with an optional glued م (ميلادي). */
function yearDigitsAt(ctx: Ctx, i: number): { y: number; end: number } | null {
  const t = ctx.toks[i];
  if (!t || t.k !== NUMBER || t.t.length !== 4 || !standaloneNumber(ctx, i)) return null;
  const y = Number(t.t);
  if (y < 1900 || y > 2100) return null;
  const next = ctx.toks[i + 1];
  if (next && next.k === LETTER && next.s === t.e && next.t === "\u0645") return { y, end: i + 2 };
  return { y, end: i + 1 };
}

function res(kind: TimeKind, value: string | null, anchored: boolean, eventDate: string | null = value): Res {
  return { kind, value, eventDate, anchored };
}

function withPart(r: Res, part: PeriodPart): Res {
  return { ...r, part };
}

// --- relative periods ------------------------------------------------------

interface PeriodHit {
  readonly unit: "week" | "month" | "year";
  readonly shift: number;
  readonly start: number;
  readonly end: number;
}

/** الأسبوع الماضي، هذا الشهر، العام المقبل; with allowBare, الشهر alone is the current one (مطلع الشهر). */
function periodAt(ctx: Ctx, i: number, clitic: boolean, allowBare: boolean): PeriodHit | null {
  const dem = hit(ctx, i, "this", clitic);
  if (dem) {
    const p = hit(ctx, dem.end, "period", false);
    if (p && p.item.unit && p.item.unit !== "day") return { unit: p.item.unit, shift: 0, start: dem.start, end: p.end };
  }
  const p = hit(ctx, i, "period", clitic);
  if (!p || !p.item.unit || p.item.unit === "day") return null;
  const mod = hit(ctx, p.end, "modifier", false);
  if (mod) return { unit: p.item.unit, shift: mod.item.n, start: p.start, end: mod.end };
  return allowBare ? { unit: p.item.unit, shift: 0, start: p.start, end: p.end } : null;
}

function resolvePeriod(ctx: Ctx, unit: "week" | "month" | "year", shift: number): Res {
  const pub = ctx.pub;
  if (pub === null) return res(unit, null, true);
  if (unit === "week") {
    const w = isoWeek(pub + 7 * shift);
    return res("week", w.value, true, w.eventDate);
  }
  const { y, m } = civil(pub);
  if (unit === "year") return res("year", isoYear(y + shift), true);
  const k = y * 12 + (m - 1) + shift;
  return res("month", isoMonth(Math.floor(k / 12), (k % 12) + 1), true);
}

// --- months and dates --------------------------------------------------------

type YearSpec =
  | { readonly t: "none" }
  | { readonly t: "abs"; readonly y: number }
  /** من العام الماضي: relative to the publication year. */
  | { readonly t: "rel"; readonly shift: number }
  /** أبريل الماضي / المقبل: the previous / next such month. */
  | { readonly t: "mod"; readonly shift: number };

const NO_YEAR: YearSpec = { t: "none" };

function yearSpecAt(ctx: Ctx, j: number): { spec: YearSpec; end: number } {
  let best: { spec: YearSpec; end: number } = { spec: NO_YEAR, end: j };
  const take = (spec: YearSpec, end: number): void => {
    if (end > best.end) best = { spec, end };
  };
  const direct = yearDigitsAt(ctx, isPunct(ctx, j, ",") ? j + 1 : j);
  if (direct) take({ t: "abs", y: direct.y }, direct.end);
  const noun = hit(ctx, j, "yearNoun", false);
  if (noun) {
    const y = yearDigitsAt(ctx, noun.end);
    if (y) take({ t: "abs", y: y.y }, y.end);
  }
  const of = hit(ctx, j, "of", false);
  if (of) {
    const noun2 = hit(ctx, of.end, "yearNoun", false);
    const y = yearDigitsAt(ctx, noun2 ? noun2.end : of.end);
    if (y) take({ t: "abs", y: y.y }, y.end);
    const p = periodAt(ctx, of.end, false, false);
    if (p && p.unit === "year") take({ t: "rel", shift: p.shift }, p.end);
  }
  const mod = hit(ctx, j, "modifier", false);
  if (mod) take({ t: "mod", shift: mod.item.n }, mod.end);
  return best;
}

interface MonthHit {
  readonly month: number;
  readonly spec: YearSpec;
  readonly start: number;
  readonly end: number;
}

/**
 * [شهر] month [/ month | (month)] [year spec]. `licensed` says the caller saw a
 * day or a part word before it, which is enough context for a guarded name.
 */
function monthAt(ctx: Ctx, i: number, clitic: boolean, licensed: boolean): MonthHit | null {
  let j = i;
  let start = -1;
  let ok = licensed;
  const noun = hit(ctx, i, "monthNoun", clitic);
  if (noun) {
    start = noun.start;
    j = noun.end;
    ok = true;
  }
  const m = hit(ctx, j, "month", clitic && !noun);
  if (!m) return null;
  if (start < 0) start = m.start;
  const month = m.item.n;
  let guarded = m.item.guarded;
  j = m.end;
  // The two month series side by side: نيسان/أبريل، نيسان (أبريل)
  if (isPunct(ctx, j, "/-")) {
    const m2 = hit(ctx, j + 1, "month", false);
    if (m2 && m2.item.n === month) {
      j = m2.end;
      guarded = false;
    }
  } else if (isPunct(ctx, j, "(")) {
    const m2 = hit(ctx, j + 1, "month", false);
    if (m2 && m2.item.n === month && isPunct(ctx, m2.end, ")")) {
      j = m2.end + 1;
      guarded = false;
    }
  }
  const ys = yearSpecAt(ctx, j);
  if (guarded && !ok && ys.spec.t === "none" && !precededBy(ctx, i, "monthCue")) return null;
  return { month, spec: ys.spec, start, end: ys.end };
}

/** The year a month falls in; null when that needs the missing publication date. */
/** Words that put what follows in the future (يعتزم السفر في سبتمبر، من المقرر أن ... في أكتوبر). */
const FUTURE_CUES: ReadonlySet<string> = new Set(
  ["سوف", "يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "تعتزمان", "المقرر", "المزمع", "المرتقب", "المنتظر", "ينوي", "تنوي", "عازم", "عازمة", "يخطط", "تخطط"].map((w) => normalizeKey(w)),
);
/** How many tokens back a future cue may govern a month name. */
const FUTURE_CUE_REACH = 12;

/** Is there a future cue before token i in its sentence? */
function futureBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - FUTURE_CUE_REACH); k--) {
    const t = ctx.toks[k] as Tok;
    if (t.k === PUNCT && (t.t === "." || t.t === "؟" || t.t === "!")) return false;
    if (t.k === LETTER && FUTURE_CUES.has(t.t.replace(/^[وف]/, ""))) return true;
  }
  return false;
}

function monthYear(ctx: Ctx, month: number, spec: YearSpec, future = false): number | null {
  if (spec.t === "abs") return spec.y;
  const pub = ctx.pub;
  if (pub === null) return null;
  const { y, m } = civil(pub);
  switch (spec.t) {
    case "rel":
      return y + spec.shift;
    case "mod":
      if (spec.shift === 0) return y;
      if (spec.shift < 0) return (month < m ? y : y - 1) + spec.shift + 1;
      return (month > m ? y : y + 1) + spec.shift - 1;
    case "none":
      // The most recent such month not after publication; in a clause about the future, the next one.
      if (future) return month >= m ? y : y + 1;
      return month <= m ? y : y - 1;
  }
}

function resolveMonth(ctx: Ctx, mh: MonthHit, at: number): Res {
  const y = monthYear(ctx, mh.month, mh.spec, mh.spec.t === "none" && futureBefore(ctx, at));
  return res("month", y === null ? null : isoMonth(y, mh.month), mh.spec.t !== "abs");
}

/** A day of the month: 9, الـ9, التاسع من. */
function dayAt(ctx: Ctx, i: number, clitic: boolean): { day: number; start: number; end: number; ordinal: boolean } | null {
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.k === NUMBER) {
    const d = numberAt(ctx, i, 2);
    return d !== null && d >= 1 && d <= 31 ? { day: d, start: t.s, end: i + 1, ordinal: false } : null;
  }
  if (t.k !== LETTER) return null;
  // الـ9 من أبريل: the article glued to the digits once tatweel is gone.
  const next = ctx.toks[i + 1];
  if (next && next.k === NUMBER && next.s === t.e && t.t.endsWith("\u0627\u0644") && wordVariants(ctx, i).includes("\u0627\u0644")) {
    const d = numberAt(ctx, i + 1, 2);
    if (d !== null && d >= 1 && d <= 31) return { day: d, start: t.e - 2, end: i + 2, ordinal: false };
  }
  const o = hit(ctx, i, "ordinal", clitic);
  if (o) return { day: o.item.n, start: o.start, end: o.end, ordinal: true };
  return null;
}

/** Day + month (+ year), or a numeric date. */
function dateAt(ctx: Ctx, i: number, clitic: boolean): Cand | null {
  const numeric = numericDateAt(ctx, i);
  if (numeric) return numeric;
  const d = dayAt(ctx, i, clitic);
  if (!d) return null;
  let j = d.end;
  const of = hit(ctx, j, "of", false);
  if (of) j = of.end;
  else if (d.ordinal) return null; // an ordinal alone is too common (الثاني في الترتيب)
  const mh = monthAt(ctx, j, false, true);
  if (mh) {
    const y = monthYear(ctx, mh.month, mh.spec, mh.spec.t === "none" && futureBefore(ctx, i));
    if (d.day > (y === null ? daysInMonth(2000, mh.month) : daysInMonth(y, mh.month))) return null;
    const value = y === null ? null : isoDay(dayNumber(y, mh.month, d.day));
    return { s: d.start, e: mh.end, res: res("date", value, mh.spec.t !== "abs") };
  }
  // العاشر من الشهر الجاري
  if (of) {
    const p = periodAt(ctx, j, false, true);
    if (p && p.unit === "month") {
      const r = resolvePeriod(ctx, "month", p.shift);
      if (r.value === null) return { s: d.start, e: p.end, res: res("date", null, true) };
      const [ys, ms] = r.value.split("-");
      const y = Number(ys);
      const m = Number(ms);
      if (d.day > daysInMonth(y, m)) return null;
      return { s: d.start, e: p.end, res: res("date", isoDay(dayNumber(y, m, d.day)), true) };
    }
  }
  return null;
}

/** 9/4/2024, 09-04-2024, 2024-04-09, 2024/4/9. */
function numericDateAt(ctx: Ctx, i: number): Cand | null {
  const a = ctx.toks[i];
  const s1 = ctx.toks[i + 1];
  const b = ctx.toks[i + 2];
  const s2 = ctx.toks[i + 3];
  const c = ctx.toks[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (a.k !== NUMBER || b.k !== NUMBER || c.k !== NUMBER || s1.k !== PUNCT || s2.k !== PUNCT) return null;
  if (s1.t !== s2.t || !"/-.".includes(s1.t)) return null;
  if (a.e !== s1.s || s1.e !== b.s || b.e !== s2.s || s2.e !== c.s) return null;
  const s = ctx.norm;
  const before = s.charCodeAt(a.s - 1);
  if (isLatinOrDigitCode(before) || ("/-.:".includes(s.charAt(a.s - 1)) && isDigitCode(s.charCodeAt(a.s - 2)))) return null;
  const after = s.charCodeAt(c.e);
  if (isLatinOrDigitCode(after) || ("/-.:".includes(s.charAt(c.e)) && isDigitCode(s.charCodeAt(c.e + 1)))) return null;
  let y: number;
  let m: number;
  let d: number;
  if (a.t.length === 4 && b.t.length <= 2 && c.t.length <= 2) {
    y = Number(a.t);
    m = Number(b.t);
    d = Number(c.t);
  } else if (c.t.length === 4 && a.t.length <= 2 && b.t.length <= 2) {
    // Arabic usage is day/month/year.
    d = Number(a.t);
    m = Number(b.t);
    y = Number(c.t);
  } else return null;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { s: a.s, e: i + 5, res: res("date", isoDay(dayNumber(y, m, d)), false) };
}

// --- days: relative days, weekdays, day parts -------------------------------

/** How many days before the relative day (اليوم، أمس) a weekday named with it may be. */
const WEEKDAY_SLACK = 2;

function weekdayValue(pub: number, iso: number, shift: number): number {
  const dow = isoDow(pub);
  if (shift < 0) return pub - (((dow - iso + 7) % 7 || 7) + 7 * (-shift - 1));
  if (shift > 0) return pub + (((iso - dow + 7) % 7 || 7) + 7 * (shift - 1));
  return pub - ((dow - iso + 7) % 7);
}

/** An explicit date right after a day word: الثلاثاء 9 أبريل، أمس الاثنين الموافق 8 أبريل. */
function trailingDate(ctx: Ctx, j: number): Cand | null {
  let k = j;
  if (isPunct(ctx, k, ",")) k++;
  const eq = hit(ctx, k, "equals", false);
  if (eq) k = eq.end;
  return dateAt(ctx, k, false);
}

/** [day part] (relative day [weekday] | [يوم] weekday [modifier] | يوم date) [date]. */
function dayAnchorAt(ctx: Ctx, i: number): Cand | null {
  let j = i;
  let clitic = true;
  let start = -1;
  const dp = hit(ctx, i, "dayPart", true);
  if (dp) {
    start = dp.start;
    j = dp.end;
    clitic = false;
  }
  // (the longer candidate kept by `longer`, not by a closure: this runs for every number
  // and every word that opens a time phrase, and a closure per call is an allocation each time)
  let best: Cand | null = null;

  const rd = hit(ctx, j, "relday", clitic);
  if (rd) {
    const s = start < 0 ? rd.start : start;
    let e = rd.end;
    let wd = hit(ctx, e, "weekday", false);
    if (wd) e = wd.end;
    else {
      // اليوم (الخميس): the weekday in brackets after the relative day names it too
      const open = ctx.toks[e];
      const inBrackets = open && open.k === PUNCT && open.t === "(" ? hit(ctx, e + 1, "weekday", false) : null;
      const close = inBrackets ? ctx.toks[inBrackets.end] : undefined;
      if (inBrackets && close && close.k === PUNCT && close.t === ")") {
        wd = inBrackets;
        e = inBrackets.end + 1;
      }
    }
    // اليوم الجمعة in a story filed on Saturday: the weekday the text names beats the
    // publication date (metadata, often the day after the writing), a day or two back
    let day = ctx.pub === null ? null : ctx.pub + rd.item.n;
    if (day !== null && wd) {
      const back = (isoDow(day) - wd.item.n + 7) % 7;
      if (back > 0 && back <= WEEKDAY_SLACK) day -= back;
    }
    const value = day === null ? null : isoDay(day);
    const date = trailingDate(ctx, e);
    // An explicit year beats our reading of the publication date.
    if (date && !date.res.anchored) best = longer(best, { s, e: date.e, res: date.res });
    else best = longer(best, { s, e: date ? date.e : e, res: res("relative", value, true) });
  }

  const noun = hit(ctx, j, "dayNoun", clitic);
  const k = noun ? noun.end : j;
  const s = start >= 0 ? start : noun ? noun.start : -1;
  const wd = hit(ctx, k, "weekday", clitic && !noun);
  if (wd) {
    let e = wd.end;
    const mod = hit(ctx, e, "modifier", false);
    let shift = 0;
    if (mod && mod.item.n !== 0) {
      shift = mod.item.n;
      e = mod.end;
    }
    const date = trailingDate(ctx, e);
    const from = s >= 0 ? s : wd.start;
    if (date) best = longer(best, { s: from, e: date.e, res: date.res });
    else {
      const value = ctx.pub === null ? null : isoDay(weekdayValue(ctx.pub, wd.item.n, shift));
      best = longer(best, { s: from, e, res: res("weekday", value, true) });
    }
  }
  if (s >= 0) {
    const date = dateAt(ctx, k, clitic && !noun);
    if (date) best = longer(best, { s, e: date.e, res: date.res });
  }
  return best;
}

// --- months, years, parts ----------------------------------------------------

function monthOrDateAt(ctx: Ctx, i: number): Cand | null {
  const date = dateAt(ctx, i, true);
  const mh = monthAt(ctx, i, true, false);
  const month = mh ? { s: mh.start, e: mh.end, res: resolveMonth(ctx, mh, i) } : null;
  if (date && (!month || date.e >= month.e)) return date;
  return month;
}

function emitYear(y: number): Res {
  return res("year", isoYear(y), false);
}

/**
 * A bare year that heads an entry of a list, "1990 - القوات العراقية تغزو الكويت" (the daily
 * "this day in history" columns): it opens the text, a line or a sentence, and a dash or a
 * colon follows it.
 */
function headsEntry(ctx: Ctx, i: number, end: number): boolean {
  if (!isPunct(ctx, end, "-\u2013\u2014:")) return false;
  if (i === 0) return true;
  const prev = ctx.toks[i - 1] as Tok;
  if (prev.k === PUNCT && ".!?\u061f;\u061b".includes(prev.t)) return true;
  const gap = ctx.norm.slice(prev.e, (ctx.toks[i] as Tok).s);
  return gap.includes("\n") || gap.includes("\r") || gap.includes("\u2029");
}

/** عام 2022، العام الماضي، هذه السنة، a bare year after a cue word (في 2022) or heading a list entry. */
function yearAt(ctx: Ctx, i: number): Cand | null {
  // (as in dayAnchorAt: `longer`, not a closure per call)
  let best: Cand | null = null;
  const noun = hit(ctx, i, "yearNoun", true);
  if (noun) {
    const y = yearDigitsAt(ctx, noun.end);
    if (y) best = longer(best, { s: noun.start, e: y.end, res: emitYear(y.y) });
  }
  const p = periodAt(ctx, i, true, false);
  if (p) best = longer(best, { s: p.start, e: p.end, res: resolvePeriod(ctx, p.unit, p.shift) });
  const t = ctx.toks[i];
  if (t && t.k === NUMBER) {
    const y = yearDigitsAt(ctx, i);
    if (y) {
      const linked = ctx.lastYearEnd >= 0 && ctx.lastYearEnd === i - 1 && hit(ctx, i - 1, "yearLink", false) !== null;
      if (linked || precededBy(ctx, i, "yearCue") || headsEntry(ctx, i, y.end)) best = longer(best, { s: t.s, e: y.end, res: emitYear(y.y) });
    }
  }
  return best;
}

/** مطلع أبريل، منتصف العام الماضي، أواخر 2023، نهاية الأسبوع المقبل. */
function partAt(ctx: Ctx, i: number): Cand | null {
  const ph = hit(ctx, i, "part", true);
  if (!ph || !ph.item.part) return null;
  const part = ph.item.part;
  const j = ph.end;
  let best: Cand | null = null;
  const take = (e: number, r: Res): void => {
    if (!best || e > best.e) best = { s: ph.start, e, res: withPart(r, part) };
  };
  const mh = monthAt(ctx, j, false, true);
  if (mh) take(mh.end, resolveMonth(ctx, mh, i));
  const noun = hit(ctx, j, "yearNoun", false);
  const y = yearDigitsAt(ctx, noun ? noun.end : j);
  if (y) take(y.end, emitYear(y.y));
  const p = periodAt(ctx, j, false, true);
  if (p) take(p.end, resolvePeriod(ctx, p.unit, p.shift));
  return best;
}

// --- durations -----------------------------------------------------------------

/** Words for "a few" before a plural unit (قبل عدة أيام، منذ بضعة أسابيع), as normalised keys. */
const FEW: ReadonlySet<string> = new Set(["عده", "عدة", "بضعه", "بضعة", "بضع"]);

/**
 * A few days, weeks, months or years before publication: the month (or year) that holds the
 * whole likely span, else no value: a vague past, never the day of publication.
 */
function fewAgo(pub: number, unit: string): string | null {
  const [near, far] = unit === "day" ? [2, 9] : unit === "week" ? [14, 42] : unit === "month" ? [60, 300] : [730, 3650];
  const a = civil(pub - near);
  const b = civil(pub - far);
  if (a.y === b.y && a.m === b.m) return isoMonth(a.y, a.m);
  if (a.y === b.y) return isoYear(a.y);
  return null;
}

/** منذ ثلاثة أيام، قبل أسبوعين، منذ نحو 10 سنوات: that long before publication. */
function agoAt(ctx: Ctx, i: number): Cand | null {
  const ago = hit(ctx, i, "ago", true);
  if (!ago) return null;
  let j = ago.end;
  const approx = hit(ctx, j, "approx", false);
  if (approx) j = approx.end;
  let n = 0;
  let unit: Hit | null = null;
  // قبل أيام، قبل عدة أيام، منذ أسابيع: a few units ago, no number (vague)
  let few = false;
  const num = numberAt(ctx, j, 3);
  if (num !== null) {
    n = num;
    unit = hit(ctx, j + 1, "unit", false);
  } else {
    const word = hit(ctx, j, "number", false);
    if (word) {
      n = word.item.n;
      unit = hit(ctx, word.end, "unit", false);
      if (unit && unit.item.n === 2) unit = null;
    } else {
      unit = hit(ctx, j, "unit", false);
      if (!unit && wordIn(ctx, j, FEW)) {
        unit = hit(ctx, j + 1, "unit", false);
        if (unit && unit.item.n !== 3) unit = null;
      }
      if (unit && unit.item.n === 3) {
        few = true;
        n = 1;
      } else if (unit) {
        n = unit.item.n;
        // منذ عام 2022، منذ يوم الأحد: the unit word starts a longer expression of its own.
        const inner = bestAt(ctx, j, false);
        if (inner && inner.e > unit.end) return null;
      }
    }
  }
  if (!unit || !unit.item.unit || n <= 0) return null;
  if (ago.item.notFollowedBy && wordIn(ctx, unit.end, ago.item.notFollowedBy)) return null;
  const pub = ctx.pub;
  const e = unit.end;
  if (pub === null) return { s: ago.start, e, res: res("duration", null, true) };
  if (few) return { s: ago.start, e, res: res("duration", fewAgo(pub, unit.item.unit), true) };
  switch (unit.item.unit) {
    case "day":
      return { s: ago.start, e, res: res("duration", isoDay(pub - n), true) };
    case "week": {
      const w = isoWeek(pub - 7 * n);
      return { s: ago.start, e, res: res("duration", w.value, true, w.eventDate) };
    }
    case "month": {
      const { y, m } = civil(pub);
      const k = y * 12 + (m - 1) - n;
      return { s: ago.start, e, res: res("duration", isoMonth(Math.floor(k / 12), (k % 12) + 1), true) };
    }
    case "year":
      return { s: ago.start, e, res: res("duration", isoYear(civil(pub).y - n), true) };
  }
}

// --- driver ------------------------------------------------------------------

/** The candidate reaching further; the first one on a tie. */
function longer(a: Cand | null, b: Cand | null): Cand | null {
  if (!a) return b;
  return b && b.e > a.e ? b : a;
}

/** The longest expression starting at token i. */
function bestAt(ctx: Ctx, i: number, withAgo = true): Cand | null {
  const t = ctx.toks[i];
  if (!t || t.k === PUNCT) return null;
  if (t.k === LETTER && hitsAt(ctx, i).length === 0) {
    // الـ9 من أبريل has no lexicon word at its first token
    const next = ctx.toks[i + 1];
    if (!next || next.k !== NUMBER || next.s !== t.e) return null;
  }
  let best = longer(dayAnchorAt(ctx, i), monthOrDateAt(ctx, i));
  best = longer(best, yearAt(ctx, i));
  if (t.k === LETTER) {
    best = longer(best, partAt(ctx, i));
    if (withAgo) best = longer(best, agoAt(ctx, i));
  }
  return best;
}

function spanEnd(norm: Normalized, original: string, e: number): number {
  const map = norm.map;
  // A ligature (ﻻ) expands to two normalised units that map to one original unit:
  // an end inside it must move past it.
  while (e < norm.text.length && e > 0 && map[e] === map[e - 1]) e++;
  let end = map[e] ?? original.length;
  // Trailing bidi and zero-width marks are not part of the expression.
  while (end > 0) {
    const c = original.charCodeAt(end - 1);
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      end--;
    else break;
  }
  return end;
}

/** Words that make a day and month after them a name (ثورة 25 يناير، قوى 14 آذار), as keys. */
const NAMED_BY_DAY: ReadonlySet<string> = new Set(["ثورة", "قوى", "تحالف", "فريق", "تيار", "حركة", "انتفاضة", "كتلة", "جماعة", "مجموعة", "معسكر", "أحداث", "هجمات"].map((w) => normalizeKey(w)));

/**
 * A day and month with no year that names a movement, a bloc or a revolution (ثورة 25 يناير،
 * قوى 14 آذار، 8 و14 آذار, حركة 6 أبريل) is no time of this year: the name's own day.
 */
function namesAnEvent(ctx: Ctx, i: number, c: Cand): boolean {
  if (c.res.kind !== "date") return false;
  // (c.s is a character offset, c.e the token after the expression)
  for (let k = i; k < c.e; k++) {
    const t = ctx.toks[k] as Tok;
    if (t.k === NUMBER && t.t.length === 4) return false;
  }
  const prev = ctx.toks[i - 1];
  if (!prev) return false;
  if (prev.k === LETTER && NAMED_BY_DAY.has(normalizeKey(prev.t.replace(/^[وف]/, "")))) return true;
  // 8 و14 آذار: Lebanon's two blocs, named together (while بين 8 و14 مارس is a span of days)
  const first = ctx.toks[i] as Tok;
  return prev.k === LETTER && prev.t === "و" && ctx.toks[i - 2]?.t === "8" && first.t === "14" && normalizeKey(ctx.toks[i + 1]?.t ?? "") === normalizeKey("آذار");
}

/** findTimes on text the caller has already normalised with normalizeWithMap. */
export function findTimesNormalized(original: string, norm: Normalized, published: string | null, lex: TimeLexicon): TimeExpression[] {
  const toks = tokenizeNormalized(norm.text);
  const openings = openingsOf(lex);
  const ctx: Ctx = { norm: norm.text, toks, lex, pub: parsePublished(published), hitCache: new Array(toks.length), openings, openingFilter: openingFilterOf(openings), openingWordFilter: openingWordFilterOf(openings), lastYearEnd: -1 };
  const out: TimeExpression[] = [];
  for (let i = 0; i < toks.length; ) {
    const c = bestAt(ctx, i);
    if (!c) {
      i++;
      continue;
    }
    if (namesAnEvent(ctx, i, c)) {
      i = c.e;
      continue;
    }
    const start = norm.map[c.s] ?? original.length;
    const end = Math.max(start, spanEnd(norm, original, ctx.toks[c.e - 1]?.e ?? c.s));
    const r = c.res;
    const expr: TimeExpression = {
      start,
      end,
      text: original.slice(start, end),
      value: r.value,
      eventDate: r.eventDate,
      kind: r.kind,
      anchored: r.anchored,
      ...(r.part ? { part: r.part } : {}),
    };
    out.push(expr);
    ctx.lastYearEnd = r.kind === "year" && !r.anchored && !r.part ? c.e : -1;
    i = c.e;
  }
  return out;
}

/**
 * Time expressions of an Arabic text, sorted by start and non-overlapping
 * (leftmost, then longest), resolved against `published` (YYYY-MM-DD…).
 */
export function findTimes(text: string, published: string | null, lex: TimeLexicon): TimeExpression[] {
  return findTimesNormalized(text, normalizeWithMap(text), published, lex);
}
