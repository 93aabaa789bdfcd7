#!/usr/bin/env node
/**
 * The marsad command line: an adapter around the extractor. It reads and checks
 * input, calls loadExtractor()/extract(), and formats what comes back; it holds no
 * extraction logic of its own.
 *
 * Exit codes: 0 ok; 1 some documents failed or floors were not met; 2 usage or input
 * error; 70 internal error (EX_SOFTWARE), i.e. a bug.
 */
import { existsSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { byteLines } from "../ingest/lines.js";
import type { DocumentInput, DocumentRecord } from "../core/record.js";
import type { Extractor } from "../extractor.js";
import { DocumentError, loadExtractor } from "../extractor.js";
import { runEval } from "./eval.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DOCUMENT_BYTES,
  InputError,
  decodeText,
  formatBytes,
  fsError,
  inputLabel,
  parseByteSize,
  parseDate,
  parseJsonlDocuments,
  readTextInput,
} from "./input.js";
import type { JsonlEntry } from "./input.js";
import { Output } from "./output.js";
import { findPackage } from "./paths.js";
import { renderReport } from "./report.js";
import { COMMAND_MODULES } from "./commands/index.js";
import type { CliContext } from "./commands/types.js";
import { runNerEval } from "./commands/ner.js";
import { runGsrEval } from "./commands/gsr.js";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 70;

const BUG_NOTE = "(this is a bug; please report it)";

const stdout = new Output(process.stdout);
// A closed stderr must not turn a clean exit into a crash.
process.stderr.on("error", () => undefined);

function debug(): boolean {
  return process.env.MARSAD_DEBUG === "1";
}

function warn(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Print an error the way its kind deserves and return the exit code. */
function reportError(err: unknown): number {
  if (err instanceof InputError) {
    warn(`marsad: ${err.message}`);
    return EXIT_USAGE;
  }
  warn(`marsad: internal error: ${message(err)} ${BUG_NOTE}`);
  if (debug() && err instanceof Error && err.stack) warn(err.stack);
  else warn("marsad: set MARSAD_DEBUG=1 to see the stack trace");
  return EXIT_INTERNAL;
}

/** https://no-color.org: NO_COLOR set to anything non-empty wins; FORCE_COLOR forces. */
function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return stream.isTTY === true;
}

type Format = "report" | "json" | "jsonl";

function formatRecord(record: DocumentRecord, format: Format): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(record, null, 2)}\n`;
    case "jsonl":
      return `${JSON.stringify(record)}\n`;
    case "report":
      return renderReport(record, {
        color: useColor(process.stdout),
        ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}),
      });
  }
}

// ---------------------------------------------------------------------------
// extract

/** "-" with nothing piped in would wait silently for the keyboard; say what is going on. */
function hintIfTerminal(path: string): void {
  if (path === "-" && process.stdin.isTTY) warn("marsad: reading the document from the terminal; end it with Ctrl-D");
}

interface ExtractOptions {
  readonly published?: string;
  readonly id?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly pretty?: boolean;
  readonly input?: string;
  readonly maxBytes?: string;
}

async function extractCommand(file: string | undefined, opts: ExtractOptions): Promise<number> {
  if (file !== undefined && opts.input !== undefined) {
    throw new InputError("extract: give either a file or --input FILE.jsonl, not both");
  }
  if (file === undefined && opts.input === undefined) {
    throw new InputError("extract: which document? Give a file, '-' for stdin, or --input FILE.jsonl (see marsad extract --help)");
  }
  // Everything the user typed is checked before the lexicons are loaded: a typo fails in milliseconds.
  const published = opts.published === undefined ? undefined : parseDate(opts.published);
  const maxBytes = opts.maxBytes === undefined ? undefined : parseByteSize(opts.maxBytes);

  if (opts.input !== undefined) {
    const format: Format = opts.json || opts.pretty ? "json" : "jsonl";
    return extractBatch(opts.input, { published, maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, maxDocument: maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES, format });
  }

  const format: Format = opts.json || opts.pretty ? "json" : opts.jsonl ? "jsonl" : "report";
  hintIfTerminal(file as string);
  const text = await readTextInput(file as string, { maxBytes: maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES });
  const input: DocumentInput = {
    text,
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(published !== undefined ? { published } : {}),
  };
  const extractor = await loadExtractor();
  await stdout.write(formatRecord(extractDocument(extractor, input, inputLabel(file as string)), format));
  return EXIT_OK;
}

/** The extractor refuses some inputs itself (DocumentError): those are the user's to fix. */
function extractDocument(extractor: Extractor, input: DocumentInput, label: string): DocumentRecord {
  try {
    return extractor.extract(input);
  } catch (err) {
    if (err instanceof DocumentError) throw new InputError(`${label}: ${err.message}`);
    throw err;
  }
}

async function extractBatch(
  path: string,
  opts: { readonly published: string | undefined; readonly maxBytes: number; readonly maxDocument: number; readonly format: Format },
): Promise<number> {
  const label = inputLabel(path);
  hintIfTerminal(path);
  const entries = batchEntries(path, label, opts.maxBytes);
  let count = 0;

  let failed = false;
  let internal = false;
  const collected: DocumentRecord[] = [];
  // Loaded on the first good line: a batch of nothing but bad lines needs no lexicons.
  let extractor: Extractor | undefined;

  for await (const entry of entries) {
    if (stdout.closed) break;
    count++;
    if ("error" in entry) {
      warn(`marsad: ${label}:${entry.line}: ${entry.error}`);
      failed = true;
      continue;
    }
    if (entry.doc.text.length > opts.maxDocument) {
      warn(`marsad: ${label}:${entry.line}: a document of ${entry.doc.text.length} characters, more than the ${opts.maxDocument} one document may hold; not coded`);
      failed = true;
      continue;
    }
    // --published is the default for the lines that do not carry their own date.
    const doc: DocumentInput =
      entry.doc.published == null && opts.published !== undefined ? { ...entry.doc, published: opts.published } : entry.doc;
    extractor ??= await loadExtractor();
    let record: DocumentRecord;
    try {
      record = extractor.extract(doc);
    } catch (err) {
      if (err instanceof DocumentError) {
        warn(`marsad: ${label}:${entry.line}: ${err.message}`);
        failed = true;
        continue;
      }
      // One document tripping a bug should not lose the rest of the batch.
      warn(`marsad: ${label}:${entry.line}: internal error: ${message(err)} ${BUG_NOTE}`);
      if (debug() && err instanceof Error && err.stack) warn(err.stack);
      internal = true;
      continue;
    }
    if (opts.format === "json") collected.push(record);
    else await stdout.write(formatRecord(record, "jsonl"));
  }
  if (count === 0) warn(`marsad: ${label}: no documents (the input is empty)`);
  if (opts.format === "json") await stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  return internal ? EXIT_INTERNAL : failed ? EXIT_FAILED : EXIT_OK;
}

function isUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/**
 * A JSONL batch, streamed line by line: a dump of any size is coded in bounded
 * memory, and a line longer than --max-bytes is skipped (never held whole) and
 * reported with its number while the lines around it are coded. Each line is
 * decoded on its own. A first line that is not text at all makes the whole input
 * an error, as before (a binary file is not a batch with bad lines); UTF-16 has
 * no 0x0A byte to split on, so such a batch is read whole.
 */
async function* batchEntries(path: string, label: string, maxBytes: number): AsyncGenerator<JsonlEntry> {
  let stream: AsyncIterable<Buffer>;
  if (path === "-") stream = process.stdin;
  else {
    let handle;
    try {
      handle = await open(path, "r");
    } catch (err) {
      throw fsError(err, path);
    }
    const info = await handle.stat().catch((err: unknown) => {
      void handle.close();
      throw fsError(err, path);
    });
    if (info.isDirectory()) {
      await handle.close();
      throw new InputError(`${path}: is a directory, not a file`);
    }
    stream = handle.createReadStream();
  }
  const it = stream[Symbol.asyncIterator]();
  let line = 0;
  let firstText = true;
  try {
    const head = await it.next();
    if (head.done) return;
    if (isUtf16Bom(head.value)) {
      const rest: Buffer[] = [head.value];
      let total = head.value.length;
      for (let n = await it.next(); !n.done; n = await it.next()) {
        total += n.value.length;
        if (total > maxBytes) throw new InputError(`${label}: larger than the ${formatBytes(maxBytes)} input limit; raise it with --max-bytes (e.g. --max-bytes 512M)`);
        rest.push(n.value);
      }
      yield* parseJsonlDocuments(decodeText(Buffer.concat(rest, total), label), label);
      return;
    }
    const chunks = async function* (): AsyncGenerator<Buffer> {
      yield head.value;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
    };
    for await (const { bytes } of byteLines(chunks(), maxBytes)) {
      line++;
      if (bytes === null) {
        yield { line, error: `a line longer than the ${formatBytes(maxBytes)} input limit; skipped (raise it with --max-bytes)` };
        continue;
      }
      let text: string;
      try {
        text = decodeText(bytes, `${label}:${line}`);
      } catch (err) {
        if (firstText && err instanceof InputError) throw new InputError(err.message.replace(`${label}:${line}: `, `${label}: `));
        yield { line, error: err instanceof Error ? err.message.replace(`${label}:${line}: `, "") : String(err) };
        continue;
      }
      const [entry] = parseJsonlDocuments(text, label);
      if (entry === undefined) continue;
      firstText = false;
      yield { ...entry, line };
    }
  } catch (err) {
    throw err instanceof InputError ? err : fsError(err, path === "-" ? "stdin" : path);
  } finally {
    await it.return?.();
  }
}

// ---------------------------------------------------------------------------
// demo

async function demoCommand(): Promise<number> {
  const root = findPackage().root;
  const articlePath = join(root, "examples", "article-ar.txt");
  const metaPath = join(root, "examples", "article-ar.json");
  if (!existsSync(articlePath)) {
    throw new InputError(`demo: the example article is missing (${articlePath})`);
  }
  let meta: Record<string, unknown> = {};
  if (existsSync(metaPath)) {
    try {
      const value: unknown = JSON.parse(readFileSync(metaPath, "utf8"));
      if (typeof value === "object" && value !== null && !Array.isArray(value)) meta = value as Record<string, unknown>;
    } catch (err) {
      throw new InputError(`${metaPath}: not valid JSON (${message(err)})`);
    }
  }
  const str = (k: string): string | undefined => (typeof meta[k] === "string" ? (meta[k] as string) : undefined);
  const published = str("published");
  const input: DocumentInput = {
    text: await readTextInput(articlePath),
    id: str("id") ?? "article-ar",
    published: published === undefined ? null : parseDate(published),
    title: str("title") ?? null,
    url: str("url") ?? null,
    source: str("source") ?? null,
  };
  const extractor = await loadExtractor();
  await stdout.write(formatRecord(extractDocument(extractor, input, articlePath), "report"));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------
// eval

interface EvalCliOptions {
  readonly gold?: string[];
  readonly system?: string;
  readonly verbose?: boolean;
  readonly seed?: boolean;
  readonly floors?: string;
  readonly shared?: string;
  readonly maxBytes?: string;
  readonly ner?: string;
  readonly gsr?: string;
}

async function evalCommand(opts: EvalCliOptions, ctx: CliContext): Promise<number> {
  if (opts.ner !== undefined) return runNerEval({ gold: opts.ner, ...(opts.system !== undefined ? { system: opts.system } : {}) }, ctx);
  if (opts.gsr !== undefined) return runGsrEval({ dir: opts.gsr }, ctx);
  const maxBytes = opts.maxBytes === undefined ? undefined : parseByteSize(opts.maxBytes);
  return runEval(
    {
      ...(opts.gold !== undefined ? { gold: opts.gold } : {}),
      ...(opts.system !== undefined ? { system: opts.system } : {}),
      ...(opts.floors !== undefined ? { floors: opts.floors } : {}),
      ...(opts.shared !== undefined ? { shared: opts.shared } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      verbose: opts.verbose ?? false,
      seed: opts.seed ?? false,
    },
    {
      root: findPackage().root,
      write: (text) => stdout.write(text),
      warn,
      loadExtractor: () => loadExtractor(),
    },
  );
}

// ---------------------------------------------------------------------------

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function buildProgram(setCode: (code: number) => void): Command {
  const pkg = findPackage();
  const program = new Command("marsad")
    .description("Arabic political event extraction: news text in, CAMEO-coded events with evidence out.")
    .version(pkg.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`marsad: ${s.replace(/^error: /, "")}`),
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  marsad extract article.txt --published 2024-04-09
  marsad extract article.txt --json > record.json
  cat article.txt | marsad extract - --jsonl
  marsad extract --input docs.jsonl > records.jsonl
  marsad eval --gold seed.gold.json --system records.jsonl
  marsad demo

Exit codes: 0 ok, 1 some documents failed or floors not met, 2 usage or input error, 70 internal error.
Set NO_COLOR=1 to turn colours off, MARSAD_DEBUG=1 to see stack traces of internal errors.`,
    );

  const ctx: CliContext = { setCode, write: (text) => stdout.write(text), warn, root: findPackage().root };

  program
    .command("extract")
    .description("extract events from one document (or a JSONL batch with --input)")
    .argument("[file]", "a UTF-8 text file, or '-' for stdin")
    .option("--published <date>", "publication date, YYYY-MM-DD (relative dates resolve against it; with --input, the default for lines without one)")
    .addOption(new Option("--id <id>", "document id (default: a content hash)").conflicts("input"))
    .addOption(new Option("--json", "print the record as indented JSON (with --input: a JSON array)").conflicts("jsonl"))
    .addOption(new Option("--jsonl", "print the record as one compact JSON line"))
    .addOption(new Option("--pretty", "indented JSON; the same as --json").conflicts("jsonl"))
    .option("--input <file.jsonl>", "batch: one JSON document per line ({\"text\": ..., \"id\", \"published\", \"title\", \"url\", \"lang\", \"source\"}), or '-' for stdin; writes one record per line")
    .option("--max-bytes <size>", `refuse inputs larger than this (default ${formatBytes(DEFAULT_MAX_DOCUMENT_BYTES)} for one document; with --input, lines longer than ${formatBytes(DEFAULT_MAX_BYTES)} are skipped; e.g. 512M)`)
    .action(async (file: string | undefined, opts: ExtractOptions) => setCode(await extractCommand(file, opts)));

  program
    .command("eval")
    .description("score extraction output against gold files, or extract and score the shared seed")
    .option("--gold <file>", "a gold file (repeatable)", collect)
    .option("--system <file>", "extraction output: JSONL, one record per line (or a JSON array)")
    .option("--verbose", "list every gold event and false positive")
    .option("--seed", "extract ../shared/seed/*.txt and score it against ../shared/gold/seed.gold.json")
    .option("--floors <file>", "with --seed: fail (exit 1) when a score is below its floor, e.g. eval/floors.json")
    .option("--shared <dir>", "with --seed: the shared data folder (default: ../shared next to the repository)")
    .option("--max-bytes <size>", `refuse inputs larger than this (default ${formatBytes(DEFAULT_MAX_BYTES)})`)
    .option("--ner <gold.conll>", "score named entities (CoNLL, conlleval-style) against this gold file; --system is marsad ner's output")
    .option("--gsr <dir>", "sentence-level PROTEST/ASSAULT detection against the Arabic event GSR in this folder")
    .action(async (opts: EvalCliOptions) => setCode(await evalCommand(opts, ctx)));

  program
    .command("demo")
    .description("extract the bundled example article and print the report")
    .action(async () => setCode(await demoCommand()));

  for (const module of COMMAND_MODULES) module.register(program, ctx);

  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  let code = EXIT_OK;
  try {
    const program = buildProgram((c) => (code = c));
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv]);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed help, the version or its error message.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return reportError(err);
  }
}

// Errors that escape the promise chain (a stream error thrown from a handler) still
// get the same treatment: one line, an exit code, no stack unless asked for.
process.on("uncaughtException", (err) => process.exit(reportError(err)));
process.on("unhandledRejection", (err) => process.exit(reportError(err)));

process.exitCode = await main(process.argv);
