/** Named-entity recognition in CoNLL form (marsad ner) and its scoring (marsad eval --ner). */
import type { Command } from "commander";
import { InputError, readTextInput } from "../input.js";
import { formatConll, parseConll } from "../../ner/conll.js";
import { AlignmentError, formatNerScore, scoreNer } from "../../ner/score.js";
import { DEFAULT_WINDOW, createNerTagger, tagSentences } from "../../ner/tagger.js";
import type { CliContext, CommandModule } from "./types.js";

export const nerCommand: CommandModule = {
  name: "ner",
  register(program: Command, ctx: CliContext): void {
    program
      .command("ner")
      .description("tag named entities in a CoNLL file (one token per line) with ANERcorp's tags")
      .requiredOption("--conll <file>", "CoNLL input: a token per line (a second gold column is ignored), sentences ended by a blank line or '.'; '-' for stdin")
      .option("--window <n>", `sentences read together as one document (names introduced in full license short forms); default ${DEFAULT_WINDOW}, 1 = each sentence alone`)
      .action(async (opts: { conll: string; window?: string }) => {
        const window = opts.window === undefined ? DEFAULT_WINDOW : Number(opts.window);
        if (!Number.isInteger(window) || window < 1) throw new InputError(`--window must be a positive whole number, not '${opts.window ?? ""}'`);
        const text = await readTextInput(opts.conll);
        const tagger = createNerTagger();
        ctx.write(formatConll(tagSentences(tagger, parseConll(text), window, process.env.MARSAD_NER_VIA === "1")));
        ctx.setCode(0);
      });
  },
};

export async function runNerEval(opts: { readonly gold: string; readonly system?: string }, ctx: CliContext): Promise<number> {
  if (opts.system === undefined) throw new InputError("eval --ner needs --system (the output of marsad ner)");
  const gold = parseConll(await readTextInput(opts.gold));
  const system = parseConll(await readTextInput(opts.system));
  try {
    ctx.write(formatNerScore(scoreNer(gold, system)));
  } catch (err) {
    if (err instanceof AlignmentError) throw new InputError(`eval --ner: the files do not hold the same tokens: ${err.message}`);
    throw err;
  }
  return 0;
}
