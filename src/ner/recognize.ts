/**
 * Names beyond the lexicon, found by their shape: a person's name chain
 * (given names, بن/أبو/عبد + a divine name, a family name with ال), a name after
 * a title or honorific, an organisation by its head noun, a place after a place
 * noun (مدينة، قرية), and other proper names (currencies, religions, events).
 * Works on any Arabic text: it reads only the word lists in data/lexicon/ar.
 */
import { TokenMap, TokenSet } from "../core/token-set.js";
import { FormFact, prefixReadings } from "../lang/ar/tokenize.js";
import type { CliticAnalysis, Token, WordInfo } from "../lang/ar/tokenize.js";
import type { CompiledLexicon, TrieNode } from "../lexicon/compile.js";
import type { NameCues } from "../lexicon/schema.js";
import type { Mention, NameClass } from "../stages/layers.js";
import { EAST_ASIAN_FAMILY, EAST_ASIAN_SYLLABLE } from "./eastasian.js";

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
  /** subjectShaped, read as a verb's subject (nominative: a final ين is no plural there). */
  readonly subjectCaseShaped: boolean;
  readonly foreignShaped: boolean;
  readonly commonWithClitic: boolean;
  readonly verbToken: boolean;
  /** A past verb of the lexicon's events, support or denial verbs (قال، أكد، نفى), or a present verb of saying (يقول): one that reports what someone did or said. */
  readonly reportVerb: boolean;
  readonly cueish: boolean;
  /** May follow a given name as its unknown next part (no verb, accusative or broken plural shape). */
  readonly continuesName: boolean;
  readonly writtenAsPreposition: boolean;
  /** Which of CUE_LISTS' tries one of the word's readings opens, one bit each (cueAt finds nothing at a word without its bit). */
  readonly cueTries: number;
  /** The reading that is a sea's, an ocean's or a desert's head noun (see seaHeadReading), or null. */
  readonly seaHead: CliticAnalysis | null;
  /** Has a reading (no clitic but و، ف and لل) that names a community or السنة/الشيعة (communityAt finds nothing without one)? */
  readonly communityish: boolean;
  /** Where an East Asian family name starts in the word (after و، ل or ب), or -1 when it is none (see eastAsianFirstOf). */
  readonly eastAsianFirst: number;
  /**
   * May a rule of the main loop open a name at this word, by what the word form alone tells?
   * False only where every rule's own test of the form fails; the rules that read the
   * word's neighbours instead (a sentence's first word, a mention, a verb of saying before)
   * are tested where the loop skips the word (see there).
   */
  readonly mayOpen: boolean;
  /** Of the shape a place's name after في has (bare, plausible, foreign- and subject-shaped): that rule reads the word before too. */
  readonly inPlaceShaped: boolean;
  /** givenStem with any proclitic, and with the bare form only (undefined: not computed yet). */
  given?: GivenHit;
  givenBare?: GivenHit;
}
const FORM_FACTS = new FormFact<FormFacts>();
/** The cue tries the main loop tries at a cue-ish word, and their bits in FormFacts.cueTries. */
const CUE_LISTS = ["honorifics", "orgHeads", "orgCues", "placeCues", "miscHeads", "misc"] as const satisfies readonly (keyof NameCues)[];
const CUE_BIT: { readonly [K in (typeof CUE_LISTS)[number]]: number } = { honorifics: 1, orgHeads: 2, orgCues: 4, placeCues: 8, miscHeads: 16, misc: 32 };

/**
 * Where an East Asian family name starts in word key n, or -1: وكيم، لكيم take a conjunction
 * or a preposition only on a family name of three letters and more (بلي is no ب + لي).
 */
function communityishOf(rs: readonly CliticAnalysis[]): boolean {
  for (const r of rs) {
    if (!COMMUNITY_CLITICS.test(r.prefix)) continue;
    const k = r.prefix.endsWith("لل") ? "ال" + r.stem : r.stem;
    if (COMMUNITIES.has(k) || k === "السنه" || k === "سنه" || k === "شيعه") return true;
  }
  return false;
}
const COMMUNITY_CLITICS = /^[وف]?(?:لل)?$/;

/** Has a reading (bare or after و) that opens a compound given name (نور الدين، عطاء الله; see dinCompound)? */
function dinFirstOf(rs: readonly CliticAnalysis[]): boolean {
  for (const r of rs) if ((r.prefix === "" || r.prefix === "و") && (DIN_FIRST.has(r.stem) || ALLAH_FIRST.has(r.stem))) return true;
  return false;
}

/** Has a reading that is a connector opening a name (أبو، عبد، بن; see the connector rule)? */
function connectorReadingOf(rs: readonly CliticAnalysis[], connectors: ReadonlySet<string>): boolean {
  for (const r of rs) if (connectors.has(r.stem) && r.stem !== "ول" && r.stem !== "ولد" && r.stem !== "ام" && r.stem !== "ال") return true;
  return false;
}

/** Has a reading that is a generic noun of an area (منطقة; see areaName)? */
function areaReadingOf(rs: readonly CliticAnalysis[]): boolean {
  for (const r of rs) if (AREA_NOUNS.has(r.stem) && /^[وفبل]*$/.test(r.prefix)) return true;
  return false;
}

/** Has a reading that is a tournament named by its year (مونديال 2006)? */
function yearlyOf(rs: readonly CliticAnalysis[]): boolean {
  for (const r of rs) if (YEARLY_EVENTS.has(r.stem)) return true;
  return false;
}

function eastAsianFirstOf(n: string): number {
  // the first letter when it is و، ل or ب (what /^(?:و|ول|ل|ب|وب)/ matches: its first alternative wins), without a match array per token
  const c0 = n.charAt(0);
  const clitic = c0 === "و" || c0 === "ل" || c0 === "ب" ? c0 : "";
  const first = !EAST_ASIAN_FAMILY.has(n) && clitic !== "" && EAST_ASIAN_FAMILY.has(n.slice(clitic.length)) && (clitic === "و" || n.length - clitic.length >= 3) ? clitic.length : 0;
  return EAST_ASIAN_FAMILY.has(n.slice(first)) ? first : -1;
}

const MAX_CHAIN = 5;
const INTRO: readonly (readonly [keyof NameCues, NameClass])[] = [["orgCues", "organization"], ["placeCues", "location"]];
/** First halves of the compound given names in الدين (نور الدين، صلاح الدين، زين الدين), as keys. */
const DIN_FIRST: ReadonlySet<string> = new Set(["زين", "نور", "صلاح", "عز", "علاء", "شمس", "سيف", "بهاء", "نجم", "جمال", "خير", "تقي", "محيي", "محي", "كمال", "فخر", "عماد", "بدر", "حسام", "ضياء", "شهاب", "تاج", "سعد", "نصر", "ناصر", "شرف", "معين", "قطب", "جلال", "برهان", "شجاع", "ركن", "مجد", "عصام", "غياث", "قمر", "نظام", "امين", "صدر", "حميد", "رشيد", "فريد"]);
/**
 * First halves of the compound given names in الله (عطاء الله، فضل الله، سيف الله،
 * وديعة الله), as keys; عبد الله goes through the connector عبد, حزب الله is a party.
 */
const ALLAH_FIRST: ReadonlySet<string> = new Set(["عطاء", "فضل", "نصر", "حسب", "خير", "سيف", "لطف", "عوض", "رحمه", "نعمه", "هبه", "جار", "فتح", "حمد", "عبيد", "ضيف", "وديعه", "ذبيح", "امان", "عزت", "حشمت", "روح", "شكر", "مال", "ولي", "خلف", "جود", "عين"]);
/** Tournaments named by their year after them (مونديال 2006، الأولمبياد 2008), as keys. */
const YEARLY_EVENTS: ReadonlySet<string> = new Set(["المونديال", "مونديال", "الاولمبياد", "اولمبياد"]);
/** Works a performer stars in (بطولة المسلسل: starring in the series), as keys. */
const STARRING: ReadonlySet<string> = new Set(["المسلسل", "مسلسل", "الفيلم", "فيلم", "المسرحيه", "مسرحيه", "العمل", "الفيديو", "الاعمال"]);
/** Present forms of the verbs of saying (ويقول فلان إن، ويرى فلان أن), as keys: they report like a past verb. */
const SPEECH_PRESENT: ReadonlySet<string> = new Set(["يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يري", "تري", "يعتقد", "تعتقد", "يوضح", "توضح", "يشير", "تشير", "يعلق", "تعلق", "يتابع", "تتابع"]);
/** Nouns of a post that stand in apposition after a name, in construct with what they head (مدير الشركة), as keys. */
const APPOSITION_HEADS: ReadonlySet<string> = new Set(["رئيس", "رئيسه", "مدير", "مديره", "مندوب", "مندوبه", "امين", "ممثل", "ممثله", "سفير", "سفيره", "وزير", "وزيره", "نائب", "عضو", "مستشار", "مستشاره", "مسؤول", "مسؤوله", "المتحدث", "الناطق", "المتحدثه", "الناطقه", "زعيم", "قائد", "مؤسس", "خبير", "خبيره", "استاذ", "استاذه", "محافظ", "مساعد", "مساعده", "مراسل", "مراسله", "مدرب", "محلل", "كبير", "كبيره"]);
/** Titles of rulers and clerics that name a person by one word with the article (الإمام الخميني، الملك الحسين), as keys. */
const LAQAB_TITLES: ReadonlySet<string> = new Set(["الامام", "الشيخ", "الشيخه", "الملك", "الملكه", "الامير", "الاميره", "السلطان", "الخليفه", "المرجع"]);
/** Nisbas of a creed or a rank that describe a cleric or a ruler after the title (الإمام الشيعي), as keys. */
const SECT_NISBAS: ReadonlySet<string> = new Set(["الشيعي", "السني", "الصوفي", "الروحي", "الشرعي", "الديني", "الاسلامي", "المسيحي", "الدرزي", "الوهابي", "السلفي", "الجهادي", "الحالي", "الفعلي", "الشرفي", "الشرعي", "الاصلي", "الوراثي", "الدستوري", "الرسمي"]);
/** Epithets of a person that stand between a title and the name (اللاعب السابق، العداء المخضرم), as keys. */
const PERSON_EPITHETS: ReadonlySet<string> = new Set(["السابق", "السابقه", "الاسبق", "المخضرم", "المخضرمه", "الراحل", "الراحله", "الشهير", "الشهيره", "المعروف", "المعروفه", "الشاب", "الشابه", "الصاعد", "الواعد", "القدير", "المخلوع", "المعتزل", "العملاق", "الكبير", "الكبيره", "الدولي", "الدوليه"]);
/** Generic nouns of an area, as keys: a name after them only where a part of a place follows (منطقة التاجي شمال بغداد). */
const AREA_NOUNS: ReadonlySet<string> = new Set(["منطقه", "منطقتي", "ضاحيه", "حي"]);
/** Indefinite titles of rulers, as keys: a genitive after them is the realm. */
const RULERS: ReadonlySet<string> = new Set(["ملك", "ملكه", "سلطان", "امير", "اميره", "حاكم", "امبراطور", "امبراطوره", "شاه", "خان"]);
/** Nouns of a street or a square, as keys: the name after them is the street's (طريق is left out: عن طريق فلان is "through"). */
const STREET_NOUNS: ReadonlySet<string> = new Set(["شارع", "ميدان", "ساحه"]);
/** في as a key, alone or with و: after it a foreign-shaped word alone is a place (after إلى it is as often a person or a club). */
const IN_PLACE_PREPS: ReadonlySet<string> = new Set(["في", "وفي"]);
/** Titles abbreviated with a full stop (د. doctor, م. engineer, أ. professor), as keys. */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(["د", "م", "ا"]);
/** Regnal numbers: الملك فؤاد الأول، لويس الرابع عشر، البابا بنديكت السادس عشر. */
export const REGNAL: ReadonlySet<string> = new Set(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي"]);
/** Particles inside Romance and Dutch family names (دي لا، فان، دو), as keys. */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(["دي", "دو", "دا", "ديل", "ديلا", "دوس", "لا", "فان", "فون", "دير"]);
/**
 * Indefinite adjectives by their shape: فعيل(ة) (كبير، شبيهة) and a participle
 * of the derived forms (محترم، مدرجة، متميز), as keys. Names of that shape
 * after a cue are rare (مرسيدس has a long vowel).
 */
const ADJECTIVE_SHAPE = /^(?:[^اوي]{2}ي[^اوي]|م[^اوي]{3,4})ه?$/;
/** Heads of seas, oceans and deserts named by an adjective after them, as keys with the article. */
const SEA_HEADS: ReadonlySet<string> = new Set(["المحيط", "البحر", "الصحراء"]);
const SEA_HEAD_CLITICS = /^[وف]?[بل]?$/;
/** The reading that is a sea's, an ocean's or a desert's head noun (a loop: a closure per token for .find cost an allocation each). */
function seaHeadReading(rs: readonly CliticAnalysis[]): CliticAnalysis | undefined {
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k] as CliticAnalysis;
    if (SEA_HEADS.has(r.stem) && SEA_HEAD_CLITICS.test(r.prefix)) return r;
  }
  return undefined;
}
/** Adjectives of seas and oceans that have no nisba or أفعل shape, as keys. */
const SEA_ADJECTIVES: ReadonlySet<string> = new Set(["المتوسط", "الميت", "المتجمد", "الهادئ", "الهادي"]);
/** The quotation marks that open a quoted title, with the mark that closes it. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { "«": "»", '"': '"', "'": "'", "“": "”" };
/** Bodies whose name comes quoted after them, besides the organisation cues (مؤسسة « فيتش »), as keys. */
const QUOTED_BODY: ReadonlySet<string> = new Set(["مؤسسه", "موقع", "وكاله", "مجموعه", "مستشفي", "فندق", "شبكه", "دار", "مصرف", "بنك"]);
/** Nouns of works (and of stadiums) whose title comes quoted after them (فيلم، المسلسل، روايته، روايات، بعنوان، استاد), as keys with their clitics. */
const WORK = /^[وف]?[بل]?(?:ال)?(?:فيلم|مسلسل|مسرحيه|روايه|كتاب|ديوان|قصيده|اغنيه|البوم|برنامج|كتابه|مقال|مقاله|معرض|مهرجان|لوحه|روايات|افلام|مسلسلات|قصائد|دوريه|استاد|ملعب)(?:ه|ها|هم|ا)?$|^(?:بعنوان|عنوان)$/;
const NISBA = /(?:ي|يه|يين|يون|يتين|يان)$/;
/**
 * Religious communities named as bodies (ANERcorp tags them ORG), as keys with
 * the article. السنة is also "the year": it is the community only beside الشيعة
 * (السنة والشيعة) or after العرب، المسلمين، أهل.
 */
const COMMUNITIES: ReadonlySet<string> = new Set(["الشيعه", "الدروز", "العلويين", "العلويون", "الموارنه", "الاقباط", "الكاثوليك", "البروتستانت", "الارثوذكس", "الاسماعيليه", "الزيديه", "الاباضيه"]);
const SUNNA_BEFORE: ReadonlySet<string> = new Set(["العرب", "المسلمين", "المسلمون", "اهل", "الائمه", "علماء"]);

/** Longest multi-word cue of a list starting at token i (stems after clitics); returns its end and prefix. */
function cueAt(trie: TrieNode<string>, st: Scan, i: number, end: number): { end: number; prefixLength: number } | null {
  const tokens = st.tokens;
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  let best = null as { end: number; prefixLength: number } | null;
  for (const r of readingsOf(st, t)) {
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

/** The Latin letters' names in Arabic that are no common word (بي is also "with me", كي "so that"). */
const LETTER_NAMES: ReadonlySet<string> = new Set(["سي", "دي", "اف", "جي", "اتش", "تي", "يو", "اكس", "واي", "زد", "ايه", "ار", "اس", "كيو", "دبليو", "زي"]);
/** Letter names that are also frequent words (أن، إن، أو، في، أي، آي، ال، أم، بي، كي). */
const LETTER_WORDS: ReadonlySet<string> = new Set(["ان", "او", "في", "اي", "ال", "ام", "بي", "كي"]);
/**
 * Acronyms of common things, not of bodies (دي في دي، جي بي إس، آر بي جي), and of systems
 * and trims (آي أو إس، جي تي), as spelled letter by letter.
 */
const COMMON_ACRONYMS: ReadonlySet<string> = new Set(["دي في دي", "سي دي", "جي بي اس", "اس ام اس", "في اي بي", "بي اتش دي", "تي في", "دي ان ايه", "ار بي جي", "يو اس بي", "اس يو في", "ام بي", "بي سي", "اي دي", "سي في", "اي كيو", "اي او اس", "جي تي", "دي جي", "اتش دي", "ال اي دي", "ال سي دي", "ايه تي ام", "اتش اي في", "سي اي او", "اي تي", "جي اس ام", "بي دي اف", "ال تي زي", "ال تي", "ال اس"]);
/** A word that is a Latin letter's name (LETTER_NAMES or LETTER_WORDS). */
function letterNameWord(t: Token | undefined): boolean {
  // asked of every token of every document: one look-up in the union, not one in each set
  return t !== undefined && t.kind === "word" && t.norm.length <= 5 && LETTER_ANY.has(t.norm);
}
const LETTER_ANY: ReadonlySet<string> = new Set([...LETTER_NAMES, ...LETTER_WORDS]);
const OPENING: ReadonlySet<string> = new Set(["«", '"', "(", "“", "'"]);
const CLOSING: ReadonlySet<string> = new Set(["»", '"', ")", "”", "'"]);

/**
 * Where an acronym spelled in letter names that starts at i ends, else null: two letters and
 * more, full stops between them allowed (إف . بي . آي). Letters that are common words too
 * (أن، في، بي) count beside two plain letters (تي في جي), or beside one in quotes or brackets
 * (« سي إن إن ») or with full stops; a common word opens one only after an opening mark or
 * before a full stop; a number after it makes a model's name (كي جي 320).
 */
function acronymAt(st: Scan, i: number): number | null {
  const tokens = st.tokens;
  const first = tokens[i];
  // Speed: this is asked at every في، أن، أو of every document. Its tests are module functions
  // (closures here were a new context and two functions per call), and a word with no letter
  // after it, by itself or after a full stop, is passed over before anything is allocated.
  if (first === undefined || !isLetterName(st, i)) return null;
  if (!isLetterName(st, i + 1) && !(dotAt(tokens, i + 1) && isLetterName(st, i + 2))) return null;
  const before = tokens[i - 1];
  const opened = before !== undefined && OPENING.has(before.text);
  let j = i;
  let plain = 0;
  let dotted = false;
  const keys: string[] = [];
  while (isLetterName(st, j) && keys.length < 6) {
    const n = (tokens[j] as Token).norm;
    if (LETTER_NAMES.has(n)) plain++;
    keys.push(n);
    j++;
    if (dotAt(tokens, j) && isLetterName(st, j + 1)) {
      dotted = true;
      j++;
    }
  }
  if (keys.length < 2) return null;
  if (!LETTER_NAMES.has(first.norm) && !opened && !dotAt(tokens, i + 1)) return null;
  const after = tokens[j];
  const closed = opened && after !== undefined && CLOSING.has(after.text);
  if (!(plain >= 2 || (plain >= 1 && (dotted || closed)))) return null;
  if (after !== undefined && after.kind === "number") return null;
  if (COMMON_ACRONYMS.has(keys.join(" "))) return null;
  return j;
}

/** Is token k a free word that is a Latin letter's name (LETTER_NAMES or LETTER_WORDS)? */
function isLetterName(st: Scan, k: number): boolean {
  const t = st.tokens[k];
  return t !== undefined && t.kind === "word" && free(st, k) && (LETTER_NAMES.has(t.norm) || LETTER_WORDS.has(t.norm));
}

function dotAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ".";
}



/**
 * What one call of recognizeNames reads and writes, handed to its helpers. Speed: the
 * helpers were closures inside recognizeNames, made anew on every call; V8 then met a
 * new function at call sites that one earlier document had tied to its own closure
 * ("wrong call target"), threw the optimised code away and spent a second and more
 * compiling the whole function again. As module functions over one object of a fixed
 * shape (a class, every field set in the constructor) each is compiled once, on its own.
 */
class Scan {
  readonly tokens: readonly Token[];
  readonly lex: CompiledLexicon;
  readonly nl: CompiledLexicon["nameLists"];
  readonly cues: CompiledLexicon["nameLists"]["cues"];
  readonly fw: CompiledLexicon["fw"]["sets"];
  /** Asked of nearly every token: a flat copy (see TokenSet). */
  readonly timeTokens: TokenSet;
  readonly prefixOf: ((i: number) => readonly CliticAnalysis[]) | undefined;
  readonly infoOf: ((i: number) => WordInfo | undefined) | undefined;
  readonly used: TokenSet;
  readonly mentionAt: TokenMap<Mention>;
  readonly mentionCovers: TokenSet;
  /** Tokens right after a person's name (a lexicon person or one found here). */
  readonly personEnds: TokenSet;
  readonly closedWords: ReadonlySet<string>;
  readonly firstWords: ReadonlySet<string>;
  /** Without word forms (a caller outside the pipeline), facts are kept for this call only. */
  readonly local: Map<string, FormFacts>;
  /** The first look-up per token goes to the per-form map, later ones to this array. */
  readonly factsAt: (FormFacts | undefined)[];
  readonly out: FoundName[];
  /** The last quoted title found: its closing mark's token and its class (a list of titles goes on after و). */
  lastQuoted: { end: number; cls: NameClass } | null;

  constructor(input: RecognizeInput) {
    const { tokens, lex } = input;
    this.tokens = tokens;
    this.lex = lex;
    this.nl = lex.nameLists;
    this.cues = lex.nameLists.cues;
    this.fw = lex.fw.sets;
    this.timeTokens = new TokenSet(tokens.length + 1, input.timeTokens);
    this.prefixOf = input.prefixOf;
    this.infoOf = input.infoOf;
    this.used = new TokenSet(tokens.length + 1, input.covered);
    this.mentionAt = new TokenMap<Mention>(tokens.length + 1);
    for (const m of input.mentions) this.mentionAt.set(m.tokenStart, m);
    this.mentionCovers = new TokenSet(tokens.length + 1);
    // a short form nobody licensed (الحكيم, a surname the lexicon knows) may still be part of another name
    for (const m of input.mentions) {
      if (m.payloads.every((p) => p.kind === "actor" && p.short)) continue;
      for (let k = m.tokenStart; k < m.tokenEnd; k++) this.mentionCovers.add(k);
    }
    this.personEnds = new TokenSet(tokens.length + 1);
    for (const m of input.mentions) if (m.payloads.some((p) => p.kind === "actor" && p.entry.type === "person" && !p.short)) this.personEnds.add(m.tokenEnd);
    this.closedWords = closedWordsOf(lex);
    this.firstWords = firstWordsOf(lex);
    this.local = new Map<string, FormFacts>();
    this.factsAt = new Array<FormFacts | undefined>(tokens.length);
    this.out = [];
    this.lastQuoted = null;
  }
}

/** Token t's clitic readings: tokens[i].index === i, so a per-document reading by index is the same as one by key. */
function readingsOf(st: Scan, t: Token): readonly CliticAnalysis[] {
  const prefixOf = st.prefixOf;
  return prefixOf ? prefixOf(t.index) : prefixReadings(t.norm);
}

export function recognizeNames(input: RecognizeInput): FoundName[] {
  const st = new Scan(input);
  const tokens = st.tokens;
  // سي إن إن، إف . بي . آي، « إل جي »: a body's acronym spelled in letter names (before the
  // sentences: a full stop between the letters may end one for the splitter)
  for (let i = 0; i < tokens.length; ) {
    // (the cheap test of acronymAt's first one here: most words are no letter's name)
    const e = letterNameWord(tokens[i]) ? acronymAt(st, i) : null;
    if (e === null) {
      i++;
      continue;
    }
    add(st, { tokenStart: i, tokenEnd: e, prefixLength: 0, cls: "organization", via: "acronym" });
    i = e;
  }
  for (const s of input.sentences) scanSentence(st, s);
  return st.out;
}

/** The rules of the main loop over the words of one sentence. */
function scanSentence(st: Scan, s: { readonly tokenStart: number; readonly tokenEnd: number }): void {
  const { tokens, used, mentionAt } = st;
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = tokens[i] as Token;
    if (used.has(i) || t.kind !== "word") {
      // صحيفة « الحياة »، فيلم « حلم »: a quoted title after the noun of a body or of a work is that body's or that work's name
      if (t.kind === "punct" && CLOSING_QUOTE[t.text] !== undefined && i > s.tokenStart) {
        const q = quotedTitle(st, i, s.tokenEnd);
        if (q !== null) {
          add(st, { tokenStart: i + 1, tokenEnd: q.end, prefixLength: 0, cls: q.cls, via: "quoted-title" });
          st.lastQuoted = q;
          i = q.end + 1;
          continue;
        }
      }
      // « جيلي »، « أمريكان إكسبريس »: a short name in guillemets that no list explains is a brand or a body
      if (t.kind === "punct" && t.text === "«") {
        const e = guillemetName(st, i + 1, s.tokenEnd);
        if (e !== null) {
          add(st, { tokenStart: i + 1, tokenEnd: e, prefixLength: 0, cls: "misc", via: "guillemets" });
          i = e + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    // Speed: most words open no name, and every rule below tests them one after the other. A
    // word whose form passes none of the rules' tests of the form (mayOpen) is passed over at
    // once, unless a rule that reads its neighbours may still apply: a sentence's first word
    // (after an abbreviated title), a mention (a title, a nationality), a word after a verb
    // of saying (its subject) or one of a place's shape after في. The names found are the same.
    if (i > s.tokenStart) {
      const f = factsOf(st, i);
      if (!f.mayOpen && !mentionAt.has(i) && !isReportVerb(st, i - 1) && !(f.inPlaceShaped && IN_PLACE_PREPS.has((tokens[i - 1] as Token).norm))) {
        i++;
        continue;
      }
    }
    i = atWord(st, s, i, t);
  }
}

/** The rules that may open a name at word i, in order: where the first that applies ends it, else i + 1. */
function atWord(st: Scan, s: { readonly tokenStart: number; readonly tokenEnd: number }, i: number, t: Token): number {
  const { tokens, nl, cues, used, mentionAt, personEnds } = st;
  const eastAsian = eastAsianName(st, i, s.tokenEnd);
  if (eastAsian) {
    add(st, { tokenStart: i, tokenEnd: eastAsian.end, prefixLength: eastAsian.prefixLength, cls: "person", via: "east-asian" });
    return eastAsian.end;
  }
  // الحسن الثاني: a given name with the article and a regnal number is a monarch (الخليفة الثالث is a title)
  // (the regnal number first: rare, and no slice of the word to look up)
  if (definite(st, i) && i + 1 < s.tokenEnd && free(st, i + 1) && REGNAL.has((tokens[i + 1] as Token).norm) && nl.given.has(t.norm.slice(2)) && !cues.honorifics.has(t.norm)) {
    const e = i + 2 < s.tokenEnd && tokens[i + 2]?.norm === "عشر" ? i + 3 : i + 2;
    add(st, { tokenStart: i, tokenEnd: e, prefixLength: 0, cls: "person", via: "regnal" });
    return e;
  }
  const sea = seaAt(st, i, s.tokenEnd);
  if (sea) {
    add(st, { tokenStart: i, tokenEnd: sea.end, prefixLength: sea.prefixLength, cls: "location", via: "sea" });
    return sea.end;
  }
  // د. فلان الفلاني: the full stop of an abbreviated title (د. doctor, م. engineer) ends a
  // sentence for the splitter, so the name after it opens the next one
  if (i === s.tokenStart && i >= 2 && ABBREVIATED_TITLES.has((tokens[i - 2] as Token).norm) && (tokens[i - 1] as Token).text === "." && (i < 3 || (tokens[i - 3] as Token).kind !== "word" || !/^\p{L}$/u.test((tokens[i - 3] as Token).text))) {
    const c = givenStem(st, i, false) !== null || cues.connectors.has(t.norm) ? chain(st, i, s.tokenEnd, true) : null;
    if (c && c.end - i <= 5) {
      add(st, { tokenStart: i, tokenEnd: c.end, prefixLength: 0, cls: "person", via: "title+name" });
      return c.end;
    }
  }
  const cueish = factsOf(st, i).cueish;
  // a title or honorific, then (a nationality, a country) then a name
  const title = cueish ? cueAtWord(st, "honorifics", i, s.tokenEnd) : null;
  const m = mentionAt.get(i);
  // an indefinite accusative title (عُيّن سفيرا، بويع ملكا) is a predicate, not a title before a name
  const predicate = m !== undefined && (tokens[m.tokenEnd - 1] as Token).norm.endsWith("ا") && (tokens[m.tokenEnd - 1] as Token).norm.length > 3;
  const titleEnd = title?.end ?? (m && !predicate && m.payloads.some((p) => p.kind === "agent" && p.agent.title) ? m.tokenEnd : null);
  if (titleEnd !== null) {
    const e = titleRule(st, s, i, titleEnd, title, m);
    if (e >= 0) return e;
  }
  // والإسباني فرناندو ألونسو، شن البلجيكية جوستين هينان: a nationality used as a noun, then a name
  // (after a definite noun the adjective describes it: الجيش الإسرائيلي)
  if (m && m.tokenEnd === m.tokenStart + 1 && m.payloads.some((p) => p.kind === "adjective") && /^(?:[وف]?ال).*(?:ي|يه)$/.test(t.norm)) {
    const e = nationalityRule(st, s, i, t, m);
    if (e >= 0) return e;
  }
  {
    const din = i + 1 < s.tokenEnd ? dinCompound(st, i) : null;
    // ووالد صلاح الدين: و starts the next name only after a name; a bare compound starts one anywhere
    if (din !== null) {
      const c = chain(st, i, s.tokenEnd, false);
      if (c) {
        add(st, { tokenStart: i, tokenEnd: c.end, prefixLength: din, cls: "person", via: c.parts > 1 ? "name-chain" : "given-name" });
        return c.end;
      }
    }
  }
  // a person's name chain from a given name
  const g = cueish ? givenStem(st, i, true) : null;
  if (g && !writtenAsPreposition(st, i)) {
    // أسامة حسن وعمرو زكي: after a person's name, و + a given name is the next person of a list,
    // read as after a title (an ambiguous name, a family name that is a common word)
    const listed = g.prefixLength === 1 && t.norm.startsWith("و") && personEnds.has(i);
    const c = chain(st, i, s.tokenEnd, listed);
    // a lone given name counts when it is Arabic and unambiguous (محمد), not a foreign one (روي)
    // تشارلز الأول، خايمي الأول: a foreign or ambiguous given name with a regnal number is a monarch
    // (the number joins the name in the entity layer)
    const regnal = c !== null && c.parts === 1 && c.end < s.tokenEnd && REGNAL.has((tokens[c.end] as Token).norm);
    // كريم ع.: an ambiguous given name with a family name's initial is a name too
    if ((c === null || c.parts === 1) && !nl.foreign.has(g.stem) && initialAfter(st, i + 1, s.tokenEnd) > i + 1) {
      add(st, { tokenStart: i, tokenEnd: i + 2, prefixLength: g.prefixLength, cls: "person", via: "name-chain" });
      return i + 2;
    }
    if (c && (c.parts > 1 || listed || regnal || (!nl.ambiguous.has(g.stem) && !nl.foreign.has(g.stem)))) {
      const e = initialAfter(st, moreSyllables(st, c.end, s.tokenEnd), s.tokenEnd);
      add(st, { tokenStart: i, tokenEnd: e, prefixLength: g.prefixLength, cls: "person", via: c.parts > 1 || e > c.end ? "name-chain" : "given-name" });
      return e;
    }
  }
  // أبو مازن، عبد الله، بن لادن: a connector starts a name too
  {
    const first = cueish ? readingsOf(st, t).find((r) => cues.connectors.has(r.stem) && r.stem !== "ول" && r.stem !== "ولد" && r.stem !== "ام" && r.stem !== "ال") : undefined;
    const nextNorm = (tokens[i + 1] as Token | undefined)?.norm ?? "";
    // ابن عمه، ابن عشر سنين: ابن and بنت open a name only before a name
    const weakOpener = first?.stem === "ابن" || first?.stem === "بنت";
    // ابن الملك، بنت السلطان: a divine name follows عبد; after ابن it is a title (the king's son)
    // (tested only after a connector, inside the condition: asked of every word, it cost a look at the next word's given-name reading)
    if (first && i + 1 < s.tokenEnd && (givenStem(st, i + 1, false) !== null || (cues.divine.has(nextNorm) && !weakOpener) || cues.connectors.has(nextNorm) || (!weakOpener && open(st, i + 1) && plausible(st, i + 1) && factsOf(st, i + 1).continuesName))) {
      const c = chain(st, i, s.tokenEnd, false, first.stem);
      const e = c ? c.end : i + 2;
      // معاوية بن أبي سفيان: بن joins the name before it
      // الحسن بن علي، الحسين بن طلال: so does a given name with the article
      const prevNorm = (tokens[i - 1] as Token | undefined)?.norm ?? "";
      const namedBefore = (bare(st, i - 1) && plausible(st, i - 1)) || (definite(st, i - 1) && nl.given.has(prevNorm.slice(2)));
      const back = first.stem === "بن" && first.prefixLength === 0 && i - 1 >= s.tokenStart && namedBefore ? i - 1 : i;
      add(st, { tokenStart: back, tokenEnd: e, prefixLength: back === i ? first.prefixLength : 0, cls: "person", via: "connector" });
      return e;
    }
  }
  // organisations: a head noun that is part of the name (حزب العمال، جامعة الدول العربية)
  const head = cueish ? cueAtWord(st, "orgHeads", i, s.tokenEnd) : null;
  if (head) {
    const e = extent(st, head.end, s.tokenEnd, (tokens[head.end - 1] as Token).norm.startsWith("ال") || readingsOf(st, t).some((r) => r.stem.startsWith("ال") && r.prefixLength === head.prefixLength && cues.orgHeads.has(r.stem)), (tokens[head.end - 1] as Token).norm.endsWith("ه"));
    if (e > head.end) {
      add(st, { tokenStart: i, tokenEnd: e, prefixLength: head.prefixLength, cls: "organization", via: "org-head" });
      return e;
    }
  }
  // ولد في دوربان ، في هوليوود .: after في an unknown word of a foreign shape (five letters and
  // two long vowels at least, no أفعال or فواعل pattern) that ends the phrase is where something happened
  if (i > s.tokenStart && IN_PLACE_PREPS.has(tokens[i - 1]?.norm ?? "") && !used.has(i - 1) && bare(st, i) && plausible(st, i) && !mentionAt.has(i) && factsOf(st, i).foreignShaped && factsOf(st, i).subjectShaped && /^[^ا](?:.*[اوي]){2}/.test(t.norm) && t.norm.length >= 5 && !/^[^اوي]وا[^اوي]{2}$/.test(t.norm) && !/(?:ي|ه)$/.test(t.norm) && givenStem(st, i, false) === null && closedAfter(st, i + 1, s.tokenEnd) && !isVerbToken(st, i)) {
    add(st, { tokenStart: i, tokenEnd: i + 1, prefixLength: 0, cls: "location", via: "in-place" });
    return i + 1;
  }
  // منطقة الشجاعية شرق مدينة غزة، بمنطقة وايكاتو ،: the generic area noun names a place
  // when a part of a place or the end of the phrase follows
  const area = cueish || /^[وفبل]*منطق/.test(t.norm) ? areaName(st, i, s.tokenEnd) : null;
  if (area !== null) {
    add(st, { tokenStart: i + 1, tokenEnd: area, prefixLength: 0, cls: "location", via: "area" });
    return area;
  }
  // a name after a noun that introduces it (صحيفة ...، مدينة ...، بطولة ...)
  if (cueish) {
    const e = introRule(st, s, i, t);
    if (e >= 0) return e;
  }
  // وقال كينيون إن / وأضاف فلان أن: an unknown word between a verb and a closed word is the verb's subject's name
  // (جيما أرياس: a foreign given name in ا opens a two-word subject too, see firstInAlif)
  if (i > s.tokenStart && bare(st, i) && plausible(st, i) && (factsOf(st, i).subjectCaseShaped || tailShaped(st, i) || firstInAlif(st, i)) && isReportVerb(st, i - 1) && !adverbialAt(st, i)) {
    if (factsOf(st, i).subjectCaseShaped && subjectEnds(st, i + 1, s.tokenEnd)) {
      add(st, { tokenStart: i, tokenEnd: i + 1, prefixLength: 0, cls: "person", via: "verb-subject" });
      return i + 1;
    }
    // وقالت جيما أرياس "...": two foreign-shaped words, then the end of the noun phrase
    const j = i + 1;
    // وقال فلان فلانوف رئيس الوزراء، وتوقع فلان فلانوف أحد مسؤولي: a title in apposition ends it too
    if (j < s.tokenEnd && bare(st, j) && plausible(st, j) && !isVerbToken(st, j) && factsOf(st, i).foreignShaped && factsOf(st, j).foreignShaped && tailShaped(st, j) && (subjectEnds(st, j + 1, s.tokenEnd) || appositionAt(st, j + 1, s.tokenEnd))) {
      add(st, { tokenStart: i, tokenEnd: j + 1, prefixLength: 0, cls: "person", via: "verb-subject" });
      return j + 1;
    }
  }
  // ألونسو، كانافارو: a final و is rare on Arabic nouns and common on names from Romance languages
  // (مسؤولو، فلاحو: a plural in construct starts with م or has a genitive after it, so the
  // name stands alone where its noun phrase ends, or with a foreign-shaped word after it
  // that ends the phrase: ريناتو سوليدام; يد فرناندو، رونالدو لصحيفة are a noun and a name)
  if (bare(st, i) && plausible(st, i) && /^[^يتنم].{3,}[^اوي]و$/.test(t.norm) && !isVerbToken(st, i)) {
    const to = foreignAt(st, i + 1, s.tokenEnd) && closedAfter(st, i + 2, s.tokenEnd) ? i + 2 : i + 1;
    if (to - i > 1 || closedAfter(st, i + 1, s.tokenEnd)) {
      add(st, { tokenStart: i, tokenEnd: to, prefixLength: 0, cls: "person", via: "foreign-shape" });
      return to;
    }
  }
  const miscHead = cueish ? cueAtWord(st, "miscHeads", i, s.tokenEnd) : null;
  // البطولة alone is the event spoken of, not named: only the indefinite head takes a name
  const miscHeadDefinite = miscHead !== null && readingsOf(st, t).some((r) => r.prefixLength === miscHead.prefixLength && r.stem.startsWith("ال"));
  if (miscHead && !miscHeadDefinite) {
    const e = eventExtent(st, miscHead.end, s.tokenEnd);
    if (e > miscHead.end) {
      add(st, { tokenStart: i, tokenEnd: e, prefixLength: miscHead.prefixLength, cls: "misc", via: "misc-head" });
      return e;
    }
  }
  const community = communityAt(st, i);
  if (community !== null) {
    add(st, { tokenStart: i, tokenEnd: i + 1, prefixLength: community, cls: "organization", via: "community" });
    return i + 1;
  }
  // مونديال 2006: the indefinite tournament is named by its year (مونديال ألمانيا is a description)
  if (i + 1 < s.tokenEnd && tokens[i + 1]?.kind === "number" && /^(?:19|20)\d\d$/.test((tokens[i + 1] as Token).text)) {
    const r = readingsOf(st, t).find((x) => /^[وفبل]*$/.test(x.prefix) && YEARLY_EVENTS.has(x.stem) && !x.stem.startsWith("ال"));
    if (r) {
      add(st, { tokenStart: i, tokenEnd: i + 2, prefixLength: r.prefixLength, cls: "misc", via: "misc" });
      return i + 2;
    }
  }
  const misc = cueish ? cueAtWord(st, "misc", i, s.tokenEnd) : null;
  if (misc) {
    // مونديال 2006، كأس العالم 2010: a tournament with its year
    const year = tokens[misc.end];
    const withYear = misc.end < s.tokenEnd && year !== undefined && year.kind === "number" && /^(?:19|20)\d\d$/.test(year.text) && YEARLY_EVENTS.has((tokens[misc.end - 1] as Token).norm);
    const e = withYear ? misc.end + 1 : misc.end;
    add(st, { tokenStart: i, tokenEnd: e, prefixLength: misc.prefixLength, cls: "misc", via: "misc" });
    return e;
  }
  return i + 1;
}

/** A name after a title or an honorific ending at titleEnd (title: the cue found at i, m: the mention at i): where it ends, else -1. */
function titleRule(st: Scan, s: { readonly tokenStart: number; readonly tokenEnd: number }, i: number, titleEnd: number, title: { end: number; prefixLength: number } | null, m: Mention | undefined): number {
  const { tokens, nl, cues, mentionAt } = st;
  let j = titleEnd;
  // ملك أراجون، رئيس فنزويلا: an indefinite title takes a genitive, which is no name
  const lastTitle = tokens[titleEnd - 1] as Token;
  // زميله، مواطنه: a noun with a pronoun is definite too
  let titleOpen = lastTitle.norm.startsWith("ال") || readingsOf(st, lastTitle).some((r) => r.stem.startsWith("ال")) || (title !== null && /(?:ه|ها|هم)$/.test(lastTitle.norm));
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
    // اللاعب السابق فلان، العداء المخضرم فلان: an epithet of the person between the title and the name
    if (free(st, j) && PERSON_EPITHETS.has((tokens[j] as Token).norm) && nameAfterSkip(st, j + 1)) {
      j++;
      titleOpen = true;
      continue;
    }
    // الخبير الاقتصادي فلان، المحلل السياسي فلان: after a profession its field (a nisba) comes first
    if (definite(st, j) && NISBA.test((tokens[j] as Token).norm) && (j > titleEnd ? givenStem(st, j + 1, false) !== null : title !== null && !LAQAB_TITLES.has(lastTitle.norm.replace(/^[وفبل]+(?=ال)/, "")) && nameAfterSkip(st, j + 1))) {
      j++;
      titleOpen = true;
      continue;
    }
    const more = cueAt(nl.cuePhrases.honorifics, st, j, s.tokenEnd);
    if (more) {
      j = more.end;
      titleOpen = true;
      continue;
    }
    break;
  }
  const startsAsName = givenStem(st, j, false) !== null || cues.connectors.has((tokens[j] as Token | undefined)?.norm ?? "");
  // الفريق، الوزير alone (a team, the minister): an agent's title needs a given name after it
  // unless a nationality, a country or an honorific came between (الرئيس الفرنسي فلان)
  // نائب وزير الخارجية فلان: a title in construct with a definite genitive is complete, as after an honorific
  const constructTitle = title === null && m !== undefined && m.tokenEnd - m.tokenStart > 1 && lastTitle.norm.startsWith("ال");
  // ملك أراجون، سلطان زنجبار: an indefinite ruler's title in construct with an unlisted word of a
  // foreign shape (no given name) names where the ruler reigns (ملكة شعب الماوري: a noun in construct is none)
  if (!titleOpen && j === titleEnd && RULERS.has(lastTitle.norm) && bare(st, j) && plausible(st, j) && !startsAsName && !isVerbToken(st, j) && factsOf(st, j).foreignShaped && factsOf(st, j).subjectShaped && !mentionAt.has(j) && !(tokens[j + 1]?.norm.startsWith("ال") ?? false)) {
    add(st, { tokenStart: j, tokenEnd: j + 1, prefixLength: 0, cls: "location", via: "ruler-of" });
    return j + 1;
  }
  const c = (titleOpen && (title !== null || j > titleEnd || constructTitle)) || startsAsName ? chain(st, j, s.tokenEnd, true) : null;
  if (c && c.end - j <= 5) {
    const e = initialAfter(st, moreSyllables(st, c.end, s.tokenEnd), s.tokenEnd);
    add(st, { tokenStart: j, tokenEnd: e, prefixLength: 0, cls: "person", via: "title+name" });
    return e;
  }
  // الإمام الخميني، الشيخ القرضاوي، الملك الحسين: a ruler's or a cleric's title names the
  // person by one word with the article, a nisba or a given name, where the phrase ends
  // (a family name the lexicon knows only as a short form, الخميني، الصادق, is one too)
  if (title !== null && j === titleEnd && LAQAB_TITLES.has(lastTitle.norm.replace(/^[وف]?لل/, "ال").replace(/^[وفبل]+(?=ال)/, "")) && (definite(st, j) || (free(st, j) && factsOf(st, j).definite && (mentionAt.get(j)?.payloads.every((p) => p.kind === "actor" && p.short) ?? false)))) {
    const n = (tokens[j] as Token).norm;
    const nisba = /[^ي]ي$/.test(n) && n.length >= 6 && !/^ال(?:م|ا[^ا]{3}$)/.test(n) && !/^ال[^ا]ا[^ا]{2}$/.test(n) && !SECT_NISBAS.has(n);
    // الإمام الرضا عليه السلام، للإمام الرضا بولاية العهد: a given name with the article after a
    // cleric's or a ruler's title is the name whatever follows, unless a definite word that may
    // be its adjective (الملك العادل الحكيم)
    const givenLaqab = nl.given.has(n.slice(2)) && !(definite(st, j + 1) && j + 1 < s.tokenEnd && !isClosed(st, (tokens[j + 1] as Token).norm));
    if ((nisba || nl.given.has(n.slice(2))) && !cues.honorifics.has(n) && (closedAfter(st, j + 1, s.tokenEnd) || isVerbToken(st, j + 1) || givenLaqab)) {
      add(st, { tokenStart: j, tokenEnd: j + 1, prefixLength: 0, cls: "person", via: "title+name" });
      return j + 1;
    }
  }
  return -1;
}

/** A nationality used as a noun (mention m at i), then a name: where the name ends, else -1. */
function nationalityRule(st: Scan, s: { readonly tokenStart: number; readonly tokenEnd: number }, i: number, t: Token, m: Mention): number {
  const { tokens } = st;
  // العداء المغربي فلان، القائد النازي فلان: after a definite noun (which the adjective
  // describes) a name must be two words at least, ending the noun phrase
  // والتشيكي فلان: a conjunction on the adjective makes it a new noun phrase, not an attribute
  const described = !/^[وف]ال/.test(t.norm) && definiteBefore(st, i, s.tokenStart);
  const j = m.tokenEnd;
  let e = j;
  if (givenStem(st, j, false) !== null) {
    e = chain(st, j, s.tokenEnd, true)?.end ?? j;
    if (described && (e - j < 2 || !closedAfter(st, e, s.tokenEnd))) e = j;
  } else {
    // سفتلانا، تاتيانا: a final نا there is a foreign name's, not the pronoun; موريسمو: as the
    // second word a foreign family name may start with م (a participle would end the phrase in ة or ا)
    while (e < s.tokenEnd && e - j < 2 && nationalName(st, e, j)) e++;
    // one unknown word is a name only where the noun phrase ends (والفرنسي زيدان ،)
    if ((e - j === 1 || described) && !closedAfter(st, e, s.tokenEnd)) e = j;
    // فوزا صعبا، بشكل كبير، جاءت ردا: an accusative, a preposition's phrase or a verb is no name
    if (described && (e - j < 2 || /^[بلكف]/.test((tokens[j] as Token).norm) || [j, j + 1].some((q) => /[ات]$/.test((tokens[q] as Token).norm)))) e = j;
  }
  if (e > j) {
    add(st, { tokenStart: j, tokenEnd: e, prefixLength: 0, cls: "person", via: "nationality+name" });
    return e;
  }
  return -1;
}

/** A name after a noun that introduces it (صحيفة ...، مدينة ...، بطولة ...) at i: where it ends, else -1. */
function introRule(st: Scan, s: { readonly tokenStart: number; readonly tokenEnd: number }, i: number, t: Token): number {
  const { tokens, mentionAt } = st;
  for (const [list, cls] of INTRO) {
    const cue = cueAtWord(st, list as "orgCues" | "placeCues", i, s.tokenEnd);
    if (!cue) continue;
    let e = cue.end;
    // النادي مقابل، الصحيفة فإن: a definite noun takes no name in construct, only a definite one
    // that is no nationality (النادي الأهلي, not النادي الكاتالوني)
    const cueDefinite = /^ال/.test((tokens[cue.end - 1] as Token).norm) || readingsOf(st, t).some((r) => r.stem.startsWith("ال") && cue.end === i + 1);
    // البلدة المحاصرة، البلدة الرئيسية: after a definite place noun a nisba or a participle is its adjective
    const placeAdjective = list === "placeCues" && (NISBA.test((tokens[e] as Token | undefined)?.norm ?? "") || /^الم[^اوي]{3,4}ه?$/.test((tokens[e] as Token | undefined)?.norm ?? ""));
    if (cueDefinite) {
      if (definite(st, e) && !placeAdjective && !(mentionAt.get(e)?.payloads.some((p) => p.kind === "adjective") ?? false)) e++;
      if (e > cue.end) {
        add(st, { tokenStart: cue.end, tokenEnd: e, prefixLength: 0, cls, via: `${list}` });
        return e;
      }
      return -1;
    }
    // صحيفة محلية، شركة أمريكية: a feminine nisba after the noun is its adjective
    // فريق كبير، شركة مدرجة، فريق أفريقي: an adjective (فعيل، a participle, a nationality) describes the noun
    // مدينة طوكر أكبر، بلدة خزاعة جنوب، نهر دجلة اثنتان: a part of a place, and after a place's
    // name an elative or a feminine dual, is no part of it; قرية عائمة: a فاعلة adjective is none
    while (e < s.tokenEnd && e - cue.end < 3 && bare(st, e) && !commonWithCliticAt(st, e) && !endsName(st, e, list, cue.end) && !/ا$/.test((tokens[e] as Token).norm) && !(e === cue.end && (/يه$/.test((tokens[e] as Token).norm) || describesCue(st, e)))) e++;
    // مدينة الفلوجة، فريق الجزيرة، النادي الأهلي: one word with the article may be the name too
    if (e === cue.end && definite(st, e) && (list === "orgCues" || !NISBA.test((tokens[e] as Token).norm))) e++;
    if (e > cue.end) {
      add(st, { tokenStart: cue.end, tokenEnd: e, prefixLength: 0, cls, via: `${list}` });
      return e;
    }
    return -1;
  }
  return -1;
}

function isClosed(st: Scan, n: string): boolean {
  const { closedWords } = st;
  return closedWords.has(n);
}

function isVerb(st: Scan, n: string): boolean {
  const { lex } = st;
  return lex.verbForms.has(n) || lex.triggersByFirst.has(n);
}

/** Pronoun suffixes (أراضيها، قوله، حبوبهم) and a preposition with the article mark a common word. */
function plausibleForm(n: string, text: string): boolean {
  // قوله، مرماه: a final ه written as such (not ة, not the يه of French names) is a pronoun
  if (n.length > 3 && /[^ي]\u0647$/.test(text)) return false;
  return !/(?:ها|هم|هما|هن|كم|نا)$/.test(n) && !/^(?:لل|بال|كال|فال|وال)/.test(n);
}

/**
 * تيبساروفيتش، يوريس: a long vowel after a first ت or ي, in a word of five letters and more,
 * is a foreign name's (present verbs and verbal nouns have a consonant there: تفعيل، يقول;
 * يواصل، تواصل have و + ا).
 */
function foreignLongVowel(n: string): boolean {
  return n.length >= 5 && /^[يت][وي][^ا]/.test(n);
}

/**
 * فلان يتوج، فلان أحلاماً، فلان أحاديث: a present verb of the derived forms (يتفعّل،
 * يستفعل) or in the plural (يفعلون), a word with tanween (names take none) or a broken
 * plural (أفاعيل) after a given name starts the clause's predicate, not a family name.
 */
function continuesName(n: string, text: string): boolean {
  return (
    !/[\u064B-\u064D]/.test(text) &&
    // الحارس فلان فاحتسب الحكم: ف on a past verb of the افتعل form starts the next clause
    !/^فا[^ا]ت[^ا]{2}$/.test(n) &&
    !/^[يت]س?ت[^ا].{1,}$/.test(n) &&
    !/^[بل]م[^اوي]{2}/.test(n) &&
    !/^[يت].{2,}ون$/.test(n) &&
    !/^ا[^ا]ا[^ا]ي[^ا]$/.test(n)
  );
}

/**
 * باريرا، غارسيا، سيلفا: a foreign family name in ا (five letters at least, no tanween); an
 * accusative adverb of the فاعلا or مفعلا shape (سابقا، مجددا), of a nisba (قضائيا، رسميا) or a
 * short one (أيضا) is none.
 */
function foreignInAlif(n: string, text: string): boolean {
  return n.length >= 5 && !/[\u064B-\u064D]/.test(text) && !/^[^ا]ا[^ا]{2}ا$/.test(n) && !/^م/.test(n) && !/يا$/.test(n);
}

/**
 * جيما، أوبرا: a foreign given name in ا as the first of two words; an adverb in ا of the
 * فاعلا، مفعلا، تفعيلا or nisba shape (سابقا، مجددا، تحديدا، رسميا), a word of three letters
 * and an elative or a verbal noun with ا first (أيضا، إضافة) are none.
 */
function firstInAlif(st: Scan, i: number): boolean {
  const { tokens } = st;
  const t = tokens[i] as Token;
  const n = t.norm;
  return /ا$/.test(n) && n.length >= 4 && !/[\u064B-\u064D]/.test(t.text) && !/^[^ا]ا[^ا]{2}ا$/.test(n) && !/^[امتي]/.test(n) && !/يا$/.test(n) && !isClosed(st, n) && factsOf(st, i).foreignShaped;
}

function givenOfForm(st: Scan, t: Token, allowPrefix: boolean): GivenHit {
  const { lex, nl } = st;
  // لدينا is "we have", not ل + دينا: a closed word or a known verb as a whole takes no clitic reading
  const wholeWord = isClosed(st, t.norm) || lex.verbForms.has(t.norm);
  for (const r of allowPrefix ? readingsOf(st, t) : readingsOf(st, t).slice(0, 1)) {
    if (wholeWord && r.prefix !== "") continue;
    // كامل is not ك + أمل
    if (r.prefix.includes("ك")) continue;
    // بيان is not ب + يان: a short foreign name takes no preposition
    if (r.prefix !== "" && r.prefix !== "و" && r.stem.length <= 3 && nl.foreign.has(r.stem)) continue;
    if (nl.given.has(r.stem) || (r.stem.startsWith("عبد") && r.stem.length > 4 && nl.cues.divine.has("ال" + r.stem.slice(5)))) return { stem: r.stem, prefixLength: r.prefixLength };
  }
  return null;
}

function cueTriesOf(st: Scan, rs: readonly CliticAnalysis[]): number {
  const { nl } = st;
  let bits = 0;
  for (let b = 0; b < CUE_LISTS.length; b++) {
    const trie = nl.cuePhrases[CUE_LISTS[b] as (typeof CUE_LISTS)[number]];
    for (let k = 0; k < rs.length; k++) if (trie.next.has((rs[k] as CliticAnalysis).stem)) bits |= 1 << b;
  }
  return bits;
}

/** cueAt at a word token i of the main loop, skipped when none of the word's readings opens the trie. */
function cueAtWord(st: Scan, list: (typeof CUE_LISTS)[number], i: number, end: number): { end: number; prefixLength: number } | null {
  const { nl } = st;
  return (factsOf(st, i).cueTries & CUE_BIT[list]) === 0 ? null : cueAt(nl.cuePhrases[list], st, i, end);
}

/**
 * The facts of a word form. Speed: this runs for every word form the recogniser has not
 * seen yet (on a first pass over a day of news, several per article), so the tests that
 * read the form's clitic readings share one loop over them instead of a closure and a
 * look-up of the readings each, and the shape tests shared by the two subject shapes
 * and the foreign shape are made once. Every answer is the one the separate tests gave.
 */
function computeFacts(st: Scan, t: Token): FormFacts {
  const { lex, nl, cues, fw, firstWords } = st;
  const n = t.norm;
  const open = n.length >= 2 && !isClosed(st, n) && !isVerb(st, n);
  const rs = readingsOf(st, t);
  // some reading's stem is a closed word
  let closedStem = false;
  // a preposition or conjunction on a closed word or a verb (بأول)
  let cliticOnCommon = false;
  // ... or ل/ب/ك on a feminine noun (لصحيفة)
  let cliticOnFeminine = false;
  let verbToken = false;
  let reportVerb = false;
  // one lookup tells whether any word list can start here; most words start nothing
  let cueish = false;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k] as CliticAnalysis;
    const stem = r.stem;
    const prefix = r.prefix;
    const closed = isClosed(st, stem);
    if (closed) closedStem = true;
    if (prefix !== "") {
      if (closed || isVerb(st, stem)) cliticOnCommon = true;
      else if (/^[لبك]/.test(prefix) && stem.length >= 3 && /ه$/.test(stem)) cliticOnFeminine = true;
    }
    if (prefix === "" || prefix === "و" || prefix === "ف") {
      // a past verb: a present one (ي، ت first) is too often a noun
      const pastVerb = lex.verbForms.has(stem) && !stem.startsWith("ي") && !stem.startsWith("ت");
      if (pastVerb) verbToken = true;
      // (a participle of circumstance takes no subject after it: متوعدا بمزيد)
      if ((pastVerb && !fw.otherVerbs.has(stem) && !fw.participles.has(stem)) || SPEECH_PRESENT.has(stem)) reportVerb = true;
    }
    if (firstWords.has(stem) || stem.startsWith("عبد")) cueish = true;
  }
  // فيرجسون، طومسون: a final ون is a plural (مسؤولون، دبلوماسيون) unless the word is long and no participle
  const plural = /ون$/.test(n) && (n.length < 6 || /^م/.test(n) || /يون$/.test(n));
  // Not an accusative (اتفاقا), a feminine noun (زيارة) or a plural (محادثات، مسؤولون): shapes names seldom have;
  // nor a present verb after كان (يعيش، تستعمل) or an elative (أكبر، أكثر), nor a closed word after a clitic
  const subjectBase = n.length >= 3 && !plural && !/^[يتنس]/.test(n) && !/^ا[^ا]{3}$/.test(n) && !closedStem;
  const bare = open && !/^(?:ال|و|لل|[بكف]ال)/.test(n);
  const definite = open && n.startsWith("ال") && n.length > 3;
  const plausible = plausibleForm(n, t.text);
  const subjectShaped = subjectBase && !/(?:ا|ه|ات|ين|يه)$/.test(n);
  const foreignShaped = n.length >= 3 && !/(?:ات|ين|يه|ها|هم)$/.test(n) && !plural && (!/^(?:م[^ا]|ت[^ا]|[يت][^ا]{3})/.test(n) || foreignLongVowel(n)) && !cliticOnCommon;
  const seaHead = seaHeadReading(rs) ?? null;
  const communityish = communityishOf(rs);
  const eastAsianFirst = eastAsianFirstOf(n);
  const cueTries = cueish ? cueTriesOf(st, rs) : 0;
  // (a pure function of the form, as givenStem would find it: kept, so that it is not looked for again)
  const given = cueish ? givenOfForm(st, t, true) : undefined;
  // each rule of the main loop, by the test of this form it cannot pass without (in the loop's order):
  // an East Asian name, a monarch's regnal number, a sea or a peninsula, a cue (titles, heads,
  // introduced names, events), a given name, a connector, a compound given name, an area, a
  // foreign name in و, a community and a tournament with its year
  const mayOpen =
    eastAsianFirst >= 0 ||
    (definite && nl.given.has(n.slice(2))) ||
    n === "شبه" ||
    n === "وشبه" ||
    seaHead !== null ||
    (cueish && (cueTries !== 0 || (given !== undefined && given !== null) || connectorReadingOf(rs, cues.connectors))) ||
    dinFirstOf(rs) ||
    /^[وفبل]*منطق/.test(n) ||
    areaReadingOf(rs) ||
    (bare && plausible && /^[^يتنم].{3,}[^اوي]و$/.test(n)) ||
    communityish ||
    yearlyOf(rs);
  return {
    open,
    // للمنظمة، بالريف: a preposition with the article starts a phrase, not a name
    bare,
    definite,
    plausible,
    subjectShaped,
    // a subject is nominative: a plural in ين (مسؤولين) is none, so بوين، هيوستين may be names there
    subjectCaseShaped: subjectBase && !/(?:ا|ه|ات|يه|يين|اء)$/.test(n),
    // no shape of an Arabic plural, feminine or inflected noun (مواقع is still possible: a weak filter)
    foreignShaped,
    commonWithClitic: cliticOnCommon || cliticOnFeminine,
    verbToken,
    reportVerb,
    continuesName: continuesName(n, t.text),
    cueish,
    // على written with ى is the preposition, never the name علي (a form without ى cannot end in one)
    writtenAsPreposition: t.text.includes("\u0649") && /[\u0649]$/.test(t.text.replace(/[\u064B-\u065F]/g, "")),
    // every first word of a cue trie is one of firstWords: a form that is not cueish opens none
    cueTries,
    seaHead,
    communityish,
    eastAsianFirst,
    mayOpen,
    inPlaceShaped: bare && plausible && foreignShaped && subjectShaped,
    // else filled in later by givenStem; present from the start so that every facts object has one shape
    given,
    givenBare: undefined,
  };
}

function factsOf(st: Scan, i: number): FormFacts {
  const { factsAt } = st;
  return factsAt[i] ?? (factsAt[i] = formFactsOf(st, i));
}

function formFactsOf(st: Scan, i: number): FormFacts {
  const { tokens, lex, local, infoOf } = st;
  const t = tokens[i] as Token;
  const info = infoOf?.(i);
  if (info) return FORM_FACTS.get(info, lex) ?? FORM_FACTS.set(info, lex, computeFacts(st, t));
  let f = local.get(t.text);
  if (!f) {
    f = computeFacts(st, t);
    local.set(t.text, f);
  }
  return f;
}

/** Is token i free to be part of a new name (a word, not taken, not in a time expression)? */
function free(st: Scan, i: number): boolean {
  const { tokens, timeTokens, used } = st;
  const t = tokens[i];
  return t !== undefined && t.kind === "word" && !used.has(i) && !timeTokens.has(i);
}

/** A word that may be part of a name nobody listed: not closed-class, not a verb, not a time word. */
function open(st: Scan, i: number): boolean {
  const { mentionCovers } = st;
  return free(st, i) && !mentionCovers.has(i) && factsOf(st, i).open;
}

function bare(st: Scan, i: number): boolean {
  const { mentionCovers } = st;
  return free(st, i) && !mentionCovers.has(i) && factsOf(st, i).bare;
}

function definite(st: Scan, i: number): boolean {
  const { mentionCovers } = st;
  return free(st, i) && !mentionCovers.has(i) && factsOf(st, i).definite;
}

function givenStem(st: Scan, i: number, allowPrefix: boolean): GivenHit {
  const { tokens } = st;
  if (!free(st, i)) return null;
  const f = factsOf(st, i);
  if (allowPrefix) return f.given !== undefined ? f.given : (f.given = givenOfForm(st, tokens[i] as Token, true));
  return f.givenBare !== undefined ? f.givenBare : (f.givenBare = givenOfForm(st, tokens[i] as Token, false));
}

function plausible(st: Scan, i: number): boolean {
  return factsOf(st, i).plausible;
}

function isVerbToken(st: Scan, i: number): boolean {
  const { tokens } = st;
  return (tokens[i] as Token).kind === "word" && factsOf(st, i).verbToken;
}

function isReportVerb(st: Scan, i: number): boolean {
  const { tokens } = st;
  return (tokens[i] as Token).kind === "word" && factsOf(st, i).reportVerb;
}

function closedAfter(st: Scan, i: number, end: number): boolean {
  const { tokens, fw } = st;
  if (i >= end) return true;
  const t = tokens[i] as Token;
  // a number (a score, a time, an age) follows a name but never continues it
  if (t.kind === "punct" || t.kind === "number" || t.kind === "latin" || t.kind === "symbol") return true;
  return t.kind === "word" && (fw.prepositions.has(t.norm) || fw.complementizers.has(t.norm) || fw.pronominalComplementizers.has(t.norm) || fw.clauseBreakers.has(t.norm) || t.norm === "قد");
}

/**
 * Where a name chain of three words and more may end: a closed word or
 * punctuation, a title or an honorific (فلان الفلاني سفير ...، ... الشيخ)
 * or the next name of a list (وعبد الله، ومحمد).
 */
function nameEnds(st: Scan, i: number, end: number): boolean {
  const { tokens, nl, timeTokens, mentionAt } = st;
  if (closedAfter(st, i, end) || timeTokens.has(i)) return true;
  const m = mentionAt.get(i);
  if (m && m.payloads.some((p) => p.kind === "agent" && p.agent.title)) return true;
  if (cueAt(nl.cuePhrases.honorifics, st, i, end)) return true;
  const g = givenStem(st, i, true);
  return (g !== null && g.prefixLength === 1 && (tokens[i] as Token).norm.startsWith("و")) || (tokens[i] as Token).norm === "وعبد";
}

/**
 * Where a subject's name may end: a closed word or punctuation, or
 * للصحفيين (to whom it spoke). (A title after it is no help: وقال مكتب رئيس.)
 */
function subjectEnds(st: Scan, i: number, end: number): boolean {
  const { tokens, used } = st;
  if (closedAfter(st, i, end)) return true;
  const t = tokens[i] as Token;
  if (t.kind !== "word") return false;
  return /^لل.{3,}/.test(t.norm) && !used.has(i);
}

function commonWithCliticAt(st: Scan, i: number): boolean {
  return factsOf(st, i).commonWithClitic;
}

/**
 * خيري بشارة، مبارك بوصوفة، أميرة كرارة: a family name in ة that starts like ب/ك/ل reads as a
 * preposition on a feminine noun; right after a given name, where the noun phrase ends, it is the name
 * (unless a verbal noun of the فعالة or فعولة shape: فلانة بصراحة، بسهولة).
 */
function familyInTaa(st: Scan, j: number, afterGiven: boolean, end: number): boolean {
  const { tokens } = st;
  return afterGiven && /ه$/.test((tokens[j] as Token).norm) && /ة$/.test((tokens[j] as Token).text) && closedAfter(st, j + 1, end) && !readingsOf(st, tokens[j] as Token).some((r) => r.prefix !== "" && (isClosed(st, r.stem) || isVerb(st, r.stem) || /^[^اوي]{2}[او][^اوي]ه$/.test(r.stem)));
}

/**
 * A word of a two-word name after a verb: subject-shaped, or a foreign name
 * that starts like a present verb but has a long vowel after the first letter (تاليانوف،
 * سيمونز); a known verb is no open word anyway.
 */
function tailShaped(st: Scan, j: number): boolean {
  const { tokens } = st;
  const n = (tokens[j] as Token).norm;
  return factsOf(st, j).subjectShaped || (/^[يتنس][اوي]/.test(n) && n.length >= 5 && !/(?:ا|ه|ات|ين|يه)$/.test(n) && !/ون$/.test(n));
}

/**
 * عبر بوضوح، أكد باستمرار، طالبت بتعويض، عززت بهدف: ب on a verbal noun (فعول، استفعال،
 * تفعيل, three letters) after a verb says how, it is no subject.
 */
function adverbialAt(st: Scan, i: number): boolean {
  const { tokens } = st;
  return readingsOf(st, tokens[i] as Token).some((r) => r.prefix === "ب" && /^(?:[^ا]{2}و[^ا]|است.{3,}|ت[^ا]{2}ي[^ا]|[^اوي]{3})$/.test(r.stem));
}

/** A title in apposition after a name (رئيس الوزراء، مدير الشركة، الخبير), or أحد (one of). */
function appositionAt(st: Scan, k: number, end: number): boolean {
  const { tokens, nl, mentionAt } = st;
  if (k >= end) return false;
  const t = tokens[k] as Token;
  if (t.kind !== "word") return false;
  if (t.norm === "احد" || t.norm === "احدي") return true;
  // مدير الشركة، مندوب إيران: a head noun of a post in construct with what it heads
  if (APPOSITION_HEADS.has(t.norm) && k + 1 < end) {
    const next = tokens[k + 1] as Token;
    if (next.kind === "word" && (next.norm.startsWith("ال") || mentionAt.has(k + 1))) return true;
    // مدرب منتخب فرنسا، أمين متاحف فرنسا: an indefinite genitive that a definite one or a name completes
    const after = tokens[k + 2];
    if (next.kind === "word" && bare(st, k + 1) && k + 2 < end && after !== undefined && after.kind === "word" && (after.norm.startsWith("ال") || mentionAt.has(k + 2))) return true;
  }
  const m = mentionAt.get(k);
  if (m && m.payloads.some((p) => p.kind === "agent" && p.agent.title)) return true;
  return cueAt(nl.cuePhrases.honorifics, st, k, end) !== null;
}

/**
 * After a word skipped between a title and a name, the next word opens a name: a given
 * name, or a bare word that is no conjunction, preposition or post (المدرب المخضرم لإنفاق،
 * الرئيس التنفيذي لشركة، الشيخ الخراساني أمين المجمع، الأمين العام الفخري وأمين الخزينة).
 */
function nameAfterSkip(st: Scan, k: number): boolean {
  const { tokens } = st;
  const t = tokens[k];
  if (t === undefined || t.kind !== "word") return false;
  if (givenStem(st, k, false) !== null) return true;
  return bare(st, k) && !/^[لبو]/.test(t.norm) && !APPOSITION_HEADS.has(t.norm);
}

/**
 * فلان الفلاني عضو اللجنة، فلان مساعد وزير الداخلية: a noun of a post in construct with
 * what it heads stands in apposition after a name: it ends the name and is no part of it.
 */
function postAt(st: Scan, k: number, end: number): boolean {
  const { tokens, mentionAt } = st;
  if (k + 1 >= end) return false;
  const t = tokens[k] as Token;
  if (t.kind !== "word" || !APPOSITION_HEADS.has(t.norm)) return false;
  const next = tokens[k + 1] as Token;
  return next.kind === "word" && (next.norm.startsWith("ال") || mentionAt.has(k + 1));
}

/** The word before i is definite (a noun the adjective at i may describe). */
function definiteBefore(st: Scan, i: number, sentenceStart: number): boolean {
  const { tokens, used, mentionCovers } = st;
  if (i <= sentenceStart) return false;
  const p = tokens[i - 1] as Token;
  if (p.kind !== "word") return false;
  // ميلان الإيطالي: after a name too
  if (used.has(i - 1) || mentionCovers.has(i - 1)) return true;
  return /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(p.norm) && !isVerb(st, p.norm);
}

function writtenAsPreposition(st: Scan, i: number): boolean {
  return factsOf(st, i).writtenAsPreposition;
}

/** نور الدين، عطاء الله: a compound given name over two tokens; returns the proclitic length of its first word. */
function dinCompound(st: Scan, i: number): number | null {
  const { tokens } = st;
  const second = tokens[i + 1]?.norm;
  if ((second !== "الدين" && second !== "الله") || !free(st, i) || !free(st, i + 1)) return null;
  const first = second === "الدين" ? DIN_FIRST : ALLAH_FIRST;
  const r = readingsOf(st, tokens[i] as Token).find((x) => (x.prefix === "" || x.prefix === "و") && first.has(x.stem));
  return r ? r.prefixLength : null;
}

/**
 * A name chain from token i: given names, connectors with what follows them,
 * unknown words, and a family name with ال that ends it.
 */
function chain(st: Scan, i: number, end: number, afterTitle: boolean, firstStem?: string): { end: number; parts: number } | null {
  const { tokens, nl, cues, fw, timeTokens, used, mentionAt, mentionCovers } = st;
  let j = i;
  let parts = 0;
  let unknownRun = 0;
  let sawGiven = false;
  let sawConnector = false;
  let lastGiven = false;
  // every given name so far is a foreign one (كارلوس ألبرتو): a family name of their language may follow
  let allForeign = true;
  let givenCount = 0;
  while (j < end && parts < MAX_CHAIN) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || used.has(j) || timeTokens.has(j)) break;
    // زين الدين زيدان: a compound given name is one given name (a و on it only at the start)
    const din = j + 1 < end ? dinCompound(st, j) : null;
    if (din !== null && (j === i || din === 0)) {
      unknownRun = 0;
      sawGiven = true;
      lastGiven = true;
      j += 2;
      parts++;
      continue;
    }
    const n = j === i ? (firstStem ?? givenStem(st, j, true)?.stem ?? t.norm) : t.norm;
    if (cues.connectors.has(n) && j + 1 < end) {
      const next = tokens[j + 1] as Token;
      // أبو عبد الله: a connector before another connector
      if (cues.connectors.has(next.norm) && !used.has(j + 1)) {
        j++;
        parts++;
        continue;
      }
      // أبي طالب، بن شاكر: after أبو or بن a past verb's form (طالب demanded) is a name too
      const pastForm = free(st, j + 1) && !mentionCovers.has(j + 1) && next.kind === "word" && !isClosed(st, next.norm) && isVerb(st, next.norm) && !/^[يتسن]/.test(next.norm) && next.norm.length >= 3;
      // بابا بمستوى: what follows a connector has a name's shape too
      const openName = open(st, j + 1) && factsOf(st, j + 1).continuesName;
      const ok = n === "عبد" ? cues.divine.has(next.norm) || openName : givenStem(st, j + 1, false) !== null || openName || pastForm;
      if (!ok || used.has(j + 1)) break;
      j += 2;
      parts += 2;
      lastGiven = false;
      sawConnector = true;
      continue;
    }
    // علي الأرض: an ambiguous given name with only a definite word after it is the preposition on
    const nextNorm = tokens[j + 1]?.norm ?? "";
    // طالب الدوسري ،، نادر الحربي مدير: a family name of the nisba shape that ends the noun phrase is no
    // common word after the preposition (علي الأرض): an ambiguous given name opens the name there
    // (a final ى is a feminine elative's, الأولى; التوالي is a verbal noun)
    const nisbaFamily = definite(st, j + 1) && /[^ي]ي$/.test(nextNorm) && /ي$/.test(tokens[j + 1]?.text ?? "") && !/^الت[^ا]ا[^ا]ي$/.test(nextNorm) && nextNorm.length >= 6 && !mentionAt.has(j + 1) && !SECT_NISBAS.has(nextNorm) && j + 2 <= end && (nameEnds(st, j + 2, end) || postAt(st, j + 2, end));
    const ambiguousAlone = nl.ambiguous.has(n) && parts === 0 && !afterTitle && !(givenStem(st, j + 1, false) || cues.connectors.has(nextNorm) || nextNorm === "الله" || nisbaFamily);
    // فرانكلين أمين المتحف، جوبس علي سبيل المثال: inside a name, an ambiguous name before a
    // common word (a definite noun that is no nisba, a closed word) is that word
    // (محمد سليم العوا: after Arabic given names a definite word is as often the family name)
    const ambiguousInside = nl.ambiguous.has(n) && parts > 0 && j + 1 < end && (isClosed(st, nextNorm) || (definite(st, j + 1) && !NISBA.test(nextNorm) && (allForeign || mentionAt.has(j + 1))));
    // ستيف جوبس خليفة له: after foreign names an ambiguous Arabic given name ends a chain only where the name ends
    const ambiguousLast = nl.ambiguous.has(n) && parts > 1 && allForeign && !afterTitle && !nameEnds(st, j + 1, end);
    const given = givenStem(st, j, j === i);
    if (given !== null && !writtenAsPreposition(st, j) && !ambiguousAlone && !ambiguousInside && !ambiguousLast) {
      unknownRun = 0;
      sawGiven = true;
      lastGiven = true;
      allForeign &&= nl.foreign.has(given.stem);
      givenCount++;
      j++;
      parts++;
      continue;
    }
    // جان مارك دو لا سابليير، ماريا تيريزا فرنانديس دي لافيغا: the particles of Romance and
    // Dutch family names, after foreign given names and before another word of the name
    if (sawGiven && allForeign && FOREIGN_PARTICLES.has(t.norm) && j + 1 < end && free(st, j + 1)) {
      if (FOREIGN_PARTICLES.has((tokens[j + 1] as Token).norm)) {
        j++;
        parts++;
        continue;
      }
      // the word after the particles is the family name, and the name ends with it
      if (bare(st, j + 1) && plausible(st, j + 1) && !commonWithCliticAt(st, j + 1)) {
        j += 2;
        parts += 2;
        break;
      }
    }
    // جورج بوش الأزمة: after an unknown word, a word with the article starts something else
    // after أبو عبد الله only a nisba (التركي) is a family name; after a given name any (الأسد)
    // راوول الفارق، هنري التقدم: a foreign given name takes no Arabic family name with the article
    const lastForeign = lastGiven && j > i && nl.foreign.has((tokens[j - 1] as Token).norm);
    // محمد المحادثات: a long definite plural is the noun after the name, never its family name (الزيات is short)
    // أبو حمزة المصري، أبو عبد الله التركي: after a kunya a nationality's nisba is the family name
    const nisbaOfKunya = sawConnector && unknownRun === 0 && free(st, j) && NISBA.test(t.norm) && t.norm.startsWith("ال") && (mentionAt.get(j)?.payloads.every((p) => p.kind === "adjective") ?? false) && mentionAt.get(j)?.tokenEnd === j + 1;
    // سعيد محمد الكندي وزير البيئة: after two given names a nationality's nisba where the name ends is the family name
    // (after a title one given name is enough: الشيخ فلان الإيرلندي ،)
    const nisbaAfterGivens = lastGiven && (givenCount >= 2 || afterTitle) && free(st, j) && NISBA.test(t.norm) && t.norm.startsWith("ال") && (mentionAt.get(j)?.payloads.every((p) => p.kind === "adjective") ?? false) && mentionAt.get(j)?.tokenEnd === j + 1 && (nameEnds(st, j + 1, end) || postAt(st, j + 1, end));
    if (parts > 0 && (definite(st, j) || nisbaOfKunya || nisbaAfterGivens) && (unknownRun === 0 || !sawGiven) && ((lastGiven && !lastForeign) || NISBA.test(t.norm)) && !/^ال.{4,}ات$/.test(t.norm)) {
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
    // كارلوس ألبرتو باريرا وافق: after two foreign given names a word of a foreign family name's
    // shape is the family name, wherever the noun phrase ends (no elative أفعل, no accusative, no
    // preposition on a participle or verbal noun: كمقدم)
    const foreignFamily = sawGiven && allForeign && givenCount >= 2 && factsOf(st, j).foreignShaped && !/^ا[^ا]{3}$/.test(t.norm) && (!/ا$/.test(t.norm) || foreignInAlif(t.norm, t.text)) && !/^[بلكف][مت]/.test(t.norm);
    const nameShaped =
      parts > 0 ||
      (!(/^(?:[يت]|س[يتن])/.test(t.norm) && t.norm.length >= 4 && !foreignLongVowel(t.norm)) &&
        !(/[اه]$/.test(t.norm) && t.norm.length >= 4) &&
        !/^[بل]ت/.test(t.norm) &&
        !/ات$/.test(t.norm) &&
        !/^ا[^ا]{3}$/.test(t.norm) &&
        !/^ا[^ا]{2}ا[^ا]$/.test(t.norm) &&
        // الإمبراطور اتحدت، ابنة أحد الصيادين، قادة التحالف متخوفون: a feminine past verb of a derived
        // form, أحد (one of) and a participle's plural are no name's first word
        !/^ا[^ا]{3}ت$/.test(t.norm) &&
        t.norm !== "احد" &&
        t.norm !== "احدي" &&
        !/^م.{3,}(?:ون|ين)$/.test(t.norm) &&
        !/^[^ا]{3}ت$/.test(t.norm) &&
        // الإمام بحزن، الوزير لمتصفح، الملك بقليل: a preposition on a verbal noun, a participle or an
        // adjective (بفعل، بمفعل، بفعيل) starts a phrase, not a name; سلالة شمال: a part of a place names nobody
        !/^[بل](?:[^اوي]{3}|م.{2,}|[^اوي]{2}[يو][^اوي])$/.test(t.norm) &&
        // المفوض السامي لحقوق، الوزير متحمس، للباحث استرجاع: a broken plural or verbal noun with ل
        // (لفعول), a participle alone (متفعّل) or a verbal noun (استفعال) after a title is its complement
        (!/^م[^اوي]{3,4}$/.test(t.norm) || (bare(st, j + 1) && plausible(st, j + 1))) &&
        !/^است[^ا]{2}ا[^ا]$/.test(t.norm) &&
        !readingsOf(st, t).some((r) => /^[وبل]?$/.test(r.prefix) && fw.placeParts.has(r.stem)));
    // هنري وينكلر، أوبرا وينفري، تيري وايت: after a foreign given name a family name may start
    // with و; where the name ends after it, a word whose rest is no known word, verb or given name
    // (ومحمد is the next person, وقال a verb, والرئيس a noun) and has no present verb's shape
    // (ويعمل، ويتحدث، وينبغي، ويتابع) is that name
    if (parts > 0 && lastGiven && allForeign && /^و(?!ال)/.test(t.norm) && t.norm.length >= 4 && free(st, j) && !mentionCovers.has(j) && plausible(st, j) && factsOf(st, j).continuesName && !isClosed(st, t.norm) && !isVerb(st, t.norm)) {
      const rest = t.norm.slice(1);
      if (!isClosed(st, rest) && !isVerb(st, rest) && !nl.given.has(rest) && !cues.connectors.has(rest) && !rest.startsWith("ال") && continuesName(rest, rest) && !/^[يتن](?:[^اوي]{3}|[^اوي]{3}ي|[^اوي]ا[^اوي]{2})$/.test(rest) && !/(?:ان|ين)$/.test(rest) && (nameEnds(st, j + 1, end) || postAt(st, j + 1, end))) {
        j++;
        parts++;
        break;
      }
    }
    // نجيب محفوظ أكثر من، فلان فلان اعتزل اللعب: as a third word an elative or a past verb of
    // the افتعل form starts the predicate (علي أكبر ولايتي keeps أكبر as the second word)
    const predicateShape = parts > 1 && /^ا(?:[^ا]{3}|[^ا]ت[^ا]{2})$/.test(t.norm);
    if ((parts > 0 || afterTitle) && bare(st, j) && plausible(st, j) && nameShaped && !predicateShape && (parts === 0 || factsOf(st, j).continuesName) && (!commonWithCliticAt(st, j) || familyInTaa(st, j, lastGiven, end)) && unknownRun < (afterTitle && !sawGiven ? 2 : 1) && !postAt(st, j, end) && (parts <= 1 || nameEnds(st, j + 1, end) || postAt(st, j + 1, end) || foreignFamily)) {
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
}

/** Where a name of one to three open words between « and » ends (the token of »), else null. */
function guillemetName(st: Scan, from: number, end: number): number | null {
  const { tokens } = st;
  let j = from;
  while (j < end && j - from < 3 && (j === from ? open(st, j) : bare(st, j)) && plausible(st, j) && !isVerbToken(st, j) && givenStem(st, j, false) === null) j++;
  if (j === from || j >= end || (tokens[j] as Token).text !== "»") return null;
  // « الحقيقة »، « البيزنس »: one word with the article is a common word in quotes, unless a long borrowed one
  const first = (tokens[from] as Token).norm;
  if (j === from + 1 && first.startsWith("ال") && first.length < 10) return null;
  return j;
}

/** The next syllable of an East Asian name at j (a word, or a hyphen and a word: كيم جونغ - ايل): where it ends, else null. */
function syllableAt(st: Scan, j: number, end: number): number | null {
  const { tokens } = st;
  const t = tokens[j];
  if (t?.text === "-" && j + 1 < end) return syllableAt(st, j + 1, end);
  return j < end && t !== undefined && free(st, j) && EAST_ASIAN_SYLLABLE.has(t.norm) ? j + 1 : null;
}

/**
 * لي تشاو شينج، وكيم جونغ - ايل: an East Asian family name and one to three
 * syllables. Several are Arabic words too (لي، هو، ما): only the first may be
 * a closed word, and then two open syllables must follow it. Returns the
 * name's end and the length of its proclitic, else null.
 */
function eastAsianName(st: Scan, i: number, end: number): { end: number; prefixLength: number } | null {
  const { tokens } = st;
  const t = tokens[i] as Token;
  // a fact of the word form, kept with its other facts (two set look-ups and a slice per token before)
  const first = factsOf(st, i).eastAsianFirst;
  if (first < 0) return null;
  let j = i + 1;
  let count = 1;
  let open = 0;
  let closedLate = false;
  for (let next = syllableAt(st, j, end); next !== null && count < 4; next = syllableAt(st, j, end)) {
    const n = (tokens[next - 1] as Token).norm;
    if (isClosed(st, n) || isVerb(st, n)) closedLate = true;
    else open++;
    j = next;
    count++;
  }
  if (count < 2 || closedLate || open === 0) return null;
  const firstClosed = isClosed(st, t.norm.slice(first)) || isVerb(st, t.norm);
  if (firstClosed && open < 2) return null;
  return { end: j, prefixLength: first };
}

/** Where a person's name that ends at e goes on with East Asian syllables (اسماعيل وانغ قوانغ شوى). */
/**
 * محمد ب.، هشام ل.: the initial of a family name (a single letter written against its full
 * stop, as reports on suspects give names) after a given name is part of the name.
 */
function initialAfter(st: Scan, e: number, end: number): number {
  const { tokens } = st;
  const t = tokens[e];
  const dot = tokens[e + 1];
  return e < end && t !== undefined && dot !== undefined && t.kind === "word" && free(st, e) && /^[\u0621-\u064A]$/u.test(t.text) && dot.text === "." && dot.start === t.end ? e + 1 : e;
}

function moreSyllables(st: Scan, e: number, end: number): number {
  const { tokens } = st;
  if (!EAST_ASIAN_SYLLABLE.has((tokens[e - 1] as Token).norm)) return e;
  let j = e;
  for (let next = syllableAt(st, j, end); next !== null && next - e <= 4; next = syllableAt(st, j, end)) {
    const n = (tokens[next - 1] as Token).norm;
    if (isClosed(st, n) || isVerb(st, n)) break;
    j = next;
  }
  return j;
}

/**
 * A title between quotation marks opened at token q, after a noun that names
 * a body (صحيفة، شركة) or a work (فيلم، رواية، برنامج، بعنوان): its end (the
 * closing mark's token) and class, else null. The title holds words, numbers
 * and Latin letters only, none of them inside another name or a time expression.
 */
function quotedTitle(st: Scan, q: number, end: number): { end: number; cls: NameClass } | null {
  const { tokens, cues, timeTokens, used } = st;
  const prev = tokens[q - 1] as Token;
  // روايات " فلان " و " فلان ": a quoted title after و and the quoted title before it is one more of the list
  const listed = prev.kind === "word" && prev.norm === "و" && st.lastQuoted !== null && st.lastQuoted.end === q - 2;
  if (!listed && (prev.kind !== "word" || used.has(q - 1))) return null;
  const rs = readingsOf(st, prev);
  // منتخب « السامبا »: a national team's nickname is no body's name
  const body = listed ? st.lastQuoted?.cls === "organization" : rs.some((r) => /^[وفبل]*$/.test(r.prefix) && ((cues.orgCues.has(r.stem) && !r.stem.endsWith("منتخب")) || QUOTED_BODY.has(r.stem)));
  const work = !body && (listed || WORK.test(prev.norm));
  if (!body && !work) return null;
  const close = CLOSING_QUOTE[(tokens[q] as Token).text];
  let j = q + 1;
  let words = 0;
  while (j < end && j - q <= (work ? 8 : 5)) {
    const u = tokens[j] as Token;
    if (u.text === close) break;
    if (used.has(j) || timeTokens.has(j) || !(u.kind === "word" || u.kind === "number" || u.kind === "latin")) return null;
    if (u.kind === "word") words++;
    j++;
  }
  if (j >= end || (tokens[j] as Token).text !== close || j === q + 1 || (words === 0 && work)) return null;
  return { end: j, cls: work ? "misc" : "organization" };
}

/** A definite adjective at j that names a sea, an ocean or a desert (الهندي، الأحمر، الكبرى، المتوسط); a nationality too. */
function seaAdjective(st: Scan, j: number): boolean {
  const { tokens, mentionAt, mentionCovers } = st;
  const t = tokens[j];
  if (t === undefined || !free(st, j) || !t.norm.startsWith("ال") || t.norm.length < 5 || isClosed(st, t.norm)) return false;
  if (mentionCovers.has(j) && !(mentionAt.get(j)?.payloads.some((p) => p.kind === "adjective") ?? false)) return false;
  return NISBA.test(t.norm) || /^ال(?:ا[^ا]{3}|[^ا]{3}ي)$/.test(t.norm) || SEA_ADJECTIVES.has(t.norm);
}

/**
 * المحيط الهندي، البحر الأبيض المتوسط، الصحراء الكبرى، شبه الجزيرة العربية: a sea, an
 * ocean, a desert or a peninsula named by its adjectives is a place, head and all.
 */
function seaAt(st: Scan, i: number, end: number): { end: number; prefixLength: number } | null {
  const { tokens, mentionAt, mentionCovers } = st;
  if (!free(st, i) || mentionCovers.has(i)) return null;
  const t = tokens[i] as Token;
  let j = i + 1;
  let prefixLength = -1;
  if (t.norm === "شبه" || t.norm === "وشبه") {
    if (tokens[j]?.norm !== "الجزيره" || !free(st, j)) return null;
    j++;
    prefixLength = t.norm.length - 3;
  } else {
    // a fact of the word form, kept with its other facts
    const r = factsOf(st, i).seaHead;
    if (!r) return null;
    prefixLength = r.prefixLength;
  }
  const from = j;
  while (j < end && j - from < 2 && seaAdjective(st, j)) j = mentionAt.get(j)?.tokenEnd ?? j + 1;
  return j > from ? { end: j, prefixLength } : null;
}

/**
 * منطقة تشن داي، شارع تيان تشنغ، منطقة لينا: a name right after a noun of an area or a
 * street names the place, though it reads as a person's name.
 */
function placeNounBefore(st: Scan, i: number): boolean {
  const { tokens, used } = st;
  const p = tokens[i - 1];
  return p !== undefined && p.kind === "word" && !used.has(i - 1) && readingsOf(st, p).some((r) => /^[وفبل]*$/.test(r.prefix) && (AREA_NOUNS.has(r.stem) || STREET_NOUNS.has(r.stem)));
}

function add(st: Scan, g: FoundName): void {
  const { used, personEnds, out } = st;
  const f: FoundName = g.cls === "person" && g.prefixLength === 0 && placeNounBefore(st, g.tokenStart) ? { ...g, cls: "location" } : g;
  out.push(f);
  if (f.cls === "person") personEnds.add(f.tokenEnd);
  for (let k = f.tokenStart; k < f.tokenEnd; k++) used.add(k);
}

/**
 * After منطقة (indefinite), one or two words that a part of a place (شمال، جنوب،
 * الواقعة) follows, or one bare word of a foreign shape that ends the phrase, are a
 * place's name; an adjective (منطقة حدودية، منطقة آمنة، منطقة محظورة) or a definite
 * word before anything else (منطقة النزاع) is no name. Returns the name's end, else null.
 */
function areaName(st: Scan, i: number, end: number): number | null {
  const { tokens, mentionCovers } = st;
  if (!free(st, i) || mentionCovers.has(i) || !readingsOf(st, tokens[i] as Token).some((r) => AREA_NOUNS.has(r.stem) && /^[وفبل]*$/.test(r.prefix))) return null;
  let e = i + 1;
  while (e < end && e - i <= 2 && areaNameWord(st, e, end)) {
    e++;
    if (areaPartAt(st, e, end)) return e;
  }
  if (e === i + 2 && bare(st, i + 1) && factsOf(st, i + 1).foreignShaped && closedAfter(st, e, end)) return e;
  return null;
}

/**
 * A religious community's name at token i (الشيعة، للشيعة، والدروز; سنة وشيعة
 * without the article as a pair): the length of its proclitics, else null.
 */
function communityAt(st: Scan, i: number): number | null {
  const { tokens, mentionCovers } = st;
  // (a fact of the word form first: most words name no community)
  if (!free(st, i) || mentionCovers.has(i) || !factsOf(st, i).communityish) return null;
  for (const r of readingsOf(st, tokens[i] as Token)) {
    if (!/^[وف]?(?:لل)?$/.test(r.prefix)) continue;
    const k = communityKey(r);
    if (COMMUNITIES.has(k)) return r.prefixLength;
    if (k === "السنه" || k === "سنه" || k === "شيعه") {
      // السنة والشيعة، سنة وشيعة: the pair; العرب السنة: the community after its people
      const other = k === "السنه" ? "الشيعه" : k === "سنه" ? "شيعه" : "سنه";
      const near = [tokens[i + 1], tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && readingsOf(st, t).some((x) => /^[وف]?(?:لل)?$/.test(x.prefix) && communityKey(x) === other));
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
function eventExtent(st: Scan, from: number, end: number): number {
  const { tokens, nl, timeTokens, used, mentionAt } = st;
  let j = from;
  let closed = false;
  let purpose = false;
  while (j < end && j - from < 6) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || used.has(j) || timeTokens.has(j)) break;
    const m = mentionAt.get(j);
    if (!closed) {
      // بطولة المسلسل، بطولة فلان: the head is a role (starring), not an event
      if (j === from && (STARRING.has(t.norm) || givenStem(st, j, false) !== null)) return from;
      const listed = cueAt(nl.cuePhrases.misc, st, j, end);
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
      // بطولة العالم: "the world" is no name alone, but it names a world championship
      if ((definite(st, j) && !(m?.payloads.some((p) => p.kind === "adjective") ?? false)) || (j === from && t.norm === "العالم" && free(st, j))) {
        j++;
        closed = true;
        continue;
      }
      if (bare(st, j) && givenStem(st, j, false) === null && !commonWithCliticAt(st, j) && j - from < 2) {
        j++;
        // بطولة ويمبلدون: a bare name closes the phrase unless a definite genitive follows
        closed = !definite(st, j);
        continue;
      }
      break;
    }
    if (m && m.payloads.some((p) => p.kind === "adjective") && !t.norm.startsWith("و")) {
      j = m.tokenEnd;
      continue;
    }
    if (definite(st, j) && NISBA.test(t.norm)) {
      j++;
      continue;
    }
    // لكرة القدم، للشباب: one purpose after the name
    if (!purpose && /^لل.{3,}/.test(t.norm) && !isClosed(st, t.norm)) {
      j++;
      purpose = true;
      continue;
    }
    if (!purpose && /^ل[^ل].{2,}/.test(t.norm) && j + 1 < end && definite(st, j + 1) && !isClosed(st, t.norm) && !isVerbToken(st, j)) {
      j += 2;
      purpose = true;
      continue;
    }
    break;
  }
  // بطولة العالم 2002: the edition's year right after the name is part of it
  const year = tokens[j];
  if (closed && j < end && year !== undefined && year.kind === "number" && /^(?:19|20)\d\d$/.test(year.text)) j++;
  return closed ? j : from;
}

/**
 * Where an organisation's name that starts at its head noun ends: a first
 * genitive or name, then adjectives; an indefinite noun lets one more genitive in.
 */
function extent(st: Scan, from: number, end: number, headDefinite: boolean, headFeminine: boolean): number {
  const { tokens, timeTokens, used, mentionAt, mentionCovers } = st;
  let j = from;
  let construct = !headDefinite;
  let first = true;
  let purpose = false;
  let adjectives = 0;
  while (j < end && j - from < 5) {
    const m = mentionAt.get(j);
    const t = tokens[j] as Token;
    if (first && t.kind === "word" && describesHead(st, j, headDefinite, headFeminine)) break;
    if (m && !used.has(j) && m.payloads.some((p) => p.kind === "adjective")) {
      j = m.tokenEnd;
      construct = false;
      first = false;
      adjectives++;
      continue;
    }
    // المجلس الاقتصادي والاجتماعي: a second adjective joined by و to the first
    if (adjectives > 0 && !purpose && t.kind === "word" && /^وال/.test(t.norm) && free(st, j) && !mentionCovers.has(j) && NISBA.test(t.norm) && nisbaAdjectiveNorm(st, t.norm.slice(1))) {
      j++;
      continue;
    }
    if (first && construct && m && m.payloads.some((p) => p.kind === "actor")) {
      j = m.tokenEnd;
      construct = false;
      first = false;
      continue;
    }
    if (t.kind !== "word" || used.has(j) || timeTokens.has(j) || t.norm.startsWith("و")) break;
    if (construct && definite(st, j)) {
      j++;
      construct = false;
      first = false;
      continue;
    }
    if (!first && !construct && (definite(st, j) || nisbaAdjective(st, j)) && NISBA.test(t.norm)) {
      j++;
      adjectives++;
      continue;
    }
    // البنك الآسيوي للتنمية، الوكالة الدولية للطاقة الذرية: one purpose with لل after the adjectives
    if (!first && !construct && !purpose && j > from && /^لل.{3,}/.test(t.norm) && !used.has(j) && !timeTokens.has(j) && !isClosed(st, t.norm)) {
      j++;
      // المعهد العالي للفنون والآداب: a second purpose joined by و where the phrase ends
      if (coordinatedDefinite(st, j, end)) j++;
      purpose = true;
      continue;
    }
    if (first && !headDefinite && bare(st, j) && j + 1 < end && definite(st, j + 1)) {
      // اتحاد صناعة السيارات: an indefinite noun in the construct chain
      j++;
      construct = true;
      first = false;
      continue;
    }
    if (first && !headDefinite && bare(st, j)) {
      j++;
      first = false;
      construct = false;
      continue;
    }
    // الحزب الحاكم، المنظمة المذكورة: a participle after a definite head describes it; it names nothing
    if (first && headDefinite && !NISBA.test(t.norm) && /^ال(?:م.{3,5}|[^اوي]ا[^اوي]{2}ه?)$/.test(t.norm)) break;
    if (first && headDefinite && (definite(st, j) || nisbaAdjective(st, j))) {
      if (NISBA.test(t.norm)) adjectives++;
      j++;
      first = false;
      construct = false;
      continue;
    }
    // الرابطة الألمانية لصناعة النفط، المعهد الوطني لرصد الزلازل: a purpose in ل + a noun in
    // construct with a definite one, after the adjectives, where the noun phrase ends (البنك
    // التجاري لأوراق الدين الأوروبية is a programme; لتحقيق النجاح، a verbal noun of the تفعيل shape, a goal)
    if (!first && !construct && !purpose && adjectives > 0 && /^ل[^ل].{2,}/.test(t.norm) && !/^لت[^ا]{2}ي[^ا]$/.test(t.norm) && bare(st, j) && !isClosed(st, t.norm) && !isVerbToken(st, j) && j + 1 < end && definite(st, j + 1)) {
      // لعلوم الفضاء والفلك: a second genitive joined by و, where the phrase ends after it
      const joined = coordinatedDefinite(st, j + 2, end) ? 1 : 0;
      if (closedAfter(st, j + 2 + joined, end) || isVerbToken(st, j + 2 + joined)) {
        j += 2 + joined;
        purpose = true;
        continue;
      }
    }
    break;
  }
  return j;
}

/** After a name in و, a word of a foreign name's shape at q (before end) that may be its second word (see atWord). */
function foreignAt(st: Scan, q: number, end: number): boolean {
  return q < end && bare(st, q) && plausible(st, q) && !isVerbToken(st, q) && factsOf(st, q).foreignShaped && factsOf(st, q).subjectShaped && !st.mentionAt.has(q);
}

/** A word of a name at q after a nationality whose name starts at j (see nationalityRule). */
function nationalName(st: Scan, q: number, j: number): boolean {
  const tokens = st.tokens;
  const n = (tokens[q] as Token).norm;
  if (!bare(st, q) || isVerbToken(st, q)) return false;
  if (plausible(st, q) && factsOf(st, q).foreignShaped) return true;
  if (/[^ا]انا$/.test(n) && n.length >= 5 && !/^[ام]/.test(n)) return true;
  return q > j && plausible(st, q) && /^م[^ا]/.test(n) && n.length >= 5 && !/[اهءي]$/.test(n) && !/(?:ات|ين|ون)$/.test(n) && !isClosed(st, n) && !/^[^ا]{3}ت$/.test((tokens[j] as Token).norm);
}

/** A word at q after a noun that introduces a name that describes the noun (see introRule). */
function describesCue(st: Scan, q: number): boolean {
  return ADJECTIVE_SHAPE.test((st.tokens[q] as Token).norm) || (st.mentionAt.get(q)?.payloads.some((p) => p.kind === "adjective") ?? false);
}

/** A word at q that is no part of the name introduced by a cue of list that ends at cueEnd (see introRule). */
function endsName(st: Scan, q: number, list: keyof NameCues, cueEnd: number): boolean {
  const n = (st.tokens[q] as Token).norm;
  if (readingsOf(st, st.tokens[q] as Token).some((r) => /^[وب]?$/.test(r.prefix) && st.fw.placeParts.has(r.stem))) return true;
  if (list === "placeCues" && q === cueEnd && /^[^ا]ا[^اوي]{2}ه$/.test(n)) return true;
  return list === "placeCues" && q > cueEnd && (/^ا[^ا]{3}$/.test(n) || /(?:تين|تان)$/.test(n));
}

/** A word of a place's name at q after منطقة, before end (see areaName). */
function areaNameWord(st: Scan, q: number, end: number): boolean {
  if (q >= end || st.mentionCovers.has(q)) return false;
  const n = (st.tokens[q] as Token).norm;
  if (definite(st, q)) return !/ات$/.test(n);
  // (a masculine nisba or a final ا cannot agree with the feminine منطقة: بوداي، كالاماتا are names)
  return bare(st, q) && plausible(st, q) && !commonWithCliticAt(st, q) && !/(?:يه|يين|يون|يتين|يان)$/.test(n) && !/ه$/.test(n) && !(/ا$/.test(n) && n.length < 5) && !ADJECTIVE_SHAPE.test(n) && !/^ا[^ا]{3}$/.test(n);
}

/** A part of a place (شمال، جنوب، الواقعة) at q, before end, that ends a place's name after منطقة (see areaName). */
function areaPartAt(st: Scan, q: number, end: number): boolean {
  const t = st.tokens[q];
  return q < end && t !== undefined && t.kind === "word" && (t.norm === "الواقعه" || readingsOf(st, t).some((r) => st.fw.placeParts.has(r.stem) && /^[وب]?$/.test(r.prefix) && /^(?:شمال|جنوب|شرق|غرب|وسط)ي?$/.test(r.stem)));
}

/** A community's reading as its key: للشيعة is الشيعة. */
function communityKey(r: CliticAnalysis): string {
  return r.prefix.endsWith("لل") ? "ال" + r.stem : r.stem;
}

/**
 * حزب إسلامي، منظمة عالمية، الحزب العسكرية: a nisba, a plural or a word of the
 * other gender right after an organisation's head describes it or something else; it names nothing.
 */
function describesHead(st: Scan, j: number, headDefinite: boolean, headFeminine: boolean): boolean {
  const n = (st.tokens[j] as Token).norm;
  if (/(?:ين|ون)$/.test(n) && !(st.mentionAt.get(j)?.payloads.some((p) => p.kind === "actor") ?? false)) return true;
  // (after an indefinite head a definite noun is its genitive: حزب العدالة)
  if (headDefinite && !headFeminine && /ه$/.test(n) && n.startsWith("ال")) return true;
  // an indefinite nisba (إسلامي، عالمية) unless a definite genitive follows it
  // تحالف معلن، منظمة شبيهة: an indefinite participle or فعيل adjective describes the head
  if (!headDefinite && ADJECTIVE_SHAPE.test(n)) return true;
  return !n.startsWith("ال") && NISBA.test(n) && !definite(st, j + 1);
}

/**
 * الاتحاد الدولي، المنظمة العربية، المجلس الإسلامي: a definite nisba adjective, even one of
 * the common ones that end a person's name chain (الدولي، العربي، الإسلامي).
 */
function nisbaAdjectiveNorm(st: Scan, n: string): boolean {
  return n.startsWith("ال") && n.length > 4 && NISBA.test(n) && !/(?:يين|يون|يتين|يان)$/.test(n) && !isVerb(st, n);
}

function nisbaAdjective(st: Scan, j: number): boolean {
  const t = st.tokens[j] as Token;
  return t.kind === "word" && free(st, j) && !st.mentionCovers.has(j) && nisbaAdjectiveNorm(st, t.norm);
}

/** والفلك، والتدريب: و + a definite noun that ends the phrase (a closed word, punctuation, a verb or a time next). */
function coordinatedDefinite(st: Scan, k: number, end2: number): boolean {
  const t = st.tokens[k];
  return t !== undefined && t.kind === "word" && free(st, k) && !st.mentionCovers.has(k) && /^وال.{3,}/.test(t.norm) && !isVerb(st, t.norm.slice(1)) && !isClosed(st, t.norm.slice(1)) && (closedAfter(st, k + 1, end2) || isVerbToken(st, k + 1) || st.timeTokens.has(k + 1));
}
