/**
 * Names beyond the lexicon, found by their shape: a person's name chain
 * (given names, بن/أبو/عبد + a divine name, a family name with ال), a name after
 * a title or honorific, an organisation by its head noun, a place after a place
 * noun (مدينة، قرية), and other proper names (currencies, religions, events).
 * Works on any Arabic text: it reads only the word lists in data/lexicon/ar.
 */
import { FormFact, prefixReadings } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token, WordInfo } from "../lang/ar/tokenize.js";
import type { CompiledLexicon, TrieNode } from "../lexicon/compile.js";
import type { NameCues } from "../lexicon/schema.js";
import type { Mention, NameClass } from "../stages/layers.js";

export interface FoundName {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Normalised characters of proclitics to skip on the first token. */
  readonly prefixLength: number;
  readonly cls: NameClass;
  readonly via: string;
}

export interface RecognizeInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly { readonly tokenStart: number; readonly tokenEnd: number }[];
  readonly lex: CompiledLexicon;
  readonly mentions: readonly Mention[];
  /** Tokens already inside a name (lexicon) or a time expression. */
  readonly covered: ReadonlySet<number>;
  /** Tokens inside a time expression. */
  readonly timeTokens: ReadonlySet<number>;
  /** `prefixReadings` of token i, when the caller keeps them per document (else computed from the token's key). */
  readonly prefixOf?: (i: number) => readonly CliticAnalysis[];
  /** Token i's word form (shared by its occurrences), so facts of the form are computed once per form. */
  readonly infoOf?: (i: number) => WordInfo | undefined;
}

type GivenHit = { readonly stem: string; readonly prefixLength: number } | null;

/**
 * What the recogniser asks of a word form that does not depend on where it
 * stands: most of its tests, asked of every token, read only the form and the
 * lexicon. Kept per lexicon per form (two lexicons never share answers).
 */
interface FormFacts {
  /** Not closed-class, not a verb, two letters at least (before position checks). */
  readonly open: boolean;
  readonly bare: boolean;
  readonly definite: boolean;
  readonly plausible: boolean;
  readonly subjectShaped: boolean;
  readonly foreignShaped: boolean;
  readonly commonWithClitic: boolean;
  readonly verbToken: boolean;
  readonly cueish: boolean;
  readonly writtenAsPreposition: boolean;
  /** givenStem with any proclitic, and with the bare form only (undefined: not computed yet). */
  given?: GivenHit;
  givenBare?: GivenHit;
}
const FORM_FACTS = new FormFact<FormFacts>();

type PrefixOf = (t: Token) => readonly CliticAnalysis[];

const MAX_CHAIN = 5;
const INTRO: readonly (readonly [keyof NameCues, NameClass])[] = [["orgCues", "organization"], ["placeCues", "location"]];
const NO_INTRO: typeof INTRO = [];
/** First halves of the compound given names in الدين (نور الدين، صلاح الدين، زين الدين), as keys. */
const DIN_FIRST: ReadonlySet<string> = new Set(["زين", "نور", "صلاح", "عز", "علاء", "شمس", "سيف", "بهاء", "نجم", "جمال", "خير", "تقي", "محيي", "محي", "كمال", "فخر", "عماد", "بدر", "حسام", "ضياء", "شهاب", "تاج", "سعد", "نصر", "ناصر", "شرف", "معين", "قطب", "جلال", "برهان", "شجاع", "ركن", "مجد", "عصام", "غياث", "قمر", "نظام", "امين", "صدر", "حميد", "رشيد", "فريد"]);
/** Works a performer stars in (بطولة المسلسل: starring in the series), as keys. */
const STARRING: ReadonlySet<string> = new Set(["المسلسل", "مسلسل", "الفيلم", "فيلم", "المسرحيه", "مسرحيه", "العمل", "الفيديو", "الاعمال"]);
const NISBA = /(?:ي|يه|يين|يون|يتين|يان)$/;
/**
 * Religious communities named as bodies (ANERcorp tags them ORG), as keys with
 * the article. السنة is also "the year": it is the community only beside الشيعة
 * (السنة والشيعة) or after العرب، المسلمين، أهل.
 */
const COMMUNITIES: ReadonlySet<string> = new Set(["الشيعه", "الدروز", "العلويين", "العلويون", "الموارنه", "الاقباط", "الكاثوليك", "البروتستانت", "الارثوذكس", "الاسماعيليه", "الزيديه", "الاباضيه"]);
const SUNNA_BEFORE: ReadonlySet<string> = new Set(["العرب", "المسلمين", "المسلمون", "اهل", "الائمه", "علماء"]);

/** Longest multi-word cue of a list starting at token i (stems after clitics); returns its end and prefix. */
function cueAt(trie: TrieNode<string>, tokens: readonly Token[], i: number, end: number, readingsOf: PrefixOf): { end: number; prefixLength: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  let best = null as { end: number; prefixLength: number } | null;
  for (const r of readingsOf(t)) {
    let node = trie.next.get(r.stem);
    if (!node) continue;
    if (node.items.length > 0 && (!best || best.end < i + 1)) best = { end: i + 1, prefixLength: r.prefixLength };
    let j = i + 1;
    while (j < end) {
      const n: TrieNode<string> | undefined = node.next.get((tokens[j] as Token).norm);
      if (!n) break;
      node = n;
      j++;
      if (node.items.length > 0 && (!best || best.end < j)) best = { end: j, prefixLength: r.prefixLength };
    }
    if (best) break;
  }
  return best;
}

/**
 * Closed-class words and words that are never names, as one set per lexicon:
 * one lookup instead of eleven for every word the recogniser tries. Keyed on
 * the (immutable) compiled lexicon, so it is built once per lexicon.
 */
const CLOSED_WORDS = new WeakMap<CompiledLexicon, ReadonlySet<string>>();
function closedWordsOf(lex: CompiledLexicon): ReadonlySet<string> {
  let set = CLOSED_WORDS.get(lex);
  if (!set) {
    const fw = lex.fw.sets;
    const lists = [fw.prepositions, fw.complementizers, fw.pronominalComplementizers, fw.relatives, fw.clauseBreakers, fw.verbalNegation, fw.copularNegation, fw.nominalNegation, fw.future, fw.commonWords, lex.nameLists.cues.notNames];
    const all = new Set<string>();
    for (const l of lists) for (const w of l) all.add(w);
    set = all;
    CLOSED_WORDS.set(lex, set);
  }
  return set;
}

/**
 * Every word that can start a cue phrase, a given name or a name chain: one set
 * per lexicon, so the recogniser tries its lists only where one can match.
 */
const FIRST_WORDS = new WeakMap<CompiledLexicon, ReadonlySet<string>>();
function firstWordsOf(lex: CompiledLexicon): ReadonlySet<string> {
  let set = FIRST_WORDS.get(lex);
  if (!set) {
    const all = new Set<string>(lex.nameLists.given);
    for (const w of lex.nameLists.cues.connectors) all.add(w);
    for (const trie of Object.values(lex.nameLists.cuePhrases)) for (const w of trie.next.keys()) all.add(w);
    set = all;
    FIRST_WORDS.set(lex, set);
  }
  return set;
}

export function recognizeNames(input: RecognizeInput): FoundName[] {
  const { tokens, lex, covered, timeTokens } = input;
  const prefixOf = input.prefixOf;
  // tokens[i].index === i, so a per-document reading by index is the same as one by key
  const readingsOf: PrefixOf = prefixOf ? (t) => prefixOf(t.index) : (t) => prefixReadings(t.norm);
  const nl = lex.nameLists;
  const cues = nl.cues;
  const fw = lex.fw.sets;
  const out: FoundName[] = [];
  const used = new Set<number>(covered);
  const mentionAt = new Map<number, Mention>();
  for (const m of input.mentions) mentionAt.set(m.tokenStart, m);
  const mentionCovers = new Set<number>();
  // a short form nobody licensed (الحكيم, a surname the lexicon knows) may still be part of another name
  for (const m of input.mentions) {
    if (m.payloads.every((p) => p.kind === "actor" && p.short)) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) mentionCovers.add(k);
  }

  const closedWords = closedWordsOf(lex);
  const firstWords = firstWordsOf(lex);
  const isClosed = (n: string): boolean => closedWords.has(n);
  const isVerb = (n: string): boolean => lex.verbForms.has(n) || lex.triggersByFirst.has(n);
  /** Pronoun suffixes (أراضيها، قوله، حبوبهم) and a preposition with the article mark a common word. */
  const plausibleForm = (n: string, text: string): boolean => {
    // قوله، مرماه: a final ه written as such (not ة, not the يه of French names) is a pronoun
    if (n.length > 3 && /[^ي]\u0647$/.test(text)) return false;
    return !/(?:ها|هم|هما|هن|كم|نا)$/.test(n) && !/^(?:لل|بال|كال|فال|وال)/.test(n);
  };
  /** Not an accusative (اتفاقا), a feminine noun (زيارة) or a plural (محادثات، مسؤولون): shapes names seldom have. */
  const subjectShaped = (n: string): boolean =>
    n.length >= 3 &&
    !/(?:ا|ه|ات|ين|يه)$/.test(n) &&
    // فيرجسون، طومسون: a final ون is a plural (مسؤولون، دبلوماسيون) unless the word is long and no participle
    !(/ون$/.test(n) && (n.length < 6 || /^م/.test(n) || /يون$/.test(n))) &&
    // a present verb after كان (يعيش، تستعمل) or an elative (أكبر، أكثر)
    !/^[يتنس]/.test(n) &&
    !/^ا[^ا]{3}$/.test(n) &&
    !prefixReadings(n).some((r) => isClosed(r.stem));
  /**
   * A preposition or conjunction on a common word (بأول، لصحيفة، كمقدم): a closed
   * word or verb after the clitic, or a feminine noun after ل/ب/ك.
   */
  const commonWithClitic = (n: string): boolean =>
    prefixReadings(n).some((r) => r.prefix !== "" && (isClosed(r.stem) || isVerb(r.stem) || (/^[لبك]/.test(r.prefix) && r.stem.length >= 3 && /ه$/.test(r.stem))));
  /** No shape of an Arabic plural, feminine or inflected noun (مواقع is still possible: a weak filter). */
  const foreignShaped = (n: string): boolean =>
    n.length >= 3 && !/(?:ات|ون|ين|يه|ها|هم)$/.test(n) && !/^(?:م[^ا]|ت[^ا]|[يت][^ا]{3})/.test(n) && !prefixReadings(n).some((r) => r.prefix !== "" && (isClosed(r.stem) || isVerb(r.stem)));
  const givenOfForm = (t: Token, allowPrefix: boolean): GivenHit => {
    for (const r of allowPrefix ? readingsOf(t) : readingsOf(t).slice(0, 1)) {
      // كامل is not ك + أمل
      if (r.prefix.includes("ك")) continue;
      // بيان is not ب + يان: a short foreign name takes no preposition
      if (r.prefix !== "" && r.prefix !== "و" && r.stem.length <= 3 && nl.foreign.has(r.stem)) continue;
      if (nl.given.has(r.stem) || (r.stem.startsWith("عبد") && r.stem.length > 4 && nl.cues.divine.has("ال" + r.stem.slice(5)))) return { stem: r.stem, prefixLength: r.prefixLength };
    }
    return null;
  };
  const computeFacts = (t: Token): FormFacts => {
    const n = t.norm;
    const open = n.length >= 2 && !isClosed(n) && !isVerb(n);
    const rs = readingsOf(t);
    return {
      open,
      // للمنظمة، بالريف: a preposition with the article starts a phrase, not a name
      bare: open && !/^(?:ال|و|لل|[بكف]ال)/.test(n),
      definite: open && n.startsWith("ال") && n.length > 3,
      plausible: plausibleForm(n, t.text),
      subjectShaped: subjectShaped(n),
      foreignShaped: foreignShaped(n),
      commonWithClitic: commonWithClitic(n),
      verbToken: rs.some((r) => (r.prefix === "" || r.prefix === "و" || r.prefix === "ف") && lex.verbForms.has(r.stem) && !r.stem.startsWith("ي") && !r.stem.startsWith("ت")),
      // one lookup tells whether any word list can start here; most words start nothing
      cueish: rs.some((r) => firstWords.has(r.stem) || r.stem.startsWith("عبد")),
      // على written with ى is the preposition, never the name علي
      writtenAsPreposition: /[\u0649]$/.test(t.text.replace(/[\u064B-\u065F]/g, "")),
    };
  };
  // without word forms (a caller outside the pipeline), facts are kept for this call only
  const local = new Map<string, FormFacts>();
  const infoOf = input.infoOf;
  // the first look-up per token goes to the per-form map, later ones to this array
  const factsAt: (FormFacts | undefined)[] = new Array<FormFacts | undefined>(tokens.length);
  const factsOf = (i: number): FormFacts => factsAt[i] ?? (factsAt[i] = formFactsOf(i));
  const formFactsOf = (i: number): FormFacts => {
    const t = tokens[i] as Token;
    const info = infoOf?.(i);
    if (info) return FORM_FACTS.get(info, lex) ?? FORM_FACTS.set(info, lex, computeFacts(t));
    let f = local.get(t.text);
    if (!f) {
      f = computeFacts(t);
      local.set(t.text, f);
    }
    return f;
  };
  /** Is token i free to be part of a new name (a word, not taken, not in a time expression)? */
  const free = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.kind === "word" && !used.has(i) && !timeTokens.has(i);
  };
  /** A word that may be part of a name nobody listed: not closed-class, not a verb, not a time word. */
  const open = (i: number): boolean => free(i) && !mentionCovers.has(i) && factsOf(i).open;
  const bare = (i: number): boolean => free(i) && !mentionCovers.has(i) && factsOf(i).bare;
  const definite = (i: number): boolean => free(i) && !mentionCovers.has(i) && factsOf(i).definite;
  const givenStem = (i: number, allowPrefix: boolean): GivenHit => {
    if (!free(i)) return null;
    const f = factsOf(i);
    if (allowPrefix) return f.given !== undefined ? f.given : (f.given = givenOfForm(tokens[i] as Token, true));
    return f.givenBare !== undefined ? f.givenBare : (f.givenBare = givenOfForm(tokens[i] as Token, false));
  };
  const plausible = (i: number): boolean => factsOf(i).plausible;
  const isVerbToken = (i: number): boolean => (tokens[i] as Token).kind === "word" && factsOf(i).verbToken;
  const closedAfter = (i: number, end: number): boolean => {
    if (i >= end) return true;
    const t = tokens[i] as Token;
    // a number (a score, a time, an age) follows a name but never continues it
    if (t.kind === "punct" || t.kind === "number" || t.kind === "latin" || t.kind === "symbol") return true;
    return t.kind === "word" && (fw.prepositions.has(t.norm) || fw.complementizers.has(t.norm) || fw.pronominalComplementizers.has(t.norm) || fw.clauseBreakers.has(t.norm) || t.norm === "قد");
  };
  /**
   * Where a name chain of three words and more may end: a closed word or
   * punctuation, a title or an honorific (فلان الفلاني سفير ...، ... الشيخ)
   * or the next name of a list (وعبد الله، ومحمد).
   */
  const nameEnds = (i: number, end: number): boolean => {
    if (closedAfter(i, end) || timeTokens.has(i)) return true;
    const m = mentionAt.get(i);
    if (m && m.payloads.some((p) => p.kind === "agent" && p.agent.title)) return true;
    if (cueAt(nl.cuePhrases.honorifics, tokens, i, end, readingsOf)) return true;
    const g = givenStem(i, true);
    return (g !== null && g.prefixLength === 1 && (tokens[i] as Token).norm.startsWith("و")) || (tokens[i] as Token).norm === "وعبد";
  };
  /**
   * Where a subject's name may end: a closed word or punctuation, or
   * للصحفيين (to whom it spoke). (A title after it is no help: وقال مكتب رئيس.)
   */
  const subjectEnds = (i: number, end: number): boolean => {
    if (closedAfter(i, end)) return true;
    const t = tokens[i] as Token;
    if (t.kind !== "word") return false;
    return /^لل.{3,}/.test(t.norm) && !used.has(i);
  };
  const commonWithCliticAt = (i: number): boolean => factsOf(i).commonWithClitic;
  /** The word before i is definite (a noun the adjective at i may describe). */
  const definiteBefore = (i: number, sentenceStart: number): boolean => {
    if (i <= sentenceStart) return false;
    const p = tokens[i - 1] as Token;
    if (p.kind !== "word") return false;
    // ميلان الإيطالي: after a name too
    if (used.has(i - 1) || mentionCovers.has(i - 1)) return true;
    return /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(p.norm) && !isVerb(p.norm);
  };
  const writtenAsPreposition = (i: number): boolean => factsOf(i).writtenAsPreposition;
  /** نور الدين: a compound given name over two tokens; returns the proclitic length of its first word. */
  const dinCompound = (i: number): number | null => {
    if (tokens[i + 1]?.norm !== "الدين" || !free(i) || !free(i + 1)) return null;
    const r = readingsOf(tokens[i] as Token).find((x) => (x.prefix === "" || x.prefix === "و") && DIN_FIRST.has(x.stem));
    return r ? r.prefixLength : null;
  };

  /**
   * A name chain from token i: given names, connectors with what follows them,
   * unknown words, and a family name with ال that ends it.
   */
  const chain = (i: number, end: number, afterTitle: boolean, firstStem?: string): { end: number; parts: number } | null => {
    let j = i;
    let parts = 0;
    let unknownRun = 0;
    let sawGiven = false;
    let lastGiven = false;
    while (j < end && parts < MAX_CHAIN) {
      const t = tokens[j] as Token;
      if (t.kind !== "word" || used.has(j) || timeTokens.has(j)) break;
      // زين الدين زيدان: a compound given name is one given name (a و on it only at the start)
      const din = j + 1 < end ? dinCompound(j) : null;
      if (din !== null && (j === i || din === 0)) {
        unknownRun = 0;
        sawGiven = true;
        lastGiven = true;
        j += 2;
        parts++;
        continue;
      }
      const n = j === i ? (firstStem ?? givenStem(j, true)?.stem ?? t.norm) : t.norm;
      if (cues.connectors.has(n) && j + 1 < end) {
        const next = tokens[j + 1] as Token;
        // أبو عبد الله: a connector before another connector
        if (cues.connectors.has(next.norm) && !used.has(j + 1)) {
          j++;
          parts++;
          continue;
        }
        const ok = n === "عبد" ? cues.divine.has(next.norm) || open(j + 1) : givenStem(j + 1, false) !== null || open(j + 1);
        if (!ok || used.has(j + 1)) break;
        j += 2;
        parts += 2;
        lastGiven = false;
        continue;
      }
      // علي الأرض: an ambiguous given name with only a definite word after it is the preposition on
      const nextNorm = tokens[j + 1]?.norm ?? "";
      const ambiguousAlone = nl.ambiguous.has(n) && parts === 0 && !afterTitle && !(givenStem(j + 1, false) || cues.connectors.has(nextNorm) || nextNorm === "الله");
      // فرانكلين أمين المتحف، جوبس علي سبيل المثال: inside a name, an ambiguous name before a
      // common word (a definite noun that is no nisba, a closed word) is that word
      const ambiguousInside = nl.ambiguous.has(n) && parts > 0 && j + 1 < end && (isClosed(nextNorm) || (definite(j + 1) && !NISBA.test(nextNorm)));
      if (givenStem(j, j === i) !== null && !writtenAsPreposition(j) && !ambiguousAlone && !ambiguousInside) {
        unknownRun = 0;
        sawGiven = true;
        lastGiven = true;
        j++;
        parts++;
        continue;
      }
      // جورج بوش الأزمة: after an unknown word, a word with the article starts something else
      // after أبو عبد الله only a nisba (التركي) is a family name; after a given name any (الأسد)
      // راوول الفارق، هنري التقدم: a foreign given name takes no Arabic family name with the article
      const lastForeign = lastGiven && j > i && nl.foreign.has((tokens[j - 1] as Token).norm);
      if (parts > 0 && definite(j) && (unknownRun === 0 || !sawGiven) && ((lastGiven && !lastForeign) || NISBA.test(t.norm))) {
        // a family name with the article (الحريري، الأسد) closes the chain
        j++;
        parts++;
        break;
      }
      // one unknown word after a given name (جورج بوش); more only after a title
      // مدحت صالح يغني: after two given names an unknown word must end the sentence's noun phrase
      // الملك يعلم، الوزيرة تحمل أفكارا، الملك سيره: what follows a title is not always a name
      // الوزير إيضاحات، النجم أحرز، الرئيس إجراء، الوزيرة طرحت: a plural, an elative or a past verb (أفعل),
      // a verbal noun (إفعال) or a feminine past verb (فعلت) is no name's first word
      const nameShaped =
        parts > 0 ||
        (!(/^(?:[يت]|س[يتن])/.test(t.norm) && t.norm.length >= 4) &&
          !(/[اه]$/.test(t.norm) && t.norm.length >= 4) &&
          !/^[بل]ت/.test(t.norm) &&
          !/ات$/.test(t.norm) &&
          !/^ا[^ا]{3}$/.test(t.norm) &&
          !/^ا[^ا]{2}ا[^ا]$/.test(t.norm) &&
          !/^[^ا]{3}ت$/.test(t.norm));
      if ((parts > 0 || afterTitle) && bare(j) && plausible(j) && nameShaped && !commonWithCliticAt(j) && unknownRun < (afterTitle && !sawGiven ? 2 : 1) && (parts <= 1 || nameEnds(j + 1, end))) {
        lastGiven = false;
        j++;
        parts++;
        unknownRun++;
        continue;
      }
      break;
    }
    if (parts === 0) return null;
    return { end: j, parts };
  };

  /** Where a name of one to three open words between « and » ends (the token of »), else null. */
  const guillemetName = (from: number, end: number): number | null => {
    let j = from;
    while (j < end && j - from < 3 && (j === from ? open(j) : bare(j)) && plausible(j) && !isVerbToken(j) && givenStem(j, false) === null) j++;
    if (j === from || j >= end || (tokens[j] as Token).text !== "»") return null;
    return j;
  };

  /** Tokens right after a person's name (a lexicon person or one found here). */
  const personEnds = new Set<number>();
  for (const m of input.mentions) if (m.payloads.some((p) => p.kind === "actor" && p.entry.type === "person" && !p.short)) personEnds.add(m.tokenEnd);
  const add = (f: FoundName): void => {
    out.push(f);
    if (f.cls === "person") personEnds.add(f.tokenEnd);
    for (let k = f.tokenStart; k < f.tokenEnd; k++) used.add(k);
  };

  for (const s of input.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i] as Token;
      if (used.has(i) || t.kind !== "word") {
        // « جيلي »، « أمريكان إكسبريس »: a short name in guillemets that no list explains is a brand or a body
        if (t.kind === "punct" && t.text === "«") {
          const e = guillemetName(i + 1, s.tokenEnd);
          if (e !== null) {
            add({ tokenStart: i + 1, tokenEnd: e, prefixLength: 0, cls: "misc", via: "guillemets" });
            i = e + 1;
            continue;
          }
        }
        i++;
        continue;
      }
      const cueish = factsOf(i).cueish;
      // a title or honorific, then (a nationality, a country) then a name
      const title = cueish ? cueAt(nl.cuePhrases.honorifics, tokens, i, s.tokenEnd, readingsOf) : null;
      const m = mentionAt.get(i);
      // an indefinite accusative title (عُيّن سفيرا، بويع ملكا) is a predicate, not a title before a name
      const predicate = m !== undefined && (tokens[m.tokenEnd - 1] as Token).norm.endsWith("ا") && (tokens[m.tokenEnd - 1] as Token).norm.length > 3;
      const titleEnd = title?.end ?? (m && !predicate && m.payloads.some((p) => p.kind === "agent" && p.agent.title) ? m.tokenEnd : null);
      if (titleEnd !== null) {
        let j = titleEnd;
        // ملك أراجون، رئيس فنزويلا: an indefinite title takes a genitive, which is no name
        const lastTitle = tokens[titleEnd - 1] as Token;
        // زميله، مواطنه: a noun with a pronoun is definite too
        let titleOpen = lastTitle.norm.startsWith("ال") || readingsOf(lastTitle).some((r) => r.stem.startsWith("ال")) || (title !== null && /(?:ه|ها|هم)$/.test(lastTitle.norm));
        // skip a nationality adjective or a country (الرئيس الفرنسي، وزير خارجية فرنسا), and more titles (الفريق أول سمو الشيخ)
        for (let guard = 0; guard < 4; guard++) {
          const after = mentionAt.get(j);
          if (after && after.payloads.some((p) => p.kind === "adjective" || (p.kind === "actor" && (p.entry.type === "country" || p.entry.type === "organization")))) {
            j = after.tokenEnd;
            titleOpen = true;
            continue;
          }
          // المتحدث باسم وزارة الخارجية الفرنسية فلان: the body the title belongs to
          if (after && after.payloads.some((p) => p.kind === "agent")) {
            j = after.tokenEnd;
            continue;
          }
          if (j > titleEnd && definite(j) && NISBA.test((tokens[j] as Token).norm) && givenStem(j + 1, false) !== null) {
            j++;
            titleOpen = true;
            continue;
          }
          const more = cueAt(nl.cuePhrases.honorifics, tokens, j, s.tokenEnd, readingsOf);
          if (more) {
            j = more.end;
            titleOpen = true;
            continue;
          }
          break;
        }
        const startsAsName = givenStem(j, false) !== null || cues.connectors.has((tokens[j] as Token | undefined)?.norm ?? "");
        // الفريق، الوزير alone (a team, the minister): an agent's title needs a given name after it
        // unless a nationality, a country or an honorific came between (الرئيس الفرنسي فلان)
        // نائب وزير الخارجية فلان: a title in construct with a definite genitive is complete, as after an honorific
        const constructTitle = title === null && m !== undefined && m.tokenEnd - m.tokenStart > 1 && lastTitle.norm.startsWith("ال");
        const c = (titleOpen && (title !== null || j > titleEnd || constructTitle)) || startsAsName ? chain(j, s.tokenEnd, true) : null;
        if (c && c.end - j <= 5) {
          add({ tokenStart: j, tokenEnd: c.end, prefixLength: 0, cls: "person", via: "title+name" });
          i = c.end;
          continue;
        }
      }
      // والإسباني فرناندو ألونسو، شن البلجيكية جوستين هينان: a nationality used as a noun, then a name
      // (after a definite noun the adjective describes it: الجيش الإسرائيلي)
      if (m && m.tokenEnd === m.tokenStart + 1 && m.payloads.some((p) => p.kind === "adjective") && /^(?:[وف]?ال).*(?:ي|يه)$/.test(t.norm)) {
        // العداء المغربي فلان، القائد النازي فلان: after a definite noun (which the adjective
        // describes) a name must be two words at least, ending the noun phrase
        // والتشيكي فلان: a conjunction on the adjective makes it a new noun phrase, not an attribute
        const described = !/^[وف]ال/.test(t.norm) && definiteBefore(i, s.tokenStart);
        const j = m.tokenEnd;
        let e = j;
        if (givenStem(j, false) !== null) {
          e = chain(j, s.tokenEnd, true)?.end ?? j;
          if (described && (e - j < 2 || !closedAfter(e, s.tokenEnd))) e = j;
        } else {
          while (e < s.tokenEnd && e - j < 2 && bare(e) && plausible(e) && !isVerbToken(e) && factsOf(e).foreignShaped) e++;
          // one unknown word is a name only where the noun phrase ends (والفرنسي زيدان ،)
          if ((e - j === 1 || described) && !closedAfter(e, s.tokenEnd)) e = j;
          // فوزا صعبا، بشكل كبير، جاءت ردا: an accusative, a preposition's phrase or a verb is no name
          if (described && (e - j < 2 || /^[بلكف]/.test((tokens[j] as Token).norm) || [j, j + 1].some((q) => /[ات]$/.test((tokens[q] as Token).norm)))) e = j;
        }
        if (e > j) {
          add({ tokenStart: j, tokenEnd: e, prefixLength: 0, cls: "person", via: "nationality+name" });
          i = e;
          continue;
        }
      }
      {
        const din = i + 1 < s.tokenEnd ? dinCompound(i) : null;
        // ووالد صلاح الدين: و starts the next name only after a name; a bare compound starts one anywhere
        if (din !== null) {
          const c = chain(i, s.tokenEnd, false);
          if (c) {
            add({ tokenStart: i, tokenEnd: c.end, prefixLength: din, cls: "person", via: c.parts > 1 ? "name-chain" : "given-name" });
            i = c.end;
            continue;
          }
        }
      }
      // a person's name chain from a given name
      const g = cueish ? givenStem(i, true) : null;
      if (g && !writtenAsPreposition(i)) {
        // أسامة حسن وعمرو زكي: after a person's name, و + a given name is the next person of a list,
        // read as after a title (an ambiguous name, a family name that is a common word)
        const listed = g.prefixLength === 1 && t.norm.startsWith("و") && personEnds.has(i);
        const c = chain(i, s.tokenEnd, listed);
        // a lone given name counts when it is Arabic and unambiguous (محمد), not a foreign one (روي)
        if (c && (c.parts > 1 || listed || (!nl.ambiguous.has(g.stem) && !nl.foreign.has(g.stem)))) {
          add({ tokenStart: i, tokenEnd: c.end, prefixLength: g.prefixLength, cls: "person", via: c.parts > 1 ? "name-chain" : "given-name" });
          i = c.end;
          continue;
        }
      }
      // أبو مازن، عبد الله، بن لادن: a connector starts a name too
      {
        const first = cueish ? readingsOf(t).find((r) => cues.connectors.has(r.stem) && r.stem !== "ول" && r.stem !== "ولد" && r.stem !== "ام" && r.stem !== "ال") : undefined;
        const nextNorm = (tokens[i + 1] as Token | undefined)?.norm ?? "";
        const named = givenStem(i + 1, false) !== null || cues.divine.has(nextNorm) || cues.connectors.has(nextNorm);
        // ابن عمه، ابن عشر سنين: ابن and بنت open a name only before a name
        const weakOpener = first?.stem === "ابن" || first?.stem === "بنت";
        if (first && i + 1 < s.tokenEnd && (named || (!weakOpener && open(i + 1) && plausible(i + 1)))) {
          const c = chain(i, s.tokenEnd, false, first.stem);
          const e = c ? c.end : i + 2;
          // معاوية بن أبي سفيان: بن joins the name before it
          const back = first.stem === "بن" && first.prefixLength === 0 && i - 1 >= s.tokenStart && bare(i - 1) && plausible(i - 1) ? i - 1 : i;
          add({ tokenStart: back, tokenEnd: e, prefixLength: back === i ? first.prefixLength : 0, cls: "person", via: "connector" });
          i = e;
          continue;
        }
      }
      // organisations: a head noun that is part of the name (حزب العمال، جامعة الدول العربية)
      const head = cueish ? cueAt(nl.cuePhrases.orgHeads, tokens, i, s.tokenEnd, readingsOf) : null;
      if (head) {
        const e = extent(head.end, s.tokenEnd, (tokens[head.end - 1] as Token).norm.startsWith("ال") || readingsOf(t).some((r) => r.stem.startsWith("ال") && r.prefixLength === head.prefixLength && cues.orgHeads.has(r.stem)), (tokens[head.end - 1] as Token).norm.endsWith("ه"));
        if (e > head.end) {
          add({ tokenStart: i, tokenEnd: e, prefixLength: head.prefixLength, cls: "organization", via: "org-head" });
          i = e;
          continue;
        }
      }
      // a name after a noun that introduces it (صحيفة ...، مدينة ...، بطولة ...)
      let introduced = false;
      for (const [list, cls] of cueish ? INTRO : NO_INTRO) {
        const cue = cueAt(nl.cuePhrases[list], tokens, i, s.tokenEnd, readingsOf);
        if (!cue) continue;
        let e = cue.end;
        // النادي مقابل، الصحيفة فإن: a definite noun takes no name in construct, only a definite one
        // that is no nationality (النادي الأهلي, not النادي الكاتالوني)
        const cueDefinite = /^ال/.test((tokens[cue.end - 1] as Token).norm) || readingsOf(t).some((r) => r.stem.startsWith("ال") && cue.end === i + 1);
        if (cueDefinite) {
          if (definite(e) && !(mentionAt.get(e)?.payloads.some((p) => p.kind === "adjective") ?? false)) e++;
          if (e > cue.end) {
            add({ tokenStart: cue.end, tokenEnd: e, prefixLength: 0, cls, via: `${list}` });
            i = e;
            introduced = true;
          }
          break;
        }
        // صحيفة محلية، شركة أمريكية: a feminine nisba after the noun is its adjective
        while (e < s.tokenEnd && e - cue.end < 3 && bare(e) && !commonWithCliticAt(e) && !/ا$/.test((tokens[e] as Token).norm) && !(e === cue.end && /يه$/.test((tokens[e] as Token).norm))) e++;
        // مدينة الفلوجة، فريق الجزيرة، النادي الأهلي: one word with the article may be the name too
        if (e === cue.end && definite(e) && (list === "orgCues" || !NISBA.test((tokens[e] as Token).norm))) e++;
        if (e > cue.end) {
          add({ tokenStart: cue.end, tokenEnd: e, prefixLength: 0, cls, via: `${list}` });
          i = e;
          introduced = true;
        }
        break;
      }
      if (introduced) continue;
      // وقال كينيون إن / وأضاف فلان أن: an unknown word between a verb and a closed word is the verb's subject's name
      if (i > s.tokenStart && bare(i) && plausible(i) && factsOf(i).subjectShaped && isVerbToken(i - 1)) {
        if (subjectEnds(i + 1, s.tokenEnd)) {
          add({ tokenStart: i, tokenEnd: i + 1, prefixLength: 0, cls: "person", via: "verb-subject" });
          i++;
          continue;
        }
        // وقالت جيما أرياس "...": two foreign-shaped words, then the end of the noun phrase
        const j = i + 1;
        if (j < s.tokenEnd && bare(j) && plausible(j) && !isVerbToken(j) && factsOf(i).foreignShaped && factsOf(j).foreignShaped && factsOf(j).subjectShaped && subjectEnds(j + 1, s.tokenEnd)) {
          add({ tokenStart: i, tokenEnd: j + 1, prefixLength: 0, cls: "person", via: "verb-subject" });
          i = j + 1;
          continue;
        }
      }
      // ألونسو، كانافارو: a final و is rare on Arabic nouns and common on names from Romance languages
      // (مسؤولو، فلاحو: a plural in construct starts with م or has a genitive after it, so the
      // name stands alone where its noun phrase ends, or with a foreign-shaped word after it
      // that ends the phrase: ريناتو سوليدام; يد فرناندو، رونالدو لصحيفة are a noun and a name)
      if (bare(i) && plausible(i) && /^[^يتنم].{3,}[^اوي]و$/.test(t.norm) && !isVerbToken(i)) {
        const foreignAt = (q: number): boolean => q < s.tokenEnd && bare(q) && plausible(q) && !isVerbToken(q) && factsOf(q).foreignShaped && factsOf(q).subjectShaped && !mentionAt.has(q);
        const to = foreignAt(i + 1) && closedAfter(i + 2, s.tokenEnd) ? i + 2 : i + 1;
        if (to - i > 1 || closedAfter(i + 1, s.tokenEnd)) {
          add({ tokenStart: i, tokenEnd: to, prefixLength: 0, cls: "person", via: "foreign-shape" });
          i = to;
          continue;
        }
      }
      const miscHead = cueish ? cueAt(nl.cuePhrases.miscHeads, tokens, i, s.tokenEnd, readingsOf) : null;
      // البطولة alone is the event spoken of, not named: only the indefinite head takes a name
      const miscHeadDefinite = miscHead !== null && readingsOf(t).some((r) => r.prefixLength === miscHead.prefixLength && r.stem.startsWith("ال"));
      if (miscHead && !miscHeadDefinite) {
        const e = eventExtent(miscHead.end, s.tokenEnd);
        if (e > miscHead.end) {
          add({ tokenStart: i, tokenEnd: e, prefixLength: miscHead.prefixLength, cls: "misc", via: "misc-head" });
          i = e;
          continue;
        }
      }
      const community = communityAt(i);
      if (community !== null) {
        add({ tokenStart: i, tokenEnd: i + 1, prefixLength: community, cls: "organization", via: "community" });
        i++;
        continue;
      }
      const misc = cueish ? cueAt(nl.cuePhrases.misc, tokens, i, s.tokenEnd, readingsOf) : null;
      if (misc) {
        add({ tokenStart: i, tokenEnd: misc.end, prefixLength: misc.prefixLength, cls: "misc", via: "misc" });
        i = misc.end;
        continue;
      }
      i++;
    }
  }
  return out;

  /**
   * A religious community's name at token i (الشيعة، للشيعة، والدروز; سنة وشيعة
   * without the article as a pair): the length of its proclitics, else null.
   */
  function communityAt(i: number): number | null {
    if (!free(i) || mentionCovers.has(i)) return null;
    const key = (r: CliticAnalysis): string => (r.prefix.endsWith("لل") ? "ال" + r.stem : r.stem);
    for (const r of readingsOf(tokens[i] as Token)) {
      if (!/^[وف]?(?:لل)?$/.test(r.prefix)) continue;
      const k = key(r);
      if (COMMUNITIES.has(k)) return r.prefixLength;
      if (k === "السنه" || k === "سنه" || k === "شيعه") {
        // السنة والشيعة، سنة وشيعة: the pair; العرب السنة: the community after its people
        const other = k === "السنه" ? "الشيعه" : k === "سنه" ? "شيعه" : "سنه";
        const near = [tokens[i + 1], tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && readingsOf(t).some((x) => /^[وف]?(?:لل)?$/.test(x.prefix) && key(x) === other));
        const prev = tokens[i - 1];
        if (near || (k === "السنه" && r.prefix === "" && prev !== undefined && SUNNA_BEFORE.has(prev.norm))) return r.prefixLength;
      }
    }
    return null;
  }

  /**
   * Where a named event after its head noun ends (بطولة ويمبلدون، بطولة كأس العالم
   * لكرة القدم، بطولة الأندية الخليجية): a name, a listed event or a construct
   * chain closed by a definite noun, then adjectives and one purpose with ل.
   */
  function eventExtent(from: number, end: number): number {
    let j = from;
    let closed = false;
    let purpose = false;
    while (j < end && j - from < 6) {
      const t = tokens[j] as Token;
      if (t.kind !== "word" || used.has(j) || timeTokens.has(j)) break;
      const m = mentionAt.get(j);
      if (!closed) {
        // بطولة المسلسل، بطولة فلان: the head is a role (starring), not an event
        if (j === from && (STARRING.has(t.norm) || givenStem(j, false) !== null)) return from;
        const listed = cueAt(nl.cuePhrases.misc, tokens, j, end, readingsOf);
        if (listed) {
          j = listed.end;
          closed = true;
          continue;
        }
        if (m && m.payloads.some((p) => p.kind === "actor")) {
          j = m.tokenEnd;
          closed = true;
          continue;
        }
        if (definite(j) && !(m?.payloads.some((p) => p.kind === "adjective") ?? false)) {
          j++;
          closed = true;
          continue;
        }
        if (bare(j) && givenStem(j, false) === null && !commonWithCliticAt(j) && j - from < 2) {
          j++;
          // بطولة ويمبلدون: a bare name closes the phrase unless a definite genitive follows
          closed = !definite(j);
          continue;
        }
        break;
      }
      if (m && m.payloads.some((p) => p.kind === "adjective") && !t.norm.startsWith("و")) {
        j = m.tokenEnd;
        continue;
      }
      if (definite(j) && NISBA.test(t.norm)) {
        j++;
        continue;
      }
      // لكرة القدم، للشباب: one purpose after the name
      if (!purpose && /^لل.{3,}/.test(t.norm) && !isClosed(t.norm)) {
        j++;
        purpose = true;
        continue;
      }
      if (!purpose && /^ل[^ل].{2,}/.test(t.norm) && j + 1 < end && definite(j + 1) && !isClosed(t.norm) && !isVerbToken(j)) {
        j += 2;
        purpose = true;
        continue;
      }
      break;
    }
    return closed ? j : from;
  }

  /**
   * Where an organisation's name that starts at its head noun ends: a first
   * genitive or name, then adjectives; an indefinite noun lets one more genitive in.
   */
  function extent(from: number, end: number, headDefinite: boolean, headFeminine: boolean): number {
    /**
     * حزب إسلامي، منظمة عالمية، الحزب العسكرية: a nisba, a plural or a word of the
     * other gender right after the head describes it or something else; it names nothing.
     */
    const describes = (j: number): boolean => {
      const n = (tokens[j] as Token).norm;
      if (/(?:ين|ون)$/.test(n) && !(mentionAt.get(j)?.payloads.some((p) => p.kind === "actor") ?? false)) return true;
      // (after an indefinite head a definite noun is its genitive: حزب العدالة)
      if (headDefinite && !headFeminine && /ه$/.test(n) && n.startsWith("ال")) return true;
      // an indefinite nisba (إسلامي، عالمية) unless a definite genitive follows it
      return !n.startsWith("ال") && NISBA.test(n) && !definite(j + 1);
    };
    let j = from;
    let construct = !headDefinite;
    let first = true;
    let purpose = false;
    while (j < end && j - from < 5) {
      const m = mentionAt.get(j);
      const t = tokens[j] as Token;
      if (first && t.kind === "word" && describes(j)) break;
      if (m && !used.has(j) && m.payloads.some((p) => p.kind === "adjective")) {
        j = m.tokenEnd;
        construct = false;
        first = false;
        continue;
      }
      if (first && construct && m && m.payloads.some((p) => p.kind === "actor")) {
        j = m.tokenEnd;
        construct = false;
        first = false;
        continue;
      }
      if (t.kind !== "word" || used.has(j) || timeTokens.has(j) || t.norm.startsWith("و")) break;
      if (construct && definite(j)) {
        j++;
        construct = false;
        first = false;
        continue;
      }
      if (!first && !construct && definite(j) && NISBA.test(t.norm)) {
        j++;
        continue;
      }
      // البنك الآسيوي للتنمية، الوكالة الدولية للطاقة الذرية: one purpose with لل after the adjectives
      if (!first && !construct && !purpose && j > from && /^لل.{3,}/.test(t.norm) && !used.has(j) && !timeTokens.has(j) && !isClosed(t.norm)) {
        j++;
        purpose = true;
        continue;
      }
      if (first && !headDefinite && bare(j) && j + 1 < end && definite(j + 1)) {
        // اتحاد صناعة السيارات: an indefinite noun in the construct chain
        j++;
        construct = true;
        first = false;
        continue;
      }
      if (first && !headDefinite && bare(j)) {
        j++;
        first = false;
        construct = false;
        continue;
      }
      if (first && headDefinite && definite(j)) {
        j++;
        first = false;
        construct = false;
        continue;
      }
      break;
    }
    return j;
  }
}
