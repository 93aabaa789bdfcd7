/**
 * Commands beyond extract/eval/demo live in their own modules and register
 * themselves on the program, so that each part of the CLI (entities, event
 * coding, the database) grows in its own file.
 */
import type { Command } from "commander";

export interface CliContext {
  /** Set the process exit code the command ends with. */
  setCode(code: number): void;
  /** Write to stdout (EPIPE-safe). */
  write(text: string): void;
  /** Write a line to stderr. */
  warn(text: string): void;
  /** The package root (the folder with package.json). */
  readonly root: string;
}

export interface CommandModule {
  readonly name: string;
  register(program: Command, ctx: CliContext): void;
}
