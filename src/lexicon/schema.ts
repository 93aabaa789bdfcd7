/**
 * Schemas of the analyst-editable lexicon files (data/lexicon/**.yaml).
 *
 * Language-neutral facts about actors and places live in data/lexicon/common;
 * each entry carries its surface forms per language in a block named by the
 * language code (`ar:` today, `en:` next). Language-specific word lists
 * (triggers, titles, agents, topics) live in data/lexicon/<lang>/.
 */
import { z } from "zod";

/** Stable ids: lower-case ASCII slugs, dots allowed for namespaces. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "ids are lower-case ASCII slugs like 'xi-jinping'");

/** ISO-8601 calendar date (YYYY-MM-DD). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");

/** A CAMEO actor code: a country/IGO prefix of three letters plus optional role codes. */
export const ActorCode = z
  .string()
  .regex(/^(?:[A-Z]{3})+$/, "actor codes are runs of three upper-case letters, e.g. CHNGOV");

/** A CAMEO event code: two to four digits, leading zero kept ("040", "0256"). */
export const EventCode = z.string().regex(/^\d{2,4}$/, "event codes are 2-4 digit strings, e.g. \"040\"");

const Forms = z.array(z.string().min(1)).min(1);

/** Surface forms of one entry in one language. */
export const ArabicNames = z
  .object({
    /** Full names: match anywhere in a text. */
    names: Forms,
    /**
     * Short forms (a surname, an acronym) that are ambiguous alone: they link only
     * in a document that also holds one of the full names, or right after a title.
     */
    short: z.array(z.string().min(1)).optional(),
    /** Nationality adjectives, any gender and number (صيني، صينية، صينيون، صينيين). */
    adjectives: z.array(z.string().min(1)).optional(),
    /**
     * Adjectives that are also common words (مالي "financial", قمري "lunar"): read
     * as the nationality only after an agent or title (الجيش المالي، الرئيس المالي).
     */
    weakAdjectives: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const Role = z
  .object({
    code: ActorCode,
    /** Inclusive start; omitted = since ever. */
    from: IsoDate.optional(),
    /** Exclusive end; omitted = still holds. */
    to: IsoDate.optional(),
    title: z.string().optional(),
  })
  .strict();

const EntryBase = {
  id: Id,
  name: z.string().min(1),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  ar: ArabicNames.optional(),
  note: z.string().optional(),
};

export const CountryEntry = z
  .object({
    ...EntryBase,
    type: z.literal("country"),
    iso3: z.string().regex(/^[A-Z]{3}$/),
    /** CAMEO actor code (usually iso3). */
    code: ActorCode,
    /**
     * Grammatical gender of the name in Arabic. Most country names are feminine
     * (الصين، روسيا، مصر); a few are masculine (العراق، لبنان، الأردن). Verb
     * agreement uses it to tell a subject from an object. Default: f.
     */
    gender: z.enum(["m", "f"]).optional(),
    /** id of the capital's place entry. */
    capital: Id.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const PlaceEntry = z
  .object({
    ...EntryBase,
    type: z.literal("location"),
    /** iso3 of the country the place is in. */
    country: z.string().regex(/^[A-Z]{3}$/),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** A capital stands for its government when it acts (موسكو تدين). */
    capital: z.boolean().optional(),
  })
  .strict();

export const PersonEntry = z
  .object({
    ...EntryBase,
    type: z.literal("person"),
    country: z.string().regex(/^[A-Z]{3}$/),
    /** Roles in time; the one holding on the document's date gives the code. */
    roles: z.array(Role).min(1),
    /** Code outside every role (e.g. USAELI for a former leader); default: the country code. */
    defaultCode: ActorCode.optional(),
  })
  .strict();

/** Organisations, government metonyms (الكرملين), groups such as "the West". */
export const OrganizationEntry = z
  .object({
    ...EntryBase,
    type: z.enum(["organization", "group"]),
    code: ActorCode,
    country: z.string().regex(/^[A-Z]{3}$/).optional(),
    /** A news agency reports events; it is not an actor of them. */
    media: z.boolean().optional(),
    /**
     * Entries whose full names license the short forms too, besides the entry's own: the war
     * a body fights names it (التحالف alone in a report that names اليمن or الحوثيين).
     */
    shortLicensedBy: z.array(Id).optional(),
  })
  .strict();

export const ActorEntry = z.discriminatedUnion("type", [CountryEntry, PlaceEntry, PersonEntry, OrganizationEntry]);
export type ActorEntry = z.infer<typeof ActorEntry>;
export type CountryEntry = z.infer<typeof CountryEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type OrganizationEntry = z.infer<typeof OrganizationEntry>;

/**
 * Generic agents and titles (data/lexicon/ar/agents.yaml): nouns that name a
 * sector of a state (الجيش → MIL) or a title that introduces a person
 * (الرئيس → GOV). The country comes from context: a nationality adjective after
 * it (الجيش السوري), a country in idafa (حكومة العراق), or the document.
 */
export const AgentEntry = z
  .object({
    id: Id,
    name: z.string().min(1),
    /** CAMEO agent code appended to the country code (GOV, MIL, COP, OPP, ...). */
    agent: z.string().regex(/^(?:[A-Z]{3})+$/),
    /** Arabic forms, without clitics; the article ال is listed where it belongs. */
    ar: Forms,
    /** true: a title that may be followed by a person's name (الرئيس فلان). */
    title: z.boolean().optional(),
    /** true: needs a country in context to mean anything (no code without one). */
    needsCountry: z.boolean().optional(),
    /**
     * false: only a country named with it counts (الإدارة الأمريكية، إدارة أوباما), never
     * the country the document is about (إدارة النادي is a club's management).
     */
    countryFromContext: z.boolean().optional(),
    /**
     * The country it stands for when none is named with it, before the country in focus:
     * Arabic news means Israel's by المستوطنون and قوات الاحتلال (قوات الاحتلال الأمريكي names its own).
     */
    country: z.string().regex(/^[A-Z]{3}$/).optional(),
    note: z.string().optional(),
  })
  .strict();
export type AgentEntry = z.infer<typeof AgentEntry>;

/**
 * Topics that specialise an appeal, demand or intent by what is asked for
 * (دعا إلى وقف إطلاق النار → 0256). `codes` maps the general code of the
 * trigger's family to the specific one: {"020": "0256", "100": "1056"}.
 */
export const TopicEntry = z
  .object({
    id: Id,
    name: z.string().min(1),
    ar: Forms,
    codes: z.record(EventCode, EventCode),
    note: z.string().optional(),
  })
  .strict();
export type TopicEntry = z.infer<typeof TopicEntry>;

export const Example = z
  .object({
    text: z.string().min(1),
    /** Expected source and target actor codes (null when none). */
    source: ActorCode.nullable(),
    target: ActorCode.nullable(),
    code: EventCode,
    negated: z.boolean().optional(),
    published: IsoDate.optional(),
  })
  .strict();

/**
 * One event trigger: a verb (with all its inflected forms) and/or its event
 * nouns, the CAMEO code it yields and how its arguments are found.
 * Pattern strings are space-separated words; `...` stands for a gap of up to
 * four words (أعرب ... عن تقدير).
 */
export const TriggerEntry = z
  .object({
    id: Id,
    code: EventCode,
    /** Finite verb forms: past, present, passive, all persons that news uses. */
    verbs: z.array(z.string().min(1)).optional(),
    /**
     * Passive forms (قتل as قُتل is usually written without vowels: list only forms
     * that are unambiguous, like يُقتل is not: تم اعتقال is a noun pattern instead).
     * The grammatical subject of a passive is the target; the source comes from an
     * agent phrase (على يد، من قبل، بنيران).
     */
    passives: z.array(z.string().min(1)).optional(),
    /** Event nouns and masdars (لقاء، زيارة، غارة) and multi-word nominal patterns. */
    nouns: z.array(z.string().min(1)).optional(),
    /**
     * Where the target is: "object" (direct object), or a preposition
     * (ب، مع، على، إلى، ل، ضد، من، عن، في) attached or standing before it.
     */
    target: z.array(z.string().min(1)).default(["object"]),
    /** For nouns: what an actor in idafa right after the noun is. */
    genitive: z.enum(["source", "target", "auto"]).default("auto"),
    /** For nouns: they make an event without a support verb (غارة، اجتماع). */
    standalone: z.boolean().default(false),
    /**
     * A one-sided act (resign, investigate, mobilise, declare an emergency): coded
     * without a target. Other acts outside the roots that allow an implicit
     * addressee (01-03, 10-14) need one.
     */
    oneSided: z.boolean().default(false),
    /**
     * A verb of many senses (عرض "offered" / "showed, presented") that is this event only
     * with an actor as its target (عرض على X): otherwise nothing is coded.
     */
    needsTarget: z.boolean().default(false),
    /**
     * The code when no one is addressed (حذر من أن ...: a warning of a danger, a pessimistic
     * comment, 012), where the entry's own code needs an addressee (حذرت الصين تايوان: 130).
     */
    untargetedCode: z.string().regex(/^\d{3,4}$/).optional(),
    /** Reciprocal: a compound subject without a target is coded between its members. */
    symmetric: z.boolean().default(false),
    /** Words that must occur within `window` words after the trigger (وقع ... اتفاقية). */
    cue: z.object({ after: Forms, window: z.number().int().min(1).max(12).default(4) }).strict().optional(),
    /**
     * Words that cancel the trigger when they occur within `window` words after it:
     * idioms that share the verb (احتل المرتبة "ranked", not "occupied").
     */
    unless: z.object({ after: Forms, window: z.number().int().min(1).max(8).default(2) }).strict().optional(),
    /** Specialise the code with topics (appeals, demands, intents). */
    topics: z.boolean().default(false),
    /** A speech act: its complement may hold a more specific event (CAMEO's 010 rule). */
    speech: z.boolean().default(false),
    /**
     * An evaluation inside reported speech (X قال إن Y ... منفصل عن الواقع): the
     * speaker is the source and the complement's subject the target.
     */
    evaluation: z.boolean().default(false),
    examples: z.array(Example).min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((t) => (t.verbs?.length ?? 0) + (t.nouns?.length ?? 0) + (t.passives?.length ?? 0) > 0, "a trigger needs verbs or nouns");
export type TriggerEntry = z.infer<typeof TriggerEntry>;

export const ActorFile = z.array(ActorEntry);
export const AgentFile = z.array(AgentEntry);
export const TopicFile = z.array(TopicEntry);
export const TriggerFile = z.array(TriggerEntry);

const Words = z.array(z.string().min(1));

/**
 * Closed-class words the argument finder needs (data/lexicon/ar/function-words.yaml).
 * Each list's key is its stable id.
 */
export const FunctionWords = z
  .object({
    prepositions: Words,
    complementizers: Words,
    /** Complementizers with a pronoun: the embedded subject is the matrix subject. */
    pronominalComplementizers: Words,
    relatives: Words,
    clauseBreakers: Words,
    verbalNegation: Words,
    copularNegation: Words,
    nominalNegation: Words,
    /** Speech verbs of denial: the event in their complement did not happen. */
    denialVerbs: Words,
    future: Words,
    intent: Words,
    conditionals: Words,
    /** Verbs that carry an event noun (أجرى اتصالا، قام بزيارة، جدد دعوته), all forms. */
    supportVerbs: Words,
    /** Other frequent verbs, so that clauses and subjects are found around them. */
    otherVerbs: Words,
    /**
     * Active participles of circumstance (حال) that work as verbs (داعيا، مطالبا، معربا): after a
     * comma they tell what the main clause's subject did as well, so they take that subject,
     * never an actor after them (which is their object).
     */
    participles: Words,
    /** الجانبان، الطرفان: the two actors last in focus. */
    pairAnaphora: Words,
    /** Phrases that introduce the agent of a passive (على يد، من قبل، بنيران). */
    agentPhrases: Words,
    /** Words that may stand between a negation and its verb (قد، بعد). */
    negationGap: Words,
    /** Vague past (مؤخرا، في وقت سابق): the event's date is unknown, not the day of publication. */
    vagueTime: Words,
    /** Words before أن that make a following present form a past subjunctive (قبل أن تغزو). */
    subjunctiveMarkers: Words,
    /** Parts of a place (في شمال سوريا): the preposition before them governs the place. */
    placeParts: Words,
    /** Very frequent words; a trigger form equal to one (هنأ → هنا "here") is a lexicon error. */
    commonWords: Words,
    /** Cardinals and quantity nouns that count people (ثلاثة، عشرات، آلاف). */
    countWords: Words,
    /** People counted in incident reports (شخصا، جنود، متظاهرين). */
    countedPeople: Words,
    /** Duals of counted people, a count by themselves (جنديين، شرطيين). */
    countedPairs: Words,
    /**
     * A minister's portfolio after the title and before the country (وزير الاقتصاد الألماني، وزير
     * الشؤون الاجتماعية المصري): part of the title, never a country (المالية is no Mali here).
     */
    portfolios: Words,
  })
  .strict();
export type FunctionWords = z.infer<typeof FunctionWords>;

/**
 * Given names (data/lexicon/ar/given-names.yaml): what starts a person's name
 * that no lexicon entry knows.
 */
export const GivenNames = z
  .object({
    /** Arabic given names, masculine and feminine. */
    given: Words,
    /** Given names of foreign origin as Arabic writes them (جورج، فلاديمير). */
    foreign: Words,
    /** Given names that are also common words (علي/على، أمين): a name only inside a longer name or after a title. */
    ambiguous: Words,
  })
  .strict();
export type GivenNames = z.infer<typeof GivenNames>;

/**
 * Words around names (data/lexicon/ar/name-cues.yaml) that tell what kind of
 * name follows or contains them; see the file's header for each list.
 */
export const NameCues = z
  .object({
    honorifics: Words,
    connectors: Words,
    divine: Words,
    orgHeads: Words,
    orgCues: Words,
    placeCues: Words,
    misc: Words,
    miscHeads: Words,
    notNames: Words,
    /**
     * Common nouns that open a lexicon name without being part of the proper name:
     * منطقة الشرق الأوسط names الشرق الأوسط; القارة الأفريقية names none.
     */
    descriptors: Words,
    /** Epithets after a place's name that are no part of the name (مكة المكرمة → مكة). */
    epithets: Words,
  })
  .strict();
export type NameCues = z.infer<typeof NameCues>;
