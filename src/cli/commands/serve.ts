/**
 * `marsad serve`: the HTTP API and the analyst's workbench over one event
 * database. The extractor is loaded once; the store stays open until Ctrl-C
 * (or SIGTERM), which closes the server and then the store cleanly.
 */
import { join } from "node:path";
import type { Command } from "commander";
import { loadExtractor } from "../../extractor.js";
import { lexiconVersion } from "../../ingest/version.js";
import { DEFAULT_DB } from "../../store/open.js";
import { buildServer, isLoopback } from "../../server/app.js";
import { exampleArticles, storeExamples } from "../../server/examples.js";
import { InputError, parseByteSize } from "../input.js";
import { openDb } from "./db.js";
import type { CliContext, CommandModule } from "./types.js";

interface ServeOptions {
  readonly db?: string;
  readonly port?: string;
  readonly host?: string;
  readonly apiKey?: string;
  readonly examples?: boolean;
  readonly maxText?: string;
  readonly log?: boolean;
}

async function serveCommand(o: ServeOptions, ctx: CliContext): Promise<void> {
  const port = Number(o.port ?? "8080");
  if (!/^\d+$/.test(o.port ?? "8080") || port > 65535) throw new InputError(`--port '${o.port}': expected 0-65535`);
  const host = o.host ?? "127.0.0.1";
  const apiKey = o.apiKey ?? (process.env.MARSAD_API_KEY || undefined);
  if (!isLoopback(host) && apiKey === undefined) {
    throw new InputError(`--host ${host} is reachable from other machines: give --api-key KEY (or MARSAD_API_KEY) so that writes need it`);
  }
  if (apiKey !== undefined && apiKey.length < 8) throw new InputError("--api-key: use at least 8 characters");
  const maxTextBytes = o.maxText === undefined ? undefined : parseByteSize(o.maxText);

  const store = await openDb(o.db, true);
  let closed = false;
  const closeStore = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await store.close();
  };
  try {
    const extractor = await loadExtractor();
    const version = lexiconVersion();
    if (o.examples) {
      const docs = exampleArticles(join(ctx.root, "examples", "articles"));
      const r = await storeExamples(store, extractor, version, docs);
      if (r.added > 0) ctx.warn(`marsad: coded ${r.added} example articles (${r.events} event reports)`);
    }
    const app = await buildServer({
      store,
      extractor,
      webRoot: join(ctx.root, "dist", "web"),
      lexiconVersion: version,
      logger: o.log ?? false,
      ...(apiKey !== undefined ? { apiKey } : {}),
      ...(maxTextBytes !== undefined ? { maxTextBytes } : {}),
    });
    try {
      await app.listen({ port, host });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EADDRINUSE") throw new InputError(`--port ${port}: already in use`);
      if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" || e.code === "EACCES") throw new InputError(`--host ${host} --port ${port}: cannot listen (${e.code})`);
      throw err;
    }
    const address = app.server.address();
    const actualPort = typeof address === "object" && address !== null ? address.port : port;
    const shownHost = host.includes(":") ? `[${host}]` : host;
    ctx.write(`marsad: serving http://${shownHost}:${actualPort}/ (API docs at /api/docs; Ctrl-C stops)\n`);

    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    ctx.warn("marsad: stopping");
    await app.close();
  } finally {
    await closeStore();
  }
  ctx.setCode(0);
}

export const serveCommands: CommandModule = {
  name: "serve",
  register(program: Command, ctx: CliContext): void {
    program
      .command("serve")
      .description("the HTTP API (/api, docs at /api/docs) and the web workbench over an event database")
      .option("--db <db>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
      .option("--port <port>", "TCP port (0: any free port)", "8080")
      .option("--host <host>", "address to listen on; beyond loopback it needs --api-key", "127.0.0.1")
      .option("--api-key <key>", "writes (POST /api/extract with store, POST /api/ingest) need this x-api-key header (default $MARSAD_API_KEY)")
      .option("--examples", "first code the bundled example articles into the database (once)")
      .option("--max-text <size>", "largest article text accepted (default 1M)")
      .option("--log", "log every request (JSON lines on stdout)")
      .action((o: ServeOptions) => serveCommand(o, ctx));
  },
};
