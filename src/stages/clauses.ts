/**
 * Shallow clause structure: which words are verbs, where clauses begin, the
 * subject and object of each verb (VSO and SVO order, agreement, subjects
 * carried over from the previous clause), and which clauses are the
 * complement of a speech verb (قال إن ...).
 */
import { normalizeKey } from "../lang/ar/normalize.js";
import { FormFact, isComma } from "../lang/ar/tokenize.js";
import type { Token } from "../lang/ar/tokenize.js";
import type { Stage } from "../core/pipeline.js";
import type { ClauseLayer, Entity, Layers, Phrase, Resources, TriggerMatch, VerbInfo } from "./layers.js";
import { GAP } from "../lexicon/compile.js";
import type { CompiledLexicon } from "../lexicon/compile.js";
import type { ReadingCache } from "./readings.js";
import type { Sentence } from "../lang/ar/sentences.js";
import { addTokensOverlapping, organBefore } from "./entities.js";
import { QUOTE_MARKS, isCampaignNoun, QUOTED_NAME_HEAD_WORDS, SIZE_AFTER_COUNT, isApposition, isCount, isNationalityWord } from "./phrase-facts.js";

/** Particles that may stand before a verb at the head of its clause. */
/** How far after a verb of saying its complementizer (إن، أن) may come, in tokens. */
/** What follows the year that heads an entry of a list (1990 - ، 1990: ). */
/** Commas, Arabic and Latin. */
/** How many words after أمر its ب + masdar may stand (the orderer's name and titles between). */
/** Crowds no 3fs verb agrees with (as keys): after one, they are its object (وحثت الجميع على). */
const MASCULINE_CROWDS: ReadonlySet<string> = new Set(["الجميع", "كثيرون", "الكثيرون", "كثيرين", "البعض", "بعضهم"].map((w) => normalizeKey(w)));
const ORDER_REACH = 20;
/** Forms of أمر "ordered" (as keys), a support verb only before ب (see orderReading). */
const ORDER_FORMS: ReadonlySet<string> = new Set(["أمر", "أمرت", "أمروا", "يأمر", "تأمر", "يأمرون"].map((w) => normalizeKey(w)));
const COMMAS: ReadonlySet<string> = new Set(["،", ","]);
/** How many words the actor that opens what is said may take, with its modifiers, before its comma and verb. */
const OPENING_SUBJECT_REACH = 8;
/** Quotation marks that may open what is said. */
const OPENING_QUOTES = new Set(["«", "“", '"']);
/** How far back from a name set off by commas its title and the complementizer before it may stand. */
const APPOSITION_REACH = 10;
const LIST_DASHES: ReadonlySet<string> = new Set(["-", "\u2013", "\u2014", ":"]);
const COMPLEMENT_REACH = 20;
const PARTICLES = new Set(["قد", "لقد", "ثم", "كما", "ايضا", "حين", "حيث", "بعدما", "عندما", "اذ", "ف", "و"]);

/** Prepositions (normalised) that a finite verb never follows: a verb form after one is its masdar (على تجمع للمواطنين). */
// (and معرض: في معرض وصفه لنقاش الكونغرس, in the course of his describing, a masdar)
const NO_VERB_AFTER = new Set(["من", "في", "عن", "الي", "علي", "ضد", "حول", "بين", "خلال", "لدي", "امام", "نحو", "معرض"]);
/**
 * The forms that are in NO_VERB_AFTER once a first و or ف is taken off: its words with و or
 * ف before them, and those of its words that start with neither (في itself reads as ف + ي
 * there), so one look-up per token and no new string.
 */
const NO_VERB_AFTER_FORMS: ReadonlySet<string> = new Set([...NO_VERB_AFTER].flatMap((w) => (/^[وف]/.test(w) ? [] : [w]).concat(["و" + w, "ف" + w])));
/** Is this word (a key) one of NO_VERB_AFTER, alone or after و/ف? (في itself is not in the set above.) */
function isPrepositionWord(n: string): boolean {
  return NO_VERB_AFTER.has(n) || NO_VERB_AFTER_FORMS.has(n);
}

/** Statements, letters and decisions: a present verb after one (بيانا يدين، رسالة تدعو) speaks for its issuer. */
const DOCUMENT_NOUNS = new Set(
  ["بيان", "بيانا", "رسالة", "رساله", "كلمة", "خطاب", "خطابا", "تصريح", "تصريحا", "تصريحات", "مقابلة", "مقال", "مقالا", "تقرير", "تقريرا", "تغريدة", "مذكرة", "قرار", "قرارا", "مرسوم", "مرسوما", "مشروع", "نداء", "نداءً", "دعوة", "وثيقة", "اتصال", "اتصالا", "برقية", "توصية", "توصيات", "تعميم", "تعميما", "حكم", "حكما"].map((w) => normalizeKey(w)),
);

/** How far back a present verb joined by و looks for the descriptive clause it continues. */
const DESCRIPTION_REACH = 6;

/** How many construct nouns may stand between a preposition and an actor that is therefore in its phrase. */
const CONSTRUCT_CHAIN = 3;

/** Places and things that belong to an actor (مواقع المتمردين، منزل الوزير): the owner after them is no subject. */
const OWNED_THINGS = new Set(
  ["مواقع", "موقع", "منازل", "منزل", "مقر", "مقرات", "مخازن", "مخزن", "معسكر", "معسكرات", "تجمعات", "تجمع", "آليات", "اليات", "مراكز", "مركز", "قاعدة", "قواعد", "أهداف", "اهداف", "ثكنة", "ثكنات", "نقاط", "نقطة", "مبنى", "مباني", "سيارة", "سيارات", "مخيم", "مخيمات", "معاقل", "معقل", "تحصينات", "مستودعات", "منشآت", "منشات", "مسجد", "مساجد", "كنيسة", "مدرسة", "مدارس", "مستشفى"].map((w) => normalizeKey(w)),
);
/** Units and groups (قوة من الجيش، عناصر من الشرطة، مجموعة من المسلحين): the actor after من is who acts. */
const PARTITIVE_HEADS = new Set(
  [
    "قوة", "قوات", "عناصر", "دورية", "دوريات", "وحدة", "وحدات", "مجموعة", "مجموعات", "أفراد", "افراد", "فرقة", "كتيبة", "سرية",
    // (people who speak or fight for a body: متحدثون من داعش هددوا حماس)
    "متحدث", "متحدثون", "متحدثين", "مسؤولون", "مسؤولين", "قادة", "قياديون", "قياديين", "أعضاء", "ممثلون", "ممثلين", "مقاتلون", "مقاتلين",
  ].map((w) => normalizeKey(w)),
);
/** Prepositions that open what a verb stresses, asks or calls for (أكد على، دعا إلى), as keys. */
const TOPIC_PREPS = new Set(["على", "إلى", "الى"].map((w) => normalizeKey(w)));
/** يد and أيدي after على: the agent of a passive, not a topic. */
const AGENT_HANDS = new Set(["يد", "أيدي", "ايدي", "يدي"].map((w) => normalizeKey(w)));
/** A state's forces with a pronoun (قواته، طائراتها، جنوده), as keys: the one the pronoun names acts by them. */
const OWN_FORCES = /^(?:قوات|طائرات|مقاتلات|جنود|عناصر|مقاتلي|وحدات|دبابات|سفن|بوارج)(?:ه|ها|هم)$/;
/** How far after a verb of saying the pronoun of its speaker (أنه، طائراته) may stand, in tokens. */
const SPEAKER_REACH = 14;
/** Honorifics with a pronoun (سموه، معاليه، فخامته): "His Highness" standing for the person in focus. */
export const HONORIFIC_PRONOUNS = new Set(["سموه", "سموها", "معاليه", "معاليها", "فخامته", "فخامتها", "جلالته", "جلالتها", "سعادته", "سعادتها", "دولته", "سماحته", "نيافته", "غبطته"].map((w) => normalizeKey(w)));

/**
 * Bodies that act without an actor code of their own (الكلية، اللجنة، الشركة): right
 * after a verb, such a definite noun is its subject, so no actor is carried to the verb.
 */
const UNCODED_BODIES = new Set(
  ["الوزارة", "الكلية", "الجامعة", "اللجنة", "الشركة", "الهيئة", "الجمعية", "الإدارة", "البلدية", "الأمانة", "المؤسسة", "المديرية", "الرابطة", "النادي", "المدرسة", "المستشفى", "الصحيفة", "الوكالة", "المنظمة", "المركز", "الغرفة", "الوحدة", "العمادة", "الأكاديمية", "المجموعة", "الفرقة", "الإمارة", "المحافظة", "المصنع", "الفندق", "المتحف", "المطار", "الميناء", "البنك", "المصرف", "الموقع", "المعهد", "المكتب", "القسم", "الدائرة", "الجهاز", "المجمع", "الصندوق", "الجماعة", "الحركة", "التنظيم", "الجبهة", "الحزب", "الميليشيا", "المليشيا", "الفصيل"].map((w) => normalizeKey(w)),
);

/** The same bodies in construct, without the article (لجنة الانضباط، أكاديمية الفنون); not units (وحدة من الجيش). */
const UNCODED_CONSTRUCT: ReadonlySet<string> = new Set([...UNCODED_BODIES].map((w) => w.slice(2)).filter((w) => !PARTITIVE_HEADS.has(w)));

/** Words of approximation before a count (نحو ألف متظاهر), as keys. */
const APPROXIMATELY = new Set(["نحو", "حوالي", "قرابة", "زهاء", "اكثر", "عشرات", "مئات", "الاف"].map((w) => normalizeKey(w)));
/** Offices no lexicon codes (مدير، مستشار، عضو): the subject unless an actor follows as their genitive. */
const OFFICE_HEADS = new Set(["مدير", "المدير", "مديرة", "المديرة", "مساعد", "مستشار", "المستشار", "عضو", "أعضاء"].map((w) => normalizeKey(w)));

/**
 * Subjects that are no actor and stand for none: quantifiers (كثيرون، البعض), a person's kin
 * (رفضت عائلة زعيم الحركة: the family, not the movement) and a state's interests or aims
 * (تلتقي مصالح إسرائيل مع إيران). Right after a verb they are its subject; nothing is carried.
 */
const NON_ACTOR_SUBJECTS = new Set(
  [
    "كثيرون", "الكثيرون", "البعض", "بعضهم", "الجميع", "كثيرين",
    // (the "international community" is no coded actor, and no one else's act: ندد المجتمع الدولي)
    "المجتمع",
    "عائلة", "أسرة", "نجل", "ابن", "ابنة", "شقيق", "شقيقة", "زوجة", "أرملة", "والد", "والدة", "أقارب", "ذوو", "ذوي", "أبناء", "أنجال",
    "مصالح", "مصلحة", "أهداف", "مواقف", "سياسة", "سياسات", "رؤية", "رؤى", "وجهات", "الشركات", "شركات", "شركة",
    // (a report, a study or a law does not speak for the actor in focus: ودعا التقرير الشركات)
    "التقرير", "الدراسة", "القرار", "القانون", "المشروع", "الاتفاق", "الاتفاقية", "الدستور", "الوثيقة", "المذكرة",
    // (a plane, a ship or a convoy arrives on its own: وصلت طائرة الإغاثة السعودية إلى عدن is no visit)
    "طائرة", "الطائرة", "سفينة", "السفينة", "باخرة", "الباخرة", "قافلة", "القافلة", "شحنة", "الشحنة", "شاحنات", "الشاحنات",
    // (a war, a crisis, markets or the weather act on no one's behalf: تجتاحه حرب أهلية، تطالب
    // الأسواق، هدد ارتفاع الأسعار)
    "حرب", "الحرب", "أزمة", "الأزمة", "موجة", "الموجة", "الفوضى", "العنف", "الأسواق", "أسواق", "الأسعار", "أسعار", "العدوى",
    "السيول", "سيول", "الأمطار", "العاصفة", "الإعصار", "الجفاف", "النيران", "الحرائق", "حرائق", "الفيضانات", "الزلزال", "الوباء",
  ].map((w) => normalizeKey(w)),
);

/** Auxiliary verbs whose subject is also the subject of the verb after it (كان الوفد زار). */
const AUXILIARIES = new Set(["كان", "كانت", "كانوا", "كانا", "كانتا", "يكون", "تكون", "يكونون", "ظل", "ظلت", "ظلوا", "بات", "باتت", "اصبح", "اصبحت", "اضحى", "عاد", "عادت", "ما زال", "مازال", "لا يزال", "لازال", "بدا", "بدات", "راح", "راحت", "اخذ", "اخذت"].map((w) => normalizeKey(w)));

/** A statement standing for its issuer as a verb's subject (ودعا البيان، وأكد البيان). */
const ISSUED_STATEMENTS = new Set(["البيان", "البلاغ"].map((w) => normalizeKey(w)));
/** The words that name a statement, without article or clitics, to find who issued one. */
// (indefinite or in construct: البيان itself is the statement already taken up, not its source)
const STATEMENT_WORDS = new Set(["بيان", "بيانا", "ببيان", "لبيان", "وبيان", "بلاغ", "بلاغا", "ببلاغ"].map((w) => normalizeKey(w)));
/** How many sentences back the statement a bare البيان stands for may be. */
const STATEMENT_REACH = 3;
/** A third-person pronoun as a word's suffix (تتهمهما، تدعمهم، لقائه). */
export const OBJECT_PRONOUN = /^(?:ه|ها|هم|هما|هن)$/;
/** A preposition carrying a pronoun (فيه، عنها، منهم; right after a verb it takes up a noun before it: يقوم بها). */
export const PREP_WITH_PRONOUN = /^(?:ب|ل|علي|في|من|عن|الي|مع)(?:ه|ها|هم|هما|هن)$/;
/** A preposition carrying a third-person pronoun (له، عليه، إليه، معه، به). */
const PRONOUN_PREP = /^(?:مع|ب|ل|علي|الي)(?:ه|ها|هم|هما|هن)$/;

const BOUNDARY_PUNCT = new Set(["،", ",", "؛", ";", ":", "(", ")", "“", "”", "«", "»", '"', "-", "–", "—"]);

interface VerbCandidate {
  token: number;
  support: boolean;
  speech: boolean;
  denial: boolean;
  present: boolean;
  future: boolean;
  conj: boolean;
  /** 3rd person masculine singular form: a feminine noun after it is not its subject. */
  masculine: boolean;
  /** 3rd person feminine singular past (اعتقلت): a sound masculine plural after it is not its subject. */
  feminine: boolean;
  /** A participle of circumstance after a comma (، داعيا طهران): the main clause's subject is its own. */
  participle: boolean;
  trigger: TriggerMatch | null;
}

/** Past 3ms forms end in a radical, not in ت/تا/وا/ن; present 3ms forms start with ي. */
function looksMasculineSingular(stem: string, present: boolean): boolean {
  if (present) return stem.startsWith("ي") && !stem.endsWith("ون") && !stem.endsWith("ان");
  return !/(ت|تا|وا|ن|ا)$/.test(stem) || /(ى|ا)$/.test(stem) && stem.length <= 4 && !/تا$/.test(stem);
}

/** Past 3fs forms end in ت after the stem (اعتقلت، قالت); short stems ending in ت are roots (ثبت). */
function looksFeminineSingularPast(stem: string, present: boolean): boolean {
  return !present && stem.length >= 4 && stem.endsWith("ت") && !/(تت|ات)$/.test(stem);
}

interface VerbReading {
  readonly support: boolean;
  readonly denial: boolean;
  readonly present: boolean;
  readonly future: boolean;
  readonly conj: boolean;
  readonly masculine: boolean;
  readonly feminine: boolean;
}

/**
 * The first reading of token i that is a verb form of the lexicon (no
 * preposition or article; future سـ and a conjunction allowed), or null: a
 * fact of the word form and the lexicon.
 */
const VERB_READING = new FormFact<VerbReading | null>();
const OPENS_CLAUSE = new FormFact<boolean>();

/**
 * Is the proclitic string at most a conjunction and the future سـ (empty once
 * a leading و/ف and a trailing س are removed)? A switch, not two regex
 * replacements: this runs for every reading of every new word form.
 */
function conjunctionOrFutureOnly(prefix: string): boolean {
  switch (prefix) {
    case "":
    case "و":
    case "ف":
    case "س":
    case "وس":
    case "فس":
      return true;
    default:
      return false;
  }
}

function verbReading(cache: ReadingCache, i: number, lex: CompiledLexicon): VerbReading | null {
  const info = cache.info(i);
  const kept = VERB_READING.get(info, lex);
  if (kept !== undefined) return kept;
  let value: VerbReading | null = null;
  for (const r of cache.get(i, true)) {
    // (a word written with ة is a noun: وزارة is no و + زار)
    if (!conjunctionOrFutureOnly(r.prefix) || r.suffix === "ا" || r.suffix === "ة") continue;
    if (!lex.verbForms.has(r.stem)) continue;
    const present = r.stem.startsWith("ي") || (/^[تن]/.test(r.stem) && lex.verbForms.has("ي" + r.stem.slice(1)));
    value = {
      support: lex.supportVerbForms.has(r.stem),
      denial: lex.fw.sets.denialVerbs.has(r.stem),
      present,
      future: r.prefix.endsWith("س"),
      conj: /^[وف]/.test(r.prefix),
      masculine: looksMasculineSingular(r.stem, present),
      feminine: looksFeminineSingularPast(r.stem, present),
    };
    break;
  }
  return VERB_READING.set(info, lex, value);
}

/**
 * أمر الرئيس باعتقال، يأمرون بإغلاق: a verb of ordering before ب + masdar carries the act it orders
 * as a support verb does (the orderer does it). Only there: أمر is mostly the noun "matter, order"
 * (أمر مروع، أمر قضائي), so it is no verb form of the lexicon, which the name finder reads too.
 */
function orderReading(tokens: readonly Token[], i: number): VerbReading | null {
  const t = tokens[i] as Token;
  const conj = /^[وف]/.test(t.norm) && ORDER_FORMS.has(t.norm.slice(1));
  if (!conj && !ORDER_FORMS.has(t.norm)) return null;
  // (the orderer may stand between: وأمرت النيابة العامة باعتقال)
  let ordered = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + ORDER_REACH) && !ordered; k++) {
    const w = tokens[k] as Token;
    if (w.kind !== "word") break;
    ordered = w.norm.length >= 5 && w.norm.startsWith("ب");
  }
  if (!ordered) return null;
  const stem = conj ? t.norm.slice(1) : t.norm;
  const present = /^[يت]/.test(stem);
  return { support: true, denial: false, present, future: false, conj, masculine: looksMasculineSingular(stem, present), feminine: looksFeminineSingularPast(stem, present) };
}

/** Does the word (key `n`) open a clause: a complementizer, relative or clause breaker, maybe after و/ف. */
function opensClauseWord(cache: ReadingCache, i: number, n: string, fw: CompiledLexicon["fw"]["sets"]): boolean {
  const info = cache.info(i);
  const kept = OPENS_CLAUSE.get(info, fw);
  if (kept !== undefined) return kept;
  const bare = n.replace(/^[وف]/, "");
  return OPENS_CLAUSE.set(
    info,
    fw,
    fw.complementizers.has(n) || fw.pronominalComplementizers.has(n) || fw.relatives.has(n) || fw.clauseBreakers.has(n) || fw.complementizers.has(bare) || fw.clauseBreakers.has(bare),
  );
}

/**
 * The first candidate of the list at token i. (A function of its arguments, not a closure
 * over the loop's i: that made V8 allocate the loop's variables afresh for every token.)
 */
function candidateAt(cands: readonly VerbCandidate[], i: number): VerbCandidate | undefined {
  for (const c of cands) if (c.token === i) return c;
  return undefined;
}

/**
 * What the argument tests of a verb candidate read (inPrepPhrase, possessor, partitive,
 * placed, free): the document's tokens and phrases, and the candidate's token, the token
 * after it and its sentence's verbs. One per document, its last three fields set for each
 * candidate in turn. (Module functions over it, not closures made per candidate: seven
 * closures for each verb of a document, each an allocation, and under tsx a defineProperty
 * of its name besides.)
 */
interface ArgumentScope {
  readonly tokens: readonly Token[];
  readonly phraseOfToken: Int32Array;
  readonly phrases: readonly Phrase[];
  readonly byId: ReadonlyMap<string, Entity>;
  readonly fw: CompiledLexicon["fw"]["sets"];
  verb: number;
  afterVerb: number;
  isVerb: ReadonlySet<number>;
}

// على مواقع الحوثيين: an actor in idafa inside a preposition phrase is no argument of the verb
// (and at the end of a longer construct chain: في سياق مؤسسات الاتحاد الأوروبي, whose
// inner nouns carry no ال; a verb, a name or a comma in between ends the chain)
/** ذلك after a preposition (في ذلك، بعد ذلك) stands for what was said: it takes no genitive. */
const THAT_PRONOUNS: ReadonlySet<string> = new Set(["ذلك", "ذاك"].map((w) => normalizeKey(w)));

function inPrepPhrase(a: ArgumentScope, p: Phrase): boolean {
  const { tokens, phraseOfToken, fw } = a;
  const noun = tokens[p.tokenStart - 1] as Token | undefined;
  const prep = tokens[p.tokenStart - 2] as Token | undefined;
  // (إلى أن الولايات المتحدة: أن is no noun, and what follows it is the complement's subject;
  // nor is the pronoun ذلك, which ends its phrase: تدعمها في ذلك لندن وواشنطن)
  if (noun !== undefined && noun.kind === "word" && (phraseOfToken[p.tokenStart - 1] ?? -1) < 0 && !fw.complementizers.has(noun.norm) && !fw.pronominalComplementizers.has(noun.norm) && !THAT_PRONOUNS.has(noun.norm) && prep !== undefined && prep.kind === "word" && isPrepositionWord(prep.norm)) return true;
  for (let k = p.tokenStart - 1, nouns = 0; k > a.verb && nouns <= CONSTRUCT_CHAIN; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0 || a.isVerb.has(k)) return false;
    if (isPrepositionWord(t.norm)) return nouns >= 2;
    // (a place or thing with ل or ب on it opens the chain too: حملة قصف لمخيمات ناشطي حزب العمال)
    if (/^[لب]/.test(t.norm) && OWNED_THINGS.has(t.norm.slice(1))) return true;
    if (/^(?:[وف]|ال)/.test(t.norm) || fw.complementizers.has(t.norm)) return false;
    nouns++;
  }
  return false;
}

// دكت مواقع المتمردين: the owner of a place or a thing is no subject
function possessor(a: ArgumentScope, p: Phrase): boolean {
  const noun = a.tokens[p.tokenStart - 1] as Token | undefined;
  return noun !== undefined && noun.kind === "word" && (a.phraseOfToken[p.tokenStart - 1] ?? -1) < 0 && OWNED_THINGS.has(noun.norm.replace(/^[وف]/, ""));
}

// أوقفت قوة من الجيش اللبناني: a unit "of" an actor acts as that actor
function partitive(a: ArgumentScope, p: Phrase): boolean {
  const { tokens, phraseOfToken, phrases, fw, afterVerb } = a;
  // (a people's name after a count reads its preposition from the count, المئات من المصريين:
  // the من before it is still there)
  if (p.prep !== "من" && !(p.prep === null && (tokens[p.tokenStart - 1] as Token | undefined)?.norm === "من")) return false;
  let at = (tokens[p.tokenStart - 1] as Token | undefined)?.norm === "من" ? p.tokenStart - 2 : p.tokenStart - 1;
  // (a word of size may follow the count: أعداد كبيرة من الأميركيين، عدد كبير من الطلاب)
  if (SIZE_AFTER_COUNT.has((tokens[at] as Token | undefined)?.norm ?? "") && at - 1 >= afterVerb) at--;
  const head = tokens[at];
  if (head === undefined) return false;
  const bare = head.norm.replace(/^[وف]/, "");
  if (PARTITIVE_HEADS.has(bare)) return true;
  // (and so is a count of them right after the verb or its subject: اعتصم عدد من المعلمين،
  // اعتقلت الشرطة عشرات من الصحفيين; further on, فاستشهد 12 من رجال الأمن, it counts the
  // victims of another verb)
  if (!isCount(head, bare, fw.countWords)) return false;
  const from = at - 1 >= afterVerb && APPROXIMATELY.has((tokens[at - 1] as Token).norm) ? at - 1 : at;
  if (from === afterVerb) return true;
  const before = phrases[phraseOfToken[from - 1] ?? -1];
  return before !== undefined && before.tokenStart === afterVerb && before.tokenEnd === from;
}

// مناطق وسط بغداد، شمال العراق: a place after a part of it says where, it is no subject
function placed(a: ArgumentScope, p: Phrase): boolean {
  const { tokens, phraseOfToken, phrases, byId, fw } = a;
  // في العاصمة الإثيوبية أديس أبابا: a city right after a phrase behind a preposition is named in it
  const before = phrases[phraseOfToken[p.tokenStart - 1] ?? -1];
  if (before !== undefined && before.prep !== null && p.members.every((id) => byId.get(id)?.type === "location")) return true;
  const t = tokens[p.tokenStart - 1] as Token | undefined;
  return t !== undefined && t.kind === "word" && (phraseOfToken[p.tokenStart - 1] ?? -1) < 0 && (fw.placeParts.has(t.norm) || fw.placeParts.has(t.norm.replace(/^[وف]/, "")));
}

/** May the phrase be an argument of the verb at all (not inside a preposition phrase, an owner or a place)? */
function free(a: ArgumentScope, p: Phrase): boolean {
  return (p.prep === null && !inPrepPhrase(a, p) && !possessor(a, p) && !placed(a, p)) || partitive(a, p);
}

/**
 * One document's state for the clause functions below, built once per document: the layers
 * they read, the arrays they fill and the subject in focus, which moves on from verb to verb.
 * (Module functions over it rather than closures in one function of 600 lines: V8 compiled
 * that function whole, again after each deoptimisation, and the compiler's memory for it
 * showed in the peak RSS.)
 */
interface ClauseDoc {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly phrases: readonly Phrase[];
  readonly phraseOfToken: Int32Array;
  readonly byId: ReadonlyMap<string, Entity>;
  readonly nameStart: Uint8Array;
  /** Where a person's name that starts at a nameStart token ends (0 for a body). */
  readonly personNameEnd: Int32Array;
  readonly inPersonName: Uint8Array;
  readonly inTime: ReadonlySet<number>;
  readonly agentStart: Uint8Array;
  readonly cache: ReadingCache;
  readonly fw: CompiledLexicon["fw"]["sets"];
  readonly lex: CompiledLexicon;
  readonly triggerAt: ReadonlyMap<number, TriggerMatch>;
  readonly triggersOfSentence: ReadonlyMap<number, TriggerMatch[]>;
  readonly inQuote: Uint8Array;
  readonly verbOfToken: Int32Array;
  readonly clauseOfToken: Int32Array;
  readonly complementOf: Int32Array;
  readonly verbs: VerbInfo[];
  readonly scope: ArgumentScope;
  readonly overtVerbs: Set<number>;
  /** The phrase in focus, carried to a verb with no subject of its own. */
  discourseSubject: number | null;
}

function opensClause(d: ClauseDoc, token: number, cs: number): boolean {
  const { tokens, fw, lex } = d;
  for (let k = cs; k < token; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") continue;
    const n = t.norm.replace(/^[وف]/, "");
    if (PARTICLES.has(n) || fw.complementizers.has(n) || fw.pronominalComplementizers.has(n) || fw.relatives.has(n) || fw.clauseBreakers.has(n)) continue;
    if (fw.verbalNegation.has(n) || fw.copularNegation.has(n) || fw.future.has(n) || fw.negationGap.has(n) || fw.intent.has(n) || fw.conditionals.has(n)) continue;
    if (lex.verbForms.has(n) || lex.verbForms.has(t.norm)) continue; // auxiliaries: كانت تحث
    return false;
  }
  return true;
}

/**
 * جدد قصفه، واصل هجماته: a one-word event noun right after a support verb is that verb's
 * object, even where its form reads as a verb too (قصفه "he shelled him").
 */
function masdarAfterSupport(d: ClauseDoc, tm: TriggerMatch, sentenceStart: number): boolean {
  if (tm.pattern.kind !== "noun" || tm.tokens.length !== 1 || tm.tokenStart <= sentenceStart) return false;
  return (d.tokens[tm.tokenStart - 1] as Token).kind === "word" && verbReading(d.cache, tm.tokenStart - 1, d.lex)?.support === true;
}

function prevWord(d: ClauseDoc, i: number, lo: number): Token | null {
  const { tokens, fw } = d;
  for (let k = i - 1; k >= lo; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && !fw.negationGap.has(t.norm)) return t;
    if (t.kind !== "word") return null;
  }
  return null;
}

/**
 * إن التوسع الاستيطاني يهدد، «القرار يهدد»: definite words that are no actor, right
 * after a complementizer or at the head of the clause, are the subject before the verb.
 */
function subjectBefore(d: ClauseDoc, verb: number, cs: number): boolean {
  const { tokens, phraseOfToken, inTime, fw, lex } = d;
  let k = verb - 1;
  let n = 0;
  for (; k >= cs && n < 3; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0 || inTime.has(k)) break;
    if (!t.norm.startsWith("ال") || t.norm.length < 5 || fw.relatives.has(t.norm) || lex.verbForms.has(t.norm)) break;
  }
  if (n === 0 || (k >= cs && n === 3)) return false;
  if (k < cs) return true;
  const t = tokens[k] as Token;
  if (t.kind === "punct") return BOUNDARY_PUNCT.has(t.text[0] ?? "");
  const bare = t.norm.replace(/^[وف]/, "");
  return fw.complementizers.has(t.norm) || fw.complementizers.has(bare);
}

/** A present form with ت (تحث، تدعو: she, or you), read off the word's verb reading. */
// (not a form that is also a past one: تعرض، تسلم have تعرضت، تسلمت)
function presentWithTa(d: ClauseDoc, i: number): boolean {
  const { cache, lex } = d;
  return cache.get(i, true).some((r) => conjunctionOrFutureOnly(r.prefix) && lex.verbForms.has(r.stem) && /^ت/.test(r.stem) && lex.verbForms.has("ي" + r.stem.slice(1)) && !lex.verbForms.has(r.stem + "ت"));
}

/**
 * Is the word right before the verb an indefinite noun in its clause (حل سياسي يضع، اتفاق
 * يضمن)? Not a name, a time, a function word, an adverb (رسميا), a noun with ال or a
 * possessive pronoun, or a statement or letter (بيانا يدين speaks for its issuer).
 */
function descriptiveAfter(d: ClauseDoc, verb: number, cs: number, isVerb: ReadonlySet<number>): boolean {
  const { tokens, phraseOfToken, inTime, fw, lex } = d;
  const k = verb - 1;
  if (k < cs) return false;
  const t = tokens[k] as Token;
  if (t.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0 || inTime.has(k) || isVerb.has(k) || lex.verbForms.has(t.norm)) return false;
  const n = t.norm;
  if (n.length < 3 || /^[وفبلك]?ال|^لل/.test(n) || /[هك](?:ا|م|ما|ن)?$/.test(t.text.replace(/[\u064B-\u0652]/g, "")) || /يا$/.test(n)) return false;
  for (const set of [fw.prepositions, fw.commonWords, fw.complementizers, fw.pronominalComplementizers, fw.relatives, fw.clauseBreakers, fw.verbalNegation, fw.copularNegation, fw.nominalNegation, fw.future, fw.intent, fw.conditionals, fw.negationGap, fw.vagueTime, fw.subjunctiveMarkers]) {
    if (set.has(n) || set.has(n.replace(/^[وف]/, ""))) return false;
  }
  return !DOCUMENT_NOUNS.has(n.replace(/^[وف]/, "")) && !PARTICLES.has(n);
}

/**
 * Does the verb take up the noun before it with a pronoun (تصرفات يقوم بها عدد من
 * الهولنديين، مقاتلين تدعمهم واشنطن)? Then the actor after the verb is its subject.
 */
// (only with an actor right after: انتقادات تتهمه بالتقصير — the criticism accuses him)
function resumptiveAfter(d: ClauseDoc, c: VerbCandidate, afterVerb: number): boolean {
  const { tokens, phrases, phraseOfToken } = d;
  const actorFrom = (k: number, reach: number): boolean => {
    for (let q = k; q <= k + reach; q++) {
      const pi = phraseOfToken[q] ?? -1;
      if (pi >= 0) return (phrases[pi] as Phrase).canAct && (phrases[pi] as Phrase).prep === null;
    }
    return false;
  };
  if (c.trigger != null && OBJECT_PRONOUN.test(c.trigger.reading.suffix)) return actorFrom(afterVerb, 0);
  const t = tokens[afterVerb] as Token | undefined;
  return t !== undefined && t.kind === "word" && PREP_WITH_PRONOUN.test(t.norm) && actorFrom(afterVerb + 1, 2);
}

/** Statement nouns that may stand, indefinite, as a verb's subject with their issuer after them. */
const SUBJECT_STATEMENTS = new Set(["بيان", "بلاغ", "تقرير", "رسالة", "مذكرة"].map((w) => normalizeKey(w)));
/** The words between a statement and its issuer (بيان صادر عن، بيان مشترك ل). */
const ISSUED_FROM = new Set(["صادر", "الصادر", "مشترك", "رسمي", "جديد"].map((w) => normalizeKey(w)));

/**
 * The issuer of an indefinite statement at `at` (بيان للنصرة، بيان صادر عن الخارجية): an actor
 * that can act, behind ل, or behind عن/من after صادر, at most two words on.
 */
function issuedBy(d: ClauseDoc, at: number, end: number): Phrase | null {
  const { tokens, phrases, phraseOfToken } = d;
  const t = tokens[at] as Token;
  if (t.kind !== "word" || !SUBJECT_STATEMENTS.has(t.norm) || (phraseOfToken[at] ?? -1) >= 0) return null;
  let k = at + 1;
  while (k < end && k <= at + 2 && ISSUED_FROM.has((tokens[k] as Token).norm)) k++;
  // (عن and من stand apart from the phrase they govern)
  const separate = k > at + 1 && k < end && ((tokens[k] as Token).norm === "عن" || (tokens[k] as Token).norm === "من");
  if (separate) k++;
  const pi = k < end ? (phraseOfToken[k] ?? -1) : -1;
  const p = pi >= 0 ? (phrases[pi] as Phrase) : undefined;
  if (p === undefined || p.tokenStart !== k || !p.canAct) return null;
  return p.prep === "ل" || (separate && (p.prep === "عن" || p.prep === "من")) ? p : null;
}

/**
 * Who issued the statement named last (وجاء في بيان لقادة الأركان، أصدرت الوزارة بيانا):
 * the actor right after بيان (with ل or as its genitive), or the subject of the verb just
 * before it; looked for in the last few sentences before token `at`.
 */
function statementIssuer(d: ClauseDoc, at: number, from: number): number | null {
  const { tokens, phrases, phraseOfToken, verbs } = d;
  for (let k = at - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !STATEMENT_WORDS.has(t.norm)) continue;
    for (let q = k + 1; q <= k + 2; q++) {
      const pi = phraseOfToken[q] ?? -1;
      if (pi >= 0 && (phrases[pi] as Phrase).tokenStart === q && (phrases[pi] as Phrase).canAct) return pi;
    }
    for (let v = verbs.length - 1; v >= 0; v--) {
      const vi = verbs[v] as VerbInfo;
      if (vi.token < k && k - vi.token <= 6 && vi.subject !== null) return vi.subject;
      if (vi.token < k - 6) break;
    }
    return null;
  }
  return null;
}

/** A first-person verb form (ندعو، نرفض، اتفقنا): present with ن where the lexicon has the ي form, or past with نا after the stem of a ت form. */
function firstPerson(d: ClauseDoc, i: number): boolean {
  const { cache, lex } = d;
  return cache.get(i, true).some((r) => {
    if (!conjunctionOrFutureOnly(r.prefix) || !lex.verbForms.has(r.stem)) return false;
    if (r.stem.startsWith("ن") && r.stem.length >= 3 && lex.verbForms.has("ي" + r.stem.slice(1))) return true;
    return r.stem.length >= 5 && r.stem.endsWith("نا") && lex.verbForms.has(r.stem.slice(0, -2) + "ت");
  });
}

/** Does the clause open with أنه/بأنها ... and only particles (قد، لم، لن، سوف) before the verb? */
function pronounComplementizer(d: ClauseDoc, cs: number, verb: number): boolean {
  const { tokens, fw } = d;
  const first = tokens[cs] as Token;
  if (cs >= verb || !(fw.pronominalComplementizers.has(first.norm) || fw.pronominalComplementizers.has(first.norm.replace(/^[وف]/, "")))) return false;
  for (let k = cs + 1; k < verb; k++) {
    const n = (tokens[k] as Token).norm;
    if (!(PARTICLES.has(n) || fw.verbalNegation.has(n) || fw.future.has(n))) return false;
  }
  return true;
}

/** The title set off by commas right after a clause that ends at a comma (فلان، مساعد وزير الخارجية المصري الأسبق،), if any. */
function commaApposition(d: ClauseDoc, ce: number): number | null {
  const { tokens, phrases, phraseOfToken, byId } = d;
  if (!isComma(tokens[ce])) return null;
  const pi = phraseOfToken[ce + 1] ?? -1;
  const p = pi >= 0 ? phrases[pi] : undefined;
  const e = p && p.tokenStart === ce + 1 && p.members.length === 1 ? byId.get(p.members[0] as string) : undefined;
  if (!p || !e || e.agent?.title !== true || p.prep !== null) return null;
  for (let k = p.tokenEnd; k < Math.min(tokens.length, p.tokenEnd + 3); k++) {
    const t = tokens[k] as Token;
    if (isComma(t)) return p.index;
    if (t.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0) return null;
  }
  return null;
}

/** Does a count of people open the words at `at` (المئات، آلاف، نحو ألف، 300)? */
function countedCrowd(d: ClauseDoc, at: number, end: number): boolean {
  const { tokens, phraseOfToken, fw } = d;
  let k = at;
  if (k < end && APPROXIMATELY.has((tokens[k] as Token).norm)) k++;
  const t = tokens[k];
  if (k >= end || !t || (phraseOfToken[k] ?? -1) >= 0) return false;
  return isCount(t, t.norm, fw.countWords);
}

function overtSubject(d: ClauseDoc, at: number, end: number): boolean {
  const { tokens, phraseOfToken, nameStart, agentStart } = d;
  if (at >= end) return false;
  const t = tokens[at] as Token;
  if (t.kind !== "word" || (phraseOfToken[at] ?? -1) >= 0) return false;
  // (the head of a quoted name is the actor named: يتهمها تنظيم "داعش")
  if (quotedNameHead(tokens, phraseOfToken, at)) return false;
  // (so is an organ of a body right before the body: الأمانة العامة لمنظمة التعاون الإسلامي)
  for (const k of [at + 1, at + 2]) if ((phraseOfToken[k] ?? -1) >= 0 && organBefore(tokens, k)?.start === at) return false;
  // (a unit before من is the actor after it: قوة من الجيش اللبناني)
  // (a body in construct with a word that is no actor, لجنة الانضباط بالاتحاد, is one too)
  // (so is an office no lexicon codes, ودعا مدير العمليات الإنسانية; but مدير شرطة منطقة عسير
  // is an officer of the actor after it and acts as that actor)
  // (but not one whose genitive is joined by و to a coded sector: جهاز الأمن والمخابرات السوداني is
  // the Sudanese intelligence service)
  const joinedCoded = (phraseOfToken[at + 2] ?? -1) >= 0 && /^و/.test(tokens[at + 2]?.kind === "word" ? (tokens[at + 2] as Token).norm : "");
  const constructBody = (UNCODED_CONSTRUCT.has(t.norm) || OFFICE_HEADS.has(t.norm)) && at + 1 < end && (phraseOfToken[at + 1] ?? -1) < 0 && !joinedCoded;
  return nameStart[at] === 1 || (agentStart[at] === 1 && !PARTITIVE_HEADS.has(t.norm)) || UNCODED_BODIES.has(t.norm) || constructBody || NON_ACTOR_SUBJECTS.has(t.norm);
}

/**
 * The subject of the first verb of saying (or of denying, with `denials`) within `reach` tokens
 * before token `at` (with no verb between, with `nothingBetween`), already coded: the one whose
 * pronoun or formula opens what is said.
 */
function speakerBefore(d: ClauseDoc, cands: readonly VerbCandidate[], firstVerbIndex: number, at: number, reach: number, denials: boolean, nothingBetween = false): number | null {
  const m = cands.find((o) => (o.speech || (denials && o.denial)) && o.token < at && at - o.token <= reach && !(nothingBetween && cands.some((x) => x.token > o.token && x.token < at)));
  if (!m) return null;
  for (let v = firstVerbIndex; v < d.verbs.length; v++) if ((d.verbs[v] as VerbInfo).token === m.token) return (d.verbs[v] as VerbInfo).subject;
  return null;
}

/** Is p a title (no preposition) right after the unknown person's name that starts at `at`? */
function titleAfterName(d: ClauseDoc, at: number, p: Phrase | undefined): boolean {
  const end = d.personNameEnd[at] ?? 0;
  if (p === undefined || end === 0 || p.tokenStart !== end || p.prep !== null || p.members.length !== 1) return false;
  const e = d.byId.get(p.members[0] as string);
  return e !== undefined && e.type !== "person" && e.agent?.title === true;
}

/** The verb candidates of sentence s, in token order. */
function sentenceVerbs(d: ClauseDoc, s: Sentence): VerbCandidate[] {
  const { tokens, phraseOfToken, inPersonName, cache, fw, lex, triggerAt, triggersOfSentence } = d;
  // an entry of a list headed by its year (1997 - انجوان تعلن ... وتطالب) tells a story of its
  // own: no subject carries into it from the entry before
  const head = tokens[s.tokenStart];
  const dash = tokens[s.tokenStart + 1];
  if (head?.kind === "number" && /^[0-9\u0660-\u0669]{4}$/.test(head.text) && dash?.kind === "punct" && LIST_DASHES.has(dash.text)) d.discourseSubject = null;
  // 1. verbs
  const cands: VerbCandidate[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || (phraseOfToken[i] ?? -1) >= 0 || inPersonName[i] === 1) continue;
    // (the head of a quoted name is no verb: تنظيم "داعش"، حركة «حماس»)
    if (quotedNameHead(tokens, phraseOfToken, i)) continue;
    const tm = triggerAt.get(i);
    const verbTrigger = tm !== undefined && (tm.pattern.kind === "verb" || tm.pattern.kind === "passive");
    // Speed: whether a word reads as a verb is a fact of its form, and most words do not: the
    // words before it are looked at only for one that does (the same candidates)
    const hit = verbTrigger ? null : (verbReading(cache, i, lex) ?? orderReading(tokens, i));
    if (!verbTrigger && hit === null) continue;
    const prev = i > s.tokenStart ? (tokens[i - 1] as Token) : null;
    if (prev !== null && prev.kind === "word" && NO_VERB_AFTER_FORMS.has(prev.norm)) continue;
    // (بيان صادر عن: "issued", not the verb "confiscated")
    if (prev !== null && (SUBJECT_STATEMENTS.has(prev.norm) || STATEMENT_WORDS.has(prev.norm)) && ISSUED_FROM.has(t.norm)) continue;
    const before = prevWord(d, i, s.tokenStart);
    // (وسوف، فسوف: with its conjunction too)
    const futureWord = before !== null && (fw.future.has(before.norm.replace(/^[وف](?=سوف$)/, "")) || before.norm === "لن");
    // a participle is a verb only where it tells a circumstance of the main clause: after a
    // comma or at the start of a sentence, or joined by و (not 29 متهما، موقف ... رافضا لمثل)
    const participle = fw.participles.has(t.norm.replace(/^[وف]/, ""));
    if (participle && !(prev === null || prev.kind === "punct" || /^[وف]/.test(t.norm))) continue;
    if (tm && verbTrigger) {
      // (جدد قصفه: a verb of saying that also carries event nouns, right before one, carries it)
      const carries = tm.pattern.entry.speech && tm.tokens.length === 1 && lex.supportVerbForms.has(tm.reading.stem) && triggerAt.get(i + 1)?.pattern.kind === "noun";
      cands.push({
        token: i,
        support: carries,
        speech: tm.pattern.entry.speech && !carries,
        denial: false,
        present: tm.pattern.present,
        future: tm.reading.prefix.endsWith("س") || futureWord,
        conj: /^[وف]/.test(tm.reading.prefix),
        masculine: looksMasculineSingular(tm.reading.stem, tm.pattern.present),
        feminine: looksFeminineSingularPast(tm.reading.stem, tm.pattern.present),
        participle,
        trigger: tm,
      });
      continue;
    }
    if (hit && tm !== undefined && masdarAfterSupport(d, tm, s.tokenStart)) continue;
    // (حملة قصف: a masdar in construct after a noun of a campaign)
    if (hit && tm !== undefined && tm.pattern.kind === "noun" && isCampaignNoun(prev)) continue;
    if (hit) {
      cands.push({
        token: i,
        support: hit.support,
        speech: false,
        denial: hit.denial,
        present: hit.present,
        future: hit.future || futureWord,
        conj: hit.conj,
        masculine: hit.masculine,
        feminine: hit.feminine,
        participle,
        trigger: tm && tm.pattern.kind === "noun" ? tm : null,
      });
    }
  }
  // a trigger noun pattern that opens with a verb (أجرى اتصالا هاتفيا) makes that word a verb too
  for (const tm of triggersOfSentence.get(s.index) ?? []) {
    if (tm.pattern.kind !== "noun") continue;
    if (cands.some((c) => c.token === tm.tokenStart)) continue;
    const r = tm.reading;
    const gapAfterFirst = tm.pattern.words[1] === GAP || (tm.tokens[1] !== undefined && tm.tokens[1] > tm.tokenStart + 1);
    const afterCampaign = tm.tokenStart > s.tokenStart && isCampaignNoun(tokens[tm.tokenStart - 1]);
    if ((lex.supportVerbForms.has(r.stem) || lex.verbForms.has(r.stem) || gapAfterFirst) && !masdarAfterSupport(d, tm, s.tokenStart) && !afterCampaign) {
      cands.push({ token: tm.tokenStart, support: lex.supportVerbForms.has(r.stem), speech: false, denial: false, present: r.stem.startsWith("ي"), future: r.prefix.endsWith("س"), conj: /^[وف]/.test(r.prefix), masculine: looksMasculineSingular(r.stem, r.stem.startsWith("ي")), feminine: looksFeminineSingularPast(r.stem, r.stem.startsWith("ي")), participle: false, trigger: tm });
    }
  }
  cands.sort((a, b) => a.token - b.token);
  return cands;
}

function markClauses(d: ClauseDoc, s: Sentence, cands: readonly VerbCandidate[], isVerb: ReadonlySet<number>): void {
  const { tokens, phraseOfToken, cache, fw, clauseOfToken } = d;
  // 2. clause boundaries
  let clauseStart = s.tokenStart;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    const n = t.norm;
    const startsClause =
      (t.kind === "punct" && BOUNDARY_PUNCT.has(t.text[0] ?? "") && !nameQuote(d, i, s.tokenStart, isVerb)) ||
      (t.kind === "word" && (phraseOfToken[i] ?? -1) < 0 && (opensClauseWord(cache, i, n, fw) || (isVerb.has(i) && candidateAt(cands, i)?.conj === true)));
    if (startsClause) clauseStart = i;
    clauseOfToken[i] = clauseStart;
  }
}

/**
 * Is the quote mark at i one of a pair around a name alone («هيومن رايتس ووتش» تطالب، تنظيم
 * "داعش")? Such quotes set off the name, not a clause.
 */
function nameQuote(d: ClauseDoc, i: number, sentenceStart: number, isVerb: ReadonlySet<number>): boolean {
  const { tokens, phraseOfToken, phrases } = d;
  if (!QUOTE_MARKS.has((tokens[i] as Token).text)) return false;
  const isQuote = (k: number): boolean => tokens[k]?.kind === "punct" && QUOTE_MARKS.has((tokens[k] as Token).text);
  // (only a name that opens its sentence, as a headline's subject does, one after its group's
  // head word, or one right after a verb, its subject or object: الاقتراح رفضته «أحرار الشام»;
  // elsewhere a quoted name may stand anywhere in a clause of its own)
  const opensName = (open: number): boolean => open === sentenceStart || isVerb.has(open - 1) || (tokens[open - 1]?.kind === "word" && QUOTED_NAME_HEAD_WORDS.has((tokens[open - 1] as Token).norm));
  // an opening mark: a phrase right after it, and a closing mark right after the phrase
  const after = phrases[phraseOfToken[i + 1] ?? -1];
  if (after && after.tokenStart === i + 1 && after.tokenEnd - after.tokenStart <= 5 && isQuote(after.tokenEnd)) return opensName(i);
  // a closing mark: a phrase right before it, and an opening mark right before the phrase
  const before = phrases[phraseOfToken[i - 1] ?? -1];
  return before !== undefined && before.tokenEnd === i && before.tokenEnd - before.tokenStart <= 5 && isQuote(before.tokenStart - 1) && opensName(before.tokenStart - 1);
}

function clauseEndOf(d: ClauseDoc, s: Sentence, start: number): number {
  const { clauseOfToken } = d;
    let e = start + 1;
    while (e < s.tokenEnd && clauseOfToken[e] === start) e++;
    return e;
}

function markComplements(d: ClauseDoc, s: Sentence, cands: readonly VerbCandidate[], isVerb: ReadonlySet<number>): void {
  const { tokens, cache, fw, lex, complementOf } = d;
  // 3. complements of speech and denial verbs
  const speechCands = cands.filter((c) => c.speech || c.denial);
  for (const c of speechCands) {
    // (the speaker's name, title and where and when may stand between: قال المتحدث باسم
    // الخارجية الباكستانية في الإيجاز الصحفي الأسبوعي أمس إن ...)
    for (let k = c.token + 1; k < Math.min(s.tokenEnd, c.token + COMPLEMENT_REACH); k++) {
      const t = tokens[k] as Token;
      const n = t.norm;
      const isComp = fw.complementizers.has(n) || fw.pronominalComplementizers.has(n) || t.text === ":";
      if (!isComp) {
        // (so may a relative clause on the occasion: في مؤتمر صحفي عقده مع نظيره، الذي عقده)
        if (isVerb.has(k) && !(fw.relatives.has((tokens[k - 1] as Token).norm) || cache.get(k, true).some((r) => r.prefix === "" && OBJECT_PRONOUN.test(r.suffix) && lex.verbForms.has(r.stem)))) break;
        continue;
      }
      // (what is said ends where, after a comma, another speaker's verb joined by و begins: أن
      // النظام يملك مروحيات، وأعلن كيري أنه ...)
      const next = speechCands.find((o) => o.token > k && o.conj && isComma(tokens[o.token - 1]));
      const end = next ? next.token : s.tokenEnd;
      for (let q = k; q < end; q++) if (complementOf[q] === -1) complementOf[q] = -2 - c.token; // provisional: token id
      break;
    }
  }
}

/** The nouns of being quoted (نقلت الوكالة عن فلان قوله), as keys. */
const QUOTED_SAYING: ReadonlySet<string> = new Set(["قوله", "قولها", "قولهم", "قولهما"]);
/** How far back عن may stand from قوله (the speaker's name and titles between). */
const QUOTED_REACH = 14;

/**
 * The speaker of قوله: the first actor with a code between the عن before it and it (عن محمد
 * علي جعفري قائد الحرس الثوري الإيراني قوله: the title gives the code when the name has none).
 */
function quotedSpeaker(d: ClauseDoc, s: Sentence, at: number): number | null {
  const { tokens, phrases, phraseOfToken, byId } = d;
  for (let k = at - 1; k >= Math.max(s.tokenStart, at - QUOTED_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && !COMMAS.has(t.text)) return null;
    const pi = phraseOfToken[k] ?? -1;
    const p = pi >= 0 ? (phrases[pi] as Phrase) : undefined;
    const an = p !== undefined && p.tokenStart === k && p.prep === "عن" ? p.tokenStart : t.kind === "word" && t.norm === "عن" ? k + 1 : -1;
    if (an < 0) continue;
    for (let q = an; q < at; q++) {
      const cand = phrases[phraseOfToken[q] ?? -1];
      if (cand && cand.canAct && cand.members.some((m) => (byId.get(m)?.code ?? "") !== "")) return cand.index;
    }
    return null;
  }
  return null;
}

/** Subject and object of candidate ci, added to d.verbs (and the discourse subject moved on). */
function codeVerb(d: ClauseDoc, s: Sentence, cands: readonly VerbCandidate[], ci: number, isVerb: ReadonlySet<number>, firstVerbIndex: number): void {
  const { tokens, sentences, phrases, phraseOfToken, byId, cache, fw, lex, triggerAt, inQuote, verbOfToken, clauseOfToken, complementOf, verbs, scope, overtVerbs } = d;
  const c = cands[ci] as VerbCandidate;
  const cs = clauseOfToken[c.token] ?? s.tokenStart;
  const ce = clauseEndOf(d, s, cs);
  const nextVerb = cands[ci + 1] && (cands[ci + 1] as VerbCandidate).token < ce ? (cands[ci + 1] as VerbCandidate).token : ce;
  const prevVerb = ci > 0 ? (cands[ci - 1] as VerbCandidate).token : -1;
  const afterVerb = c.trigger && c.trigger.pattern.kind !== "noun" ? c.trigger.tokenEnd : c.token + 1;
  scope.verb = c.token;
  scope.afterVerb = afterVerb;
  scope.isVerb = isVerb;
  let subject: number | null = null;
  let object: number | null = null;
  let overt = false;
  /** The verb describes, or has as subject, the indefinite noun right before it. */
  let describedBefore = false;
  /** The verb's object pronoun takes up the indefinite actor right before it (قطريين تتهمهما). */
  let antecedentObject = false;
  /** A coordinated verb sharing the subject of a verb whose subject is no actor. */
  let sharesOvert = false;
  // a verb form right after a support verb (and its subject) is its masdar
  // (سيواصلان تبادل الزيارات): it shares that verb's subject, tense and future
  const prevInfo = verbs.length > firstVerbIndex ? (verbs[verbs.length - 1] as VerbInfo) : undefined;
  // (not after a masdar with a preposition, بفرض عقوبات على قطريين تتهمهما: that is no verb)
  const prevNorm = prevInfo !== undefined ? (tokens[prevInfo.token] as Token).norm : "";
  const prevIsMasdar = /^[وف]?[بل]/.test(prevNorm) && !lex.verbForms.has(prevNorm);
  const governedMasdar = prevInfo !== undefined && prevInfo.support && !prevIsMasdar && prevInfo.clauseStart === cs && c.token - prevInfo.token <= 8 && !c.conj;
  // a relative clause right after an actor is about that actor (المتظاهرين الذين احتجوا)
  const relativeStart = fw.relatives.has((tokens[cs] as Token).norm) && cs < c.token;
  const antecedent = relativeStart ? (phraseOfToken[cs - 1] ?? -1) : -1;
  if (antecedent >= 0 && !governedMasdar) subject = antecedent;
  // عقوبات على قطريين تتهمهما واشنطن بتمويل ...: a verb carrying an object pronoun right after
  // an indefinite actor, even one behind a preposition, describes it; the actor right after
  // the verb is its subject
  {
    const prevPhrase = phraseOfToken[c.token - 1] ?? -1;
    const pb = prevPhrase >= 0 ? (phrases[prevPhrase] as Phrase) : undefined;
    const pronoun = c.trigger != null && OBJECT_PRONOUN.test(c.trigger.reading.suffix);
    const pa = pronoun ? phrases[phraseOfToken[afterVerb] ?? -1] : undefined;
    if (!c.participle && pb && pb.prep !== null && pb.tokenEnd === c.token && !/^[وف]?(?:ال|لل)/.test((tokens[pb.tokenStart] as Token).norm) && pa && pa.tokenStart === afterVerb && pa.prep === null && pa.canAct && !governedMasdar) {
      subject = pa.index;
      object = pb.index;
      antecedentObject = true;
    }
  }
  // SVO: a free phrase before the verb in its clause, no verb in between (but an auxiliary right
  // before it: إن التنظيم بات يستخدم، الجيش كان يقصف)
  const auxiliaryBefore = prevVerb >= 0 && prevVerb === c.token - 1 && AUXILIARIES.has((tokens[prevVerb] as Token).norm.replace(/^[وف]/, ""));
  const svoFloor = auxiliaryBefore ? (ci > 1 ? (cands[ci - 2] as VerbCandidate).token : -1) + 1 : prevVerb + 1;
  for (let k = c.token - 1; k >= Math.max(cs, svoFloor) && !governedMasdar && !c.participle && subject === null; k--) {
    const pi = phraseOfToken[k] ?? -1;
    if (pi < 0) continue;
    const p = phrases[pi] as Phrase;
    if (p.tokenStart < cs) break;
    // عند وصول الشرطة ... تظاهر: the genitive of an event noun is no subject of a later verb
    const governing = triggerAt.get(p.tokenStart - 1);
    if (governing && governing.pattern.kind === "noun" && governing.tokenEnd === p.tokenStart) break;
    // وخارج قاعة المحكمة احتفل الأقارب: a body named as where something happens is no subject
    if (placeOfBody(d, p)) {
      k = p.tokenStart;
      continue;
    }
    if (free(scope, p)) {
      // تداولت وسائل الإعلام مؤخرا رفض ...: the subject of a verb before it is not this one's
      // (not after an auxiliary: وكان الوفد زار القاهرة)
      const earlier = verbs.slice(firstVerbIndex).some((v) => v.subject === p.index && v.clauseStart === cs && v.token < p.tokenStart && !v.subjectCarried && !AUXILIARIES.has((tokens[v.token] as Token).norm.replace(/^[وف]/, "")));
      if (p.canAct && (!earlier || c.conj)) subject = p.index;
      break;
    }
    k = p.tokenStart;
  }
  // أن المبعوث الأممي إلى سوريا، ستيفان دي ميستورا، زار طهران: a name set off by commas after
  // the title that opens what is said is the subject of the verb right after it
  if (subject === null && !governedMasdar && !c.participle && cs === c.token - 1 && COMMAS.has((tokens[cs] as Token).text)) {
    const name = phrases[phraseOfToken[cs - 1] ?? -1];
    if (name && name.tokenEnd === cs && free(scope, name) && name.canAct && COMMAS.has((tokens[name.tokenStart - 1] as Token | undefined)?.text ?? "")) {
      // (the title's words, often read into the name's own entity, stand between)
      for (let k = name.tokenStart - 2; k >= Math.max(s.tokenStart, name.tokenStart - APPOSITION_REACH); k--) {
        const t = tokens[k] as Token;
        if (isVerb.has(k) || (t.kind === "punct" && !COMMAS.has(t.text))) break;
        const bare = t.norm.replace(/^[وف]/, "");
        if (fw.complementizers.has(bare)) {
          if (k < name.tokenStart - 2) subject = name.index;
          break;
        }
      }
    }
  }
  // أن كيري «رحب بقرار تركيا»: an actor right after أن/إن, with a quote opening between it and
  // the verb, is the verb's subject
  if (subject === null && !governedMasdar && !c.participle && c.token >= 2 && OPENING_QUOTES.has((tokens[c.token - 1] as Token).text)) {
    const before = phrases[phraseOfToken[c.token - 2] ?? -1];
    const comp = before ? tokens[before.tokenStart - 1] : undefined;
    if (before && before.tokenEnd === c.token - 1 && before.prep === null && free(scope, before) && before.canAct && comp?.kind === "word" && fw.complementizers.has(comp.norm.replace(/^[وف]/, ""))) subject = before.index;
  }
  // أفاد المرصد أن «الطيران المروحي التابع للنظام، جدد قصفه: the actor that opens what is said,
  // set off from its verb by a comma after its modifiers, is that verb's subject
  if (subject === null && !governedMasdar && !c.participle && cs === c.token - 1 && COMMAS.has((tokens[cs] as Token).text)) {
    for (let k = cs - 1; k >= Math.max(s.tokenStart, cs - OPENING_SUBJECT_REACH); k--) {
      const t = tokens[k] as Token;
      if (isVerb.has(k) || (t.kind === "punct" && !OPENING_QUOTES.has(t.text))) break;
      if (!fw.complementizers.has(t.norm.replace(/^[وف]/, ""))) continue;
      let at = k + 1;
      while (at < cs && OPENING_QUOTES.has((tokens[at] as Token).text)) at++;
      const first = phrases[phraseOfToken[at] ?? -1];
      if (first && first.tokenStart === at && first.prep === null && free(scope, first) && first.canAct) subject = first.index;
      break;
    }
  }
  const post: Phrase[] = [];
  for (let k = afterVerb; k < nextVerb; k++) {
    const pi = phraseOfToken[k] ?? -1;
    if (pi < 0) continue;
    const p = phrases[pi] as Phrase;
    if (p.tokenStart !== k) continue;
    post.push(p);
  }
  // (a title's holder named right after it is the same actor: وزير الخارجية الأميركي، جون كيري)
  const freePost = post.filter((p) => free(scope, p)).filter((p, j, all) => j === 0 || !isApposition(all[j - 1] as Phrase, p, byId, tokens));
  // وبحث سموه مع ...، التقى معاليه الرئيس: an honorific pronoun after the verb is its subject,
  // the person in focus; the actor after it is the object
  const honorific = afterVerb < nextVerb && HONORIFIC_PRONOUNS.has((tokens[afterVerb] as Token).norm.replace(/^[وف]/, ""));
  // نفت إيران أن تكون قد زودت روسيا ...: after أن يكون/تكون قد the denier or speaker is the
  // subject (the formula of denials), and the actor after the verb is the object
  const t1 = tokens[c.token - 1] as Token | undefined;
  const t2 = tokens[c.token - 2] as Token | undefined;
  const t3 = tokens[c.token - 3] as Token | undefined;
  const formula = t1?.norm === "قد" && t2 !== undefined && /^[يت]كون(?:ا|وا)?$/.test(t2.norm) && t3 !== undefined && t3.norm.replace(/^[وفب]/, "") === "ان";
  const matrixSubject = formula ? speakerBefore(d, cands, firstVerbIndex, c.token - 3, 8, true) : null;
  // مذكرا بأنه حث الرئيس ...، أكد أنها لن تزود ...: the pronoun on أنّ right before the
  // verb is its subject (the speaker in focus); the actor after the verb is the object
  const pronounSubject = !governedMasdar && pronounComplementizer(d, cs, c.token);
  const statementBy = afterVerb < nextVerb ? issuedBy(d, afterVerb, nextVerb) : null;
  // قال الجيش التركي إن طائراته قصفت المتمردين: forces with a pronoun right after أن/إن are the
  // speaker's own, and the speaker is the subject
  const forcesWord = tokens[c.token - 1] as Token | undefined;
  const ownForces = subject === null && !governedMasdar && forcesWord?.kind === "word" && (phraseOfToken[c.token - 1] ?? -1) < 0 && OWN_FORCES.test(forcesWord.norm) && fw.complementizers.has((tokens[c.token - 2] as Token | undefined)?.norm.replace(/^[وف]/, "") ?? "");
  const ownForcesSubject = ownForces ? speakerBefore(d, cands, firstVerbIndex, c.token - 2, SPEAKER_REACH, false) : null;
  // نقلت الوكالة عن فلان قوله إن ...: the one quoted, named behind عن before قوله, is the speaker
  const quoted = !c.participle && QUOTED_SAYING.has((tokens[c.token] as Token).norm) ? quotedSpeaker(d, s, c.token) : null;
  if (quoted !== null) {
    subject = quoted;
    overt = true;
  } else if (c.participle) {
    // ، داعيا طهران إلى ...: the subject of the sentence's main clause, its first verb that
    // is neither inside what is said nor in a relative clause (وقال الأزهر ... إن تصريحات
    // المرشد تعد ...، معربا عن تضامنه: al-Azhar's); an actor after it is its object
    subject = d.discourseSubject;
    for (let v = firstVerbIndex; v < verbs.length; v++) {
      const pv = verbs[v] as VerbInfo;
      if ((complementOf[pv.token] ?? -1) !== -1 || fw.relatives.has((tokens[pv.clauseStart] as Token).norm.replace(/^[وف]/, ""))) continue;
      subject = pv.subject;
      break;
    }
    object = freePost[0]?.index ?? null;
    // what it tells is the main clause's subject's own act, not part of what was said before it
    if ((complementOf[c.token] ?? -1) <= -2) for (let k = c.token; k < afterVerb; k++) complementOf[k] = -1;
  } else if (subject === null && matrixSubject !== null) {
    subject = matrixSubject;
    object = freePost[0]?.index ?? null;
  } else if (subject === null && ownForcesSubject !== null) {
    subject = ownForcesSubject;
    object = freePost[0]?.index ?? null;
  } else if (subject === null && pronounSubject) {
    // وأعلن جون كيري أنه توصل إلى اتفاق: the pronoun is the one who says so, right before it
    // (not whoever was in focus before that speaker)
    const speaker = speakerBefore(d, cands, firstVerbIndex, cs, SPEAKER_REACH, true, true);
    if (speaker !== null) subject = speaker;
    object = freePost[0]?.index ?? null;
  } else if (subject === null && honorific) {
    object = freePost[0]?.index ?? null;
  } else if (subject === null && !governedMasdar && !c.conj && subjectBefore(d, c.token, cs)) {
    overt = true;
    object = freePost[0]?.index ?? null;
  } else if (subject === null && !governedMasdar && c.present && !c.conj && !resumptiveAfter(d, c, afterVerb) && descriptiveAfter(d, c.token, cs, isVerb)) {
    // سيول تتهم كوريا الشمالية، مصادر تؤكد: an indefinite noun right before a present verb is
    // its subject (or the noun it describes); the actor after the verb is the object
    object = freePost[0]?.index ?? null;
    describedBefore = true;
  } else if (subject === null && afterVerb < nextVerb && ISSUED_STATEMENTS.has((tokens[afterVerb] as Token).norm) && (phraseOfToken[afterVerb] ?? -1) < 0) {
    // ودعا البيان كوريا الشمالية إلى الاعتذار: the statement speaks for whoever issued it;
    // the actor after it is the object
    const issuer = statementIssuer(d, afterVerb, sentences[Math.max(0, s.index - STATEMENT_REACH)]?.tokenStart ?? 0);
    if (issuer !== null) subject = issuer;
    else overt = true;
    object = freePost[0]?.index ?? null;
  } else if (subject === null && statementBy !== null) {
    // وانتقد بيان للنصرة الخطة الأميركية، ودعا بيان صادر عن الخارجية إلى: a statement right
    // after the verb, with its issuer after ل or صادر عن, speaks for that issuer; the actor
    // after them is the object
    subject = statementBy.index;
    object = freePost.find((p) => p.tokenStart >= statementBy.tokenEnd)?.index ?? null;
  } else if (subject === null && c.trigger?.pattern.entry.code.startsWith("14") === true && countedCrowd(d, afterVerb, nextVerb)) {
    // تجمع المئات خارج مكتب الأمم المتحدة، تظاهر نحو ألف: a crowd counted right after a verb
    // of protest is its subject; an actor named after it is where or against whom, unless the
    // count is of that actor (تظاهر المئات من الطلاب المصريين، اعتصم عدد من المعلمين)
    const crowd = freePost[0];
    if (crowd !== undefined && partitive(scope, crowd) && crowd.canAct) subject = crowd.index;
    else overt = true;
  } else if (subject === null && overtSubject(d, afterVerb, nextVerb) && !(!c.present && /ت$/.test((tokens[c.token] as Token).norm) && MASCULINE_CROWDS.has((tokens[afterVerb] as Token).norm))) {
    // (a 3fs past verb takes no masculine crowd as subject: وحثت الجميع، its object)
    // رفض السفير فلان، مساعد وزير الخارجية المصري الأسبق، تصريحات ...: a title set off by
    // commas right after the unknown subject says who the subject is
    const apposed = nextVerb === ce ? commaApposition(d, ce) : null;
    // بدأ جورج أوسبورن وزير المالية البريطاني زيارة: a title right after the unknown name is
    // that person's; the actor after both is the object
    const titled = titleAfterName(d, afterVerb, freePost[0]);
    if (apposed !== null) subject = apposed;
    else if (titled) {
      subject = (freePost[0] as Phrase).index;
      object = freePost[1]?.index ?? null;
    } else {
      // وطالب محمد الكعود حكومة الأنبار، ودعت الكلية إلى: a person or body with no actor code
      // is the verb's own subject; the actor after it is the object, and none is carried
      overt = true;
      object = freePost[0]?.index ?? null;
    }
  } else if (subject === null) {
    const cand = freePost[0];
    // agreement: a 3ms verb does not take a feminine country as subject (كما دعا الصين ...)
    const e = cand && cand.members.length === 1 ? byId.get(cand.members[0] as string) : undefined;
    // ... and a 3fs past verb does not take a sound masculine plural (واعتقلت ناشطين: its object)
    const head = cand ? (tokens[cand.tokenStart] as Token).norm.replace(/^[وف]?(?:ال)?/, "") : "";
    // (a verb before coordinated subjects agrees with the first: زار الصين وتركيا is an object)
    const first = cand && cand.members.length > 1 ? byId.get(cand.members[0] as string) : e;
    const genderMismatch =
      (c.masculine && first !== undefined && (first.type === "country" || first.type === "location") && !(first.entry?.type === "country" && lex.masculineCountries.has(first.entry.iso3)) && !(cand !== undefined && isNationalityWord(cand, byId, tokens, true))) ||
      (c.feminine && (e === undefined || e.type === "agent") && head.length >= 5 && /(?:ين|ون)$/.test(head)) ||
      // (so does a present form with ت: تحث المواطنين, where men would take يحث)
      (c.present && presentWithTa(d, c.token) && (e === undefined || e.type === "agent") && head.length >= 5 && /(?:ين|ون)$/.test(head));
    // a coordinated verb keeps its clause-mate's subject when what follows it is only an
    // unnamed sector (أدانت الوزارة الهجوم، واتهمت فصائل مسلحة بالوقوف وراءه)
    // (and so does a transitive act with one actor after it and no pronoun on it: وزار الأمير مصر
    // أمس، والتقى خلالها الرئيس المصري — the president is whom he met)
    // (a person named by name or title, as whom one meets or visits: a body or a people after the
    // verb is more often its subject, ودعا التنظيم، ورفض المصريين)
    const personAfter = cand !== undefined && cand.members.length > 0 && cand.members.every((id) => {
      const e = byId.get(id);
      return e !== undefined && (e.type === "person" || (e.type === "agent" && e.agent?.title === true));
    });
    const onlyObject = c.conj && personAfter && freePost.length === 1 && cand.prep === null && transitiveTrigger(c) && verbs.slice(firstVerbIndex).some((v) => v.subject !== null && (phrases[v.subject] as Phrase).sentence === s.index && v.token < c.token);
    const sharesSubject = (c.conj && cand !== undefined && cand.inferred && verbs.slice(firstVerbIndex).some((v) => v.subject !== null)) || onlyObject;
    // ندعو السلطات، اتفقنا مع: a first-person verb's subject is the speaker; the actor after it is its object
    // وأيدوا بقوة بذل الجهود لتقويض داعش: a verb with the plural subject ending (وا، ون) has
    // its subject in it; an actor after it is the object
    const bareVerb = (tokens[c.token] as Token).norm.replace(/^[وف]/, "");
    // (one right after the verb still is, as loose and translated text writes: قاموا وانغ وشخصيات صينية بزيارة)
    const pluralEnding = ((bareVerb.length >= 4 && bareVerb.endsWith("وا")) || (c.present && /^[يت]..+ون$/.test(bareVerb))) && cand !== undefined && cand.tokenStart > afterVerb;
    // ورفض عدد من منسوبي الجيش اليمني تنفيذ أوامر الحوثيين: an actor behind من before the
    // candidate is the subject's own (a count or a part of it the lexicon does not read): the
    // candidate further on is no subject
    const partOfBefore = cand !== undefined && post.some((p) => p.tokenStart < cand.tokenStart && p.tokenStart > afterVerb && p.prep === "من" && p.canAct);
    // وشدد على ضرورة حل مشكلة رواتب موظفي حكومة حماس: an actor past على or إلى after the verb
    // is deep in what is stressed or called for, however long the chain, never the subject
    let pastTopic = false;
    // (على يد، على أيدي name the doer of a passive)
    for (let k = afterVerb; cand !== undefined && k < cand.tokenStart && !pastTopic; k++) pastTopic = TOPIC_PREPS.has((tokens[k] as Token).norm) && !AGENT_HANDS.has(tokens[k + 1]?.norm ?? "");
    if (cand && free(scope, cand) && cand.canAct && !sharesSubject && !(cand.tokenStart > afterVerb + 3 && cand.conj) && !genderMismatch && !firstPerson(d, c.token) && !pluralEnding && !partOfBefore && !pastTopic) {
      subject = cand.index;
      object = freePost[1]?.index ?? null;
    } else {
      object = cand?.index ?? null;
    }
  } else if (!antecedentObject) {
    object = freePost[0]?.index ?? null;
    // مقاتلين تدعمهم الولايات المتحدة: a verb with an object pronoun right after an
    // indefinite actor is a relative clause on it; the actor after the verb is its subject
    const before = subject !== null ? (phrases[subject] as Phrase) : undefined;
    // (a verb that is no trigger, المساعدات التي قدمتها المملكة, from its readings)
    const next = freePost[0];
    // (read only where an actor that can act follows: most verbs have none)
    const suffix = c.trigger?.reading.suffix ?? (next?.canAct === true ? (cache.get(c.token, true).find((r) => OBJECT_PRONOUN.test(r.suffix) && lex.verbForms.has(r.stem))?.suffix ?? "") : "");
    // (so is any actor right after such a verb: 230 مواطنا من سكان المدينة اختطفهم التنظيم)
    const rightAfter = next !== undefined && next.tokenStart === afterVerb && next.prep === null;
    if (before && OBJECT_PRONOUN.test(suffix) && next && next.canAct && ((before.tokenEnd === c.token && !/^[وف]?(?:ال|لل)/.test((tokens[before.tokenStart] as Token).norm)) || (rightAfter && before.tokenEnd < c.token))) {
      object = before.index;
      subject = next.index;
    } else if (subject === antecedent && next && next.canAct && ((OBJECT_PRONOUN.test(suffix) && (next.tokenStart === afterVerb || (next.tokenStart === afterVerb + 2 && quotedNameHead(tokens, phraseOfToken, afterVerb)))) || (PRONOUN_PREP.test((tokens[afterVerb] as Token | undefined)?.norm ?? "") && next.tokenStart === afterVerb + 1))) {
      // (or on a preposition right after it: البشير الذي وجهت له المحكمة اتهامات)
      // الأسد الذي تعارضه الرياض: the pronoun on the verb takes up the antecedent, so it is
      // the object, and the actor right after the verb is the subject (without one, الذي
      // زاره is "who visited him": the antecedent stays the subject)
      object = antecedent;
      subject = next.index;
    }
  }
  let carried = c.participle && subject !== null;
  let future = c.future;
  let present = c.present;
  if (governedMasdar && prevInfo) {
    object = null;
    subject = prevInfo.subject;
    carried = prevInfo.subjectCarried;
    future = prevInfo.future;
    present = prevInfo.present;
  }
  // حل سياسي يضع حدا للعنف ويوقف نزيف الدم: a present verb right after an indefinite
  // noun describes that noun, its subject; no actor is carried into it (but a statement
  // or a letter speaks for whoever issued it: أصدرت بيانا يدين)
  // (the noun is no actor, but unlike an overt subject it does not take the focus)
  let described = describedBefore;
  // (and a present verb joined to such a clause shares its subject: ... يضع حدا ويوقف)
  if (subject === null && !overt && !described && !governedMasdar && !c.participle && c.present && c.conj) {
    for (let k = c.token - 1; k >= Math.max(s.tokenStart, c.token - DESCRIPTION_REACH); k--) {
      const t = tokens[k] as Token;
      if (t.kind !== "word" || isVerb.has(k)) break;
      if (/^[يت]/.test(t.norm) && t.norm.length >= 3 && (phraseOfToken[k] ?? -1) < 0 && descriptiveAfter(d, k, s.tokenStart, isVerb)) {
        described = true;
        break;
      }
    }
  }
  if (subject === null && !overt && !described && !c.participle) {
    const firstTok = tokens[cs] as Token;
    const relative = fw.relatives.has(firstTok.norm);
    if (relative) {
      // الذي يدعم ...: the subject is the antecedent, the actor just before the relative
      // (an actor's name right before it; الهجوم الذي استهدف has no actor antecedent)
      const pi = phraseOfToken[cs - 1] ?? -1;
      if (pi >= 0) subject = pi;
    }
    if (subject === null && (fw.pronominalComplementizers.has(firstTok.norm) || fw.pronominalComplementizers.has(firstTok.norm.replace(/^[وف]/, "")))) {
      // أنها لم تقدم ...: the pronoun is the matrix subject
      const m = -2 - (complementOf[cs] ?? -1);
      const mv = verbs.find((v) => v.token === m);
      // (after a participle of saying, مشيرا بأنه طالب ..., the one in focus says it)
      subject = mv ? mv.subject : d.discourseSubject;
    }
    if (subject === null && !relative) {
      for (let v = verbs.length - 1; v >= firstVerbIndex; v--) {
        const pv = verbs[v] as VerbInfo;
        // a verb whose own subject is no actor ends the search: what follows shares it
        if (pv.subject !== null || overtVerbs.has(v)) {
          subject = pv.subject;
          sharesOvert = pv.subject === null;
          break;
        }
      }
    }
    if (subject === null && !relative && !sharesOvert && (c.conj || cs === s.tokenStart || c.speech || (tokens[cs] as Token).kind === "punct")) subject = d.discourseSubject;
    // وقد أطلقوا هجوما: a verb with a plural ending carries no one person, state or body
    if (subject !== null && pluralVerb(tokens[c.token] as Token, c.present) && singularActor(d, phrases[subject] as Phrase)) subject = null;
    // a verb deep inside a clause with no subject of its own is most likely a noun
    // written like a verb (فعاليات عرض الصيف): it carries no subject
    if (!opensClause(d, c.token, cs)) subject = null;
    carried = subject !== null;
  }
  // the actor in focus is the subject of a main clause: a verb inside what is said (أعلن
  // لافروف أن ... لا تأخذ موقف روسيا) or inside a relative clause does not change it
  const subordinate = (complementOf[c.token] ?? -1) !== -1 || fw.relatives.has((tokens[cs] as Token).norm.replace(/^[وف]/, ""));
  if (subject !== null && !carried && !governedMasdar && inQuote[c.token] === 0 && !subordinate) d.discourseSubject = subject;
  // the focus moves to a person or body that is no actor: nothing is carried past it
  if (overt && inQuote[c.token] === 0 && !subordinate) d.discourseSubject = null;
  if (overt) overtVerbs.add(verbs.length);
  const info: VerbInfo = {
    token: c.token,
    sentence: s.index,
    clauseStart: cs,
    clauseEnd: ce,
    subject,
    subjectCarried: carried,
    object,
    support: c.support,
    speech: c.speech,
    denial: c.denial,
    present,
    future,
    matrix: null,
  };
  verbOfToken[c.token] = verbs.length;
  verbs.push(info);
}

export const clausesStage: Stage<Layers, "tokens" | "readings" | "sentences" | "entities" | "triggers" | "times" | "mentions", "clauses", Resources> = {
  name: "clauses",
  requires: ["tokens", "readings", "sentences", "entities", "triggers", "times", "mentions"],
  adds: ["clauses"],
  run(doc, { lex }) {
    const { tokens, sentences, entities, triggers } = doc.layers;
    const { phrases, phraseOfToken } = entities;
    const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]));
    // where a person or body is named that is no actor (محمد الكعود، الهيئة العامة للسياحة)
    const nameStart = new Uint8Array(tokens.length);
    const personNameEnd = new Int32Array(tokens.length);
    for (const n of entities.names ?? []) {
      // only names read from their own shape: a name chain of two words and more, or a body by
      // its head noun (the word after a verb is never a name just for standing there)
      // (or a family name alone of someone named in full before: وناشد الدويك after الدكتور عبدالغفار الدويك)
      const sure = (n.cls === "person" && ((n.tokenEnd - n.tokenStart >= 2 && n.via !== "verb-subject") || n.via === "family-name")) || (n.cls === "organization" && n.via === "org-head");
      if (!sure) continue;
      let coded = false;
      for (let k = n.tokenStart; k < n.tokenEnd && !coded; k++) coded = (phraseOfToken[k] ?? -1) >= 0;
      if (!coded) nameStart[n.tokenStart] = 1;
      if (!coded && n.cls === "person") personNameEnd[n.tokenStart] = n.tokenEnd;
    }
    // words of a person's name are no verb (الأمير فيصل بن خالد: not ف + يصل)
    const inPersonName = new Uint8Array(tokens.length);
    // (only a name read after a title or with بن in it: دان أمين سر المجلس is "condemned")
    for (const n of entities.names ?? []) {
      if (n.cls !== "person" || n.tokenEnd - n.tokenStart < 2) continue;
      let ibn = false;
      for (let k = n.tokenStart + 1; k < n.tokenEnd && !ibn; k++) ibn = (tokens[k] as Token).norm === "بن";
      if (n.via === "title+name" || ibn) inPersonName.fill(1, n.tokenStart, n.tokenEnd);
    }
    // words of time expressions (اليوم، الأحد) are no subject before a verb
    const inTime = new Set<number>();
    for (const t of doc.layers.times) addTokensOverlapping(tokens, t, inTime);
    // a sector or title with no country found for it (أهالي القرية): named, but no actor
    const agentStart = new Uint8Array(tokens.length);
    for (const m of doc.layers.mentions) if (m.prefix === "" && m.payloads.length > 0 && m.payloads.every((p) => p.kind === "agent")) agentStart[m.tokenStart] = 1;
    const cache = doc.layers.readings;
    const fw = lex.fw.sets;
    const triggerAt = new Map<number, TriggerMatch>();
    for (const tm of triggers) triggerAt.set(tm.tokenStart, tm);
    // each sentence reads only its own triggers (in document order), not the whole list
    const triggersOfSentence = new Map<number, TriggerMatch[]>();
    for (const tm of triggers) {
      const list = triggersOfSentence.get(tm.sentence);
      if (list) list.push(tm);
      else triggersOfSentence.set(tm.sentence, [tm]);
    }

    // inside a direct quote the speaker talks about others: their subjects are not the discourse's
    const inQuote = new Uint8Array(tokens.length);
    {
      let open: string | null = null;
      let from = 0;
      for (let i = 0; i < tokens.length; i++) {
        const t = (tokens[i] as Token).text;
        if (open === null && (t === "“" || t === "«")) {
          open = t === "“" ? "”" : "»";
          from = i;
        } else if (open !== null && t === open) {
          inQuote.fill(1, from, i + 1);
          open = null;
        }
      }
    }
    const verbOfToken = new Int32Array(tokens.length).fill(-1);
    const clauseOfToken = new Int32Array(tokens.length).fill(0);
    const complementOf = new Int32Array(tokens.length).fill(-1);
    const verbs: VerbInfo[] = [];
    const scope: ArgumentScope = { tokens, phraseOfToken, phrases, byId, fw, verb: -1, afterVerb: -1, isVerb: new Set<number>() };
    /** Indices in `verbs` of verbs whose subject is named but is no actor. */
    const overtVerbs = new Set<number>();
    const d: ClauseDoc = { tokens, sentences, phrases, phraseOfToken, byId, nameStart, personNameEnd, inPersonName, inTime, agentStart, cache, fw, lex, triggerAt, triggersOfSentence, inQuote, verbOfToken, clauseOfToken, complementOf, verbs, scope, overtVerbs, discourseSubject: null };
    for (const s of sentences) {
      const cands = sentenceVerbs(d, s);
      const isVerb = new Set(cands.map((c) => c.token));
      markClauses(d, s, cands, isVerb);
      markComplements(d, s, cands, isVerb);
      const firstVerbIndex = verbs.length;
      for (let ci = 0; ci < cands.length; ci++) codeVerb(d, s, cands, ci, isVerb, firstVerbIndex);
    }
    // resolve provisional complement marks (token ids) into verb indices
    for (let i = 0; i < complementOf.length; i++) {
      const v = complementOf[i] ?? -1;
      if (v <= -2) complementOf[i] = verbOfToken[-2 - v] ?? -1;
    }
    // filled by push, not .map: later stages then see arrays of one elements kind
    const withMatrix: VerbInfo[] = [];
    for (const v of verbs) {
      const m = complementOf[v.token] ?? -1;
      withMatrix.push(m >= 0 && m !== verbOfToken[v.token] ? { ...v, matrix: m } : v);
    }
    const layer: ClauseLayer = { verbs: withMatrix, verbOfToken, clauseOfToken, complementOf };
    return { clauses: layer };
  },
};



/** Is token k the head word of a quoted name (تنظيم "داعش"), whose name is a phrase? */
function quotedNameHead(tokens: readonly Token[], phraseOfToken: ArrayLike<number>, k: number): boolean {
  const t = tokens[k];
  const q = tokens[k + 1];
  return t !== undefined && t.kind === "word" && QUOTED_NAME_HEAD_WORDS.has(t.norm) && q !== undefined && q.kind === "punct" && QUOTE_MARKS.has(q.text) && (phraseOfToken[k + 2] ?? -1) >= 0;
}

/** Does the verb form carry a plural subject ending (أطلقوا، يطلقون)? */
function pluralVerb(t: Token, present: boolean): boolean {
  const bare = t.norm.replace(/^[وف]/, "");
  return (bare.length >= 4 && bare.endsWith("وا")) || (present && /^[يت]..+ون$/.test(bare));
}

/** Is the phrase one person, state, place or body, named in the singular? */
function singularActor(d: ClauseDoc, p: Phrase): boolean {
  if (p.members.length !== 1) return false;
  const e = d.byId.get(p.members[0] as string);
  if (!e || (e.type !== "person" && e.type !== "country" && e.type !== "organization" && e.type !== "location")) return false;
  // (a body named by a plural, الحوثيين، المتمردون, is many)
  const last = d.tokens[p.tokenEnd - 1];
  return last !== undefined && last.kind === "word" && !/(?:ون|ين|ات)$/.test(last.norm);
}

/** Words of where (خارج، أمام، داخل، قرب، وسط) and the buildings of a body (قاعة، مبنى، مقر), as keys. */
const WHERE_WORDS: ReadonlySet<string> = new Set(["خارج", "داخل", "أمام", "قرب", "وسط", "عند", "بجوار", "محيط"].map((w) => normalizeKey(w)));
const BUILDING_WORDS: ReadonlySet<string> = new Set(["قاعة", "مبنى", "مقر", "بوابة", "باب", "ساحة"].map((w) => normalizeKey(w)));

/** Is the phrase a body named as a place (خارج قاعة المحكمة، أمام مقر الوزارة، أمام السفارة)? */
function placeOfBody(d: ClauseDoc, p: Phrase): boolean {
  const { tokens } = d;
  const bare = (k: number): string => {
    const t = tokens[k];
    return t !== undefined && t.kind === "word" ? t.norm.replace(/^[وف]/, "") : "";
  };
  let k = p.tokenStart - 1;
  if (BUILDING_WORDS.has(bare(k))) k--;
  return WHERE_WORDS.has(bare(k));
}

/** Is the candidate a verb trigger whose other side is its object, with no object pronoun on it (التقى، زار، هاجم)? */
function transitiveTrigger(c: VerbCandidate): boolean {
  const tm = c.trigger;
  if (tm == null || tm.pattern.kind !== "verb" || OBJECT_PRONOUN.test(tm.reading.suffix)) return false;
  return tm.pattern.entry.target?.[0] === "object";
}
