/** The command modules, in the order their commands appear in --help. */
import { explainCommand } from "./explain.js";
import { nerCommand } from "./ner.js";
import type { CommandModule } from "./types.js";
import { dbCommands } from "./db.js";
import { serveCommands } from "./serve.js";
import { workerCommands } from "./worker.js";

export const COMMAND_MODULES: readonly CommandModule[] = [explainCommand, nerCommand, dbCommands, workerCommands, serveCommands];
