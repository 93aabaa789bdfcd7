/** Sentence-level PROTEST/ASSAULT detection against the Arabic event GSR (being built). */
import { InputError } from "../input.js";
import type { CliContext } from "./types.js";

export async function runGsrEval(_opts: { readonly dir: string }, _ctx: CliContext): Promise<number> {
  throw new InputError("eval --gsr is not available yet");
}
