/** The command modules, in the order their commands appear in --help. */
import type { CommandModule } from "./types.js";

export const COMMAND_MODULES: readonly CommandModule[] = [];
