/**
 * Readings of each token of one document, computed on first use and shared by
 * the stages (mentions, entities, triggers, clauses, events) as the `readings`
 * layer. Looking a token's key up in the string-keyed memos of src/lang/ar on
 * every call was the largest single cost of extraction; here a reading is a
 * property of the token's `WordInfo` (shared by every occurrence of the word
 * form) or an array slot per token index. Everything kept is a pure function
 * of the tokens, so sharing it changes no result.
 */
import { translitOfKey } from "../lang/ar/normalize.js";
import { computeFullReadings, prefixReadings } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token, WordInfo } from "../lang/ar/tokenize.js";

const TAA_MARBUTA_END = /\u0629[\u064B-\u065F\u0640]*$/;

/**
 * A word written with ة ends in taa marbuta, not in the pronoun ه (إشارة is not
 * أشار + ه), but it is the feminine ending, so منفصلة also reads as منفصل.
 */
function finalReadings(text: string, full: readonly CliticAnalysis[]): readonly CliticAnalysis[] {
  if (!TAA_MARBUTA_END.test(text)) return full;
  // one array of one kind, filled in place: spreading a filtered and a mapped
  // array (often empty, of another elements kind) deoptimised every stage that
  // had this inlined
  const out: CliticAnalysis[] = [];
  for (const x of full) if (x.suffix !== "ه") out.push(x);
  const kept = out.length;
  for (let k = 0; k < kept; k++) {
    const x = out[k] as CliticAnalysis;
    if (x.suffix === "" && x.stem.endsWith("ه") && x.stem.length > 3) out.push({ prefix: x.prefix, stem: x.stem.slice(0, -1), suffix: "ة", prefixLength: x.prefixLength });
  }
  return out;
}

export class ReadingCache {
  // sparse arrays indexed by token: undefined means not computed yet
  private readonly verb: (readonly CliticAnalysis[] | undefined)[];
  private readonly noun: (readonly CliticAnalysis[] | undefined)[];
  /** `infos[i]` is token i's word form (from `tokenizeWithInfo`); its readings are shared across documents. */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly infos: readonly WordInfo[],
  ) {
    this.verb = new Array<readonly CliticAnalysis[] | undefined>(tokens.length);
    this.noun = new Array<readonly CliticAnalysis[] | undefined>(tokens.length);
  }

  /** Full clitic readings (pronoun suffixes too; with `verbs`, future سـ) of token i. */
  get(i: number, verbs: boolean): readonly CliticAnalysis[] {
    const cache = verbs ? this.verb : this.noun;
    let r = i >= 0 && i < cache.length ? cache[i] : undefined;
    if (r === undefined) {
      const t = this.tokens[i];
      if (!t) return [];
      if (t.kind === "word") {
        // a pure function of the written form: kept on its WordInfo, shared by every occurrence
        const info = this.infos[i] as WordInfo;
        r = verbs ? (info.readingsVerb ??= finalReadings(t.text, this.fullOf(i, true))) : (info.readingsNoun ??= finalReadings(t.text, this.fullOf(i, false)));
      } else {
        r = [{ prefix: "", stem: t.norm, suffix: "", prefixLength: 0 }];
      }
      if (i >= 0 && i < cache.length) cache[i] = r;
    }
    return r;
  }

  /** The WordInfo of token i (its form's shared facts). */
  info(i: number): WordInfo | undefined {
    return this.infos[i];
  }

  has(i: number, stem: string, verbs = false): boolean {
    const readings = this.get(i, verbs);
    for (let k = 0; k < readings.length; k++) if ((readings[k] as CliticAnalysis).stem === stem) return true;
    return false;
  }

  private fullOf(i: number, verbs: boolean): readonly CliticAnalysis[] {
    const info = this.infos[i] as WordInfo;
    // the prefix readings kept on the WordInfo, not looked up again in the memo (the same array)
    if (verbs) return (info.fullVerb ??= computeFullReadings(info.norm, true, this.prefix(i)));
    return (info.full ??= computeFullReadings(info.norm, false, this.prefix(i)));
  }

  /** `prefixReadings` of token i's key (proclitics only). */
  prefix(i: number): readonly CliticAnalysis[] {
    const info = this.infos[i] as WordInfo;
    return (info.prefix ??= prefixReadings(info.norm));
  }

  /** `translitKey` of the stem of each of token i's `prefix` readings (same order). */
  prefixTranslit(i: number): readonly string[] {
    const info = this.infos[i] as WordInfo;
    if (info.prefixTranslit !== undefined) return info.prefixTranslit;
    const readings = this.prefix(i);
    // the first reading is the whole word: its key is the form's own, often asked for already
    const keys: string[] = [this.translit(i)];
    for (let k = 1; k < readings.length; k++) keys.push(translitOfKey((readings[k] as CliticAnalysis).stem));
    return (info.prefixTranslit = keys);
  }

  /** `translitKey` of token i's key. */
  translit(i: number): string {
    const info = this.infos[i] as WordInfo;
    return (info.translit ??= translitOfKey(info.norm));
  }
}
