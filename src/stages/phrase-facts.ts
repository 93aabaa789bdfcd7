/**
 * Facts about actor phrases that both the clause and the event stages ask:
 * whether a phrase is a nationality word (الفلسطينيون، الإسرائيلية) rather than
 * a country's name, and whether a name after a title is that title's holder.
 */
import { normalizeKey } from "../lang/ar/normalize.js";
import type { Token } from "../lang/ar/tokenize.js";
import type { Entity, Phrase } from "./layers.js";

/**
 * A count of people or things (300، عشرات، المئات): a number, or a count word with or without
 * the article. `word` is the token's key as the caller has stripped it of clitics.
 */
export function isCount(t: Token | undefined, word: string, countWords: ReadonlySet<string>): boolean {
  if (t === undefined) return false;
  if (t.kind === "number") return true;
  return t.kind === "word" && (countWords.has(word) || countWords.has(word.replace(/^ال/, "")));
}

/** Quote marks that may set off a name or what is said. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "«", "»", "“", "”"]);

/** A group's head word before its quoted name (تنظيم "داعش"، حركة «حماس»), as keys. */
export const QUOTED_NAME_HEAD_WORDS: ReadonlySet<string> = new Set(["تنظيم", "جماعة", "حركة", "حزب", "ميليشيا", "منظمة", "هيئة", "جمعية", "مؤسسة", "جبهة", "مجموعة", "كتائب", "ائتلاف"].map((w) => normalizeKey(w)));

/** Words of size that may follow a count of people (أعداد كبيرة من، عدد كبير من), as keys. */
export const SIZE_AFTER_COUNT: ReadonlySet<string> = new Set(["كبيرة", "كبير", "غفيرة", "غفير", "ضخمة", "هائلة", "قليلة", "قليل", "محدود", "محدودة"].map((w) => normalizeKey(w)));

interface AdjectiveNames {
  readonly adjectives?: readonly string[];
  readonly weakAdjectives?: readonly string[];
}

/** A country's nationality words as normalised keys, built once per lexicon entry. */
const ADJECTIVE_KEYS = new WeakMap<AdjectiveNames, ReadonlySet<string>>();
function adjectiveKeys(names: AdjectiveNames): ReadonlySet<string> {
  let keys = ADJECTIVE_KEYS.get(names);
  if (!keys) {
    keys = new Set([...(names.adjectives ?? []), ...(names.weakAdjectives ?? [])].map((a) => normalizeKey(a)));
    ADJECTIVE_KEYS.set(names, keys);
  }
  return keys;
}

/** Honorifics before a name or a title (معالي الوزير، فخامة الرئيس), as keys: no genitive head. */
export const HONORIFICS: ReadonlySet<string> = new Set(["معالي", "سمو", "فخامه", "سعاده", "جلاله", "دوله", "سماحه", "صاحب", "السيد", "السيده"]);
/** The honorifics with the words of their formulas (صاحب السمو الملكي، فخامة). */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...HONORIFICS, "السمو", "الملكي", "الفخامه", "المعالي", "خادم", "الحرمين", "الشريفين", "مقام"]);

/** Words of address and rank before a person's name that name no office (الدكتور، الشيخ، اللواء). */
const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(["الدكتور", "الدكتوره", "د", "المهندس", "الشيخ", "الشيخه", "الامير", "الاميره", "السيد", "السيده", "الاستاذ", "الاستاذه", "الحاج", "اللواء", "العميد", "الفريق", "المشير", "العقيد"]);

/**
 * The one-word phrase of one country is one of its nationality words (السوري،
 * الفلسطينيون), not its name. `conj`: the word may carry و/ف.
 */
export function isNationalityWord(p: Phrase, byId: ReadonlyMap<string, Entity>, tokens: readonly Token[], conj: boolean): boolean {
  if (p.members.length !== 1 || p.tokenEnd - p.tokenStart !== 1) return false;
  const e = byId.get(p.members[0] ?? "");
  const names = e?.entry?.type === "country" ? e.entry.ar : undefined;
  if (!names) return false;
  const norm = (tokens[p.tokenStart] as Token).norm;
  return adjectiveKeys(names).has(normalizeKey(conj ? norm.replace(/^[وف]/, "") : norm));
}

/**
 * وزير الخارجية الأميركي، جون كيري / ولي العهد السعودي الأمير محمد بن سلمان: a person
 * right after a title, with only punctuation between and of the same country, is
 * the title's holder, not a second actor. (The country, not the code: the title
 * may be dated differently from the name, USAGOV against USAELI.)
 */
/** Where an office is held, between a title and its holder's name (في، لدى), as keys. */
const POSTED_AT: ReadonlySet<string> = new Set(["في", "لدي"]);
/** How many words may name the place of the office (في الأمم المتحدة). */
const POSTED_AT_WORDS = 2;

export function isApposition(title: Phrase, name: Phrase, byId: ReadonlyMap<string, Entity>, tokens: readonly Token[]): boolean {
  if (name.tokenStart < title.tokenEnd) return false;
  // (a personal honorific may stand between: الأمين العام للجامعة الدكتور فلان; and so may
  // where the office is held: السفير الإسرائيلي في واشنطن رون ديرمر)
  let k = title.tokenEnd;
  if (POSTED_AT.has((tokens[k] as Token | undefined)?.norm ?? "") && name.tokenStart - k <= POSTED_AT_WORDS + 1) k = name.tokenStart;
  for (; k < name.tokenStart; k++) if ((tokens[k] as Token).kind !== "punct" && !PERSONAL_HONORIFICS.has((tokens[k] as Token).norm)) return false;
  const countries = (x: Phrase): string => x.members.map((m) => (byId.get(m)?.code ?? "").slice(0, 3)).join("+");
  if (countries(name) === "" || countries(name) !== countries(title)) return false;
  const titles = (x: Phrase): boolean => x.members.every((m) => byId.get(m)?.agent?.title === true && byId.get(m)?.type !== "person");
  const persons = (x: Phrase): boolean => x.members.every((m) => byId.get(m)?.type === "person");
  if (title.members.every((m) => byId.get(m)?.agent?.title === true) && persons(name)) return true;
  // الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي: a title with no name of its own right after
  // a person of its country describes that person
  return persons(title) && titles(name);
}

/** Units named before the actor they belong to (وحدات الجيش، عناصر الشرطة), as keys. */
export const UNIT_HEADS: ReadonlySet<string> = new Set(["وحدات", "وحدة", "عناصر", "افراد", "أفراد", "دوريات", "دورية", "كتائب", "سرايا", "مقاتلي", "مسلحي", "جنود"].map((w) => normalizeKey(w)));
/** Nouns of a campaign or a series, without the article (حملة قصف، عملية اعتقال), as keys: the word after them is a masdar. */
const CAMPAIGN_NOUNS: ReadonlySet<string> = new Set(["حملة", "حملات", "عملية", "عمليات", "سلسلة", "موجة", "جولة", "بحملة", "بعملية", "لحملة", "لعملية"].map((w) => normalizeKey(w)));

/** Is this token a noun of a campaign (حملة، وعملية)? The word after it is a masdar in construct. */
export function isCampaignNoun(prev: Token | null | undefined): boolean {
  return prev !== null && prev !== undefined && prev.kind === "word" && CAMPAIGN_NOUNS.has(prev.norm.replace(/^[وف]/, ""));
}
