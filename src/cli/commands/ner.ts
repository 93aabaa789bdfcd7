/** Named-entity recognition in CoNLL form and its scoring (being built). */
import { InputError } from "../input.js";
import type { CliContext } from "./types.js";

export async function runNerEval(_opts: { readonly gold: string; readonly system?: string }, _ctx: CliContext): Promise<number> {
  throw new InputError("eval --ner is not available yet");
}
