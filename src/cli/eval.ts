/**
 * `marsad eval`: score extracted records against gold files, or extract and score the
 * shared seed, optionally holding the scores to floors (a regression gate for CI).
 * The scoring itself lives in src/eval/score.ts (a port of shared/tools/score_events.py,
 * printing the same report); this file only finds files, reads them, checks them,
 * and compares with the floors.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join, resolve } from "node:path";
import type { DocumentInput } from "../core/record.js";
import {
  GoldFormatError,
  ScoreInputError,
  formatPythonFixed,
  formatReport,
  loadSystemOutput,
  parseGold,
  scoreAll,
} from "../eval/score.js";
import type { Gold, ScoreReport } from "../eval/score.js";
import type { Extractor } from "../extractor.js";
import { InputError, parseDate, readTextInput } from "./input.js";

export interface EvalOptions {
  readonly gold?: readonly string[];
  readonly system?: string;
  readonly verbose?: boolean;
  readonly seed?: boolean;
  readonly floors?: string;
  /** The shared data folder (default: ../shared next to the repository). */
  readonly shared?: string;
  readonly maxBytes?: number;
}

export interface EvalIO {
  /** Repository root (the folder holding package.json). */
  readonly root: string;
  readonly write: (text: string) => Promise<void>;
  readonly warn: (text: string) => void;
  readonly loadExtractor: () => Promise<Extractor>;
}

// ---------------------------------------------------------------------------
// Gold files

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${label}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

interface RawGold {
  readonly where: string;
  readonly value: unknown;
}

/** A gold file holds one gold document, or an array of them. */
async function readGoldFile(path: string, maxBytes: number | undefined): Promise<RawGold[]> {
  const value = parseJson(await readTextInput(path, maxBytes === undefined ? {} : { maxBytes }), path);
  return Array.isArray(value) ? value.map((v, i) => ({ where: `${path}[${i}]`, value: v })) : [{ where: path, value }];
}

function validateGolds(raw: readonly RawGold[]): Gold[] {
  return raw.map(({ where, value }) => {
    try {
      return parseGold(value, where);
    } catch (err) {
      // parseGold names the file and lists the schema issues; that is the whole message.
      if (err instanceof GoldFormatError) throw new InputError(err.message);
      throw err;
    }
  });
}

function prop(gold: unknown, key: string): unknown {
  return typeof gold === "object" && gold !== null ? (gold as Record<string, unknown>)[key] : undefined;
}

// ---------------------------------------------------------------------------
// Floors

export const FLOOR_KEYS = ["f1", "precision", "recall", "actors", "quotes", "negationErrorsMax"] as const;
export type FloorKey = (typeof FLOOR_KEYS)[number];
export type Floors = Partial<Record<FloorKey, number>>;

export function parseFloors(value: unknown, label: string, set = "seed"): Floors {
  const group = prop(value, set);
  if (typeof group !== "object" || group === null || Array.isArray(group)) {
    throw new InputError(`${label}: expected {"${set}": {"f1": ..., ...}}`);
  }
  const floors: Floors = {};
  for (const [key, v] of Object.entries(group)) {
    if (!(FLOOR_KEYS as readonly string[]).includes(key)) {
      throw new InputError(`${label}: unknown floor '${set}.${key}' (known: ${FLOOR_KEYS.join(", ")})`);
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InputError(`${label}: floor '${set}.${key}' must be a non-negative number`);
    }
    if (isRatio(key as FloorKey) && v > 1) {
      throw new InputError(`${label}: floor '${set}.${key}' is a ratio between 0 and 1, got ${v}`);
    }
    floors[key as FloorKey] = v;
  }
  return floors;
}

/** The numbers floors are compared with. */
export function reportMetrics(report: ScoreReport): Record<FloorKey, number> {
  return {
    f1: report.f1,
    precision: report.precision,
    recall: report.recall,
    actors: report.actors.found,
    quotes: report.quotes.found,
    negationErrorsMax: report.negationErrors,
  };
}

export interface FloorCheck {
  readonly key: FloorKey;
  readonly value: number;
  readonly floor: number;
  readonly ok: boolean;
}

export function checkFloors(floors: Floors, metrics: Record<FloorKey, number>): FloorCheck[] {
  const out: FloorCheck[] = [];
  for (const key of FLOOR_KEYS) {
    const floor = floors[key];
    if (floor === undefined) continue;
    const value = metrics[key];
    // Ratios are compared as the report prints them (3 decimals), so the log can never
    // show "F1 0.850" next to "0.850 < floor 0.850".
    const shown = isRatio(key) ? Number(formatPythonFixed(value, 3)) : value;
    const ok = key === "negationErrorsMax" ? shown <= floor : shown >= floor;
    out.push({ key, value, floor, ok });
  }
  return out;
}

function isRatio(key: FloorKey): boolean {
  return key === "f1" || key === "precision" || key === "recall";
}

function fmt(key: FloorKey, v: number): string {
  return isRatio(key) ? formatPythonFixed(v, 3) : String(v);
}

function describeCheck(c: FloorCheck): string {
  if (c.key === "negationErrorsMax") {
    return `negation errors ${c.value} ${c.ok ? "≤" : ">"} max ${c.floor}`;
  }
  return `${c.key} ${fmt(c.key, c.value)} ${c.ok ? "≥" : "<"} floor ${fmt(c.key, c.floor)}`;
}

// ---------------------------------------------------------------------------
// Seed

interface RawSeed {
  readonly id: string;
  readonly text: string;
}

function sharedDir(root: string, option: string | undefined): string {
  return option !== undefined ? resolve(option) : resolve(root, "..", "shared");
}

/** The seed articles, in file-name order; the id is the file name without .txt. */
async function readSeed(shared: string, maxBytes: number | undefined): Promise<RawSeed[]> {
  const dir = join(shared, "seed");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(`--seed: no seed folder at ${dir}`);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (files.length === 0) throw new InputError(`--seed: no .txt files in ${dir}`);
  const docs: RawSeed[] = [];
  for (const file of files) {
    const text = await readTextInput(join(dir, file), maxBytes === undefined ? {} : { maxBytes });
    docs.push({ id: basename(file, ".txt"), text });
  }
  return docs;
}

/** The seed has no datelines: each article's publication date comes from its gold file. */
function seedInputs(seed: readonly RawSeed[], golds: readonly Gold[]): DocumentInput[] {
  return seed.map(({ id, text }) => {
    const published = golds.find((g) => g.doc === id)?.published;
    return { text, id, published: typeof published === "string" ? parseDate(published) : null };
  });
}

// ---------------------------------------------------------------------------

/** Run `marsad eval`; returns the exit code (0 ok, 1 floors not met). */
export async function runEval(options: EvalOptions, io: EvalIO): Promise<number> {
  const gold = options.gold ?? [];
  const limit = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  if (options.seed) {
    if (gold.length > 0 || options.system !== undefined) {
      throw new InputError("eval: use either --seed or --gold/--system, not both");
    }
  } else {
    if (gold.length === 0 || options.system === undefined) {
      throw new InputError("eval: needs --gold FILE (one or more) and --system OUT.jsonl, or --seed");
    }
    if (options.floors !== undefined) throw new InputError("eval: --floors goes with --seed");
  }

  // Every file is read and checked before the lexicons are loaded, so a wrong path
  // is reported in milliseconds.
  const floorsPath = options.floors === undefined ? undefined : locate(options.floors, io.root);
  const floors =
    floorsPath === undefined
      ? undefined
      : parseFloors(parseJson(await readTextInput(floorsPath), options.floors as string), options.floors as string);

  const rawGolds: RawGold[] = [];
  let seedDocs: RawSeed[] | undefined;
  let systemText: string | undefined;
  if (options.seed) {
    const shared = sharedDir(io.root, options.shared);
    if (!existsSync(shared)) {
      throw new InputError(
        `--seed needs the shared data folder next to the repository, but ${shared} does not exist ` +
          "(it holds seed/*.txt and gold/seed.gold.json; point elsewhere with --shared DIR)",
      );
    }
    const goldPath = join(shared, "gold", "seed.gold.json");
    if (!existsSync(goldPath)) throw new InputError(`--seed: no gold file at ${goldPath}`);
    rawGolds.push(...(await readGoldFile(goldPath, options.maxBytes)));
    seedDocs = await readSeed(shared, options.maxBytes);
  } else {
    for (const g of gold) rawGolds.push(...(await readGoldFile(g, options.maxBytes)));
    systemText = await readTextInput(options.system as string, limit);
  }

  const golds = validateGolds(rawGolds);
  let report: ScoreReport;
  if (seedDocs !== undefined) {
    const inputs = seedInputs(seedDocs, golds);
    const extractor = await io.loadExtractor();
    // Our own records failing the scorer would be a bug, so no InputError here.
    report = scoreAll(golds, inputs.map((input) => extractor.extract(input)));
  } else {
    const system = options.system as string;
    try {
      report = scoreAll(golds, loadSystemOutput(systemText as string));
    } catch (err) {
      if (err instanceof SyntaxError || err instanceof ScoreInputError) {
        throw new InputError(`${system}: not extraction output: ${err.message}`);
      }
      throw err;
    }
  }

  let text = formatReport(report, options.verbose ?? false);
  if (!text.endsWith("\n")) text += "\n";
  await io.write(text);

  if (!floors) return 0;
  const checks = checkFloors(floors, reportMetrics(report));
  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) {
    await io.write(`floors met: ${checks.map(describeCheck).join("; ")}\n`);
    return 0;
  }
  io.warn(`marsad: below the floors in ${options.floors as string}:\n${failed.map((c) => `  ${describeCheck(c)}\n`).join("")}`);
  return 1;
}

/** A relative path from the command line, tried against the cwd first, then the repository root. */
function locate(path: string, root: string): string {
  if (isAbsolute(path) || existsSync(path)) return path;
  const fromRoot = join(root, path);
  return existsSync(fromRoot) ? fromRoot : path;
}
