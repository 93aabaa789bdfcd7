/**
 * Reading the lexicon files (the IO side): YAML parsed with line numbers, each
 * entry checked against its schema, every problem reported as file:line.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readCache, writeCache } from "../core/cache.js";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { LineCounter, parseDocument, isSeq, isMap } from "yaml";
import type { Node as YamlNode } from "yaml";
import type { z } from "zod";
import {
  ActorEntry,
  AgentEntry,
  FunctionWords,
  GivenNames,
  NameCues,
  TopicEntry,
  TriggerEntry,
} from "./schema.js";
import { packageRoot } from "../core/paths.js";

export interface Sourced<T> {
  readonly value: T;
  readonly file: string;
  readonly line: number;
}

export interface LexiconData {
  readonly actors: readonly Sourced<ActorEntry>[];
  readonly agents: readonly Sourced<AgentEntry>[];
  readonly topics: readonly Sourced<TopicEntry>[];
  readonly triggers: readonly Sourced<TriggerEntry>[];
  readonly functionWords: FunctionWords;
  /** Raw time word lists; compiled by the Arabic time module. */
  readonly timeRaw: unknown;
  /** Given names and name cues (data/lexicon/ar/given-names.yaml, name-cues.yaml); null when absent. */
  readonly givenNames?: GivenNames | null;
  readonly nameCues?: NameCues | null;
  readonly dataDir: string;
  /** The hash of the lexicon files and schema it was read from (when loaded through the cache). */
  readonly fingerprint?: string;
}

export class LexiconError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`lexicon errors:\n  ${problems.join("\n  ")}`);
    this.name = "LexiconError";
  }
}

export { packageRoot };

export function defaultDataDir(): string {
  return path.join(packageRoot(), "data");
}

interface ParsedFile {
  readonly file: string;
  readonly root: YamlNode | null;
  readonly json: unknown;
  readonly lineOf: (node: YamlNode | null | undefined) => number;
}

function parseYamlFile(file: string, problems: string[]): ParsedFile | null {
  const text = readFileSync(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  for (const e of doc.errors) {
    const line = e.linePos?.[0]?.line ?? 0;
    problems.push(`${file}:${line}: ${e.message.split("\n")[0] ?? ""}`);
  }
  if (doc.errors.length > 0) return null;
  const lineOf = (node: YamlNode | null | undefined): number => {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  return { file, root: (doc.contents as YamlNode | null) ?? null, json: doc.toJS(), lineOf };
}

/** Find the YAML node at a zod issue path, for a line number. */
function nodeAt(root: YamlNode | null, p: readonly (string | number)[]): YamlNode | null {
  let node: YamlNode | null = root;
  let last: YamlNode | null = root;
  for (const key of p) {
    if (node && (isSeq(node) || isMap(node))) {
      const next = node.get(key, true) as YamlNode | undefined;
      if (!next) break;
      node = next;
      last = next;
    } else break;
  }
  return last;
}

function readList<T>(parsed: ParsedFile, schema: z.ZodType<T>, problems: string[]): Sourced<T>[] {
  const out: Sourced<T>[] = [];
  const rel = parsed.file;
  if (!Array.isArray(parsed.json)) {
    problems.push(`${rel}:1: expected a list of entries`);
    return out;
  }
  const items = parsed.json as unknown[];
  items.forEach((item, i) => {
    const itemNode = nodeAt(parsed.root, [i]);
    const res = schema.safeParse(item);
    if (!res.success) {
      for (const issue of res.error.issues) {
        const node = nodeAt(parsed.root, [i, ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k))]);
        const id = typeof (item as { id?: unknown })?.id === "string" ? ` (${(item as { id: string }).id})` : "";
        problems.push(`${rel}:${parsed.lineOf(node)}: entry ${i + 1}${id}: ${issue.path.join(".") || "entry"}: ${issue.message}`);
      }
      return;
    }
    out.push({ value: res.data, file: rel, line: parsed.lineOf(itemNode) });
  });
  return out;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Load and schema-check every lexicon file. Throws a LexiconError listing all
 * problems (file:line: message) rather than stopping at the first.
 */
/**
 * Load the lexicons. Parsing and checking ~2 MB of YAML takes over a second, so
 * the checked data is cached as JSON under node_modules/.cache/marsad, keyed by
 * a hash of every lexicon file and of the schema module: any edit to either
 * makes a new key, and a stale cache is never read.
 */
export function loadLexiconData(dataDir: string = defaultDataDir(), options: { inherit?: LexiconData; cache?: boolean } = {}): LexiconData {
  if (options.inherit || options.cache === false) return parseLexiconData(dataDir, options);
  const fingerprint = lexiconFingerprint(dataDir);
  const name = `lexicon-${fingerprint}.json`;
  const cached = readCache<LexiconData>(name);
  if (cached) return { ...cached, dataDir, fingerprint };
  const data = parseLexiconData(dataDir, options);
  writeCache(name, data);
  return { ...data, fingerprint };
}

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(p));
    else if (entry.name.endsWith(".yaml") || entry.name.endsWith(".yml")) out.push(p);
  }
  return out;
}

/** A hash of every lexicon file (path and content) and of the schema that checked them. */
export function lexiconFingerprint(dataDir: string): string {
  const h = createHash("sha256");
  // the schema module beside this one: schema.ts under tsx, schema.js once compiled
  const here = fileURLToPath(import.meta.url);
  h.update(readFileSync(path.join(path.dirname(here), `schema${path.extname(here)}`)));
  const lex = path.join(dataDir, "lexicon");
  for (const f of yamlFilesUnder(lex)) {
    h.update(path.relative(lex, f));
    h.update("\0");
    h.update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 20);
}

function parseLexiconData(dataDir: string, options: { inherit?: LexiconData }): LexiconData {
  const problems: string[] = [];
  const lex = path.join(dataDir, "lexicon");
  const relative = (f: string): string => path.relative(path.dirname(dataDir), f);

  const actors: Sourced<ActorEntry>[] = [];
  for (const f of yamlFiles(path.join(lex, "common"))) {
    const parsed = parseYamlFile(f, problems);
    if (parsed) actors.push(...readList({ ...parsed, file: relative(f) }, ActorEntry, problems));
  }
  const one = <T>(name: string, schema: z.ZodType<T>): Sourced<T>[] => {
    const f = path.join(lex, "ar", name);
    if (!existsSync(f)) return [];
    const parsed = parseYamlFile(f, problems);
    return parsed ? readList({ ...parsed, file: relative(f) }, schema, problems) : [];
  };
  const agents = one("agents.yaml", AgentEntry);
  const topics = one("topics.yaml", TopicEntry);
  const triggers: Sourced<TriggerEntry>[] = [];
  for (const f of yamlFiles(path.join(lex, "ar", "triggers"))) {
    const parsed = parseYamlFile(f, problems);
    if (parsed) triggers.push(...readList({ ...parsed, file: relative(f) }, TriggerEntry as z.ZodType<TriggerEntry>, problems));
  }

  // a partial data folder (a test fixture) may take the closed-class words from another
  let functionWords: FunctionWords | null = null;
  const fwFile = path.join(lex, "ar", "function-words.yaml");
  const fw = existsSync(fwFile) ? parseYamlFile(fwFile, problems) : null;
  if (!fw && options.inherit) functionWords = options.inherit.functionWords;
  else if (!fw) problems.push(`${relative(fwFile)}: missing`);
  else {
    const res = FunctionWords.safeParse(fw.json);
    if (res.success) functionWords = res.data;
    else for (const issue of res.error.issues) problems.push(`${relative(fwFile)}:${fw.lineOf(nodeAt(fw.root, issue.path.map(String)))}: ${issue.path.join(".")}: ${issue.message}`);
  }

  const timeFile = path.join(lex, "ar", "time.yaml");
  const time = existsSync(timeFile) ? parseYamlFile(timeFile, problems) : null;

  const object = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const f = path.join(lex, "ar", name);
    if (!existsSync(f)) return null;
    const parsed = parseYamlFile(f, problems);
    if (!parsed) return null;
    const res = schema.safeParse(parsed.json);
    if (res.success) return res.data;
    for (const issue of res.error.issues) problems.push(`${relative(f)}:${parsed.lineOf(nodeAt(parsed.root, issue.path.map((k) => (typeof k === "number" ? k : String(k)))))}: ${issue.path.join(".")}: ${issue.message}`);
    return null;
  };
  const givenNames = object("given-names.yaml", GivenNames) ?? options.inherit?.givenNames ?? null;
  const nameCues = object("name-cues.yaml", NameCues) ?? options.inherit?.nameCues ?? null;

  if (problems.length > 0 || !functionWords) throw new LexiconError(problems);
  return { actors, agents, topics, triggers, functionWords, timeRaw: time?.json ?? options.inherit?.timeRaw ?? null, dataDir, givenNames, nameCues };
}
