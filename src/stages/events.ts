/**
 * Event coding: each trigger with its argument frame gives CAMEO events —
 * source and target from the clause structure, negation, modality (intent,
 * condition, reported speech), the specific code an appeal's topic selects,
 * the date of the clause's time expression, and the place.
 */
import { normalizeKey } from "../lang/ar/normalize.js";
import { isComma } from "../lang/ar/tokenize.js";
import type { Token } from "../lang/ar/tokenize.js";
import type { Sentence } from "../lang/ar/sentences.js";
import type { Stage } from "../core/pipeline.js";
import type { Modality } from "../core/record.js";
import { HONORIFICS, HONORIFIC_WORDS, QUOTE_MARKS, QUOTED_NAME_HEAD_WORDS, UNIT_HEADS, isApposition, isCount, isNationalityWord } from "./phrase-facts.js";
import { HONORIFIC_PRONOUNS, OBJECT_PRONOUN, PREP_WITH_PRONOUN } from "./clauses.js";
import { addTokensOverlapping, countryEntity, ownCountryWord } from "./entities.js";
import type { Entity, EventAnnotation, Layers, Phrase, Resources, TriggerDiagnostic, TriggerMatch, TriggerOutcome, VerbInfo } from "./layers.js";
import type { TimeExpression } from "../lang/ar/time.js";

/** Intent codes (root 03, or threats in 13) for acts announced for the future. */
const INTENT_OF_ROOT: Record<string, string> = {
  "04": "036",
  "05": "032",
  "06": "031",
  "07": "033",
  "08": "035",
  "16": "131",
  "17": "137",
  "18": "138",
  "19": "138",
  "20": "138",
};

/** How many tokens past its clause an argument may stand (a time not counted: ، مساء أمس، فلان), when no verb comes between. */
const PAST_COMMA = 6;
/** أن and إن (as keys, with ب: بأن), which open a clause of their own. */
const COMPLEMENTIZER_KEYS = new Set(["أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها"].map((w) => normalizeKey(w)));
/** Roots of force and coercion, whose masdar's ل names whom it is done to. */
const FORCE_ROOTS = new Set(["15", "17", "18", "19", "20"]);
/** How many words past a masdar's ل an actor may close the construct chain that ل governs. */
const LAM_CHAIN = 3;
/** A preposition with a singular pronoun (منه، لها، إليه، عليها), as keys: the preposition's form with a pronoun, and the pronoun. */
const PREP_WITH_SINGULAR_PRONOUN = /^(من|ل|ب|الي|علي|مع|ضد|عن)(?:ه|ها)$/;
/** The key of each preposition of PREP_WITH_SINGULAR_PRONOUN as a trigger's target lists it (إليه: إلى). */
const PRONOUN_PREP_KEYS = new Map([["من", "من"], ["ل", "ل"], ["ب", "ب"], ["الي", normalizeKey("إلى")], ["علي", normalizeKey("على")], ["مع", "مع"], ["ضد", "ضد"], ["عن", "عن"]]);
/** Words that open a contrasting statement: the search for an argument past a comma stops there. */
const CONTRAST_WORDS = new Set(["لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها"].map((w) => normalizeKey(w)));
const GOVERNOR_WINDOW = 8;
/** The masdars of giving aid (تقديم مساعدات، إرسال، توزيع، تسيير، إيصال، منح): they carry an aid noun as a support verb would. */
const AID_MASDARS: ReadonlySet<string> = new Set(["تقديم", "إرسال", "توزيع", "تسيير", "إيصال", "منح"].map((w) => normalizeKey(w)));
/** The passive participles of giving (المساعدات المقدمة من المملكة): the giver follows من. */
const GIVEN_BY: ReadonlySet<string> = new Set(["المقدمة", "المقدم", "المرسلة", "المرسل", "الممنوحة"].map((w) => normalizeKey(w)));
/** Words between an aid noun and المقدمة من (المساعدات الطبية والغذائية المقدمة من). */
const AID_GIVER_REACH = 3;
/** Where a protest is held: in front of a building, near it, in the streets (أمام السجن، إلى الشوارع). */
const PROTEST_SITES: ReadonlySet<string> = new Set(["أمام", "قبالة", "الشوارع", "الشارع", "ساحة", "الساحة", "ميدان"].map((w) => normalizeKey(w)));
/** Words of degree between a masdar and its object (رفضه المطلق للتدخل، إدانتها الشديدة للهجوم). */
const DEGREE_AFTER_MASDAR: ReadonlySet<string> = new Set(["المطلق", "الشديد", "الشديدة", "القاطع", "التام", "الكامل", "الكاملة", "البالغ", "الواضح"].map((w) => normalizeKey(w)));
/** تلبية لدعوة، استجابة لدعوة، بناء على دعوة: the invitation after them is answered, not made. */
const ANSWERING: ReadonlySet<string> = new Set(["تلبية", "استجابة", "على"].map((w) => normalizeKey(w)));
/** The entries whose nouns are invitations (دعوة، تلبية لدعوة): only they can be answered. */
const INVITATIONS: ReadonlySet<string> = new Set(["invite", "call-for"]);
/** Words between an answered invitation and its inviter (كريمة رسمية من فخامة السيد الرئيس). */
const INVITER_REACH = 7;
/** Words a side after بين may take for its titles before و and the other side (ولي ولي العهد وزير الدفاع وفخامة). */
const BETWEEN_TITLES = 14;
/** Verbs of receiving (a call, a letter, an invitation), as keys: their subject is the target. */
const RECEIVE_VERBS: ReadonlySet<string> = new Set(["تلقي", "تلقت", "تلقيا", "تلقتا", "تلقوا", "يتلقي", "تتلقي", "تسلم", "تسلمت", "تسلما", "تسلموا", "يتسلم", "تتسلم", "استلم", "استلمت", "استلما", "استلموا", "يستلم", "تستلم"]);
/** How far back a verb whose subject (with its titles) comes right after it may govern an event noun. */
const LONG_SUBJECT_WINDOW = 24;
/** Roots whose events may have no target (the addressee is often implicit). */
const OPEN_TARGET_ROOTS = new Set(["01", "02", "03", "10", "11", "12", "13", "14"]);
/** Words that introduce what is asked for: دعا إلى، حث على، طالب بـ (clitic). */
const COMPLEMENT_MARKERS = new Set(["الي", "علي"]);
const TOPIC_WINDOW = 8;
/** How far after its verb a subject may start for the topic to be looked for after it (a title before the name). */
const SUBJECT_BEFORE_TOPIC = 6;
/** Prepositions that introduce what an appeal asks for (حث على، دعا إلى), as keys. */
const ASKED_PREPS: ReadonlySet<string> = new Set(["علي", "الي"]);
/** How far back a verb joined by و looks for the condition it belongs to. */
const CONDITION_REACH = 10;
/** Words that make the event noun after them the occasion of another act (خلال لقائه، أثناء زيارته), as keys. */
const CIRCUMSTANCE: ReadonlySet<string> = new Set(["خلال", "اثناء", "لدي", "ابان", "عند"].map((w) => normalizeKey(w)));
/** Words that make a contact after them, with مع, the occasion just over of the clause's act (قال بعد حوار مع نظيره), as keys. */
const CONTACT_JUST_OVER: ReadonlySet<string> = new Set(["بعد", "عقب", "اثر", "فور"].map((w) => normalizeKey(w)));
/** A claiming verb after the act it claims: with its pronoun (تبناه، تبنتها) or before a share of them (تبنى بعضها). */
const CLAIMED_AFTER = /^(?:تبنا|تبنت|تبنو|يتبنا|تتبنا)(?:ه|ها|هم|هما)?$|^(?:تبني|يتبني|تتبني)$/;
/** Words for a share of the acts claimed (بعضها، معظمها), as keys. */
const CLAIMED_SHARE: ReadonlySet<string> = new Set(["بعضها", "معظمها", "اغلبها", "أغلبها", "جميعها", "احدها", "أحدها", "بعضهما"].map((w) => normalizeKey(w)));
/** How many words after an act its claim may stand (هجمات تبنى، الهجوم الذي تبناه). */
const CLAIM_REACH = 4;
/** Predicates of readiness and commitment (keys) that a nominal clause's subject holds (إن واشنطن ملتزمة). */
const PREDICATES: ReadonlySet<string> = new Set(["مستعد", "مستعدة", "مستعدون", "مستعدين", "ملتزم", "ملتزمة", "ملتزمون", "ملتزمين", "حريص", "حريصة", "حريصون", "حريصين"].map((w) => normalizeKey(w)));
/** بأن and its forms with a pronoun, as keys: what follows tells the content of a charge or a claim. */
const ALLEGING_THAT: ReadonlySet<string> = new Set(["بأن", "بان", "بأنه", "بأنها", "بأنهم", "بأنهما"].map((w) => normalizeKey(w)));
/** Nouns of a charge or a claim (without the article), as keys: their بأن clause is alleged. */
const ALLEGATIONS: ReadonlySet<string> = new Set(["اتهامات", "اتهام", "مزاعم", "ادعاءات", "ادعاء", "شائعات", "إشاعات", "تهمة", "تهم"].map((w) => normalizeKey(w)));
/** How many words may stand between بأن and the act, and between a charge and its بأن. */
const ALLEGATION_REACH = 5;
/** Roots of acts done by saying them (appeals, demands, criticism, rejections, threats): dated when said. */
const SAID_ROOTS: ReadonlySet<string> = new Set(["01", "02", "05", "10", "11", "12", "13"]);
/** Words that make the act after them the time of another (بعد الهجوم، إثر مقتل، غداة التفجير), as keys. */
const DATING: ReadonlySet<string> = new Set(["بعد", "قبل", "اثر", "عقب", "غداة", "منذ", "بعيد", "قبيل"].map((w) => normalizeKey(w)));
/** How many words before an act such a word may stand (بعد ثمانية أيام من الهجوم). */
const DATING_REACH = 4;
/** Verbs of undergoing (تعرض لـ "came under, was subjected to"): their subject suffers the act. */
const EXPOSURE_VERBS = new Set(["تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "يتعرض", "تتعرض", "يتعرضان", "تتعرضان", "يتعرضون"]);
/** Past forms of undergoing: one who came under an act tells of a particular act done to them. */
const EXPOSED_PAST = new Set(["تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "تعرضن"]);
/** Nouns that govern the masdar تعرض (عدم تعرضه، خشية تعرض، احتمال تعرض). */
const EXPOSURE_GOVERNORS = new Set(["عدم", "بعدم", "خشية", "احتمال", "امكانية", "إمكانية", "خطر", "مخاطر", "حالة", "حالات", "بسبب", "نتيجة", "جراء"].map((w) => normalizeKey(w)));
/** A preposition with a third-person pronoun (معه، بها، لهم، عليه، إليه) and the preposition it stands for. */
const PRONOUN_PREP = /^(مع|ب|ل|علي|الي)(?:ه|ها|هم|هما|هن)$/;

/**
 * Words that make the event noun after them a reference to an event already
 * known rather than a report of one: time and cause (منذ اغتيال، إثر مقتل، في
 * ذكرى تفجير), the aftermath of an act (ضحايا الهجوم، المتورطين في جريمة
 * اغتيال، التحقيق في التفجير، بتهمة خطف), or an act that did not happen (التخطيط
 * لهجوم، إحباط هجوم). Keys are normalised (normalizeKey).
 */
const BACKGROUND_GOVERNORS = new Set(
  [
    "منذ", "إثر", "اثر", "عقب", "بعيد", "إبان", "ابان", "ذكرى", "الذكرى", "ذكري", "الذكري",
    "أعقاب", "اعقاب", "خلفية", "ضحايا", "وراء", "ملفات", "منفذي", "منفذو", "مدبري", "مدبرو", "المتورطين", "المتورطون", "متورطين",
    "المتهمين", "المتهمون", "متهمين", "المتهم", "متهم", "المشتبه", "تهمة", "تهم", "قضية", "ملف", "محاكمة", "محاكمات",
    "التحقيق", "تحقيق", "التحقيقات", "تحقيقات", "تورط", "تورطه", "تورطها", "تورطهم", "ضلوع", "ضلوعه", "ضلوعها", "ضلوعهم",
    // a plot or a foiled act did not happen (بالتخطيط لهجوم، إحباط هجوم، مخطط لاغتيال)
    "التخطيط", "تخطيط", "مخطط", "مخططا", "المخطط", "مخططات", "مؤامرة", "إحباط", "احباط",
    // the day after an act told before (غداة الاعتداء)
    "غداة",
    // how an act goes on, as the topic of another (أعرب عن ارتياحه لتطورات العمليات العسكرية)
    "تطورات", "مستجدات", "تداعيات",
    // a link to an act told before (على علاقة بخطف، له صلة بالهجوم)
    "علاقة", "صلة", "الصلة", "صلته", "صلتها", "صلتهم", "علاقته", "علاقتها", "علاقتهم",
    // who answers for an act told before (أعلن مسؤوليته عن الهجوم، الجماعة المسؤولة عن مقتل)
    "مسؤولية", "المسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤول", "المسؤولة", "المسؤولين", "المسؤولون",
    // an act guarded against, prevented or to be stopped (تحسبا لهجوم، لمنع هجمات، لتفادي
    // اشتباكات، بوقف إطلاق الصواريخ، إنهاء الحرب)
    "تحسبا", "تحسبًا", "منع", "تفادي", "تجنب", "الحيلولة", "دون", "وقف", "إيقاف", "إنهاء", "حظر",
    // an act feared (تخوفا من عمليات انتحارية، خشية وقوع هجمات، مخاوف من اشتباكات)
    "تخوفا", "تخوفًا", "تخوف", "التخوف", "خوفا", "خوفًا", "خشية", "مخافة", "مخاوف", "المخاوف",
    // any act at all, no particular one (أي هجوم، لأي ضربة)
    "أي", "اي", "أية", "اية",
  ].map((w) => normalizeKey(w)),
);
/**
 * Words of accusation (اتهم الجيش بقتل مدنيين، متهمين بخطف سياح، اعترافات بتنفيذ هجوم):
 * an act someone is accused of or confesses to is a charge, not a report of the act.
 */
const ACCUSATIONS = new Set(
  ["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "اتهمه", "اتهمها", "اتهمهم", "اتهمته", "اتهمتها", "اتهمتهم", "اتهموه", "اتهموها", "يتهمه", "يتهمها", "تتهمه", "تتهمها", "تتهمهم", "اتهام", "اتهامات", "الاتهام", "الاتهامات", "اتهامه", "اتهامها", "اتهامهم", "متهم", "متهمين", "متهمون", "متهما", "المتهم", "المتهمين", "المتهمون", "متهمة",
    "تهمة", "تهم", "بتهمة", "بتهم", "يشتبه", "المشتبه", "اشتباه", "للاشتباه", "اعترافات", "اعترف", "اعترفوا", "اعترافه", "اعترافهم", "أدين", "ادين", "أدينوا", "ادينوا", "المدانين", "مدانين", "إدانته", "ادانته", "يحاكم", "يحاكمون", "محاكمته", "محاكمتهم", "حكم", "أحكام", "احكام"].map((w) => normalizeKey(w)),
);
const ACCUSATION_WINDOW = 10;
/** A word with the article, maybe behind a conjunction and a preposition (والهجوم، بالغارات، للاعتداء). */
const DEFINITE_NOUN = /^[وف]?[بلك]?(ال|لل)/;
/** Words that may open a sentence before an act its carried subject does (كما أكد، وقد أعرب، ثم زار). */
// (keys as bareKey reads them: و/ف stay on a word of two letters, وقد)
const CARRY_OPENERS = new Set(["كما", "قد", "وقد", "فقد", "ثم", "كذلك", "بدوره", "بدورها", "ايضا", "أيضا"].map((w) => normalizeKey(w)));
/** Words that front the source of the news (وبحسب مكتبه، وفقا لمصادر), as keys, and how far their comma may be. */
const ATTRIBUTION_OPENERS = new Set(["بحسب", "حسب", "وفقا", "طبقا", "نقلا"].map((w) => normalizeKey(w)));
const ATTRIBUTION_REACH = 10;
/** Titles whose body follows with ل (الرئيس السابق للائتلاف، المتحدث الرسمي للجيش), as keys. */
const TITLE_HEADS = new Set(["الرئيس", "رئيس", "رئيسة", "الرئيسة", "العام", "زعيم", "الزعيم", "قائد", "القائد", "عضو", "العضو", "المتحدث", "متحدث", "الناطق", "ناطق", "مستشار", "المستشار", "نائب", "النائب", "سفير", "السفير", "ممثل", "الممثل", "مبعوث", "المبعوث", "مدير", "المدير", "الرسمي", "مؤسس", "المؤسس"].map((w) => normalizeKey(w)));
/** Words that date a title (الرئيس السابق، الأمين العام الجديد). */
const TITLE_TENSES = new Set(["السابق", "الأسبق", "الحالي", "الجديد", "السابقة", "الحالية", "الجديدة"].map((w) => normalizeKey(w)));
/** Ground that is taken, not goods (استولى على مدينة، على مواقع الجيش). Keys without ال. */
const TERRITORY = new Set(["مدينة", "مدن", "بلدة", "بلدات", "قرية", "قري", "منطقة", "مناطق", "حي", "احياء", "مواقع", "موقع", "مطار", "قاعدة", "معسكر", "معسكرات", "محافظة", "مديرية", "ميناء", "جزيرة", "جزر", "تلة", "تلال", "جبل", "اراضي", "ارض", "معبر", "حقل", "حقول"].map((w) => normalizeKey(w)));
/** Accords, talks and meetings known by a place (اتفاق فيينا، مؤتمر جنيف، قمة الرياض). */
const NAMED_BY_PLACE = new Set(["اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "اتفاقيات", "معاهدة", "مؤتمر", "محادثات", "مفاوضات", "مباحثات", "إعلان", "اعلان", "مسار", "قمة", "مبادرة", "تفاهمات", "بروتوكول", "وثيقة", "ميثاق", "مقررات", "بيان"].map((w) => normalizeKey(w)));
/** Belonging to a group (عناصر ينتمون إلى، من المنتمين ل). */
const BELONGING = new Set(["ينتمون", "ينتمي", "ينتميان", "تنتمي", "المنتمين", "منتمين", "المنتمون", "منتمون", "تابعين", "التابعين"].map((w) => normalizeKey(w)));
/** Governors of an act just before the one a sentence reports (قتل خمسة إثر غارة). */
const JUST_AFTER = new Set(["إثر", "اثر", "عقب", "بعيد", "أعقاب", "اعقاب"].map((w) => normalizeKey(w)));
/** What an accusation or a confession is about (حول، عن) and the carrying out of an act (تنفيذ). */
const ABOUT = new Set(["حول", "عن"]);
const EXECUTION = new Set(["تنفيذ", "بتنفيذ", "لتنفيذ"].map((w) => normalizeKey(w)));
/**
 * What names a weapon or an attacker rather than an act (سيارة مفخخة، قنابل يدوية، طائرة بدون
 * طيار، انتحاري): an act only when aimed at someone (ألقى قنبلة على) or inside an incident told
 * with an explosion or another act of force.
 */
const WEAPON_HEADS = new Set(["سيارة", "سيارات", "شاحنة", "شاحنات", "دراجة", "طائرة", "طائرات", "قنبلة", "قنابل", "حزام", "حزاما", "انتحاري", "انتحاريا", "انتحاريين", "انتحاريون", "عبوة", "عبوات"].map((w) => normalizeKey(w)));
/** Acts of force that are also figures of speech for ruining something (تفجير الأوضاع، اغتيال الحلم). */
const FIGURATIVE_ACTS = new Set(["bombing", "assassinate", "attempt-assassination"]);
/** What such an act is done to when it is a figure of speech. */
const ABSTRACT_VICTIMS = new Set(
  ["الوضع", "الأوضاع", "الاوضاع", "صراع", "صراعات", "الصراع", "أزمة", "ازمة", "الأزمة", "الازمة", "أزمات", "حرب", "حروب", "فتنة", "الفتنة", "الحقيقة", "السلام", "العملية", "الاتفاق", "الحوار", "الحلم", "الأمل", "الامل", "المفاوضات", "الثورة", "القضية", "الموقف"].map((w) => normalizeKey(w)),
);
/** Nouns of an operation that a weapon word qualifies (عمليات انتحارية، هجوم انتحاري). */
const OPERATION_HEADS = new Set(["عملية", "عمليات", "العملية", "العمليات", "هجوم", "هجمات", "الهجوم", "الهجمات", "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "غارة", "غارات", "ضربة", "ضربات"].map((w) => normalizeKey(w)));
/** Words of an explosion (انفجرت، فجر، تفجير): with one, a weapon named is one that was used. */
const EXPLOSION = /^(?:انفجر|تفجر|فجر|يفجر|تفجير|انفجار)/;
/**
 * Deaths and injuries in a disaster or an accident (قتل 30 في زلزال، مقتل شخصين جراء انفجار
 * اسطوانة غاز): no one's act of force. (Storms are left out: military operations take their names.)
 */
const MISHAPS = new Set(
  ["كارثة", "زلزال", "الزلزال", "هزة", "فيضان", "فيضانات", "الفيضانات", "سيول", "السيول", "تسونامي", "حريق", "الحريق", "حرائق", "غرق", "الغرق", "تدافع", "التدافع",
    "مروري", "مرورية", "المروري", "تصادم", "اصطدام", "اسطوانة", "اسطوانات", "تسرب", "صاعقة", "وباء", "مرض", "الكوليرا", "تسمم", "الطوفان"].map((w) => normalizeKey(w)),
);
/**
 * After or before a protest or an act of violence (بعد هجوم شنه ...، قبل اغتياله، وبعد مظاهرة): an
 * incident told before that dates what the sentence reports. (After talks or a visit, the meeting is
 * mostly news of its own: وبعد محادثات استمرت 17 ساعة اتفق ...)
 */
const INCIDENT_GOVERNORS = new Set(["بعد", "قبل"].map((w) => normalizeKey(w)));
/** The passing of time since an act (مرور عام على، انقضاء، الذكرى): what follows على is an anniversary. */
const ANNIVERSARY = new Set(["مرور", "انقضاء", "ذكرى", "الذكرى", "ذكري", "الذكري"].map((w) => normalizeKey(w)));
/** How many years before publication an event becomes history rather than news. */
const FAR_YEARS = 5;
/** Verbs of falling victim (سقط ضحايا، راح ضحية): the victims of an act reported now. */
/** Words that may stand between a governor and its event noun: في، عملية، محاولة (المتورطين في جريمة اغتيال). */
const FILLERS = new Set(["في", "عن", "عمليه", "العمليه", "عمليتي", "عمليات", "هجمات", "من", "محاوله", "جريمه", "حادث", "حادثه", "تفجير", "انفجار", "هجوم"].map((w) => normalizeKey(w)));
const FALL_VERBS = new Set(["سقط", "سقطوا", "يسقط", "راح", "ذهب", "وقع", "وقوع", "سقوط"].map((w) => normalizeKey(w)));
/** Adverbs of manner that may stand between a verb of judging and what it judges, as keys. */
const MANNER: ReadonlySet<string> = new Set(["بشده", "بقوه", "بحزم", "بشكل", "ايضا", "مجددا", "كذلك"]);
/** Roots whose target may be the owner of what is judged (praise, criticism, rejection). */
const JUDGED_OWNER_ROOTS: ReadonlySet<string> = new Set(["05", "11", "12"]);
/** Verbs that say what a tour takes in (شملت، تشمل), as keys. */
const INCLUDE_VERBS: ReadonlySet<string> = new Set(["شملت", "تشمل", "شمل", "يشمل", "ستشمل", "سيشمل"]);
/** Words after which a verb form is a masdar (بعد رفضها: her refusal), as keys. */
const MASDAR_BEFORE: ReadonlySet<string> = new Set(["بعد", "قبل", "عقب", "منذ", "رغم", "اثر"]);
/** Roots of acts of words whose object pronoun takes up an actor named before in the sentence (طالبته، انتقدها، دعاه). */
/** The sentences of a story's lead, whose day dates the story's undated past acts. */
const LEAD_SENTENCES = 2;
/** How many words a quoted name may have (a model, a work). */
const QUOTED_NAME = 6;
/** Offices over a body (مدير شرطة المنطقة، قائد قوات الأمن): the holder is met, not the body's affairs discussed. */
const OFFICES = new Set(["مدير", "قائد", "رئيس", "نائب", "مساعد", "مستشار", "وكيل", "أمين", "ممثل", "مندوب", "سفير", "مبعوث", "عضو", "أعضاء", "وفد", "مسؤول", "مسؤولي", "قادة", "رؤساء", "ممثلي"].map((w) => normalizeKey(w)));
/** How many adjectives may stand between an event noun and the relative clause on it (الغارات الجوية المكثفة التي). */
const RELATIVE_REACH = 2;
/** Talks about something (بحث، ناقش، تبادل الآراء): an act named in what they are about is a topic. */
const DISCUSSION_ENTRIES: ReadonlySet<string> = new Set(["discuss", "review-with", "exchange-views"]);
/** The masdars of talking about (لبحث، ومناقشة): an act named after them is a topic. */
const DISCUSSION_MASDARS: ReadonlySet<string> = new Set(["بحث", "مناقشه", "تدارس", "استعراض"]);
/** كان in the subjunctive after أن: أن يكون (قد) فعل is a supposition. */
const SUPPOSED_BE: ReadonlySet<string> = new Set(["يكون", "تكون", "يكونوا", "يكونا", "تكونا"]);
const PRONOUN_OBJECT_ROOTS: ReadonlySet<string> = new Set(["02", "04", "05", "10", "11", "12", "13"]);
const RELATIVES = new Set(["الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان", "الذين"].map((w) => normalizeKey(w)));
/** Words between a relative pronoun and its verb: الذي كان قد خطف. */
/** Words saying where something came from, after a relative pronoun (التي صدرت عن) or as a participle (الصادرة عن), as keys. */
const ISSUED_VERBS = new Set(["صدرت", "صدر", "تصدر", "يصدر"].map((w) => normalizeKey(w)));
const ISSUED_PARTICIPLES = new Set(["الصادرة", "الصادر", "الصادرين", "الصادرتين"].map((w) => normalizeKey(w)));
const ISSUER_PREPS = new Set(["عن", "من"]);
const RELATIVE_GAP = new Set(["كان", "كانت", "كانوا", "قد", "سبق", "ان"].map((w) => normalizeKey(w)));
/** Disapproval and rejection (استنكر، أدان، ندد، رفض): an act right after one is what it reacts to. */
const REACTION_ROOTS = new Set(["11", "12"]);
const REACTION_WINDOW = 6;
/** A time that opens with منذ gives the start of a span, not when an act took place. */
const SINCE = /^[وف]?منذ/;
/** Craft and loads (keys without the article): their arrival is a delivery, no visit. */
const VEHICLES = new Set(["طائرة", "طائرات", "طائرتين", "طائرتان", "سفينة", "سفن", "باخرة", "بواخر", "قافلة", "قوافل", "شحنة", "شحنات", "سيارة", "سيارات", "مساعدات", "معونات"].map((w) => normalizeKey(w)));
/** How many tokens after a verb of arriving a vehicle may stand as its subject (وصلت ـ بحفظ الله ـ اليوم أول طائرة). */
const VEHICLE_REACH = 10;
/** What a danger threatens (يهدد أمن، يهدد حياة): the verb then says "endangers", not "threatens to". */
const ENDANGERED = new Set(["أمن", "امن", "استقرار", "سلامة", "حياة", "أرواح", "ارواح", "مستقبل", "مصالح", "وحدة", "سيادة", "السلم", "السلام", "الأمن", "الامن", "الاستقرار", "بقاء", "وجود"].map((w) => normalizeKey(w)));
/** God as the one prayed to (دعا المولى، دعا الله أن). */
const PRAYED_TO: ReadonlySet<string> = new Set(["الله", "المولي", "ربه", "ربها", "ربهم", "الباري", "الخالق"]);
/** The verb of a blessing before الله (رحمه الله، حفظه الله، أيده الله، طيب الله ثراه). */
const BLESSINGS = /^(?:ي)?(?:رحم|حفظ|ايد|رعا|وفق|طيب|نصر|سدد)(?:ه|ها|هم|هما)?$/;
/** Grief, regret and sympathy with their pronoun (حزنه، أسفها، تعازيه، مواساته): the act after them is what they are about. */
const EMOTIONS = /^(?:[وف])?(?:[بل])?(?:ال)?(?:حزن|اسف|تعازي|تعزي|عزاء|مواسا|صدم|الم|اسي)(?:ه|ها|هم|هما|ته|تها|تهم)?$/;
const VIOLENT_ROOTS = new Set(["18", "19", "20"]);

/** Acts that judge another act (praise, investigate, criticise, accuse, complain): the act judged is someone else's. */
const JUDGING_CODES = ["051", "09", "11"];
/** Nouns that name a kind of act (عمليات الخطف، أعمال القتل، جرائم الاغتيال): no event of its own. */
const KIND_NOUNS = new Set(["حملة", "حملات", "سياسة", "عمليات", "أعمال", "اعمال", "حوادث", "جرائم", "ظاهرة", "مسلسل", "موجة", "سلسلة", "مكافحة", "محاربة"].map((w) => normalizeKey(w)));
/** One's own people with a pronoun (جنوده، عناصرها، مواطنيه): they belong to the subject of the clause. */
const OWN_PEOPLE = new Set(
  ["جنوده", "جنودها", "قواته", "قواتها", "عناصره", "عناصرها", "أفراده", "أفرادها", "رجاله", "رجالها", "مقاتليه", "مقاتليها", "موظفيه", "موظفيها", "مواطنيه", "مواطنيها", "رعاياه", "رعاياها", "أعضائه", "أعضائها"].map((w) => normalizeKey(w)),
);
/** Heads of a body's name (مكتب، لجنة، هيئة): an event noun right after one names the body, not an act. */
const BODY_HEADS = new Set(["مكتب", "لجنة", "لجان", "هيئة", "مجلس", "مركز", "إدارة", "ادارة", "قسم", "دائرة", "جهاز", "وكالة", "منظمة", "جمعية", "مؤسسة", "صندوق", "برنامج", "وحدة", "فريق"].map((w) => normalizeKey(w)));
/** Prepositions: a finite verb never follows one, so a trigger read as a verb after one is a masdar (من قتل وخطف). */
/** A year joined to a noun by ل (مبادرة السلام العربية لعام 2002، اتفاقية جنيف لسنة 1949): it names that thing. */
const NAMING_YEAR = /^(?:عامي?|سنة)\s/;
/** Words of an act drawing near, right before it (قرب زيارة، على وشك توقيع), as keys. */
const SOON: ReadonlySet<string> = new Set(["قرب", "اقتراب", "وشك"].map((w) => normalizeKey(w)));
/** Words of nearness before a place (قرب تعز، بالقرب من), as keys. */
const NEAR: ReadonlySet<string> = new Set(["قرب", "بقرب", "مقربة"].map((w) => normalizeKey(w)));
/** God as the one a prayer asks (دعا الله، أن يحفظ الله), as keys. */
const GOD: ReadonlySet<string> = new Set(["الله", "ربه", "ربها", "ربهم", "المولى"].map((w) => normalizeKey(w)));
/** How far after an appeal its prayer's verb and God may stand (دعا فلان في ختام بيانه بأن يحفظ الله). */
const PRAYER_REACH = 12;
/** Prepositions before the one a threat of force falls on (الانتقام من، الهجوم على، حرب ضد). */
const THREATENED_PREPS: ReadonlySet<string> = new Set(["من", "علي", "ضد"]);
/** Words of permitting (سمح، السماح، الإذن), as keys: X after them with ل is who may act. */
const PERMIT: ReadonlySet<string> = new Set(["سمح", "سمحت", "يسمح", "تسمح", "السماح", "بالسماح", "للسماح", "أذن", "أذنت", "الإذن", "بالإذن", "تسمحان", "يسمحون"].map((w) => normalizeKey(w)));
/** Words of sports reports (keys, without و/ف) that political reports do not use: in their sentence or next to it, a country is a team. */
const SPORTS_CONTEXT: ReadonlySet<string> = new Set(["منتخب", "المنتخب", "للمنتخب", "منتخبات", "المنتخبات", "مباراة", "المباراة", "مباريات", "المباريات", "الدوري", "البطولة", "للبطولة", "الملعب", "كأس", "الكأس", "بكأس", "الشوط", "أولمبياد", "الأولمبياد", "ميدالية", "الميدالية", "فيفا", "الفيفا", "المونديال", "كرة", "الكرة", "لكرة"].map((w) => normalizeKey(w)));
/** Roots of what teams do in sports reports: host, meet, support, face one another. */
const SPORTING_ROOTS: ReadonlySet<string> = new Set(["03", "04", "05", "06", "19"]);
/** Entity types that are places: a bare country, region or city. */
const PLACE_TYPES: ReadonlySet<string> = new Set(["country", "location"]);
/** المجتمع الدولي (the world at large), after an act: the act is aimed abroad, not at home. */
const WORLD: ReadonlySet<string> = new Set(["مجتمع"]);
const INTERNATIONAL = normalizeKey("الدولي");
/** A year or a word that places a month in one (الماضي، المقبل) in a time expression. */
const YEAR_NAMED = /\d{4}|[\u0660-\u0669]{4}|الماضي|الماضى|المقبل|القادم|المنصرم|السابق|الحالي|الجاري|هذا|العام|عام|سنة/;
/**
 * The confidence of a statement coded for want of anything more specific: the scale's start and
 * a named speaker (0.5 + 0.15), less than an act the lexicon names (see the scale in codeTrigger).
 */
const STATEMENT_CONFIDENCE = 0.65;
/** CAMEO 173 (arrest, detain) and 181 (abduct, take hostage). */
const ARREST_CODE = "173";
const ABDUCT_CODE = "181";
/** The entries that take people (not a raid on homes, a sentence or a summons). */
const TAKING_PEOPLE: ReadonlySet<string> = new Set(["arrest", "detain", "capture", "apprehend"]);
/** An armed actor that is no authority: a rebel, insurgent or militant force, or an armed Islamist group (IMG). */
function nonStateArmed(actorCode: string): boolean {
  return actorCode.startsWith("IMG") || ["REB", "INS", "UAF"].includes(actorCode.slice(3, 6));
}
/** CAMEO 015, claim responsibility. */
const CLAIM_CODE = "015";
/** Denying responsibility: aimed at the accuser, never at home. */
const DENY_CODE = "016";
/** Verbs of taking place in a relative clause on a meeting noun (الذي تم بين، التي جرت بين), as keys. */
const TOOK_PLACE: ReadonlySet<string> = new Set(["تم", "تمت", "جري", "جرت", "عقد", "عقدت", "انعقد", "انعقدت", "يجري", "تجري", "سيعقد", "ستعقد", "يعقد", "تعقد"].map((w) => normalizeKey(w)));
const PREPOSITIONS = new Set(["من", "في", "عن", "الي", "علي", "ضد", "حول", "بين"]);
/** سابقا: "earlier" next to an act, "former" after a noun. */
const FORMERLY = normalizeKey("سابقا");
/** The entry of repelling an attack: an attack noun it governs is the other side's. */
const REPEL = "repel-attack";
/** تحت before a noun of control or occupation makes it a state (تحت سيطرة), as a key, and the entries it does so for. */
const UNDER = normalizeKey("تحت");
const UNDER_STATES = new Set(["occupy", "blockade"]);
/** A response (الرد، ردا، للرد) before على and an act answered. */
const RESPONSE = /^[وف]?(?:ال|لل|ب?ال)?ردا?$/;
/** Sectors of people who come by the count (refugees, workers), not as anyone's envoys; "" is a nationality alone. */
const PEOPLE_SECTORS = new Set(["", "CVL", "REF", "LAB", "EDU", "BUS", "HLH", "MED", "REL"]);
/** Entries of coming to a place (a visit when a representative comes). */
const ARRIVALS = new Set(["arrive", "visit", "travel-to"]);
/** Nouns of a state of affairs whose place is what it is about (الوضع في اليمن), as keys. */
const SITUATIONS = new Set(["الوضع", "الاوضاع", "الازمه", "الصراع", "الحرب", "الاحداث", "التطورات", "السلام", "الامن", "الاستقرار", "الحل", "العنف", "القتال", "التوتر"]);
/** Prepositions of what a feeling or judgement is about (إزاء، تجاه، من، حول، بشأن), as keys. */
const ABOUT_JUDGED = new Set(["ازاء", "تجاه", "من", "حول", "بشان"]);
/** A pessimistic comment (أعرب عن قلقه): aimed at the owner of what it is about. */
const CONCERN_CODE = "012";
/** The root of mobilising and deploying forces, aimed at whom its purpose names. */
const MOBILIZE_ROOT = "15";
/** Masdars of purpose against someone (لمواجهة تنظيم داعش), and of driving someone out (لتحرير المحافظة من), as keys. */
const PURPOSE_AGAINST = new Set(["لمواجهه", "لقتال", "لمحاربه", "للتصدي", "لمكافحه", "لردع", "لصد", "لملاحقه", "لمهاجمه"]);
const PURPOSE_OUT = new Set(["لتحرير", "لطرد", "لاستعاده", "لتطهير"]);
/** The grip a place is freed from (من قبضة الحوثيين، من سيطرة التنظيم), as keys. */
const GRIP = new Set(["قبضه", "سيطره", "ايدي", "براثن"]);
/** How far after the deployment its purpose may stand, and how far after the purpose its object. */
const PURPOSE_REACH = 24;
const PURPOSE_OBJECT_REACH = 10;
/** The rule prefix of a denied accusation, whose accuser a later pass finds. */
const DENIAL_RULE = "ar.triggers.deny-accusation#";
/** The entry of describing (وصف X بأنه ...): its object is what is judged in what follows. */
const DESCRIBE = "describe";
/** Words of defending or protecting someone (للدفاع عن، لحماية), as keys, and how far before the one defended. */
const DEFENDING = new Set(["الدفاع", "للدفاع", "دفاعا", "حمايه", "لحمايه", "بحمايه", "الحمايه"]);
const DEFENDED_REACH = 7;
/** Words that ask whether something happened (هل، أهل), as keys, and how far before the verb. */
const QUESTION_WORDS = new Set(["هل", "اهل", "وهل", "فهل"]);
const QUESTION_REACH = 3;
/** The CAMEO sector of elites: former office holders and other notables. */
const ELITE = "ELI";
/** Verbs of receiving a visitor or a delivery (استقبل): a place that receives aid is its receiver. */
const HOST_VERBS: ReadonlySet<string> = new Set(["استقبل", "استقبلت", "يستقبل", "تستقبل"].map(normalizeKey));
/** Verbs of leaving a place (غادر): a visit ended by leaving is the leaver's, to the place left. */
const DEPARTURE_VERBS: ReadonlySet<string> = new Set(["غادر", "غادرت", "غادرا", "غادروا", "يغادر", "تغادر"].map(normalizeKey));
/** Words that put a visit before a leaving (غادر ... بعد زيارة، في ختام زيارة), as keys. */
const VISIT_ENDS: ReadonlySet<string> = new Set(["بعد", "عقب", "إثر", "ختام", "نهاية", "اختتام"].map(normalizeKey));

/** Words after which ما makes an adverb of time or frequency, not a negation (سرعان ما، كثيرا ما), as keys. */
const AFTER_ADVERBIAL_MA: ReadonlySet<string> = new Set(["سرعان", "كثيرا", "غالبا", "نادرا", "قليلا", "طالما", "عادة", "دائما", "حالما"].map(normalizeKey));

/** The masdar of the support verb قام (قيام، لقيام، بقيام، إثر قيام). */
const QIYAM = /^[بل]?قيام$/;
/** Decades (في الثمانينات): a time long before any news report. */
const DECADE = /^[وف]?(?:ب|ل|في)?(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات$/;
/** What a verbal attack is aimed at (هاجم سياسة الحكومة، شن هجوما على قرار): criticism (111), not force. */
const VERBAL_TARGETS = new Set(
  ["سياسة", "سياسات", "السياسة", "السياسات", "قرار", "قرارات", "القرار", "القرارات", "تصريحات", "التصريحات", "موقف", "مواقف", "الموقف", "المواقف", "رغبة", "خطاب", "الخطاب", "أداء", "اداء", "الأداء", "الاداء", "نهج", "النهج", "برنامج", "البرنامج", "فكرة", "الفكرة", "مشروع", "المشروع", "تقرير", "التقرير", "دعوة", "دعوات", "اقتراح", "مقترح", "خطة", "الخطة", "قانون", "القانون", "الصحافة", "الإعلام", "الاعلام", "منتقدي", "منتقديه", "خصومه", "خصوم", "تصرفات", "سلوك", "أفكار", "افكار", "آراء", "اراء",
    // abstract values: اعتداء على حرية التعبير، هجوم على الديمقراطية
    "حرية", "الحرية", "حريات", "الحريات", "سيادة", "السيادة", "حقوق", "الحقوق", "كرامة", "الكرامة", "الدستور", "القانون", "الديمقراطية", "القيم", "المبادئ", "الثوابت", "الإسلام", "الدين"].map((w) => normalizeKey(w)),
);
/** The manner of a verbal attack: هجوما حادا، شديد اللهجة، لاذعا. */
const VERBAL_MANNER = new Set(["حادا", "حاد", "حادة", "لاذعا", "لاذع", "كلاميا", "إعلاميا", "اعلاميا", "بشدة", "اللهجة", "لفظيا"].map((w) => normalizeKey(w)));
/** A forceful manner (شديدا، عنيفا) is verbal only when aimed at an institution (هاجم الحكومة هجوما عنيفا). */
const WEAK_MANNER = new Set(["شديدا", "شديد", "شديدة", "عنيفا", "بعنف"].map((w) => normalizeKey(w)));
const INSTITUTIONS = new Set(["الحكومة", "حكومة", "الحكومه", "الإدارة", "الادارة", "المعارضة", "البرلمان", "الوزارة", "الرئيس", "رئيس", "الوزير", "وزير", "الأمم", "الامم", "الجامعة"].map((w) => normalizeKey(w)));
/** Where a verbal attack is made: في تقرير، في مؤتمر صحافي، في خطاب، في تصريحات. */
const SPEECH_VENUES = new Set(["تقرير", "مؤتمر", "خطاب", "خطابه", "خطابها", "تصريحات", "تصريح", "تصريحاته", "بيان", "بيانه", "مقابلة", "مقال", "مقالة", "كلمة", "كلمته", "حديث", "حديثه", "مقابلته", "افتتاحية", "تغريدة", "رسالة", "ندوة", "البرلمان"].map((w) => normalizeKey(w)));

/** Protests and violence: the kinds of event an incident report tells, each with the roots told together. */
/** Roots whose unnamed side is the country where the act happened. */
// (not 14: a protest's other side is what it is against, not where it marched)
const PLACE_SIDE_ROOTS = new Set(["15", "17", "18", "19", "20"]);
/** What a side read off the place costs in confidence: the place is where, not always who. */
const PLACE_SIDE_COST = 0.1;
const INCIDENT_FAMILY: Readonly<Record<string, string>> = { "14": "protest", "18": "violence", "19": "violence", "20": "violence" };
/** The dead and the wounded of an act told together (مقتل ... وإصابة، قتل ... وجرح). Keys normalised. */
const DEATH_WORDS = new Set(["مقتل", "قتل", "قتلى", "قتيلا", "قتيل", "قتلوا", "استشهاد", "استشهد", "استشهدوا", "شهداء", "مصرع", "مصرعه", "مصرعهم", "مصرعهما"].map((w) => normalizeKey(w)));
const INJURY_WORDS = new Set(["إصابة", "اصابة", "إصابات", "اصابات", "جرح", "جرحى", "جريحا", "جريح", "مصابين", "مصابا", "أصيب", "اصيب", "أصيبوا", "اصيبوا", "أصيبت", "اصيبت", "بجروح", "جروح", "أصاب", "اصاب", "أصابت", "اصابت"].map((w) => normalizeKey(w)));
/** A time expression of days to come: غدا، بعد غد، الأسبوع المقبل، الشهر القادم، يوم الأحد المقبل. */
const FUTURE_TIME = /(?:^|\s)(?:[وف]?(?:ال)?غدا?ً?|بعد غد|[^\s]*(?:المقبل|القادم)[ةه]?)(?:\s|$)/;
/** How far from an act of violence, in tokens, a count of people may stand to count its victims. */
const COUNT_REACH = 12;
/** A year written in digits (2005، ١٩٨٢). */
const YEAR = /^(?:19|20|١٩|٢٠)[\d\u0660-\u0669]{2}$/;
/** How far after an event noun, in tokens, its own day may stand (هجمات مدينة الصدر ببغداد الخميس الماضي). */
const DAY_REACH = 6;
/** A count written in digits (12، ١٢، 2.5). */
const DIGITS = /^[\d\u0660-\u0669]+(?:[.,٫][\d\u0660-\u0669]+)?$/;

/** An entry's target places as keys: "object", or the last word of a preposition (إلى جانب is governed by جانب). */
const TARGET_PREPS = new WeakMap<object, readonly string[]>();
function targetPreps(entry: { readonly target: readonly string[] }): readonly string[] {
  let preps = TARGET_PREPS.get(entry);
  if (!preps) {
    preps = entry.target.map((t) => (t === "object" ? t : normalizeKey(t).split(" ").pop() ?? ""));
    TARGET_PREPS.set(entry, preps);
  }
  return preps;
}

/** The day a week before a publication day (YYYY-MM-DD), for the last day asked (documents of a day come together). */
let weekBeforeOf = "";
let weekBeforeValue = "";
function weekBefore(day: string): string {
  if (day !== weekBeforeOf) {
    weekBeforeValue = new Date(Date.parse(`${day}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    weekBeforeOf = day;
  }
  return weekBeforeValue;
}

/** The day a week after `day` (YYYY-MM-DD). */
function weekAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** An entry's passive forms, normalised (قتل is written alike in the active and the passive). */
const PASSIVE_FORMS = new WeakMap<object, ReadonlySet<string>>();
function passiveForms(entry: { readonly passives?: readonly string[] }): ReadonlySet<string> {
  let set = PASSIVE_FORMS.get(entry);
  if (!set) {
    set = new Set((entry.passives ?? []).filter((f) => !f.includes(" ")).map((f) => normalizeKey(f)));
    PASSIVE_FORMS.set(entry, set);
  }
  return set;
}

/** The sentence is a question: its last mark is ؟ or ?. */
/** Do two phrases stand next to each other, at most a comma or a dash between them? */
function sideBySide(a: Phrase, b: Phrase, tokens: readonly Token[]): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  if (second.tokenStart === first.tokenEnd) return true;
  const between = tokens[first.tokenEnd];
  return second.tokenStart === first.tokenEnd + 1 && between !== undefined && (isComma(between) || between.text === "-" || between.text === "–");
}

function endsWithQuestion(tokens: readonly Token[], s: { readonly tokenStart: number; readonly tokenEnd: number }): boolean {
  for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "punct") return false;
    if (t.text.includes("؟") || t.text.includes("?")) return true;
  }
  return false;
}

export const eventsStage: Stage<Layers, "tokens" | "readings" | "sentences" | "times" | "entities" | "triggers" | "clauses", "events" | "diagnostics", Resources> = {
  name: "events",
  requires: ["tokens", "readings", "sentences", "times", "entities", "triggers", "clauses"],
  adds: ["events", "diagnostics"],
  run(doc, { lex }) {
    const { tokens, sentences, times, entities, triggers, clauses } = doc.layers;
    const { phrases, phraseOfToken } = entities;
    const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]));
    // the triggers of each sentence, for the many questions about a trigger's sentence-mates
    // (asked of the whole list, they made a long document quadratic)
    const bySentence: TriggerMatch[][] = [];
    for (const t of triggers) (bySentence[t.sentence] ??= []).push(t);
    const inSentence = (tm: TriggerMatch): readonly TriggerMatch[] => bySentence[tm.sentence] ?? [];
    const fw = lex.fw.sets;
    const cache = doc.layers.readings;
    const published = doc.meta.published;
    const out: EventAnnotation[] = [];
    const seen = new Set<string>();

    /**
     * تعرض is also the masdar "undergoing" (بعدم تعرضه للتعذيب، تؤكد تعرض السيدة لـ، خشية تعرض
     * الرئيس لـ): after a verb, a preposition or a noun that governs it, it names what may
     * happen or is claimed, not an act told.
     */
    const exposureMasdar = (k: number): boolean => {
      const prev = tokens[k - 1];
      if (!prev || prev.kind !== "word") return false;
      const n = prev.norm.replace(/^[وف]/, "");
      if ((clauses.verbOfToken[k - 1] ?? -1) >= 0 || PREPOSITIONS.has(n) || PREP_WITH_PRONOUN.test(n) || BACKGROUND_GOVERNORS.has(n)) return true;
      // (or joined to one: خشية تسرب الخبر وتعرض الرئيس لـ; or in a relative clause that
      // describes someone: المصور الذي يعمل للوكالة وتعرض للخطف)
      for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
        const t = tokens[j] as Token;
        if (t.kind !== "word") break;
        const w = t.norm.replace(/^[وف]/, "");
        if (EXPOSURE_GOVERNORS.has(w) || RELATIVES.has(w)) return true;
      }
      return false;
    };
    /** The past verb of undergoing that the act follows in its clause (تعرض X لـ...), or -1. */
    const exposedBy = (tm: TriggerMatch): number => {
      const s = sentences[tm.sentence];
      if (!s) return -1;
      for (let k = tm.tokenStart; k >= Math.max(s.tokenStart, tm.tokenStart - 6); k--) {
        const t = tokens[k] as Token;
        if (t.kind !== "word") return -1;
        if (EXPOSED_PAST.has(t.norm.replace(/^[وف]/, ""))) return exposureMasdar(k) ? -1 : k;
        if (k < tm.tokenStart && (clauses.verbOfToken[k] ?? -1) >= 0) return -1;
      }
      return -1;
    };
    /** Is the event noun carried by a support verb of its clause (شن هجوما، نظموا مظاهرة)? */
    const supportedNoun = (tm: TriggerMatch, clause: number): boolean => {
      for (let k = tm.tokenStart - 1; k >= Math.max(clause, tm.tokenStart - GOVERNOR_WINDOW); k--) {
        const v = verbAt(k);
        if (v) return v.support;
      }
      return false;
    };
    /*
     * Incident particulars: what makes a sentence the report of a protest or an act
     * of violence rather than a mention of a kind of act, of an event told before,
     * or of one in commentary — a count of people (قتل 12 شخصا، تظاهر آلاف الطلاب; for violence near the act),
     * a day in the act's own clause (أمس، يوم الأحد، في 3 مايو; a date with its year is mostly
     * history), or two acts of the same family told as past verbs (قتل شرطي وأصيب آخر، فجر
     * انتحاري نفسه وقتل; present ones describe what is habitually done), or for violence a number right
     * after a death or an injury (مقتل 13، قتل 20 وأصيب 70) or the dead and the wounded told together
     * (مقتل شخص وإصابة آخرين). Null when the sentence gives none.
     */
    const incidentMemo = new Map<string, string | null>();
    const incidentOf = (tm: TriggerMatch): string | null => {
      const family = INCIDENT_FAMILY[tm.pattern.entry.code.slice(0, 2)];
      const s = sentences[tm.sentence];
      if (!family || !s) return null;
      const clause = clauses.clauseOfToken[tm.tokenStart] ?? s.tokenStart;
      const key = family === "violence" ? `${tm.sentence}|${family}|${clause}|${tm.tokenStart}` : `${tm.sentence}|${family}|${clause}`;
      const known = incidentMemo.get(key);
      if (known !== undefined) return known;
      let detail: string | null = null;
      const bare = (t: Token): string => t.norm.replace(/^[وف]/, "");
      // the victims of an act are counted near it; a count further off counts others (يتحصن 2000 مقاتل، ينشر تسعين ألف جندي)
      const reach = family === "violence" ? COUNT_REACH : s.tokenEnd - s.tokenStart;
      for (let k = Math.max(s.tokenStart, tm.tokenStart - reach); k < Math.min(s.tokenEnd, tm.tokenEnd + reach) && !detail; k++) {
        const t = tokens[k] as Token;
        if (t.kind !== "word" && t.kind !== "number") continue;
        // (the word without و/ف, once per token rather than once per test)
        const tb = bare(t);
        if (fw.countedPairs.has(tb) || fw.countedPairs.has(tb.replace(/^[بل]/, ""))) {
          detail = `a count of people (${t.text})`;
          break;
        }
        const digits = DIGITS.test(t.text);
        if (!digits && !fw.countWords.has(tb) && !fw.countWords.has(tb.replace(/^ب/, ""))) continue;
        // عدد المتظاهرين is "the number of protesters", a topic; عدد من المتظاهرين counts them
        if (/^عدد[اه]?$/.test(tb.replace(/^ب/, "")) && bareKey(k + 1) !== "من") continue;
        // the counted people: the next word or two (12 شخصا، عشرات من المتظاهرين، سبعة فلسطينيين)
        for (let j = k + 1, words = 0; j < s.tokenEnd && words < 3; j++) {
          const u = tokens[j] as Token;
          if (u.kind !== "word") break;
          words++;
          const w = bare(u);
          if (fw.countedPeople.has(w) || (digits || fw.countWords.has(tb)) && /^(?:ال)?[^\s]{3,}(?:يين|يون)$|^(?!ال)[^\s]{3,}يا$/.test(w) && !fw.countWords.has(w)) {
            detail = `a count of people (${t.text} ${u.text})`;
            break;
          }
          if (w !== "من") break;
        }
      }
      // اغتال مسلحون العميد، اغتيل الوزير: an assassination told as a past verb is of someone
      // in particular (the noun, اغتيال, also names the kind of act)
      // (not one dated to a year, mostly history, nor one that says who: من اغتالوا الحريري)
      if (!detail && tm.pattern.entry.id === "assassinate" && tm.pattern.kind !== "noun" && !tm.pattern.present && bareKey(tm.tokenStart - 1) !== "من") {
        let dated = false;
        for (let k = s.tokenStart; k < s.tokenEnd && !dated; k++) dated = YEAR.test((tokens[k] as Token).text);
        if (!dated) detail = `an assassination told (${(tokens[tm.tokenStart] as Token).text})`;
      }
      // تعرض الوزير لمحاولة اغتيال، تعرضوا للضرب: someone underwent a particular act (the habitual
      // present, يتعرضون للتعذيب, tells what is done as a rule)
      // (an attack one underwent is as often one of words: تعرض لهجوم إعلامي)
      if (!detail && tm.pattern.entry.code.startsWith("18")) {
        const v = exposedBy(tm);
        if (v >= 0) detail = `one who underwent it (${(tokens[v] as Token).text})`;
      }
      if (!detail) {
        // the day of the act's own clause: in قال أمس إن ... the day is the statement's
        const clauseOfChar = (c: number): number => {
          for (let k = s.tokenStart; k < s.tokenEnd; k++) if ((tokens[k] as Token).end > c) return clauses.clauseOfToken[k] ?? -1;
          return -1;
        };
        // an act told as a noun under a verb that is not its support (استنكر أمس تفجيرات، حذر
        // أمس من إطلاق الصواريخ): the clause's day is the verb's; the act's own day follows it
        // (تفجيرات مدينة الصدر الخميس الماضي، اعتداء أمس)
        const bare = family === "violence" && tm.pattern.kind === "noun" && !verbAt(tm.tokenStart) && !supportedNoun(tm, clause);
        const from = bare ? tm.start : s.start;
        const to = bare ? (tokens[Math.min(s.tokenEnd, tm.tokenEnd + DAY_REACH) - 1] as Token).end : s.end;
        const day = times.find((t) => t.start >= from && t.end <= to && (t.kind === "relative" || t.kind === "weekday" || (t.kind === "date" && t.anchored)) && clauseOfChar(t.start) === clause);
        if (day) detail = `a day (${day.text})`;
      }
      if (!detail) {
        const acts = inSentence(tm).filter((o) => INCIDENT_FAMILY[o.pattern.entry.code.slice(0, 2)] === family && !o.pattern.entry.speech);
        // two acts told as verbs (قتل ... وأصيب، فجر ... وقتل) narrate an incident; nouns
        // (القتل والخطف والتعذيب) or one verb among nouns mostly list kinds of act
        // (a protest pattern that opens with its verb is told as a verb: نزلوا إلى الشوارع، رشقوا ...
        // بالحجارة; for violence such patterns are mostly weapons and kinds: فجر نفسه، أطلق صواريخ)
        const toldAsVerb = (o: TriggerMatch): boolean => {
          if (o.pattern.kind !== "noun") return !o.pattern.present;
          if (family !== "protest") return false;
          // (or carried by a past support verb: نفذ المتظاهرون اعتصاما)
          let v = verbAt(o.tokenStart);
          for (let k = o.tokenStart - 1; !v && k >= Math.max(s.tokenStart, o.tokenStart - GOVERNOR_WINDOW); k--) {
            const u = verbAt(k);
            if (u) {
              if (!u.support) break;
              v = u;
            }
          }
          return v !== undefined && !v.present;
        };
        const told = new Set(acts.filter(toldAsVerb).map((o) => o.tokenStart));
        if (told.size >= 2) detail = `several acts (${acts.map((o) => o.pattern.entry.id).filter((v, i, a) => a.indexOf(v) === i).join(", ")})`;
      }
      if (!detail && family === "protest") {
        // احتشد المتظاهرون أمام السجن، خرج المتظاهرون إلى الشوارع في سريناجار: a protest told as a
        // past verb where it happened, in front of a building or in a named place, is an incident
        const v = verbAt(tm.tokenStart);
        if (v && !v.present && !v.future) {
          const end = Math.min(s.tokenEnd, v.clauseEnd);
          for (let k = tm.tokenEnd; k < end && !detail; k++) {
            const w = bareKey(k);
            if (PROTEST_SITES.has(w)) detail = `a place (${(tokens[k] as Token).text})`;
            const p = phraseStartingAt(k);
            const e = p && p.prep === "في" && p.members.length === 1 ? byId.get(p.members[0] as string) : undefined;
            if (p && e && (e.type === "location" || e.type === "country") && !e.media) detail = `a place (${doc.text.slice(p.start, p.end)})`;
          }
        }
      }
      if (!detail && family === "violence") {
        // مقتل شخص وإصابة تسعة آخرين، قتل اثنان وجرح ثلاثة: the dead and the wounded of one act
        let dead: Token | null = null;
        let hurt: Token | null = null;
        for (let k = s.tokenStart; k < s.tokenEnd && !(dead && hurt); k++) {
          const t = tokens[k] as Token;
          if (t.kind !== "word") continue;
          const w = bare(t).replace(/^[بل]/, "");
          const casualty = DEATH_WORDS.has(w) || INJURY_WORDS.has(w);
          if (!dead && DEATH_WORDS.has(w)) dead = t;
          else if (!hurt && INJURY_WORDS.has(w)) hurt = t;
          // مقتل 13 معظمهم من الشرطة، قتل 20 وأصيب 70: a number right after a death or an injury counts its people
          const next = tokens[k + 1];
          if (casualty && next && k + 1 < s.tokenEnd && (DIGITS.test(next.text) || (next.kind === "word" && fw.countWords.has(bare(next))))) {
            detail = `a count of the dead or wounded (${t.text} ${next.text})`;
            break;
          }
        }
        if (!detail && dead && hurt) detail = `the dead and the wounded (${dead.text} ${hurt.text})`;
      }
      incidentMemo.set(key, detail);
      return detail;
    };

    const verbAt = (t: number): VerbInfo | undefined => {
      const v = clauses.verbOfToken[t] ?? -1;
      return v >= 0 ? clauses.verbs[v] : undefined;
    };
    /** The nearest verb at or before token `from`, down to token `lo`, that `ok` accepts. */
    const verbBack = (from: number, lo: number, ok: (v: VerbInfo, k: number) => boolean): VerbInfo | undefined => {
      for (let k = from; k >= lo; k--) {
        const v = verbAt(k);
        if (v && ok(v, k)) return v;
      }
      return undefined;
    };
    /** تلبية لدعوة، بناء على دعوة: an invitation answered, not made (only the entries that are invitations). */
    const answersInvitation = (tm: TriggerMatch): boolean => INVITATIONS.has(tm.pattern.entry.id) && (ANSWERING.has(bareKey(tm.tokenStart - 1)) || ANSWERING.has(bareKey(tm.tokenStart)));
    /** [a count] + people + من / ينتمون إلى + an actor (320 شخصا ينتمون لتنظيم داعش): that actor's phrase. */
    const membersOf = (at: number, end: number): Phrase | null => {
      let k = at;
      if (isCount(tokens[k], bareKey(k), fw.countWords)) k++;
      if (k >= end || !fw.countedPeople.has(bareKey(k))) return null;
      k++;
      if (BELONGING.has(bareKey(k))) k++;
      // (a preposition written apart opens the phrase: من تنظيم داعش)
      if (bareKey(k) === "من" || bareKey(k) === "الي") k++;
      const p = phraseStartingAt(k);
      return p && k < end && p.canAct && (p.prep === "من" || p.prep === "ل" || p.prep === "الي") ? p : null;
    };
    const phraseStartingAt = (t: number): Phrase | undefined => {
      const pi = phraseOfToken[t] ?? -1;
      const p = pi >= 0 ? phrases[pi] : undefined;
      return p && p.tokenStart === t ? p : undefined;
    };
    /** The preposition before a quoted name starting at t, past its quote mark and its group's head word (من تنظيم «داعش»). */
    const prepBeforeQuote = (t: number): string => {
      let k = t - 1;
      if (!(tokens[k]?.kind === "punct" && QUOTE_MARKS.has((tokens[k] as Token).text))) return "";
      k--;
      if (QUOTED_NAME_HEAD_WORDS.has(bareKey(k))) k--;
      return tokens[k]?.kind === "word" && PREPOSITIONS.has(bareKey(k)) ? bareKey(k) : "";
    };
    /** Is the appeal at tm a prayer: God its object (دعا الله) or the subject of what it asks (بأن يحفظ الله)? */
    const prayer = (tm: TriggerMatch, end: number): boolean => {
      if (GOD.has(bareKey(tm.tokenEnd))) return true;
      for (let k = tm.tokenEnd + 1; k < Math.min(end, tm.tokenEnd + PRAYER_REACH); k++) {
        if (GOD.has(bareKey(k)) && /^[يت]/.test(bareKey(k - 1))) return true;
      }
      return false;
    };
    /** The phrase that ends right before token t, if any. */
    const phraseEndingAt = (t: number): Phrase | undefined => {
      const pi = phraseOfToken[t - 1] ?? -1;
      const p = pi >= 0 ? phrases[pi] : undefined;
      return p && p.tokenEnd === t ? p : undefined;
    };
    /**
     * The one a deployment is against, named after a masdar of purpose (لمواجهة، لقتال، لمحاربة،
     * للتصدي ل): the actor right after it; after one of driving out (لتحرير، لطرد): the actor
     * behind من (and قبضة or سيطرة) a few words on.
     */
    const purposeAgainst = (tm: TriggerMatch, end: number, source: Phrase): Phrase | null => {
      for (let k = tm.tokenEnd; k < Math.min(end, tm.tokenEnd + PURPOSE_REACH); k++) {
        const key = bareKey(k);
        const against = PURPOSE_AGAINST.has(key);
        const out = PURPOSE_OUT.has(key);
        if (!against && !out) continue;
        for (let q = k + 1; q < Math.min(end, k + PURPOSE_OBJECT_REACH); q++) {
          const p = phraseStartingAt(q);
          if (!p) {
            if (verbAt(q) || ((tokens[q] as Token).kind === "punct" && !isComma(tokens[q] as Token))) return null;
            continue;
          }
          if (p === source || !p.canAct) continue;
          if (against && (p.prep === null || p.prep === "ل")) return p;
          if (out && (p.prep === "من" || (GRIP.has(bareKey(p.tokenStart - 1)) && bareKey(p.tokenStart - 2) === "من"))) return p;
        }
        return null;
      }
      return null;
    };
    /** Does the world (المجتمع الدولي، للمجتمع الدولي) start at token k? */
    const worldAt = (k: number): boolean => WORLD.has(bareKey(k).replace(/^(?:ال|لل|بال|ل|ب)/, "")) && bareKey(k + 1) === INTERNATIONAL;
    /**
     * Is the world (المجتمع الدولي) the addressee named in [from, to), and what it is asked
     * (after ب or إلى) begun before `to`? (Addressees joined to it, والأمم المتحدة, are still addressees.)
     */
    const worldBetween = (from: number, to: number): boolean => {
      for (let k = from; k < to - 1; k++) {
        if (!worldAt(k)) continue;
        for (let q = k + 2; q < to; q++) if ((phraseOfToken[q] ?? -1) < 0 && (/^ب/.test(bareKey(q)) || bareKey(q) === "الي")) return true;
        return false;
      }
      return false;
    };
    /** Is the act at token k asked about with هل before it in its clause (هل استنكر مسؤول مصري ...؟)? */
    const askedWhether = (k: number, lo: number): boolean => {
      for (let q = k - 1; q >= Math.max(lo, k - QUESTION_REACH); q--) {
        if ((tokens[q] as Token).kind !== "word") return false;
        if (QUESTION_WORDS.has(bareKey(q))) return true;
      }
      return false;
    };
    const prevWord = (i: number, lo: number): Token | null => {
      for (let k = i - 1; k >= lo && k >= i - 4; k--) {
        const t = tokens[k] as Token;
        if (t.kind !== "word") return null;
        if (!fw.negationGap.has(t.norm) && !fw.negationGap.has(t.norm.replace(/^[وف]/, ""))) return t;
      }
      return null;
    };
    /**
     * Where an act happened, as a side: the place (a country, a city, a region) behind في
     * or ب in its sentence that is neither of its sides, the first after it, else the
     * nearest. None when the sentence names places of two countries (no telling which).
     */
    /**
     * Is the phrase named as where (في، ب، داخل، قرب), also behind a part of a place (في شمال سوريا،
     * بجنوب لبنان، قرب تعز)?
     */
    const placePrep = (p: Phrase): boolean => {
      if (p.prep === "في" || p.prep === "ب" || p.prep === "داخل" || p.prep === "قرب") return true;
      if (p.prep !== null) return false;
      const before = bareKey(p.tokenStart - 1);
      if (NEAR.has(before)) return true;
      if (fw.placeParts.has(before)) return bareKey(p.tokenStart - 2) === "في";
      return /^ب/.test(before) && fw.placeParts.has(before.slice(1));
    };
    const placeOf = (tm: TriggerMatch, source: Phrase | null, target: Phrase | null): Phrase | null => {
      const sent = sentences[tm.sentence];
      if (!sent) return null;
      const places = phrasesIn(sent.tokenStart, sent.tokenEnd).filter((p) => {
        // (a place is named behind في or ب: a nationality adjective, قصف إسرائيلي, names a doer)
        if (p === source || p === target || p.members.length !== 1 || !placePrep(p)) return false;
        const e = byId.get(p.members[0] as string);
        return e !== undefined && (e.type === "location" || e.type === "country") && !e.media;
      });
      const countries = new Set(places.map((p) => byId.get(p.members[0] as string)?.code.slice(0, 3)));
      if (places.length === 0 || countries.size > 1) return null;
      const at = places.find((p) => p.tokenStart >= tm.tokenEnd);
      return at ?? [...places].sort((a, b) => Math.abs(a.tokenStart - tm.tokenStart) - Math.abs(b.tokenStart - tm.tokenStart))[0] ?? null;
    };
    const phrasesIn = (from: number, to: number): Phrase[] => {
      const list: Phrase[] = [];
      for (let k = from; k < to; k++) {
        const p = phraseStartingAt(k);
        if (p) list.push(p);
      }
      return list;
    };

    /** Is the phrase a lone nationality adjective (إسرائيلية، الأميركي) rather than a country's name? */
    const nationalityAdjective = (p: Phrase): boolean => isNationalityWord(p, byId, tokens, false);

    /** The actor after an agent phrase (على يد، من قبل، بنيران) in [from, to). */
    const agentAfter = (from: number, to: number): Phrase | null => {
      for (let k = from; k < to; k++) {
        const t = tokens[k] as Token;
        let node = lex.fw.phrases.agentPhrases.next.get(t.norm);
        let q = k + 1;
        let matchedEnd = node && node.items.length > 0 ? q : -1;
        while (node && q < to) {
          const next = node.next.get((tokens[q] as Token).norm);
          if (!next) break;
          node = next;
          q++;
          if (node.items.length > 0) matchedEnd = q;
        }
        if (matchedEnd > 0) {
          const p = phrasesIn(matchedEnd, Math.min(to, matchedEnd + 3))[0];
          if (p) return p;
        }
      }
      return null;
    };

    /** Does topic pattern `tp` start at token k? One extra word may stand between its words (وقف فوري لإطلاق النار). */
    const topicAt = (tp: { words: readonly string[] }, k: number, end: number): boolean => {
      let pos = k + 1;
      for (let w = 1; w < tp.words.length; w++) {
        const word = tp.words[w] as string;
        if (pos < end && cache.has(pos, word)) pos++;
        else if (pos + 1 < end && cache.has(pos + 1, word)) pos += 2;
        else return false;
      }
      return true;
    };
    /**
     * The specific code of what an appeal or demand asks for. A topic introduced by
     * إلى، على، ب or ل (دعا إلى ...، طالب بـ...) comes before one that merely follows
     * (خلال اللقاء).
     */
    const topicCode = (tm: TriggerMatch, end: number, code: string, from = tm.tokenEnd): string | null => {
      const family = code.slice(0, 2) + "0";
      // (a time and its commas do not count: تعهد فلان، أمس، بالانتقام)
      let last = from;
      for (let n = 0; last < end && n < TOPIC_WINDOW; last++) if (inTime()[last] !== 1 && !isComma(tokens[last] as Token)) n++;
      for (const introduced of [true, false]) {
        for (let k = from; k < last; k++) {
          if (introduced) {
            const prev = tokens[k - 1] as Token | undefined;
            const marked = (prev !== undefined && COMPLEMENT_MARKERS.has(prev.norm)) || cache.get(k, false).some((r) => /[بل]/.test(r.prefix.replace(/ال$/, "")));
            if (!marked) continue;
          }
          // خلال لقائه، أثناء زيارته: the occasion of the appeal, not what it asks for
          if (CIRCUMSTANCE.has(bareKey(k - 1))) continue;
          for (const r of cache.get(k, false)) {
            for (const tp of lex.topicsByFirst.get(r.stem) ?? []) {
              if (!topicAt(tp, k, end)) continue;
              const mapped = tp.entry.codes[family] ?? tp.entry.codes[code];
              if (mapped) return mapped;
            }
          }
        }
      }
      return null;
    };

    /** The token's key (a word's `norm` is already normalised), also without a conjunction or a preposition clitic: the first of them in `set`. */
    const inSet = (set: ReadonlySet<string>, k: number): boolean => {
      const t = tokens[k];
      if (!t || t.kind !== "word") return false;
      const w = t.norm;
      return set.has(w) || set.has(w.replace(/^[وف]/, "")) || set.has(w.replace(/^[وف]?[بل]/, ""));
    };
    const bareKey = (k: number): string => {
      const t = tokens[k];
      return t && t.kind === "word" ? t.norm.replace(/^[وف](?=...)/, "") : "";
    };
    /** Is word k one of these prepositions with a singular pronoun (منه، إليها)? */
    const prepWithPronounAt = (k: number, preps: readonly string[]): boolean => {
      const m = PREP_WITH_SINGULAR_PRONOUN.exec(bareKey(k));
      return m !== null && preps.includes(PRONOUN_PREP_KEYS.get(m[1] as string) ?? "");
    };
    const sportsSentence: (boolean | undefined)[] = [];
    /** Is sentence i, or one next to it, a sports report (منتخب، مباراة، بطولة، الدوري ...)? */
    const inSportsReport = (i: number): boolean => {
      for (let j = Math.max(0, i - 1); j <= Math.min(sentences.length - 1, i + 1); j++) {
        let hit = sportsSentence[j];
        if (hit === undefined) {
          const sj = sentences[j] as Sentence;
          hit = false;
          for (let k = sj.tokenStart; k < sj.tokenEnd && !hit; k++) hit = SPORTS_CONTEXT.has(bareKey(k));
          sportsSentence[j] = hit;
        }
        if (hit) return true;
      }
      return false;
    };
    /**
     * The event date of the last time expression of the sentence before (or, for a person named
     * again, of the last sentence with that person as subject), if it is a day or month of the
     * last year up to publication: the story's own time, not a background year such as عام 1947
     * or a plan for 2016.
     */
    /** For each entity, the sentences (in order) where it is a verb's subject: built once, when first asked. */
    let subjectSentencesMap: Map<string, number[]> | null = null;
    const subjectSentences = (): Map<string, number[]> => {
      if (subjectSentencesMap) return subjectSentencesMap;
      const map = new Map<string, number[]>();
      for (const v of clauses.verbs) {
        if (v.subject === null) continue;
        for (const m of (phrases[v.subject] as Phrase).members) {
          const list = map.get(m);
          if (!list) map.set(m, [v.sentence]);
          else if (list[list.length - 1] !== v.sentence) list.push(v.sentence);
        }
      }
      return (subjectSentencesMap = map);
    };
    /**
     * A time in a relative clause dates what that clause tells (الحادث الذي استهدف المصلين ظهر أول
     * من أمس is the attack's day), not the acts of the sentences around it.
     */
    const inRelativeClause = (t: TimeExpression): boolean => {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid] as Token).end <= t.start) lo = mid + 1;
        else hi = mid;
      }
      const cs = clauses.clauseOfToken[lo];
      return cs !== undefined && cs < lo && fw.relatives.has(bareKey(cs));
    };
    const previousSentenceTime = (sentence: number, source: Phrase | null, carried: boolean): string | null => {
      if (!published || published.length < 10) return null;
      const day = published.slice(0, 10);
      const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4, 7)}`;
      const timeOf = (prev: Sentence): string | null => {
        let found: string | null = null;
        for (const t of times) {
          const d = t.eventDate;
          // (not the start of a span, انقطاع كلي منذ 4 أشهر: that tells how long a state lasts)
          if (t.start >= prev.start && t.end <= prev.end && d !== null && d.length >= 7 && d <= day && d.slice(0, 7) >= yearBefore && !inRelativeClause(t) && !SINCE.test(t.text)) found = d;
        }
        return found;
      };
      // a doer named again goes on from the last sentence that had them as subject (قال لافروف
      // اليوم ... وقال مسؤولون أمريكيون أمس ... وقال لافروف خلال زيارته لقطر: today's visit)
      // (a person: الشرطة and شرطي are one entity but not one doer)
      if (!carried && source !== null && source.members.every((m) => byId.get(m)?.type === "person")) {
        let last = -1;
        for (const m of source.members) {
          const list = subjectSentences().get(m) ?? [];
          for (let q = list.length - 1; q >= 0; q--) {
            const j = list[q] as number;
            if (j < sentence) {
              last = Math.max(last, j);
              break;
            }
          }
        }
        if (last >= 0) return timeOf(sentences[last] as Sentence);
      }
      const prev = sentences[sentence - 1];
      return prev ? timeOf(prev) : null;
    };
    /**
     * The day the story's lead names (أمس، يوم الأحد) within a week before publication: the
     * occasion the story reports, and so the day of its undated past acts (the lead's own too:
     * رحب الأمين العام بالإعلان. واعتبر في بيان أمس ...).
     */
    const leadDay = ((): { day: string } | null => {
      if (!published || published.length < 10) return null;
      const lead = sentences[Math.min(sentences.length, LEAD_SENTENCES) - 1];
      if (!lead) return null;
      const week = weekBefore(published.slice(0, 10));
      for (const t of times) {
        if (t.end > lead.end) break;
        if (inRelativeClause(t)) continue;
        const d = t.eventDate;
        if (d !== null && d.length === 10) return d <= published.slice(0, 10) && d >= week ? { day: d } : null;
      }
      return null;
    })();
    const backgroundOf = (tm: TriggerMatch, clauseStart: number, clauseEnd: number): string | null => {
      const s = sentences[tm.sentence];
      if (!s) return null;
      for (let k = tm.tokenStart - 1, steps = 0; k >= s.tokenStart && steps < 3; k--, steps++) {
        // سقط ضحايا، راح ضحية: the victims of an act reported now
        if ((inSet(BACKGROUND_GOVERNORS, k) || (INCIDENT_FAMILY[tm.pattern.entry.code.slice(0, 2)] !== undefined && inSet(INCIDENT_GOVERNORS, k))) && !FALL_VERBS.has(bareKey(k - 1)))
          return `governed by ${(tokens[k] as Token).text}`;
        if (!FILLERS.has(bareKey(k))) break;
      }
      // كانت تحت سيطرة الحوثيين، تحت الاحتلال: a state of control, not an act of taking it
      if (bareKey(tm.tokenStart - 1) === UNDER && UNDER_STATES.has(tm.pattern.entry.id)) return `a state (${(tokens[tm.tokenStart - 1] as Token).text} ${(tokens[tm.tokenStart] as Token).text})`;
      // ستواصل الرد على الهجوم التركي، ردا على القصف: the act answered is told as known
      if (bareKey(tm.tokenStart - 1) === "علي" && RESPONSE.test(bareKey(tm.tokenStart - 2)) && VIOLENT_ROOTS.has(tm.pattern.entry.code.slice(0, 2))) return `the act answered (${(tokens[tm.tokenStart - 2] as Token).text} على)`;
      // مرور 26 عاما على خطف ...: an anniversary of an act, not the act
      if (bareKey(tm.tokenStart - 1) === "علي") {
        for (let k = tm.tokenStart - 2; k >= Math.max(s.tokenStart, tm.tokenStart - 6); k--) if (ANNIVERSARY.has(bareKey(k))) return `an anniversary (${(tokens[k] as Token).text})`;
      }
      // الذكرى الأولى لمقتل، الذكرى السبعين لأول عملية قصف: so is the act after ل behind ذكرى
      for (let k = tm.tokenStart, steps = 0; k >= s.tokenStart + 1 && steps < 4; k--, steps++) {
        if (!/^[وف]?ل/.test((tokens[k] as Token).norm) || verbAt(k)) continue;
        for (let q = k - 1; q >= Math.max(s.tokenStart, k - 3); q--) {
          if ((tokens[q] as Token).kind !== "word" || verbAt(q)) break;
          if (ANNIVERSARY.has(bareKey(q).replace(/^[بل]/, ""))) return `an anniversary (${(tokens[q] as Token).text})`;
        }
      }
      // الهجوم الذي استهدف ...: a relative clause describing an event named before
      // (الاعتداء الإرهابي الذي وقع وأدى إلى مقتل ...: anywhere in it, the antecedent may take an adjective)
      let rel = -1;
      for (let k = tm.tokenStart - 1; k >= s.tokenStart && k >= tm.tokenStart - 12; k--) {
        const t = tokens[k] as Token;
        if (t.kind === "punct") break;
        if (RELATIVES.has(bareKey(k))) {
          rel = k;
          break;
        }
      }
      // السفينة التي خطفها القراصنة، الرهائن الذين قتلوا: a past act that describes someone named
      // in another clause; the sentence tells something else about them
      if (tm.pattern.kind !== "noun" && VIOLENT_ROOTS.has(tm.pattern.entry.code.slice(0, 2))) {
        let k = tm.tokenStart - 1;
        while (k > s.tokenStart && tm.tokenStart - k <= 3 && RELATIVE_GAP.has(bareKey(k))) k--;
        // (a sentence that is only the noun and its relative clause is a headline's report: الجيش الذي هاجم ...)
        const own = clauses.clauseOfToken[tm.tokenStart];
        if (RELATIVES.has(bareKey(k)) && clauses.verbs.some((v) => v.sentence === tm.sentence && clauses.clauseOfToken[v.token] !== own && !RELATIVES.has(bareKey(v.token - 1))))
          return `a relative clause describing someone (${(tokens[k] as Token).text})`;
      }
      if (
        rel > 0 &&
        triggers.some((o) => o !== tm && o.tokenEnd <= rel && rel - o.tokenEnd <= 1 && o.pattern.kind === "noun" && VIOLENT_ROOTS.has(o.pattern.entry.code.slice(0, 2)) && DEFINITE_NOUN.test((tokens[o.tokenStart] as Token).norm))
      )
        return "a relative clause on an event named before";
      // an explicit past: a date years before publication (عام 1981 in a 2008 article), or a decade
      const cStart = (tokens[clauseStart] as Token).start;
      const cEnd = (tokens[Math.max(clauseStart, clauseEnd - 1)] as Token).end;
      const pubYear = published ? Number(published.slice(0, 4)) : null;
      // (or a year that opens the sentence and heads all of it: 1940 - الحرب العالمية الثانية :
      // حكومة بريطانيا تبرم اتفاق تعاون, an entry of a "this day in history" list)
      const opens = (tokens[s.tokenStart] as Token).start;
      for (const t of times) {
        if ((t.start < cStart || t.end > cEnd) && t.start !== opens) continue;
        // a dated event of the last few years is still news (زار بوتين بكين عام 2022 in a 2024 article)
        const y = t.eventDate ? Number(t.eventDate.slice(0, 4)) : NaN;
        // (with no dateline nothing says how long ago a year was: the event stays)
        if (pubYear !== null && y < pubYear - FAR_YEARS) return `a date long before publication (${t.text})`;
      }
      for (let k = clauseStart; k < clauseEnd; k++) if (DECADE.test(bareKey(k))) return `a decade (${(tokens[k] as Token).text})`;
      return null;
    };
    /**
     * قيام X بـ + a definite masdar (لقيام متظاهرين بالتجمع أمام السفارة، إثر قيام مسلحين بخطف):
     * the masdar of the support verb قام tells that X did the act; the article is the
     * construction's, not a kind of act's.
     */
    const doneByQiyam = (tm: TriggerMatch): boolean => {
      if (!/^[وف]?ب/.test((tokens[tm.tokenStart] as Token).norm)) return false;
      for (let k = tm.tokenStart - 1; k >= Math.max(0, tm.tokenStart - GOVERNOR_WINDOW); k--) {
        const t = tokens[k] as Token;
        if (t.kind === "punct" || verbAt(k)) return false;
        if (QIYAM.test(bareKey(k))) return true;
      }
      return false;
    };
    /** Does a count of people (نحو 140 ألف، 300، آلاف) start within [from, to)? */
    const countedAfter = (from: number, to: number): boolean => {
      for (let k = from; k < to; k++) {
        const t = tokens[k] as Token;
        // (a date's numbers count no one: استقبل في 3 يناير)
        if (inTime()[k] === 1) continue;
        if (t.kind === "number") return true;
        if (t.kind !== "word") return false;
        const b = t.norm.replace(/^[وف]/, "");
        if (fw.countWords.has(b) && !/^عدد[اه]?$/.test(b)) return true;
        if (verbAt(k)) return false;
      }
      return false;
    };
    const genericAct = (tm: TriggerMatch): string | null => {
      const prev = tm.tokenStart - 1;
      if (inSet(KIND_NOUNS, prev)) return `a kind of act after ${(tokens[prev] as Token).text}`;
      const first = (tokens[tm.tokenStart] as Token).norm;
      if (tm.pattern.kind === "verb" && PREPOSITIONS.has(bareKey(prev))) return "a verbal noun after a preposition";
      // (ل + the masdar of protest is the purpose of a crowd counted there, خرج مليون متظاهر
      // للاحتجاج على: a protest reported, not a kind of act)
      const purpose = /^[وف]?لل/.test(first) && tm.pattern.entry.code.startsWith("14") && incidentOf(tm) !== null;
      if (tm.pattern.kind === "noun" && DEFINITE_NOUN.test(first) && !doneByQiyam(tm) && !purpose) return "a definite event noun";
      // خرجوا في مسيرات: an indefinite plural of protest reports protests; of violence it names a kind (هجمات انتحارية)
      if (tm.pattern.kind === "noun" && VIOLENT_ROOTS.has(tm.pattern.entry.code.slice(0, 2)) && /(ات|ون|ين)$/.test(first)) return "a plural event noun";
      return null;
    };
    /** ب + an act after a word of accusation in the same sentence (اتهم X بقتل، بتهمة خطف). */
    const accusedOf = (tm: TriggerMatch): string | null => {
      const s = sentences[tm.sentence];
      const first = (tokens[tm.tokenStart] as Token).norm;
      // (or joined by و to such an act: اتهموه بقتل طفلين وتعذيبهما)
      // (or about it: اعترافات حول تنفيذ اعتداء، اعترف عن قتل; or its purpose: اعترافات بتلقي تمويل لتفجير)
      const about = (k: number): boolean => ABOUT.has(bareKey(k)) || (EXECUTION.has(bareKey(k)) && ABOUT.has(bareKey(k - 1)));
      let marked = /^[وف]?[بل]/.test(first) || about(tm.tokenStart - 1);
      const joined = /^[وف]/.test(first);
      if (!s || (!marked && !joined)) return null;
      for (let k = tm.tokenStart - 1; k >= s.tokenStart && k >= tm.tokenStart - ACCUSATION_WINDOW; k--) {
        const t = tokens[k] as Token;
        if (t.kind === "punct" && /[.!؟?:؛;]/.test(t.text)) break;
        if (marked && inSet(ACCUSATIONS, k)) return `an accusation (${t.text})`;
        if (!marked && joined && tm.tokenStart - k <= 3 && /^ب/.test(bareKey(k))) marked = true;
      }
      return null;
    };
    /*
     * The act that a condemnation or a rejection is about (استنكر تفجيرات مدينة الصدر، أدانت
     * الصين قتل مواطنيها، ندد بالهجوم): a known act the sentence reacts to. Its doer is not the
     * one who condemns it, and the sentence reports the reaction, not the act.
     */
    const reactedTo = (tm: TriggerMatch, source: Phrase | null): string | null => {
      // (a verb trigger only when read as a masdar with no subject of its own)
      if (tm.pattern.kind !== "noun" && (source !== null || verbAt(tm.tokenStart)?.subject != null)) return null;
      // (nor a noun pattern that opens with its own verb: رفضت الاتفاق واحتجزت 68 رهينة)
      if (tm.pattern.kind === "noun" && verbAt(tm.tokenStart)) return null;
      for (const o of inSentence(tm)) {
        if (o.tokenEnd > tm.tokenStart || tm.tokenStart - o.tokenEnd > REACTION_WINDOW || o.pattern.entry.speech || o.pattern.entry.evaluation) continue;
        if (!REACTION_ROOTS.has(o.pattern.entry.code.slice(0, 2))) continue;
        let clear = true;
        for (let k = o.tokenEnd; k < tm.tokenStart && clear; k++) {
          const t = tokens[k] as Token;
          if ((t.kind === "punct" && !/[«»"“”]/.test(t.text)) || (verbAt(k) && !triggerStarts.has(k))) clear = false;
        }
        if (clear) return `the act a reaction is about (${(tokens[o.tokenStart] as Token).text})`;
      }
      // أعرب عن حزنه لمقتل الجنود، عن أسفه لسقوط ضحايا: the act grief or regret is about
      for (let k = tm.tokenStart - 1; k >= Math.max(0, tm.tokenStart - REACTION_WINDOW); k--) {
        const t = tokens[k] as Token;
        if (t.kind !== "word" || (verbAt(k) && !triggerStarts.has(k))) break;
        if (EMOTIONS.test(t.norm)) return `the act a feeling is about (${t.text})`;
      }
      return null;
    };
    /*
     * An act of force done to something that cannot suffer it (تفجير الأوضاع، تفجير صراعات،
     * اغتيال الحقيقة، اغتيال لبنان): a figure of speech for ruining it, not violence.
     */
    const figurative = (tm: TriggerMatch): string | null => {
      // (a masdar and what it is done to; after a verb the next actor is its subject: اغتالت إسرائيل)
      if (tm.pattern.kind !== "noun" || !FIGURATIVE_ACTS.has(tm.pattern.entry.id)) return null;
      const next = tm.tokenEnd;
      if (inSet(ABSTRACT_VICTIMS, next)) return `a figure of speech (${(tokens[next] as Token).text})`;
      const p = phraseStartingAt(next);
      const e = p && p.prep === null ? byId.get(p.members[0] ?? "") : undefined;
      if (tm.pattern.entry.id !== "bombing" && e && (e.type === "country" || e.type === "location")) return `a figure of speech (${(tokens[next] as Token).text})`;
      return null;
    };
    const weaponOnly = (tm: TriggerMatch): string | null => {
      const s = sentences[tm.sentence];
      const head = (tokens[tm.tokenStart] as Token).norm.replace(/^[وف]?(?:ب|ل|بواسطه)?/, "");
      if (!s || !WEAPON_HEADS.has(head)) return null;
      // هجوم بسيارة مفخخة، اعتداء انتحاري، عمليات انتحارية: the act is named before it
      if (inSet(OPERATION_HEADS, tm.tokenStart - 1)) return null;
      for (let k = tm.tokenStart - 1; k >= Math.max(s.tokenStart, tm.tokenStart - 3); k--) {
        if (triggers.some((o) => o !== tm && o.tokenEnd === k + 1 && VIOLENT_ROOTS.has(o.pattern.entry.code.slice(0, 2)))) return null;
      }
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (EXPLOSION.test(bareKey(k).replace(/^[بل]/, ""))) return null;
      // دخلت سيارة مفخخة وقتلت: another act of force told as a verb in the sentence
      if (inSentence(tm).some((o) => o !== tm && o.pattern.kind !== "noun" && VIOLENT_ROOTS.has(o.pattern.entry.code.slice(0, 2)))) return null;
      return `a weapon or an attacker named, no act (${(tokens[tm.tokenStart] as Token).text})`;
    };
    const mishap = (tm: TriggerMatch, end: number): string | null => {
      for (let k = tm.tokenEnd; k < Math.min(end, tm.tokenEnd + 10); k++) if (inSet(MISHAPS, k)) return `a disaster or an accident (${(tokens[k] as Token).text})`;
      return null;
    };
    /**
     * An act joined by و to one just filtered (من قتل وخطف، بتهمة القتل والخطف، منذ اغتيال X
     * وتفجير Y) shares its reading.
     */
    /** Is the trigger inside what an accusation alleges (اتهمه بأنه هاجم، مزاعم بأن الجيش قصف)? */
    const allegedBy = (tm: TriggerMatch, sentenceStart: number): boolean => {
      for (let k = tm.tokenStart - 1; k >= Math.max(sentenceStart, tm.tokenStart - ALLEGATION_REACH); k--) {
        const t = tokens[k] as Token;
        if (t.kind === "punct" && t.text !== "،" && t.text !== ",") return false;
        if (!ALLEGING_THAT.has(bareKey(k))) continue;
        for (let q = k - 1; q >= Math.max(sentenceStart, k - ALLEGATION_REACH); q--) {
          if (ALLEGATIONS.has(bareKey(q).replace(/^(?:ال|لل|ب|ل)/, ""))) return true;
          if (triggers.some((o) => o.tokenStart <= q && q < o.tokenEnd && o.pattern.entry.code.startsWith("112"))) return true;
        }
        return false;
      }
      return false;
    };
    const filteredEnds = new Map<number, string>();
    const filterAs = (tm: TriggerMatch, reason: string, negated: boolean, modality: Modality): Outcome => {
      filteredEnds.set(tm.tokenEnd, reason);
      return { outcome: "filtered", reason, negated, modality };
    };
    const coordinatedWith = (tm: TriggerMatch): string | null => {
      if (!/^[وف]/.test((tokens[tm.tokenStart] as Token).norm)) return null;
      const s = sentences[tm.sentence];
      for (let end = tm.tokenStart; end >= Math.max((s?.tokenStart ?? 0) + 1, tm.tokenStart - 3); end--) {
        const reason = filteredEnds.get(end);
        if (reason !== undefined) return reason.startsWith("coordinated") ? reason : `coordinated with an act read so (${reason})`;
        // (only the act's own words may stand between: its object, an adjective)
        const t = tokens[end - 1] as Token;
        if (t.kind !== "word" || verbAt(end - 1)) return null;
      }
      return null;
    };
    const verbalAttack = (tm: TriggerMatch, end: number): boolean => {
      const last = Math.min(end, tm.tokenEnd + 4);
      let weak = false;
      let institution = false;
      for (let k = tm.tokenStart + 1; k < last; k++) {
        if (inSet(VERBAL_MANNER, k) || inSet(VERBAL_TARGETS, k)) return true;
        if (inSet(WEAK_MANNER, k)) weak = true;
        if (inSet(INSTITUTIONS, k)) institution = true;
      }
      if (weak && institution) return true;
      for (let k = tm.tokenEnd; k + 1 < end; k++) if (bareKey(k) === "في" && inSet(SPEECH_VENUES, k + 1)) return true;
      return false;
    };

    interface Outcome {
      readonly outcome: TriggerOutcome;
      readonly reason: string;
      readonly negated?: boolean;
      readonly modality?: Modality;
      readonly source?: string | null;
      readonly target?: string | null;
    }
    const diagnostics: TriggerDiagnostic[] = [];
    const triggerStarts = new Set(triggers.map((t) => t.tokenStart));
    /** The tokens where a repelling verb stands (صد، تصدى). */
    const repelAt = new Set(triggers.filter((t) => t.pattern.entry.id === REPEL).map((t) => t.tokenStart));
    /** Tokens inside an actor phrase or a time expression (built once, when first asked). */
    let inPhraseOrTimeMarks: Uint8Array | null = null;
    let inTimeMarks: Uint8Array | null = null;
    const inTime = (): Uint8Array => {
      if (inTimeMarks) return inTimeMarks;
      const marks = new Uint8Array(tokens.length);
      const set = new Set<number>();
      for (const t of times) addTokensOverlapping(tokens, t, set);
      for (const k of set) marks[k] = 1;
      return (inTimeMarks = marks);
    };
    const inPhraseOrTime = (): Uint8Array => {
      if (inPhraseOrTimeMarks) return inPhraseOrTimeMarks;
      const marks = inTime().slice();
      for (const q of phrases) marks.fill(1, q.tokenStart, q.tokenEnd);
      return (inPhraseOrTimeMarks = marks);
    };
    let lastTarget: Phrase | null = null;
    /**
     * The owner of the thing judged right after a trigger: its genitive (بجهود مصر; of an act only a
     * nationality adjective, الهجوم الإسرائيلي, since an act's genitive may be its victim) or the
     * subject of a relative clause on it (التدابير التي أعلنها الاتحاد، الدور الذي تضطلع به دول المجلس).
     */
    const ownerOfJudged = (tm: TriggerMatch, searchEnd: number, source: Phrase | null): Phrase | null => {
      let end = searchEnd;
      // (a verb that carries its object as a pronoun has no judged noun after it: مقاتلين تدعمهم الضربات)
      if (tm.pattern.kind !== "noun" && OBJECT_PRONOUN.test(tm.reading.suffix)) return null;
      // (past the subject in VSO: أشاد الرئيس الفلسطيني بالجهود)
      let k = source && source.tokenStart === tm.tokenEnd ? source.tokenEnd : tm.tokenEnd;
      // (and past a subject set off by commas: رفض السفير فلان، مساعد الوزير الأسبق، تصريحات ...)
      if (source && source.tokenStart > tm.tokenEnd && source.tokenStart - tm.tokenEnd <= 5 && isComma(tokens[source.tokenStart - 1])) {
        const sentenceEnd = sentences[tm.sentence]?.tokenEnd ?? end;
        for (let q = source.tokenEnd; q < Math.min(sentenceEnd, source.tokenEnd + 3); q++) {
          if (isComma(tokens[q])) {
            k = q + 1;
            end = Math.min(sentenceEnd, Math.max(end, k + 6));
            break;
          }
          if ((tokens[q] as Token).kind !== "word") break;
        }
      }
      // (and past the subject's own name: رحب الأمين العام الدكتور فلان بإعلان)
      if (source) {
        const own = phrasesIn(k, Math.min(end, k + 3)).find((p) => isApposition(source, p, byId, tokens));
        if (own) k = own.tokenEnd;
      }
      // (and past an adverb of manner: تدين بشدة استمرار التصريحات)
      if (MANNER.has(bareKey(k))) k++;
      // (and past a preposition of what a feeling is about: عن قلقها إزاء الطموحات الإيرانية،
      // عن استغرابه من تبدل الموقف الأوروبي)
      const about = ABOUT_JUDGED.has(bareKey(k)) && (phraseOfToken[k] ?? -1) < 0;
      // (the owner's phrase may carry that preposition over its noun: إزاء الطموحات الإيرانية)
      const bare = (p: Phrase): boolean => p.prep === null || (about && p.prep === bareKey(k - 1));
      if (about) k++;
      const first = tokens[k];
      if (!first || first.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0 || verbAt(k)) return null;
      // (one more noun in construct may stand before the owner after such a preposition: تبدل الموقف الأوروبي)
      if (about && !phraseStartingAt(k + 1) && tokens[k + 1]?.kind === "word" && (phraseOfToken[k + 1] ?? -1) < 0 && !verbAt(k + 1)) {
        const owner = phraseStartingAt(k + 2);
        if (owner && bare(owner) && owner !== source && (owner.canAct || nationalityAdjective(owner))) return owner;
      }
      // التصريحات العدائية من قبل مسؤولي إيران: the doer of what is judged, in an agent phrase
      const doer = agentAfter(k + 1, Math.min(end, k + 7));
      if (doer && doer !== source && doer.canAct) return doer;
      const gen = phraseStartingAt(k + 1);
      if (gen && bare(gen) && gen !== source && (triggerStarts.has(k) ? nationalityAdjective(gen) : gen.canAct || nationalityAdjective(gen))) return gen;
      // (the judged noun may end the trigger itself: رفضت إيران الاتهامات التي وجهتها)
      for (let q = k; q < Math.min(end, k + 4); q++) {
        const t = tokens[q] as Token;
        // التصريحات الصادرة عن فلان، الاتهامات التي صدرت من فلان: the one it came from
        if (q > k && ISSUED_PARTICIPLES.has(bareKey(q))) return issuer(q + 1, source);
        if (t.kind !== "word" || (phraseOfToken[q] ?? -1) >= 0 || verbAt(q)) return null;
        if (!RELATIVES.has(bareKey(q))) continue;
        if (ISSUED_VERBS.has(bareKey(q + 1))) return issuer(q + 2, source);
        // the antecedent must be the verb's object (التي أعلنها، الذي تضطلع به): else it is the
        // subject, and the actor after the verb what it was done to (الهجوم الذي استهدف السفارة)
        if (!/(?:ه|ها|هم|هما|هن)$/.test(bareKey(q + 1)) && !PRONOUN_PREP.test(bareKey(q + 2))) return null;
        const v = verbAt(q + 1);
        // (a verb the lexicon does not know, تضطلع به دول المجلس: the actor after it and its pronoun)
        let subject = v && v.subject !== null ? phrases[v.subject] : undefined;
        if (!v) {
          // (its pronoun and the head of an idafa may stand between: تضطلع به دول مجلس التعاون)
          for (let a = q + 2; a <= q + 4 && !subject; a++) {
            const w = tokens[a];
            if (!w || w.kind !== "word" || verbAt(a)) break;
            subject = phraseStartingAt(a);
            if ((phraseOfToken[a] ?? -1) >= 0) break;
          }
        }
        return subject && subject.tokenStart > q && subject.tokenStart <= q + 4 && subject.prep === null && subject !== source && subject.canAct ? subject : null;
      }
      return null;
    };
    /** The actor behind عن or من at k (its preposition written apart or joined), the one something came from. */
    const issuer = (k: number, source: Phrase | null): Phrase | null => {
      const at = ISSUER_PREPS.has(bareKey(k)) ? k + 1 : k;
      const p = phraseStartingAt(at);
      return p && p !== source && p.canAct && p.prep !== null && ISSUER_PREPS.has(p.prep) ? p : null;
    };
    /** The actor after شمل (and كلا من) right after a visit noun and its adjective and relative pronoun. */
    const placesTakenIn = (tm: TriggerMatch, end: number): Phrase | null => {
      for (let k = tm.tokenEnd; k < Math.min(end, tm.tokenEnd + 4); k++) {
        if ((tokens[k] as Token).kind !== "word" || (phraseOfToken[k] ?? -1) >= 0) return null;
        if (!INCLUDE_VERBS.has(bareKey(k))) continue;
        let a = k + 1;
        if (/^كلا?$/.test(bareKey(a)) && bareKey(a + 1) === "من") a += 2;
        const p = phraseStartingAt(a);
        return p && p.canAct ? p : null;
      }
      return null;
    };
    /** A relative pronoun a few words before token k (الفكرة التي ظلت واشنطن ترفضها: the pronoun is the antecedent). */
    const relativeBefore = (k: number): boolean => {
      for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
        if ((tokens[q] as Token).kind !== "word") return false;
        if (RELATIVES.has(bareKey(q))) return true;
      }
      return false;
    };
    /** The subject of a claim of responsibility right before the act (أعلن X مسؤوليته عن <act>). */
    const claimedBy = (tm: TriggerMatch): Phrase | null => {
      for (const o of inSentence(tm)) {
        if (o === tm || o.pattern.entry.id !== "claim-responsibility" || o.tokenEnd > tm.tokenStart || tm.tokenStart - o.tokenEnd > 1) continue;
        if (tm.tokenStart - o.tokenEnd === 1 && bareKey(o.tokenEnd) !== "عن") continue;
        const v = verbAt(o.tokenStart);
        return v && v.subject !== null ? (phrases[v.subject] ?? null) : null;
      }
      // هجمات تبنى بعضها داعش، الهجوم الذي تبناه التنظيم: claimed after it is told, the claimant
      // is the actor after the claiming verb
      const s = sentences[tm.sentence];
      const end = Math.min(s?.tokenEnd ?? tm.tokenEnd, tm.tokenEnd + CLAIM_REACH);
      for (let k = tm.tokenEnd; k < end; k++) {
        const t = tokens[k] as Token;
        if (t.kind !== "word" || phraseOfToken[k] !== -1) break;
        if (!CLAIMED_AFTER.test(t.norm.replace(/^[وف]/, ""))) continue;
        let q = k + 1;
        if (CLAIMED_SHARE.has(bareKey(q))) q++;
        const p = phraseStartingAt(q);
        return p && p.prep === null && p.canAct ? p : null;
      }
      return null;
    };
    /**
     * A support verb carrying the noun's pronoun in a relative clause right after an event
     * noun (الغارات التي تشنها قوات النظام، الحرب الجوية التي يشنها التحالف), if any.
     */
    const supportInRelative = (tm: TriggerMatch): VerbInfo | null => {
      // (the reach counts words; a phrase behind ل, with a noun before it, adds two: للأشقاء اليمنيين)
      let reach = RELATIVE_REACH;
      // (an indefinite noun takes its relative clause with no relative pronoun: لغارات جوية شنتها
      // مقاتلات التحالف)
      const indefinite = !/^(?:[وف]?(?:ال|[بل]ال|لل))/.test((tokens[tm.tokenStart] as Token).norm);
      for (let k = tm.tokenEnd, words = 0; words <= reach; k++, words++) {
        const t = tokens[k] as Token | undefined;
        if (t && t.kind === "word" && indefinite) {
          const v = verbAt(k);
          if (v) return v.support && /(?:ه|ها|هم|هما)$/.test(t.norm) && !/^[وف]/.test(t.norm) ? v : null;
        }
        if (!t || t.kind !== "word" || verbAt(k)) return null;
        // المساعدات الإنسانية للأشقاء اليمنيين التي قدمتها المملكة: the ones the act is for may stand between
        const phrase = phraseStartingAt(k);
        if (phrase) {
          if (phrase.prep !== "ل" || reach > RELATIVE_REACH) return null;
          reach += 2;
          k = phrase.tokenEnd - 1;
          continue;
        }
        if (!fw.relatives.has(t.norm)) continue;
        const v = verbAt(k + 1) ?? (bareKey(k + 1) === "قد" ? verbAt(k + 2) : undefined);
        return v && v.support && /(?:ه|ها|هم|هما|هن)$/.test((tokens[v.token] as Token).norm) ? v : null;
      }
      return null;
    };
    const codeTrigger = (tm: TriggerMatch): Outcome => {
      const entry = tm.pattern.entry;
      if (entry.speech) return { outcome: "speech-verb", reason: "it introduces what is said; the complement is coded instead (CAMEO: 010 only when nothing more specific applies)" };
      const s = sentences[tm.sentence];
      if (!s) return { outcome: "filtered", reason: "outside every sentence" };
      const kind = tm.pattern.kind;
      const clauseStart = clauses.clauseOfToken[tm.tokenStart] ?? s.tokenStart;
      let clauseEnd = tm.tokenEnd;
      while (clauseEnd < s.tokenEnd && clauses.clauseOfToken[clauseEnd] === clauseStart) clauseEnd++;
      // الاجتماع الثلاثي الذي تم بين الجبير ونظيريه: the sides of a meeting named in a relative
      // clause of its taking place are the meeting's own
      const heldBetween = (k: number): boolean => kind === "noun" && entry.symmetric && k - tm.tokenEnd <= 2 && fw.relatives.has(bareKey(k - 1)) && TOOK_PLACE.has(bareKey(k)) && bareKey(k + 1) === "بين";
      for (let k = tm.tokenEnd + 1; k <= tm.tokenEnd + 2 && k < s.tokenEnd; k++) {
        if (!heldBetween(k)) continue;
        const rel = clauses.clauseOfToken[k] ?? k;
        clauseEnd = Math.max(clauseEnd, k + 1);
        while (clauseEnd < s.tokenEnd && clauses.clauseOfToken[clauseEnd] === rel) clauseEnd++;
      }

      // the verb that anchors the event: the trigger itself, or the verb governing a trigger noun
      let anchor: VerbInfo | undefined = verbAt(tm.tokenStart);
      /** Who gave the aid, named after المقدمة من. */
      let aidGiver: Phrase | undefined;
      /** The place a visit's visitor left at its end (غادر فلان المملكة الأردنية بعد زيارة). */
      let placeLeft: Phrase | undefined;
      let supported = anchor !== undefined;
      // الحرب التي تشنها تركيا على الإرهاب: a support verb in a relative clause on the noun
      const relativeSupport = !anchor && kind === "noun" ? supportInRelative(tm) : null;
      if (relativeSupport) {
        anchor = relativeSupport;
        supported = true;
      }
      if (!anchor && kind === "noun") {
        // (a time and its commas do not count: أعلنت الحكومة، السبت 25 يوليو، عن اعتقال)
        let floor = clauseStart;
        if (isComma(tokens[floor] as Token) && floor > s.tokenStart) {
          const aside = clauses.clauseOfToken[floor - 1] ?? floor;
          let allTime = aside < floor - 1 && isComma(tokens[aside] as Token);
          for (let k = aside + 1; k < floor && allTime; k++) allTime = inTime()[k] === 1;
          if (allTime && aside > s.tokenStart) floor = clauses.clauseOfToken[aside - 1] ?? floor;
        }
        for (let k = tm.tokenStart - 1, n = 0; k >= floor && n < GOVERNOR_WINDOW; k--) {
          if (inTime()[k] !== 1 && !(isComma(tokens[k] as Token) && (inTime()[k - 1] === 1 || inTime()[k + 1] === 1))) n++;
          const v = verbAt(k);
          if (v) {
            anchor = v;
            supported = v.support;
            break;
          }
        }
        // بحث فلان العمليات ضد «داعش» و«العمال الكردستاني» في اتصال هاتفي مع بان كي مون: a contact
        // that is the occasion of the clause's act (في/خلال + the noun, its other side after مع) is
        // that act's subject's, however far back the verb stands in its sentence
        // (بعد حوار مع، عقب لقاء مع: a contact just over is that occasion too; مع may close the pattern)
        if (!anchor && entry.code.startsWith("04") && (bareKey(tm.tokenStart - 1) === "في" || CIRCUMSTANCE.has(bareKey(tm.tokenStart - 1)) || CONTACT_JUST_OVER.has(bareKey(tm.tokenStart - 1))) && (bareKey(tm.tokenEnd) === "مع" || bareKey(tm.tokenEnd - 1) === "مع")) {
          // (quotes and commas between open clauses of their own: the sentence's verb before it)
          anchor = verbBack(tm.tokenStart - 1, s.tokenStart, (v, k) => v.subject !== null && (clauses.complementOf[k] ?? -1) === (clauses.complementOf[tm.tokenStart] ?? -1));
        }
        // تلقى صاحب السمو الملكي الأمير فلان ولي العهد وزير الدفاع اتصالا: a subject with its
        // honorifics and titles may stand longer between a verb and its noun (no comma between)
        for (let k = tm.tokenStart - GOVERNOR_WINDOW - 1; !anchor && k >= Math.max(clauseStart, tm.tokenStart - LONG_SUBJECT_WINDOW); k--) {
          if ((tokens[k] as Token).kind === "punct") break;
          const v = verbAt(k);
          if (!v) continue;
          const subject = v.subject !== null ? phrases[v.subject] : undefined;
          if (subject && subject.tokenStart > v.token && subject.tokenStart - v.token <= 4 && !v.subjectCarried) {
            let clean = true;
            for (let q = v.token + 1; q < tm.tokenStart && clean; q++) clean = (tokens[q] as Token).kind === "word" && !verbAt(q);
            if (clean) {
              anchor = v;
              supported = v.support;
            }
          }
          break;
        }
        // وأعرب الرئيس فلان، عن استنكاره: a comma may set off the support verb's subject before عن
        if (!anchor && isComma(tokens[clauseStart]) && bareKey(clauseStart + 1) === "عن" && clauseStart + 2 === tm.tokenStart) {
          for (let k = clauseStart - 1; k >= Math.max(s.tokenStart, clauseStart - LONG_SUBJECT_WINDOW); k--) {
            if ((tokens[k] as Token).kind === "punct") break;
            const v = verbAt(k);
            if (!v) continue;
            if (v.support) {
              anchor = v;
              supported = true;
            }
            break;
          }
        }
        // غادر الأمير فلان اليوم المملكة الأردنية بعد زيارة رسمية لها: a visit that ends in the
        // leaving is the leaver's, to the place left, however long the leaver's titles
        if (!anchor && entry.code === "042" && VISIT_ENDS.has(bareKey(tm.tokenStart - 1))) {
          anchor = verbBack(tm.tokenStart - 2, s.tokenStart, (v, k) => DEPARTURE_VERBS.has(bareKey(k)) && v.subject !== null);
          if (anchor) {
            supported = true;
            placeLeft = anchor.object !== null ? phrases[anchor.object] : undefined;
          }
        }
        // (not an act that dates the main clause, وبعد ثمانية أيام من الهجوم ...، أعلن الرئيس: an
        // earlier act, by whoever did it, not by the main clause's subject)
        let dating = false;
        for (let k = tm.tokenStart - 1; k >= Math.max(clauseStart, tm.tokenStart - DATING_REACH) && !dating; k--) dating = DATING.has(bareKey(k));
        if (!anchor && !dating) {
          // a fronted phrase (في اتصال هاتفي مع ...، قال ...): the next verb of the sentence
          for (let k = tm.tokenEnd; k < s.tokenEnd; k++) {
            const v = verbAt(k);
            if (v) {
              anchor = v;
              break;
            }
          }
        }
        // aid is also carried by the masdar of giving it (أعلنت المملكة تقديم مساعدات، مشروع لتوزيع
        // المساعدات) and given by whoever the passive participle names (المساعدات الطبية المقدمة من المملكة)
        if (!supported && entry.code.startsWith("07")) {
          if (AID_MASDARS.has(bareKey(tm.tokenStart - 1).replace(/^(?:لل|[بل])/, ""))) supported = true;
          for (let k = tm.tokenEnd; k <= tm.tokenEnd + AID_GIVER_REACH && !supported; k++) {
            if (!GIVEN_BY.has(bareKey(k)) || bareKey(k + 1) !== "من") continue;
            const giver = phraseStartingAt(k + 2) ?? (bareKey(k + 2) === "قبل" ? phraseStartingAt(k + 3) : undefined);
            if (giver) {
              supported = true;
              aidGiver = giver;
            }
          }
        }
        // (an invitation answered, غادر الأمير ... بعد زيارة لها تلبية لدعوة من الملك, needs no support
        // verb: it tells why the clause's subject came, however far back that subject's verb stands)
        if (!supported && answersInvitation(tm)) {
          supported = true;
          anchor ??= verbBack(tm.tokenStart - 1, s.tokenStart, (v) => v.subject !== null);
        }
        // وأكد الرئيس خلال استقباله الوزير، لدى استقبال الرئيس له: a meeting named as the occasion of
        // the clause's act took place; it needs no support verb
        if (!supported && entry.code.startsWith("04") && CIRCUMSTANCE.has(bareKey(tm.tokenStart - 1))) supported = true;
        if (!entry.standalone && !entry.evaluation && !supported) return { outcome: "unsupported-noun", reason: "an event noun that needs a support verb (أجرى، عقد ...) and has none" };
        // the act an appeal or demand asks for is its topic, not an event (دعا إلى محادثات)
        // (not past a participle that carries the noun: رفضه للتدخل، معربا عن تضامنه)
        const ownParticiple = anchor !== undefined && fw.participles.has(bareKey(anchor.token));
        const asked = !CIRCUMSTANCE.has(bareKey(tm.tokenStart - 1)) && inSentence(tm).some(
          (o) => o !== tm && o.pattern.entry.topics && o.tokenEnd <= tm.tokenStart && tm.tokenStart - o.tokenEnd <= TOPIC_WINDOW && !(ownParticiple && anchor !== undefined && anchor.token >= o.tokenEnd),
        );
        if (asked) return { outcome: "asked-topic", reason: "what an appeal or demand asks for, not an event of its own" };
        // سيزور موسكو لبحث الأزمة السورية والحرب على الإرهاب: what talks are about is a topic
        const discussed = inSentence(tm).some(
          (o) => o !== tm && DISCUSSION_ENTRIES.has(o.pattern.entry.id) && o.tokenEnd <= tm.tokenStart && tm.tokenStart - o.tokenEnd <= TOPIC_WINDOW && !inSentence(tm).some((x) => x.tokenStart > o.tokenStart && x.tokenStart < tm.tokenStart && x.pattern.kind !== "noun"),
        );
        // (not the occasion of the talks: بحثا خلال اللقاء، بحث في اتصال هاتفي)
        const occasion = CIRCUMSTANCE.has(bareKey(tm.tokenStart - 1)) || bareKey(tm.tokenStart - 1) === "في";
        let talkedOf = discussed && !occasion;
        for (let k = tm.tokenStart - 1; k >= Math.max(s.tokenStart, tm.tokenStart - TOPIC_WINDOW) && !talkedOf && !occasion; k--) {
          if (verbAt(k)) break;
          talkedOf = DISCUSSION_MASDARS.has(bareKey(k).replace(/^ل/, ""));
        }
        if (talkedOf) return { outcome: "asked-topic", reason: "what talks are about, not an event of its own" };
      }
      // حث المشرعون السعودية على رفض الاتفاق: a noun pattern that opens with a word read as a verb
      // is a masdar after على or إلى, and what an appeal asks for when one stands just before
      if (kind === "noun" && anchor !== undefined && anchor.token === tm.tokenStart && ASKED_PREPS.has(bareKey(tm.tokenStart - 1))) {
        const asked = inSentence(tm).some((o) => o !== tm && o.pattern.entry.topics && o.tokenEnd <= tm.tokenStart - 1 && tm.tokenStart - o.tokenEnd <= TOPIC_WINDOW);
        if (asked) return { outcome: "asked-topic", reason: "what an appeal or demand asks for, not an event of its own" };
      }

      // arguments
      let sourcePhrase: Phrase | null = null;
      let targetPhrase: Phrase | null = null;
      let sourceCarried = false;
      // an event noun with no actor of its own codes nothing, but its negation and modality are still worth recording
      let noOwnActor = false;
      const after = tm.tokenStart + 1;
      const inTrigger = new Set(tm.tokens);
      const searchEnd = (() => {
        let e = clauseEnd;
        // a preposition phrase may sit past a comma, but not past another verb
        // (a time does not count: ، مساء أمس، فلان)
        // (nor does a name in quotes: تسلمت مصر أبراجا لدبابات "أبرامز إم 1 إيه 1" من الولايات المتحدة)
        for (let k = clauseEnd, n = 0; k < s.tokenEnd && n < PAST_COMMA; k++) {
          if (verbAt(k)) break;
          const t = tokens[k] as Token;
          // (nor past a semicolon or a "but": ؛ لكن الجيش نفى opens another statement)
          if ((t.kind === "punct" && (t.text === "؛" || t.text === ";")) || (t.kind === "word" && CONTRAST_WORDS.has(t.norm))) break;
          if (t.kind === "punct" && QUOTE_MARKS.has(t.text)) {
            // a short quoted name counts as one word
            let close = k + 1;
            while (close < Math.min(s.tokenEnd, k + QUOTED_NAME + 2) && !(tokens[close]?.kind === "punct" && QUOTE_MARKS.has((tokens[close] as Token).text))) close++;
            if (close < s.tokenEnd && close <= k + QUOTED_NAME + 1 && tokens[close]?.kind === "punct" && QUOTE_MARKS.has((tokens[close] as Token).text)) {
              k = close;
              e = k + 1;
              n++;
              continue;
            }
          }
          e = k + 1;
          if (inTime()[k] !== 1) n++;
        }
        return Math.min(e, s.tokenEnd);
      })();
      // دعا X إلى الإسهام في ... الشعب اليمني: an appeal's other side comes before what it asks for
      let askedFrom = searchEnd;
      /** The one an invitation is sent to, right after its إلى. */
      let invitee: Phrase | undefined;
      if (entry.topics) for (let k = tm.tokenEnd; k < searchEnd; k++) if ((tokens[k] as Token).norm === "الي") {
        // (وجه دعوة إلى الرئيس الإيراني لزيارة إيطاليا: a person or an office right after إلى is
        // whom an invitation is sent to, and what it asks for comes later)
        const to = kind === "noun" ? phraseStartingAt(k + 1) : undefined;
        if (to && to.members.length > 0 && to.members.every((id) => byId.get(id)?.type === "person" || byId.get(id)?.agent?.title === true)) {
          invitee = to;
          continue;
        }
        askedFrom = k;
        break;
      }
      const argumentPhrases = phrasesIn(after, searchEnd).filter((p) => {
        for (let k = p.tokenStart; k < p.tokenEnd; k++) if (inTrigger.has(k)) return false;
        // stop at the next verb: its arguments are its own (but not a verb of taking place in a
        // relative clause on a meeting noun: الاجتماع الثلاثي الذي تم بين الجبير ونظيريه)
        for (let k = after; k < p.tokenStart; k++) if (verbAt(k) && !inTrigger.has(k) && !(p.prep === "بين" && heldBetween(k))) return false;
        // nor past أن/إن, which opens what someone says or asks (خلال زيارة إلى كينيا أن أفريقيا تسير قدما)
        // (a threat or an appeal reads its other side in what it says: هددت بأنها ستجعل كوريا الشمالية تدفع)
        if (!entry.topics && !entry.speech && !entry.code.startsWith("13")) for (let k = after; k < p.tokenStart; k++) if (!inTrigger.has(k) && COMPLEMENTIZER_KEYS.has(bareKey(k))) return false;
        // and the genitive of another event of the same kind is that one's (زيارة فابيوس بعد
        // زيارة نائب المستشارة الألمانية)
        if (inSentence(tm).some((o) => o !== tm && o.tokenEnd === p.tokenStart && o.tokenStart > tm.tokenStart && o.pattern.entry.code.slice(0, 2) === entry.code.slice(0, 2))) return false;
        // طالب عباس المجتمع الدولي بتصنيف المستوطنين: the world is whom an appeal is made to, and
        // what it asks names no other side
        if (entry.topics && worldBetween(after, p.tokenStart)) return false;
        // غارة جوية «للدفاع» عن مجموعة من المقاتلين المعارضين: those a strike defends are not its target
        if (VIOLENT_ROOTS.has(entry.code.slice(0, 2))) for (let k = p.tokenStart - 1; k >= Math.max(after, p.tokenStart - DEFENDED_REACH); k--) if (DEFENDING.has(bareKey(k).replace(/^[وف]/, ""))) return false;
        return true;
      });
      // (what is asked for names the other side only when nothing before it does: دعا إلى تدويل الأزمة الجزائرية)
      const beforeAsked = argumentPhrases.filter((p) => p.tokenStart < askedFrom);
      const askedOnly = !beforeAsked.some((p) => p.index !== anchor?.subject);
      const afterPhrases = askedOnly ? argumentPhrases : beforeAsked;
      // a multi-word preposition (إلى جانب) is governed by its last word
      const preps = targetPreps(entry);
      // a preposition that belongs to the trigger (وقف إلى جانب X) makes X its object
      const prepOf = (p: Phrase): string | null => (p.prep !== null && p.prep.length > 1 && inTrigger.has(p.tokenStart - 1) ? null : p.prep);
      /*
       * A nationality adjective right after another act of force (جراء ضربة جوية
       * أميركية، بقصف مدفعي إسرائيلي) names who did that act: the doer of this one
       * when it has none, never the one who suffered it.
       */
      const doerAdjective = (p: Phrase): boolean => {
        if (!VIOLENT_ROOTS.has(entry.code.slice(0, 2)) || !nationalityAdjective(p)) return false;
        return triggers.some((o) => {
          if (!VIOLENT_ROOTS.has(o.pattern.entry.code.slice(0, 2)) || o.tokenEnd > p.tokenStart) return false;
          // right after the act, or after one adjective of it (ضربة جوية أميركية، قصف مدفعي إسرائيلي)
          const gap = p.tokenStart - o.tokenEnd;
          if (gap > 1 || (gap === 1 && !/(?:ي|يه)$/.test(bareKey(o.tokenEnd)))) return false;
          // this act's own adjective, when the act is a noun whose genitive may be its doer and whose words are contiguous
          if (o === tm) return kind === "noun" && entry.genitive !== "target" && tm.tokens.length === tm.tokenEnd - tm.tokenStart;
          return p.tokenStart > tm.tokenEnd;
        });
      };
      // وزير الخارجية الأميركي، جون كيري: the title holder named after the source is the source again
      const appositive = (p: Phrase): boolean => sourcePhrase !== null && isApposition(sourcePhrase, p, byId, tokens);
      // زيارة أحمد الجربا الرئيس السابق للائتلاف إلى موسكو: ل after a title names the body the
      // title is of, not the act's other side
      const titleGenitive = (p: Phrase): boolean => {
        if (p.prep !== "ل" || p.tokenStart <= tm.tokenEnd) return false;
        let k = p.tokenStart - 1;
        if (TITLE_TENSES.has(bareKey(k)) && k - 1 > tm.tokenEnd) k--;
        return TITLE_HEADS.has(bareKey(k)) && (phraseOfToken[k] ?? -1) < 0;
      };
      // مواقع للمسلحين شمال سوريا: a place after a part of place, away from the verb, says where
      const placeDescription = (p: Phrase): boolean => {
        const isPart = (k: number): boolean => fw.placeParts.has(bareKey(k)) || fw.placeParts.has(bareKey(k).replace(/^[بل]/, ""));
        let part = p.tokenStart - 1;
        if (part <= tm.tokenEnd || p.prep !== null || !isPart(part) || (phraseOfToken[part] ?? -1) >= 0) return false;
        while (part - 1 > tm.tokenEnd && isPart(part - 1)) part--;
        // (في شمال غرب باكستان، بشمال سوريا: a preposition phrase, which the frame reads)
        if (PREPOSITIONS.has(bareKey(part - 1)) || !fw.placeParts.has(bareKey(part))) return false;
        // only after an object of the verb (مواقع للمسلحين شمال سوريا); right after the verb and
        // its subject the place is the object (اقتحمت القوات مدينة نابلس، قصف الجيش شمال العراق)
        const from = sourcePhrase && sourcePhrase.tokenStart >= tm.tokenEnd ? sourcePhrase.tokenEnd : tm.tokenEnd;
        for (let k = from; k < part; k++) if ((phraseOfToken[k] ?? -1) < 0 && (tokens[k] as Token).kind === "word") return true;
        return false;
      };
      // بحث الرئيس أوضاع اللاجئين: what is discussed is a topic, and an actor in its genitive is
      // no party to the talks; a party is the object itself, right after the verb or its subject
      // (the genitive of the word before it: a noun, not a time word, particle or another phrase)
      const topicGenitive = (p: Phrase, subject: Phrase | null): boolean => {
        if (!entry.code.startsWith("04") || p.tokenStart <= tm.tokenEnd || (subject && subject.tokenStart >= tm.tokenEnd && p.tokenStart === subject.tokenEnd)) return false;
        // (a phrase joined by و to an uncoded one behind the act's own preposition is no genitive:
        // التقى مع زعماء اليهود وأعضاء الكونغرس)
        if (p.conj) for (let k = p.tokenStart - 1; k >= Math.max(tm.tokenEnd, p.tokenStart - 4); k--) {
          if ((phraseOfToken[k] ?? -1) >= 0) break;
          if (preps.includes(bareKey(k))) return false;
        }
        const at = p.tokenStart - 1;
        const prev = tokens[at] as Token;
        if (prev.kind !== "word" || inPhraseOrTime()[at] === 1) return false;
        const n = prev.norm.replace(/^[وف]/, "");
        // (an honorific is no head: استقبل معالي الوزير، التقى سموه الرئيس; nor is an office over
        // a body, whose holder is met: استقبل الأمير مدير شرطة المنطقة)
        if (HONORIFIC_PRONOUNS.has(n) || HONORIFICS.has(n) || OFFICES.has(n)) return false;
        // (nor is a circumstance with its pronoun: والتقى خلالها الرئيس المصري)
        const withoutPronoun = n.replace(/(?:ها|ه|هما|هم)$/, "");
        if (withoutPronoun !== n && CIRCUMSTANCE.has(withoutPronoun)) return false;
        return !(fw.prepositions.has(n) || fw.complementizers.has(n) || fw.relatives.has(n) || fw.clauseBreakers.has(n) || fw.vagueTime.has(n) || lex.verbForms.has(prev.norm));
      };
      /** Is the phrase one country (the state itself) that is the other phrase's only country? */
      const sameCountryOnly = (p: Phrase, other: Phrase): boolean => {
        if (p.members.length !== 1) return false;
        const e = byId.get(p.members[0] as string);
        if (!e || e.type !== "country") return false;
        return other.members.length > 0 && other.members.every((m) => byId.get(m)?.code.slice(0, 3) === e.code.slice(0, 3));
      };
      // رفضه المطلق للتدخل الإيراني، دعمها للحكومة اليمنية: a masdar takes its object behind ل, right
      // after it (or after one word of degree); an actor in that noun's genitive or adjective is the object
      const lamObjectAt = ((): number => {
        if (kind !== "noun") return -1;
        let k = tm.tokenEnd;
        if (DEGREE_AFTER_MASDAR.has(bareKey(k))) k++;
        // (الشكر والتقدير لخادم الحرمين: masdars joined by و share the object behind ل)
        for (let n = 0; n < 2; n++) {
          const c = tokens[k];
          if (c === undefined || c.kind !== "word" || !/^وال/.test(c.norm) || (phraseOfToken[k] ?? -1) >= 0 || verbAt(k)) break;
          k++;
        }
        const t = tokens[k];
        return t !== undefined && t.kind === "word" && /^(?:لل|ل)/.test(t.norm) ? k : -1;
      })();
      // (or, for an act of force, at the end of a short construct chain behind ل: قصف لمخيمات ناشطي
      // حزب العمال; of a visit, ل before a chain names who makes it: زيارات لكبار المسؤولين)
      const lamChain = (p: Phrase): boolean => {
        if (!FORCE_ROOTS.has(entry.code.slice(0, 2)) || p.tokenStart <= lamObjectAt || p.tokenStart > lamObjectAt + LAM_CHAIN || (phraseOfToken[lamObjectAt] ?? -1) >= 0) return false;
        for (let k = lamObjectAt + 1; k < p.tokenStart; k++) {
          const t = tokens[k] as Token;
          if (t.kind !== "word" || (phraseOfToken[k] ?? -1) >= 0 || /^(?:[وف]|ال)/.test(t.norm) || verbAt(k)) return false;
        }
        return true;
      };
      const lamObject = (p: Phrase): boolean => lamObjectAt >= 0 && (p.prep === "ل" ? p.tokenStart === lamObjectAt || (p.tokenStart === lamObjectAt + 1 && (phraseOfToken[lamObjectAt] ?? -1) < 0 && (tokens[lamObjectAt] as Token).norm.startsWith("لل")) : p.prep === null && lamChain(p));
      const findTarget = (exclude: Phrase | null, prepsOnly = false): Phrase | null => {
        for (const want of preps) {
          if (prepsOnly && want === "object") continue;
          if (want === "object") {
            const lam = afterPhrases.find((p) => p !== exclude && lamObject(p) && !appositive(p) && !titleGenitive(p));
            if (lam) return lam;
          }
          for (const p of afterPhrases) {
            // (an event noun's bare object comes before its frame's prepositions: in زيارة الجبير إلى
            // موسكو في إطار التحضيرات لزيارة الملك, the king is no object of the first visit)
            // (when its genitive is its doer: the object's place is taken)
            if (want === "object" && kind === "noun" && ((exclude !== null && exclude.tokenStart === tm.tokenEnd) || OBJECT_PRONOUN.test(tm.reading.suffix)) && p.prep !== null && p !== exclude && preps.includes(p.prep)) break;
            if (p === exclude || doerAdjective(p) || appositive(p) || placeDescription(p) || titleGenitive(p)) continue;
            // (أعلن رفض بلاده للاحتلال: "his country" right after the noun is its doer)
            if (kind === "noun" && p.tokenStart === tm.tokenEnd && p.tokenEnd - p.tokenStart === 1 && ownCountryWord((tokens[p.tokenStart] as Token).norm)) continue;
            // (nor is the doer's own country named in full: أكد خامنئي وقوف الجمهورية الإسلامية الإيرانية مع ...)
            if (kind === "noun" && want === "object" && p.tokenStart === tm.tokenEnd && exclude !== null && sameCountryOnly(p, exclude)) continue;
            if (want === "object" && prepOf(p) === null && topicGenitive(p, exclude)) continue;
            if (want === "object" ? prepOf(p) === null : p.prep === want) {
              if (want === "object" && anchor && kind !== "noun" && anchor.subject === p.index) continue;
              return p;
            }
          }
        }
        return null;
      };

      if (entry.evaluation) {
        // the speaker judges the complement's subject
        const m = clauses.complementOf[tm.tokenStart] ?? -1;
        const speech = m >= 0 ? clauses.verbs[m] : undefined;
        if (!speech || speech.subject === null) return { outcome: "no-speaker", reason: "an evaluation outside the complement of a speech verb with a known speaker" };
        sourcePhrase = phrases[speech.subject] ?? null;
        sourceCarried = speech.subjectCarried;
        let compStart = speech.token + 1;
        while (compStart < tm.tokenStart && clauses.complementOf[compStart] !== m) compStart++;
        // the judged one is the complement's subject, the first actor after إن/أن; a
        // judgement far from it belongs to something else
        if (tm.tokenStart - compStart > 30) return { outcome: "no-judged", reason: "an evaluation too far from the start of its complement" };
        targetPhrase = phrasesIn(compStart, tm.tokenStart).find((p) => p.prep === null) ?? null;
        // (or the maker of the thing judged, named in a relative clause right after it: إن الخطاب
        // "العدواني" الذي ألقاه الزعيم الإيراني)
        for (let k = tm.tokenEnd; !targetPhrase && k <= tm.tokenEnd + 2 && k < s.tokenEnd; k++) {
          if (!fw.relatives.has(bareKey(k))) continue;
          const v = verbAt(k + 1);
          if (v && v.subject !== null && cache.get(k + 1, true).some((r) => OBJECT_PRONOUN.test(r.suffix))) targetPhrase = phrases[v.subject] ?? null;
          break;
        }
        // (or, after وصف, the one described: وصف النظام الإيراني بأنه قمعي)
        if (!targetPhrase && speech.object !== null && inSentence(tm).some((o) => o.tokenStart === speech.token && o.pattern.entry.id === DESCRIBE)) targetPhrase = phrases[speech.object] ?? null;
        if (!targetPhrase) return { outcome: "no-judged", reason: "no actor in the complement to be judged" };
        // (a speaker's own state, باكستان تتقدم باحتجاج على هذا العمل الاستفزازي, is not what they judge)
        if (sourcePhrase && sameCountryOnly(targetPhrase, sourcePhrase)) return { outcome: "no-judged", reason: "the complement's subject is the speaker's own state" };
        anchor = speech;
      } else if (kind === "passive") {
        // (the actor of an agent phrase is no target: تم اغتصابها من قبل ضباط، خطف من منزله على يد مسلحين)
        const agent = agentAfter(tm.tokenEnd, searchEnd);
        targetPhrase = afterPhrases.find((p) => p.prep === null && p !== agent && !doerAdjective(p)) ?? null;
        sourcePhrase = agent ?? afterPhrases.find((p) => doerAdjective(p)) ?? null;
        // the entry's own agent marker (تلقى اتصالا من X: X is the caller)
        if (!sourcePhrase) sourcePhrase = afterPhrases.find((p) => p !== targetPhrase && p.prep !== null && preps.includes(prepOf(p) ?? "")) ?? null;
        // أن ناشطين اعتقلوا على يد الشرطة: the clause's own subject before the form suffered it
        if (!targetPhrase && anchor?.token === tm.tokenStart && anchor.subject !== null && !anchor.subjectCarried) {
          const before = phrases[anchor.subject];
          if (before && before.tokenEnd <= tm.tokenStart && before !== sourcePhrase) targetPhrase = before;
        }
        // سجن غوانتانامو، سجن نفحة: a place right after the form is the genitive of a noun (a prison), not who suffered
        if (targetPhrase && targetPhrase.tokenStart === tm.tokenEnd && targetPhrase.members.every((id) => byId.get(id)?.type === "location")) {
          return filterAs(tm, `a place's name: ${doc.text.slice((tokens[tm.tokenStart] as Token).start, targetPhrase.end)}`, false, "asserted");
        }
      } else if (kind === "noun" && !verbAt(tm.tokenStart)) {
        // (past an honorific: زيارة صاحب السمو الملكي الأمير فلان)
        let genAt = tm.tokenEnd;
        while (genAt < searchEnd && HONORIFIC_WORDS.has(bareKey(genAt)) && (phraseOfToken[genAt] ?? -1) < 0) genAt++;
        const gen = phraseStartingAt(genAt);
        // لقاؤه نظيره الفرنسي: a pronoun on the noun is its genitive, and the actor right after is its object
        const pronounGenitive = OBJECT_PRONOUN.test(tm.reading.suffix) && entry.genitive !== "target" && preps.includes("object");
        const genitive = gen && gen.prep === null && !pronounGenitive ? gen : null;
        if (pronounGenitive && gen && gen.prep === null && !doerAdjective(gen)) targetPhrase = gen;
        const doer = agentAfter(tm.tokenEnd, searchEnd);
        if (doer) {
          sourcePhrase = doer;
          if (genitive && genitive !== doer) targetPhrase = genitive;
        }
        // the genitive fills the object slot: only a preposition target tells its role
        const others = findTarget(genitive, true);
        if (genitive && !doer) {
          let role = entry.genitive;
          if (role === "auto") {
            const e = byId.get(genitive.members[0] ?? "");
            const actorLike = (e && (e.type === "person" || e.type === "agent" || e.type === "organization" || e.type === "group")) || (genitive.tokenEnd - genitive.tokenStart === 1 && ownCountryWord((tokens[genitive.tokenStart] as Token).norm));
            // غزو موسكو لأوكرانيا: a target right after the genitive makes it the source
            const next = phraseStartingAt(genitive.tokenEnd);
            const followedByTarget = next !== undefined && (next.prep === "ل" || next.prep === "علي" || next.prep === "ضد");
            // الغارات الإسرائيلية، ضربة جوية أميركية: a nationality adjective on an act of force names who acts
            const forceAct = ["15", "17", "18", "19", "20"].includes(entry.code.slice(0, 2));
            role = actorLike || others || followedByTarget || (forceAct && nationalityAdjective(genitive)) ? "source" : "target";
          }
          if (role === "source") sourcePhrase = genitive;
          else targetPhrase = genitive;
        }
        // غارة للتحالف على مواقع، قصف مدفعي للجيش: ل right after the act (and its adjective) names
        // whose act it is, where ل does not mark the target
        if (!sourcePhrase && !preps.includes("ل") && entry.genitive !== "target") {
          let at = tm.tokenEnd;
          const adjective = tokens[at];
          if (adjective && adjective.kind === "word" && (phraseOfToken[at] ?? -1) < 0 && /^ال\S+(?:ي|يه)$|^\S+(?:ي|يه)$/.test(adjective.norm) && !adjective.norm.startsWith("ل")) at++;
          const lam = phraseStartingAt(at);
          if (lam && lam.prep === "ل" && lam.canAct && lam !== targetPhrase) sourcePhrase = lam;
        }
        if (!targetPhrase) targetPhrase = findTarget(genitive ?? sourcePhrase);
        // اعتقال 320 عنصرا من تنظيم داعش، توقيف أشخاص ينتمون إلى الجماعة: counted people of a
        // group stand for the group, as the object of the verb does
        if (!targetPhrase && !genitive && entry.genitive === "target") targetPhrase = membersOf(tm.tokenEnd, searchEnd);
        // masdar + agent + ل + object: غزو روسيا لأوكرانيا
        if (!targetPhrase && genitive && sourcePhrase === genitive) {
          const next = phraseStartingAt(genitive.tokenEnd);
          if (next && (next.prep === "ل" || next.prep === "علي")) targetPhrase = next;
        }
        // تعرض X لهجوم ("X came under attack"): the subject of تعرض is the target,
        // the attacker only comes from an agent phrase
        const exposed = anchor !== undefined && anchor.subject !== null && anchor.token < tm.tokenStart && tm.tokenStart - anchor.token <= 6 && EXPOSURE_VERBS.has((tokens[anchor.token] as Token).norm.replace(/^[وف]/, ""));
        const sufferer = exposed && anchor && anchor.subject !== null ? phrases[anchor.subject] : undefined;
        if (sufferer && sufferer.tokenEnd <= tm.tokenStart && !targetPhrase) {
          targetPhrase = sufferer;
          if (sourcePhrase === targetPhrase) sourcePhrase = null;
          // لهجوم من X: after an undergone act, من introduces its doer
          if (!sourcePhrase) sourcePhrase = afterPhrases.find((p) => p.prep === "من" && p.tokenStart <= tm.tokenEnd + 1) ?? null;
        }
        if (!sourcePhrase) sourcePhrase = afterPhrases.find((p) => p !== targetPhrase && doerAdjective(p)) ?? null;
        // أعلن الجيش الأمريكي مقتل ثلاثة من جنوده: "its soldiers" are the announcer's own people
        // a death or a capture told as a noun (وصف البيت الأبيض مقتل الوحيشي، أعلن الجيش مقتل):
        // the verb over it says who reports or judges it; its doer comes from an agent phrase
        const resultNoun = VIOLENT_ROOTS.has(entry.code.slice(0, 2)) && entry.genitive === "target" && !supported;
        if (resultNoun && !targetPhrase && anchor && anchor.subject !== null) {
          for (let k = tm.tokenEnd; k < Math.min(clauseEnd, tm.tokenEnd + 4); k++) {
            if (OWN_PEOPLE.has(bareKey(k))) {
              targetPhrase = phrases[anchor.subject] ?? null;
              break;
            }
          }
        }
        // an event noun on its own needs an argument of its own: "expected visits" codes nothing
        if (!supported && !genitive && !targetPhrase) noOwnActor = true;
        // the subject of the verb over the noun does the act (وصل الرئيس في زيارة، خرجوا للاحتجاج),
        // not an act nested in another one's complement: خرجوا للاحتجاج على مقتل مدنيين —
        // the protesters protest, they did not kill
        const nested =
          anchor !== undefined &&
          VIOLENT_ROOTS.has(entry.code.slice(0, 2)) &&
          inSentence(tm).some((o) => o !== tm && o.tokenStart > (anchor as VerbInfo).token && o.tokenEnd <= tm.tokenStart && o.pattern.kind === "noun" && !VIOLENT_ROOTS.has(o.pattern.entry.code.slice(0, 2)));
        // a subject carried from an earlier clause reaches a noun only through a support verb or a
        // pronoun on the noun (وأعرب عن رفضه); a bare noun (الرفض) there names a kind of act
        const ownPronoun = OBJECT_PRONOUN.test(tm.reading.suffix);
        const carriedOnly = anchor !== undefined && anchor.subjectCarried && !supported && !ownPronoun;
        // أدان الوزير الهجوم، أشاد بالزيارة، اتهمه بالتخطيط للاغتيال: an act that is judged is
        // not the judge's own act (unlike a promised or refused one: رفض الانسحاب، تعهد بتقديم)
        const judged =
          anchor !== undefined &&
          anchor.token < tm.tokenStart &&
          triggers.some((o) => o !== tm && o.tokenStart === (anchor as VerbInfo).token && o.pattern.kind !== "noun" && JUDGING_CODES.some((c) => o.pattern.entry.code.startsWith(c)));
        // في اليوم الأول من زيارته كينيا: the pronoun on a noun with no verb of its own before it
        // takes up the subject of the sentence's last verb before it, not of a verb after it
        // (only where the genitive is the doer: the pronoun of محاكمتهم، اعتقاله is who suffers it)
        if (!sourcePhrase && ownPronoun && entry.genitive !== "target" && !VIOLENT_ROOTS.has(entry.code.slice(0, 2)) && !entry.code.startsWith("17") && !exposed && (!anchor || anchor.token > tm.tokenStart)) {
          for (let k = tm.tokenStart - 1; k >= s.tokenStart; k--) {
            const v = verbAt(k);
            if (!v) continue;
            if (v.subject !== null) {
              sourcePhrase = phrases[v.subject] ?? null;
              sourceCarried = true;
            }
            break;
          }
        }
        if (!sourcePhrase && !exposed && anchor && anchor.subject !== null && !nested && !resultNoun && !carriedOnly && !judged && !(ownPronoun && anchor.token > tm.tokenStart)) {
          sourcePhrase = phrases[anchor.subject] ?? null;
          sourceCarried = anchor.subjectCarried;
        }
        // قام الأمير بزيارة إلى مصر تلبية لدعوة كريمة من الرئيس فلان، جاءوا بدعوة من: an invitation
        // answered is the inviter's (after من or in the genitive), made to the clause's subject;
        // with no inviter named it is no act of the one who answers it
        const answered = answersInvitation(tm) || (INVITATIONS.has(entry.id) && tm.reading.prefix.endsWith("ب") && bareKey(tm.tokenEnd) === "من");
        if (answered) {
          const inviter = afterPhrases.find((p) => (p.prep === "من" || (p.prep === null && (p.tokenStart === tm.tokenEnd || HONORIFIC_WORDS.has(bareKey(p.tokenStart - 1))))) && p.tokenStart <= tm.tokenEnd + INVITER_REACH);
          if (!inviter) return filterAs(tm, "an invitation answered, with no inviter named", false, "asserted");
          targetPhrase = anchor && anchor.subject !== null && phrases[anchor.subject] !== inviter ? (phrases[anchor.subject] ?? null) : null;
          sourcePhrase = inviter;
          sourceCarried = false;
        }
        // تلقى فلان اتصالا/رسالة من فلان: who receives is the target, the one after من the source
        if (anchor && anchor.subject !== null && anchor.token < tm.tokenStart && RECEIVE_VERBS.has(bareKey(anchor.token))) {
          const from = afterPhrases.find((p) => p.prep === "من");
          if (from) {
            targetPhrase = phrases[anchor.subject] ?? null;
            sourcePhrase = from;
            sourceCarried = false;
          }
        }
      } else {
        if (anchor && anchor.subject !== null) {
          sourcePhrase = phrases[anchor.subject] ?? null;
          sourceCarried = anchor.subjectCarried;
        }
        // قطريين اتهمتهما واشنطن بتمويل القاعدة: the pronoun on the verb takes up the actor before
        // it, which the clause stage made the object; what follows the verb is what they did
        const antecedent = kind === "verb" && anchor?.token === tm.tokenStart && anchor.object !== null && OBJECT_PRONOUN.test(tm.reading.suffix) && preps.includes("object") ? phrases[anchor.object] : undefined;
        targetPhrase = antecedent && antecedent.tokenEnd <= tm.tokenStart && antecedent !== sourcePhrase ? antecedent : findTarget(sourcePhrase);
        // أكد وقوف دولة الكويت إلى جانب المملكة: the genitive of the stance the pattern ends on stands
        // by the one after ل or جانب; the speaker only says so
        if (kind === "noun" && entry.code.startsWith("05")) {
          const gen = phraseStartingAt(tm.tokenEnd);
          const to = gen && gen.prep === null ? findTarget(gen, true) : null;
          if (gen && gen.prep === null && gen.canAct && to && to !== gen) {
            sourcePhrase = gen;
            sourceCarried = false;
            targetPhrase = to;
          }
        }
        if (anchor && anchor.object !== null && preps.includes("object") && !targetPhrase) {
          const object = phrases[anchor.object];
          if (object && (object.tokenStart < askedFrom || askedOnly) && !doerAdjective(object) && !placeDescription(object) && !topicGenitive(object, sourcePhrase) && !(entry.topics && worldBetween(tm.tokenEnd, object.tokenStart))) targetPhrase = object;
        }
        if (invitee && invitee !== sourcePhrase && (!targetPhrase || targetPhrase.tokenStart > invitee.tokenStart)) targetPhrase = invitee;
        // أعلن الصندوق أن الحكومة اليونانية طلبت منه قرضا: a singular pronoun behind one of the
        // act's target prepositions, in what a speaker says, is that speaker
        // (only right after the verb and its subject, with nothing else before them in what is
        // said: a pronoun further on, or after a noun, takes up that noun, فور رفع العقوبات عنها، سجن يندد به)
        if (!targetPhrase && sourcePhrase && !sourceCarried && kind === "verb" && anchor?.token === tm.tokenStart) {
          const m = clauses.complementOf[tm.tokenStart] ?? -1;
          const speech = m >= 0 ? clauses.verbs[m] : undefined;
          const speaker = speech && speech.subject !== null ? phrases[speech.subject] : undefined;
          const svo = sourcePhrase.tokenEnd === tm.tokenStart && fw.complementizers.has(bareKey(sourcePhrase.tokenStart - 1));
          const vso = sourcePhrase.tokenStart === tm.tokenEnd && fw.complementizers.has(bareKey(tm.tokenStart - 1));
          const at = svo ? tm.tokenEnd : vso ? sourcePhrase.tokenEnd : -1;
          if (speaker && at >= 0 && speaker.members.length === 1 && !speaker.members.some((id) => sourcePhrase?.members.includes(id)) && at < searchEnd && prepWithPronounAt(at, preps)) targetPhrase = speaker;
        }
        // قتل جندي أميركي في انفجار: a form written alike in the active and the passive,
        // with an actor after it and nothing done to anyone, tells who was killed
        // (people are killed; a body or a state named after the verb is its doer: وقتل التنظيم أبناء أقليات)
        // (a count of a body's members is people too: قتل أربعة من الجيش الوطني)
        const counted = (p: Phrase): boolean => {
          if (p.prep !== "من") return false;
          const head = tokens[p.tokenStart - 2];
          return isCount(head, head?.norm.replace(/^[وف]/, "") ?? "", fw.countWords);
        };
        const people = (p: Phrase): boolean => counted(p) || p.members.every((id) => byId.get(id)?.type === "person" || byId.get(id)?.type === "agent");
        if (kind === "verb" && !targetPhrase && sourcePhrase && sourcePhrase.tokenStart >= tm.tokenEnd && VIOLENT_ROOTS.has(entry.code.slice(0, 2)) && passiveForms(entry).has(bareKey(tm.tokenStart)) && people(sourcePhrase)) {
          targetPhrase = sourcePhrase;
          sourcePhrase = agentAfter(targetPhrase.tokenEnd, searchEnd);
          sourceCarried = false;
        } else if (kind === "verb" && !targetPhrase && sourcePhrase && !sourceCarried && sourcePhrase.tokenEnd <= tm.tokenStart && VIOLENT_ROOTS.has(entry.code.slice(0, 2)) && passiveForms(entry).has(bareKey(tm.tokenStart)) && sourcePhrase.members.every((id) => byId.get(id)?.code.endsWith("CVL") === true) && !afterPhrases.some((p) => p.prep === null && p.tokenStart === tm.tokenEnd)) {
          // ذكرت أن أربعة مدنيين قتلوا في قصف: civilians before such a form, with no one after it,
          // are those it was done to (قُتلوا), not its doers
          targetPhrase = sourcePhrase;
          sourcePhrase = agentAfter(tm.tokenEnd, searchEnd);
          sourceCarried = false;
        }
        // وقالت الحكومة إن الانتخابات نزيهة، واتهمت المعارضة بإذكاء التوترات: after و, an actor right
        // after a verb of accusing with the charge (ب) right after it is the accused, and the one who
        // spoke before is the accuser
        const accusedAfter = !targetPhrase && sourcePhrase && !sourceCarried ? sourcePhrase : !sourcePhrase ? targetPhrase : null;
        if (kind === "verb" && entry.code.startsWith("112") && accusedAfter && accusedAfter.tokenStart === tm.tokenEnd && /^ب/.test(bareKey(accusedAfter.tokenEnd)) && /^و/.test((tokens[tm.tokenStart] as Token).norm)) {
          const accused = accusedAfter;
          const before = verbBack(tm.tokenStart - 1, s.tokenStart, (v) => v.subject !== null && phrases[v.subject] !== accused && (phrases[v.subject]?.tokenEnd ?? 0) <= tm.tokenStart);
          if (before && before.subject !== null) {
            targetPhrase = accused;
            sourcePhrase = phrases[before.subject] ?? null;
            sourceCarried = true;
          }
        }
        if (!sourcePhrase) sourcePhrase = afterPhrases.find((p) => doerAdjective(p) && p !== targetPhrase) ?? null;
        // تسلمت مصر دبابات من الولايات المتحدة: aid told by a verb of receiving, with من, has the
        // receiver as subject and the giver after من
        const giver = entry.code.startsWith("07") && RECEIVE_VERBS.has(bareKey(tm.tokenStart)) && sourcePhrase ? afterPhrases.find((p) => p.prep === "من" && p !== sourcePhrase) : undefined;
        if (giver) {
          targetPhrase = sourcePhrase;
          sourcePhrase = giver;
          sourceCarried = false;
        }
      }
      if (entry.symmetric && (!sourcePhrase || !targetPhrase)) {
        // (near the noun: خطة العمل بين مجموعة 5+1 وإيران is the plan's, not the meeting's)
        const near = (p: Phrase): boolean => {
          let n = 0;
          for (let k = tm.tokenEnd; k < p.tokenStart - 1; k++) if (inTime()[k] !== 1 && !HONORIFIC_WORDS.has(bareKey(k))) n++;
          return n <= 3;
        };
        let between = afterPhrases.find((p) => p.prep === "بين" && p.members.length >= 2 && (kind !== "noun" || supported || near(p)));
        // مباحثات القاهرة بين صاحب السمو الملكي الأمير فلان ولي ولي العهد وفخامة الرئيس فلان: one
        // side after بين, the other joined to it by و past the first one's titles (a city in the
        // noun's genitive is where, not a side)
        let secondSide: Phrase | undefined;
        if (!between) {
          const first = afterPhrases.find((p) => p.prep === "بين" && p.members.length === 1 && (kind !== "noun" || supported || near(p)));
          const second = first ? afterPhrases.find((p) => p.tokenStart > first.tokenEnd && p.prep === null) : undefined;
          if (first && second && second.tokenStart - first.tokenEnd <= BETWEEN_TITLES) {
            let joined = false;
            let clean = true;
            for (let k = first.tokenEnd; k < second.tokenStart && clean; k++) {
              const t = tokens[k] as Token;
              clean = t.kind === "word" && !verbAt(k);
              if (clean && t.norm.startsWith("و") && HONORIFICS.has(t.norm.slice(1))) joined = true;
              // (معارك بين قوات الناتو ومسلحي طالبان: و on a unit of the second side)
              if (clean && k === first.tokenEnd && second.tokenStart === k + 1 && t.norm.startsWith("و") && UNIT_HEADS.has(t.norm.slice(1))) joined = true;
            }
            if (clean && joined) {
              between = first;
              secondSide = second;
            }
          }
        }
        // اجتماع بين X مع Y: one side after بين, the other after مع
        const oneSide = !between && !sourcePhrase && targetPhrase ? afterPhrases.find((p) => p.prep === "بين" && p !== targetPhrase && p.tokenStart < (targetPhrase as Phrase).tokenStart) : undefined;
        // الاجتماعات بين كيري وظريف with no support verb: the sides are both after بين, not the
        // subject of the verb over the noun (ويهاجم جيب بوش الاجتماعات بين ...)
        if (between && kind === "noun" && !supported && !verbAt(tm.tokenStart) && sourcePhrase && !targetPhrase && sourcePhrase.tokenStart < tm.tokenStart) sourcePhrase = null;
        const placeOnly = (p: Phrase | null): boolean => p !== null && p.members.every((id) => byId.get(id)?.type === "location");
        // اشتباكات بين المقاومة وقوات الجيش، وميليشيات الحوثي: a comma parts the two sides, each
        // of which may hold allies joined by و
        const otherSide = between && between.members.length >= 2 && isComma(tokens[between.tokenEnd] as Token) ? phraseStartingAt(between.tokenEnd + 1) : undefined;
        if (otherSide && between && otherSide.conj && otherSide.prep === null && otherSide.canAct && (!sourcePhrase || sourcePhrase === between) && (!targetPhrase || targetPhrase === between || placeOnly(targetPhrase))) {
          sourcePhrase = between;
          targetPhrase = otherSide;
        } else if (secondSide && between && (!targetPhrase || targetPhrase === between || placeOnly(targetPhrase)) && (!sourcePhrase || sourcePhrase === between)) {
          sourcePhrase = between;
          targetPhrase = secondSide;
        } else if (oneSide) sourcePhrase = oneSide;
        // (a place named as where they were held, بدأت في أديس أبابا المحادثات بين الحكومة والمعارضة,
        // is no side when بين names both)
        else if (between && (!sourcePhrase || (placeOnly(sourcePhrase) && between.members.length >= 2))) {
          sourcePhrase = between;
          if (targetPhrase && placeOnly(targetPhrase)) targetPhrase = null;
        } else if (between && !targetPhrase) targetPhrase = between;
        // المحادثات بين أميركا وكوبا: the sides after بين are the noun's own actors
        if (between || oneSide) noOwnActor = false;
      }
      // جولته التي شملت كلا من الكويت وقطر، جولة تشمل دول الخليج: the places a visit takes in
      if (!targetPhrase && entry.code === "042") {
        targetPhrase = placesTakenIn(tm, Math.min(s.tokenEnd, tm.tokenEnd + 8));
        if (targetPhrase) noOwnActor = false;
      }
      if (!targetPhrase && (preps.includes("object") || ["17", "18", "19", "20"].includes(entry.code.slice(0, 2)))) {
        // X's positions: هاجم الجيش مواقع للمتمردين — the possessor is what is attacked
        // or in idafa after the trigger's own preposition: شن غارات على مواقع الحوثيين
        const possessed = (p: Phrase): boolean => {
          const noun = p.tokenStart - 1;
          if ((phraseOfToken[noun] ?? -1) >= 0 || verbAt(noun) || (tokens[noun] as Token | undefined)?.kind !== "word" || doerAdjective(p) || titleGenitive(p)) return false;
          if (p.prep === "ل") return true;
          return p.prep === null && noun > tm.tokenEnd - 1 && preps.includes(bareKey(noun - 1)) && bareKey(noun - 1) !== "object";
        };
        const poss = afterPhrases.find((p) => p !== sourcePhrase && possessed(p));
        if (poss && (!sourcePhrase || poss.tokenStart > sourcePhrase.tokenEnd)) targetPhrase = poss;
      }
      // أشاد بجهود مصر، انتقد السياسة الأمريكية، رفض الاتهامات التي وجهتها السعودية: what is
      // praised, criticised or rejected belongs to the one it is aimed at
      if (kind !== "passive" && (JUDGED_OWNER_ROOTS.has(entry.code.slice(0, 2)) || entry.code === DENY_CODE || entry.code === CONCERN_CODE) && (!targetPhrase || (targetPhrase.prep === null && targetPhrase.tokenStart > tm.tokenEnd + 3))) {
        // (the owner named right after what is judged wins over an actor further on)
        const owner = ownerOfJudged(tm, searchEnd, sourcePhrase);
        if (owner && (!targetPhrase || owner.tokenStart < targetPhrase.tokenStart)) targetPhrase = owner;
      }
      // negation
      const anchorToken = anchor && (kind !== "noun" || supported || verbAt(tm.tokenStart)) ? anchor.token : tm.tokenStart;
      let negated = false;
      const before = prevWord(anchorToken, clauseStart);
      if (before) {
        const n = before.norm.replace(/^[وف]/, "");
        // (ما before a verb carrying its object's pronoun is "what": ما اقترحه المبعوث)
        const relativeMa = n === "ما" && kind !== "noun" && OBJECT_PRONOUN.test(tm.reading.suffix);
        // (nor after a word it makes an adverb of: وسرعان ما ندد، كثيرا ما انتقد، غالبا ما)
        const adverbialMa = n === "ما" && AFTER_ADVERBIAL_MA.has(bareKey(before.index - 1));
        if ((fw.verbalNegation.has(n) || fw.copularNegation.has(n)) && !relativeMa && !adverbialMa) negated = true;
      }
      // لا القيادة السعودية طلبت ذلك ولا حماس ...: "neither ... nor" negates the subject's act
      if (!negated && anchor && anchor.subject !== null) {
        const subj = phrases[anchor.subject];
        const not = subj && subj.tokenEnd === anchor.token ? tokens[subj.tokenStart - 1] : undefined;
        if (not && not.kind === "word" && not.norm.replace(/^و/, "") === "لا") negated = true;
      }
      if (kind === "noun") {
        const nb = prevWord(tm.tokenStart, clauseStart);
        if (nb && (fw.nominalNegation.has(nb.norm) || cache.has(nb.index, "عدم"))) negated = true;
        // a negated verb right before the noun governs it: لم تتعرض لهجوم، لا تريد إطلاق صواريخ،
        // دون أن يشن غارات
        // (its subject may stand between: لم يتعرض الجيش لهجوم)
        for (let k = tm.tokenStart - 2; k >= Math.max(clauseStart, tm.tokenStart - 5) && !negated; k--) {
          const t = tokens[k] as Token;
          if (t.kind !== "word" || triggerStarts.has(k)) break;
          const n = t.norm.replace(/^[وف]/, "");
          // (ما is also "what"; لا سيما is "especially")
          if (fw.verbalNegation.has(n) && n !== "ما" && (tokens[k + 1] as Token).kind === "word" && (tokens[k + 1] as Token).norm !== "سيما") negated = true;
        }
      }
      // دون حدوث أي اشتباكات، بدون وقوع إصابات: what the clause says did not happen
      if (kind === "noun" && !negated) {
        let k = tm.tokenStart - 1;
        if (bareKey(k) === "اي") k--;
        if (/^(?:حدوث|وقوع)$/.test(bareKey(k)) && /^(?:ب)?دون$/.test(bareKey(k - 1))) negated = true;
      }
      // ما لم ينسحب: "unless it withdraws", a condition, not a denial
      const unless = before !== null && before.norm === "لم" && (tokens[before.index - 1] as Token | undefined)?.norm.replace(/^[وف]/, "") === "ما";
      if (unless) negated = false;
      const matrixIndex = clauses.complementOf[anchorToken] ?? -1;
      const matrix = matrixIndex >= 0 ? clauses.verbs[matrixIndex] : undefined;
      if (matrix?.denial) negated = true;
      // رفض أن تكون بلاده دعمت، استبعد أن يكون الجيش قصف: a past act after أن يكون is supposed,
      // not told; one whose verb before أن denies or rejects it is said not to have happened
      let supposed = false;
      if (anchor && !anchor.present) {
        for (let k = anchorToken - 1; k >= Math.max(s.tokenStart + 1, anchorToken - 5); k--) {
          if (!SUPPOSED_BE.has((tokens[k] as Token).norm)) continue;
          const an = tokens[k - 1] as Token;
          if (an.norm.replace(/^[وفب]/, "") !== "ان") break;
          supposed = true;
          for (let q = k - 2; q >= s.tokenStart; q--) {
            if (!verbAt(q)) continue;
            const stem = bareKey(q);
            if (fw.denialVerbs.has(stem) || triggers.some((o) => o.tokenStart === q && o.pattern.entry.code.startsWith("12"))) negated = true;
            break;
          }
          break;
        }
      }
      // دون أن / بدون أن: the clause says what did not happen (انسحبت دون أن تهاجم)
      {
        const c0 = tokens[clauseStart] as Token | undefined;
        const c1 = tokens[clauseStart - 1] as Token | undefined;
        if (c0 && c1 && (c0.norm === "ان" || c0.norm === "أن") && /^و?ب?دون$/.test(c1.norm)) negated = true;
      }

      // modality
      let modality: Modality = "asserted";
      let future = anchor?.future ?? false;
      if (tm.reading.prefix.endsWith("س") && kind !== "noun") future = true;
      for (let k = anchorToken - 1; k >= Math.max(clauseStart - 2, anchorToken - 4, 0); k--) {
        const n = (tokens[k] as Token).norm.replace(/^[وف]/, "");
        if (fw.intent.has(n)) future = true;
      }
      // a day to come in the act's own clause (غدا، الأسبوع المقبل، يوم الأحد القادم): planned, not done
      if (!future) {
        const cFrom = (tokens[clauseStart] as Token).start;
        const cTo = (tokens[Math.max(clauseStart, clauseEnd - 1)] as Token).end;
        if (times.some((t) => t.start >= cFrom && t.end <= cTo && t.start >= s.start && t.end <= s.end && FUTURE_TIME.test(t.text))) future = true;
      }
      // قرب زيارة الوفد، اقتراب موعد الانتخابات، على وشك توقيع: an act drawing near is to come
      if (SOON.has(bareKey(tm.tokenStart - 1))) future = true;
      // the anchor itself may be the intent verb that carries the masdar (يعتزم زيارة)
      if (anchorToken !== tm.tokenStart && fw.intent.has((tokens[anchorToken] as Token).norm.replace(/^[وف]/, ""))) future = true;
      const cs = tokens[clauseStart] as Token | undefined;
      // (or right before the verb: حتى لو تظاهر مليون شخص)
      const conditionalBefore = (): boolean => {
        for (let k = anchorToken - 1; k >= Math.max(clauseStart - 2, anchorToken - 3, 0); k--) {
          const n = (tokens[k] as Token).norm.replace(/^[وف]/, "");
          if (k < clauseStart && n !== "حال" && n !== "حاله") continue;
          if (n === "لو" || n === "لولا" || n === "اذا") return true;
          // (إنه في حال رفض الكونغرس الاتفاق، في حالة فشل المفاوضات)
          if ((n === "حال" || n === "حاله") && /^و?في$/.test((tokens[k - 1] as Token | undefined)?.norm ?? "")) return true;
        }
        return false;
      };
      // وإذا مر القرار واستخدم أوباما حق النقض: a verb joined by و to a condition's verb is
      // part of the condition (the answer comes after ف)
      const joinedToCondition = (): boolean => {
        const head = tokens[anchorToken] as Token;
        if (head.kind !== "word" || !head.norm.startsWith("و")) return false;
        for (let k = anchorToken - 1; k >= Math.max(s.tokenStart, anchorToken - CONDITION_REACH); k--) {
          const t = tokens[k] as Token;
          if (t.kind === "punct" && !isComma(t)) return false;
          if (t.kind !== "word") continue;
          // (the answer: فـ on a verb or on إن, not a verb that starts with ف: فشلت)
          if (t.norm.startsWith("ف") && ((verbAt(k) && !lex.verbForms.has(t.norm)) || t.norm === "فان" || t.norm === "فانه")) return false;
          const n = t.norm.replace(/^و/, "");
          if (n === "اذا" || n === "لو") return true;
        }
        return false;
      };
      const conditional = cs !== undefined && (fw.conditionals.has(cs.norm.replace(/^[وف]/, "")) || fw.conditionals.has((tokens[clauseStart + 1] as Token | undefined)?.norm ?? "") || conditionalBefore() || joinedToCondition());
      let attributedTo: string | null = null;
      if ((conditional && cs && cs.norm !== "ان" && cs.norm !== "إن") || unless || (supposed && !negated)) modality = "hypothetical";
      else if (future) modality = "intended";
      // قد before a present verb is "may" (قد يحاول الهجوم، قد تشن): an act that may come, not one
      // done (قد before a past verb, قد هاجم, says it was)
      else if (anchor && anchor.present && bareKey(anchor.token - 1) === "قد") modality = "hypothetical";
      // a question asks whether it happened; it does not say it did (هل تستخدم وسائل تعذيب؟)
      else if (endsWithQuestion(tokens, s) || askedWhether(anchorToken, clauseStart)) modality = "hypothetical";
      // أن right before a present verb is the subjunctive (توقع الخبراء أن تقصف، تخشى أن يهاجم،
      // يجب أن ينسحب): an act expected, feared or required, not one done. (أنّ and إنّ take a
      // noun first; after قبل/بعد/منذ أن the act did happen.)
      // (a noun pattern that opens with its verb too: على أن ينظم التيار مسيرة)
      else if (anchor && anchor.present && (kind !== "noun" || anchorToken !== tm.tokenStart || verbAt(tm.tokenStart) !== undefined)) {
        const before = tokens[anchorToken - 1] as Token | undefined;
        const marker = tokens[anchorToken - 2] as Token | undefined;
        if (before && before.kind === "word" && before.norm.replace(/^[وف]/, "") === "ان" && !(marker && fw.subjunctiveMarkers.has(marker.norm.replace(/^[وف]/, "")))) modality = "hypothetical";
      }
      // إن واشنطن ملتزمة بتقديم، قالت روسيا إنها مستعدة للحوار: a predicate of readiness or commitment
      // is its nominal clause's subject's, the actor right after إن/أن, or the speaker of إنها
      if (!sourcePhrase && kind === "noun" && PREDICATES.has(bareKey(tm.tokenStart))) {
        const before = tokens[tm.tokenStart - 1];
        const bare = before?.kind === "word" ? before.norm.replace(/^[وف]/, "") : "";
        const subjectPhrase = phrases[phraseOfToken[tm.tokenStart - 1] ?? -1];
        if (fw.pronominalComplementizers.has(bare)) {
          if (matrix && matrix.subject !== null) sourcePhrase = phrases[matrix.subject] ?? null;
        } else if (subjectPhrase && subjectPhrase.tokenEnd === tm.tokenStart && subjectPhrase.prep === null && subjectPhrase.canAct) {
          const opener = tokens[subjectPhrase.tokenStart - 1];
          // (or opens a clause of its own: ...، وواشنطن ملتزمة)
          if (opener === undefined || subjectPhrase.tokenStart === s.tokenStart || opener.kind === "punct" || (opener.kind === "word" && fw.complementizers.has(opener.norm.replace(/^[وف]/, "")))) sourcePhrase = subjectPhrase;
        }
        if (sourcePhrase === targetPhrase) targetPhrase = null;
      }
      if (matrix && matrix.speech && matrix.subject !== null) {
        const speaker = phrases[matrix.subject]?.members[0] ?? null;
        // (a speaker who says what his own country does speaks for it: إن بلاده تدين)
        const sole = sourcePhrase?.members.length === 1 ? byId.get(sourcePhrase.members[0] as string) : undefined;
        const ownCountry = sole?.type === "country" && sole.country !== null && speaker !== null && byId.get(speaker)?.country === sole.country;
        if (speaker && !(sourcePhrase?.members.includes(speaker) ?? false) && !ownCountry) {
          attributedTo = speaker;
          if (modality === "asserted") modality = "reported";
        }
      }

      // code: a topic specialises appeals and demands; intents take the 03 codes
      let code = entry.code;
      if (entry.topics) {
        // (what is asked for or pledged comes after a subject that follows the verb: تعهد رئيس
        // إقليم كردستان مسعود بارزاني، أمس، بالانتقام)
        const after = sourcePhrase && !sourceCarried && sourcePhrase.tokenStart >= tm.tokenEnd && sourcePhrase.tokenStart - tm.tokenEnd <= SUBJECT_BEFORE_TOPIC ? sourcePhrase.tokenEnd : tm.tokenEnd;
        const mapped = topicCode(tm, s.tokenEnd, code, after);
        if (mapped) code = mapped;
        // تعهد بالانتقام من تنظيم داعش، توعد بالانتقام من: a threat of force is aimed at the one
        // the force is to fall on, after من, على or ضد
        // (a quoted name reads its preposition before the quote: من تنظيم «داعش»)
        if (mapped?.startsWith("13") && !entry.code.startsWith("13") && !targetPhrase) targetPhrase = afterPhrases.find((p) => p !== sourcePhrase && p.canAct && THREATENED_PREPS.has(p.prep ?? prepBeforeQuote(p.tokenStart))) ?? null;
      }
      // وحذر من أن إفشال الاتفاق سيكون خطأ: a warning to no one is a comment on a danger
      if (entry.untargetedCode !== undefined && !targetPhrase && code === entry.code) code = entry.untargetedCode;
      // اتفقا على العمل معا، اتفقوا على عقد جولة مفاوضات: agreeing on doing something is intent to do
      // it (CAMEO 03), not the mere accord of 019 (اتفقا على أهمية التنسيق)
      if (code === "019") {
        const mapped = topicCode(tm, s.tokenEnd, "030");
        if (mapped && mapped.startsWith("03")) code = mapped;
      }
      if (modality === "intended") {
        const root = code.slice(0, 2);
        const intent = INTENT_OF_ROOT[root];
        if (intent) code = intent;
      }

      // a pronoun on a preposition inside the trigger's own words (ووجه له الدعوة لزيارة موسكو): the
      // last target named, before any actor after the trigger (Moscow is where the visit would go)
      if (lastTarget && lastTarget.sentence >= tm.sentence - 1 && !(sourcePhrase?.members.some((x) => lastTarget?.members.includes(x)) ?? false)) {
        for (let k = tm.tokenStart + 1; k < tm.tokenEnd - 1; k++) {
          const m = PRONOUN_PREP.exec((tokens[k] as Token).norm);
          if (m && preps.some((p) => normalizeKey(p) === m[1])) {
            targetPhrase = lastTarget;
            break;
          }
        }
      }
      // a pronoun after the trigger's preposition (التقى X بـY وبحث معه): the last target named
      if (!targetPhrase && lastTarget && lastTarget.sentence >= tm.sentence - 1) {
        for (let k = tm.tokenEnd; k < clauseEnd; k++) {
          const m = PRONOUN_PREP.exec((tokens[k] as Token).norm);
          if (m && preps.includes(m[1] as string) && !(sourcePhrase?.members.some((x) => lastTarget?.members.includes(x)) ?? false)) {
            targetPhrase = lastTarget;
            break;
          }
        }
      }
      // طالبته بالكف، انتقدها: the object pronoun on the verb takes up the actor named last before
      // it (in this sentence or the one before) that is not the doer
      // (only in the same sentence, for acts of words; after a preposition or بعد the form is a
      // masdar whose pronoun is its doer: بعد رفضها)
      if (!targetPhrase && kind === "verb" && preps.includes("object") && /^(?:ه|ها|هم|هما)$/.test(tm.reading.suffix) && sourcePhrase && PRONOUN_OBJECT_ROOTS.has(entry.code.slice(0, 2)) && !fw.prepositions.has(bareKey(tm.tokenStart - 1)) && !MASDAR_BEFORE.has(bareKey(tm.tokenStart - 1)) && !/^[بل]/.test(tm.reading.prefix.replace(/^[وف]/, "")) && !relativeBefore(tm.tokenStart)) {
        const src = sourcePhrase;
        for (let k = tm.tokenStart - 1; k >= 0; k--) {
          const pi = phraseOfToken[k] ?? -1;
          if (pi < 0) continue;
          const p = phrases[pi] as Phrase;
          if (p.sentence < tm.sentence) break;
          k = p.tokenStart;
          if (p === src || !p.canAct || p.prep === "في" || p.members.some((x) => src.members.includes(x))) continue;
          const country = (id: string): string => (byId.get(id)?.code ?? "").slice(0, 3);
          if (p.members.every((x) => src.members.some((y) => country(y) === country(x)))) continue;
          targetPhrase = p;
          break;
        }
      }
      // a verbal attack (هاجم سياسة الحكومة، شن هجوما حادا على، هاجم ... في مؤتمر صحافي) is criticism
      if ((entry.id === "attack" || entry.id === "assault") && verbalAttack(tm, searchEnd)) code = "111";
      // استولى التنظيم على مدينة القريتين: seizing a town or ground is occupying territory (192),
      // seizing goods is confiscation (1711)
      if (entry.id === "confiscate" && !/^[وف]?(?:ال)?مصادر/.test((tokens[tm.tokenStart] as Token).norm)) {
        const taken = tm.tokenEnd < s.tokenEnd && TERRITORY.has(bareKey(tm.tokenEnd).replace(/^ال/, ""));
        if (taken || (targetPhrase && targetPhrase.tokenStart === tm.tokenEnd && targetPhrase.members.every((id) => byId.get(id)?.type === "location"))) code = "192";
      }
      // a reference to an event already known (منذ اغتيال، ضحايا الهجوم، عام 1981) reports no new one
      // أعلنت الحركة مسؤوليتها عن قتل القاضي: the act a claim takes responsibility for is the
      // claimant's own (an act it is blamed for, حمّله المسؤولية عن, stays background)
      const claimant = VIOLENT_ROOTS.has(entry.code.slice(0, 2)) ? claimedBy(tm) : null;
      if (claimant) {
        // (the claimant named after the act was no target of it: هجمات تبنى بعضها داعش)
        if (claimant === targetPhrase) targetPhrase = null;
        sourcePhrase = claimant;
        sourceCarried = false;
      }
      let bg = claimant ? null : backgroundOf(tm, clauseStart, clauseEnd);
      // قتل تسعة مدنيين عقب غارتين نفذتهما طائرات التحالف: an indefinite act just before the one
      // reported, told with its own doer, is reported too (عقب الهجوم still refers back)
      if (bg !== null && kind === "noun" && sourcePhrase && !sourceCarried && JUST_AFTER.has(bareKey(tm.tokenStart - 1)) && !DEFINITE_NOUN.test((tokens[tm.tokenStart] as Token).norm)) bg = null;
      if (bg) return filterAs(tm, `background: ${bg}`, negated, modality);
      // صدت قوات المعارضة محاولتين لاقتحام المدينة: an attack that is repelled is the other side's,
      // not the repeller's (the repelling is coded instead)
      if (kind === "noun" && anchor && anchor.token !== tm.tokenStart && FORCE_ROOTS.has(entry.code.slice(0, 2)) && repelAt.has(anchor.token)) return filterAs(tm, `an attack repelled by the clause's subject (${(tokens[anchor.token] as Token).text}), the other side's`, negated, modality);
      if (VIOLENT_ROOTS.has(entry.code.slice(0, 2))) {
        const why = accusedOf(tm) ?? figurative(tm) ?? (kind === "noun" && !targetPhrase ? weaponOnly(tm) : null) ?? mishap(tm, searchEnd) ?? coordinatedWith(tm);
        if (why) return filterAs(tm, why, negated, modality);
      } else if (kind === "noun") {
        // يتهم خصومه برفض تعيينه، اتهمه بدعم الإرهاب: any act an accusation charges is alleged
        const why = accusedOf(tm);
        if (why) return filterAs(tm, why, negated, modality);
      }
      // مكتب تحقيقات الطيران، لجنة المصالحة، هيئة مكافحة الفساد: an event noun in a body's name
      if (kind === "noun" && !verbAt(tm.tokenStart) && inSet(BODY_HEADS, tm.tokenStart - 1)) return { outcome: "filtered", reason: `part of a body's name after ${(tokens[tm.tokenStart - 1] as Token).text}`, negated, modality };
      // ودعا الإمام المولى القدير أن ...، دعا الله أن: a prayer, not an appeal
      if (kind === "verb" && entry.code.startsWith("02")) {
        for (let k = tm.tokenEnd; k < Math.min(s.tokenEnd, tm.tokenEnd + 8); k++) {
          const t = tokens[k] as Token;
          if (t.kind !== "word" || verbAt(k)) break;
          // (not God in a blessing on the subject: الملك عبد الله - رحمه الله - إلى)
          // (nor the end of a name: الملك عبد الله)
          if (PRAYED_TO.has(t.norm) && !BLESSINGS.test(bareKey(k - 1)) && bareKey(k - 1) !== "عبد" && (phraseOfToken[k] ?? -1) < 0) return filterAs(tm, `a prayer (${t.text})`, negated, modality);
        }
      }
      // وعدّ الأمين العام نتائج الزيارة خطوة كبيرة: opening a later sentence, bare وعد/وعدت is و +
      // عدّ "and he considered" (a promise there is written ووعد); only a story's first sentence opens with وعد
      if (entry.id === "promise" && tm.sentence > 0 && tm.tokenStart === s.tokenStart && /^وعدت?$/.test((tokens[tm.tokenStart] as Token).norm)) return filterAs(tm, "و + عدّ: and considered, no promise", negated, modality);
      // وعدّه عملا إرهابيا: with a pronoun and then an indefinite noun in the accusative it is
      // و + عدّ "and considered it (to be)" (a promise names what is promised with ب)
      if (entry.id === "promise" && /^و/.test((tokens[tm.tokenStart] as Token).norm) && OBJECT_PRONOUN.test(tm.reading.suffix) && /\u064B/.test((tokens[tm.tokenEnd] as Token | undefined)?.text ?? "")) return filterAs(tm, "و + عدّ with a predicate: and considered it, no promise", negated, modality);
      // يهدد أمن المنطقة، تهدد استقرار لبنان: endangering someone's security or life is no threat
      // made to them (CAMEO 13 is a threat to act), whoever or whatever the subject
      if (entry.code.startsWith("13") && kind !== "noun" && ENDANGERED.has(bareKey(tm.tokenEnd))) return filterAs(tm, `endangering (${(tokens[tm.tokenEnd] as Token).text}), no threat made`, negated, modality);
      // أيده الله، حفظه الله، وفقه الله: a blessing after a name, God its subject, no event
      if (kind === "verb" && bareKey(tm.tokenEnd) === "الله") return filterAs(tm, "a formula of blessing (… الله)", negated, "asserted");
      // تحقيق الإنجازات، تحقيق الاستقرار: تحقيق before a definite noun that names no actor is achieving
      if (entry.code.startsWith("09") && /^(?:[وف])?(?:[بل]|لل)?(?:ال)?تحقيق$/.test((tokens[tm.tokenStart] as Token).norm) && tm.tokenEnd === tm.tokenStart + 1) {
        const next = tokens[tm.tokenEnd];
        if (next && next.kind === "word" && /^ال/.test(next.norm) && (phraseOfToken[tm.tokenEnd] ?? -1) < 0) return filterAs(tm, `achieving (${next.text}), not an investigation`, negated, modality);
      }
      // يبحثون عن أهداف، بحث عن حل: بحث with عن is searching for something, not talks
      if (entry.id === "discuss" && kind === "verb" && bareKey(tm.tokenEnd) === "عن") return filterAs(tm, "بحث عن: searching for something, not talks", negated, "asserted");
      // وتستقبل ولاية راخين نحو 140 ألف نازح، يستقبل المستشفى 300 مريض: receiving people by the
      // count (refugees, pilgrims, patients) is no hosting of a visit
      if (entry.id === "host" && kind === "verb" && countedAfter(tm.tokenEnd, Math.min(s.tokenEnd, tm.tokenEnd + 5))) return filterAs(tm, "receiving people by the count, no visit", negated, modality);
      // رفض أن تكون بلاده دعمت: rejecting a supposition denies it (the act under it is negated), it
      // rejects no one
      if (kind !== "noun" && entry.code.startsWith("12")) {
        for (let k = tm.tokenEnd; k < Math.min(s.tokenEnd - 1, tm.tokenEnd + 8); k++) {
          if (bareKey(k).replace(/^ب/, "") === "ان" && SUPPOSED_BE.has((tokens[k + 1] as Token).norm)) return filterAs(tm, "a denial: what is rejected is a supposition (أن يكون)", negated, modality);
          if (verbAt(k)) break;
        }
      }
      // a kind of act (عمليات الخطف، من قتل وخطف، الهجمات الانتحارية) with no actor of its own
      // (the act a reaction is about first: the reaction says why it is no report)
      if (VIOLENT_ROOTS.has(entry.code.slice(0, 2))) {
        const reaction = reactedTo(tm, sourcePhrase);
        if (reaction) return filterAs(tm, reaction, negated, modality);
      }
      // (an act someone underwent is no kind of act: تعرض للتعذيب)
      if (!sourcePhrase && !targetPhrase && !supported && exposedBy(tm) < 0) {
        const generic = genericAct(tm);
        if (generic) return filterAs(tm, `generic: ${generic}`, negated, modality);
      }
      // عقد اجتماعا بجدة، التقى الوفد بالرياض: ب before a city or region says where, not with whom
      if (targetPhrase && targetPhrase.prep === "ب" && targetPhrase.members.length === 1 && byId.get(targetPhrase.members[0] as string)?.type === "location" && !VIOLENT_ROOTS.has(code.slice(0, 2))) targetPhrase = null;
      if (entry.needsTarget && !targetPhrase) return { outcome: "no-target", reason: "a verb of many senses that is this event only with an actor as its target", negated, modality };
      // قطريين تتهمهما واشنطن بتمويل القاعدة: the object pronoun on the verb that opens the pattern
      // takes up the actor before it, which is the target, whatever follows the pattern
      if (kind === "noun" && anchor && anchor.token === tm.tokenStart && anchor.object !== null && anchor.subject !== null) {
        const antecedent = phrases[anchor.object];
        if (antecedent && antecedent.tokenEnd === tm.tokenStart && OBJECT_PRONOUN.test(tm.reading.suffix)) {
          targetPhrase = antecedent;
          sourcePhrase = phrases[anchor.subject] ?? sourcePhrase;
        }
      }
      // (the relative clause's subject does the act, to the actor behind its preposition)
      if (relativeSupport) {
        if (!sourcePhrase && relativeSupport.subject !== null) sourcePhrase = phrases[relativeSupport.subject] ?? null;
        if (!targetPhrase) {
          const preps = targetPreps(entry);
          targetPhrase = phrasesIn(relativeSupport.token + 1, relativeSupport.clauseEnd).find((p) => p.prep !== null && preps.includes(p.prep) && (p.canAct || VIOLENT_ROOTS.has(code.slice(0, 2))) && p !== sourcePhrase) ?? null;
        }
        if (sourcePhrase) noOwnActor = false;
      }
      if (aidGiver) {
        // (تسلمت الحكومة اليمنية شحنة من المساعدات المقدمة من المملكة: who receives it is the other side)
        const receiver = anchor && anchor.subject !== null && RECEIVE_VERBS.has(bareKey(anchor.token)) ? phrases[anchor.subject] : undefined;
        if (receiver && receiver !== aidGiver) targetPhrase = receiver;
        sourcePhrase = aidGiver;
        sourceCarried = false;
        if (targetPhrase === aidGiver) targetPhrase = null;
        noOwnActor = false;
      }
      // A subject carried from an earlier sentence does only the act that opens its sentence
      // (وأضاف، وجرى خلال اللقاء بحث، كما أعرب) or a participle of it: deeper in a new sentence it
      // is mostly someone else's act (a review of random articles found most such events wrong)
      // (or an act in the clause such a verb opens, وجرى خلال الاتصال بحث; or what the subject
      // says of itself by a pronoun, وأوضحت أنها التقت)
      if (sourceCarried && sourcePhrase && sourcePhrase.sentence !== tm.sentence && !fw.participles.has(bareKey(anchorToken)) && !fw.pronominalComplementizers.has(bareKey(anchorToken - 1))) {
        let k0 = s.tokenStart;
        // (past a fronted source of the news set off by a comma: وبحسب مكتبه الإعلامي في جنيف، فقد زار)
        if (ATTRIBUTION_OPENERS.has(bareKey(k0).replace(/^[وف]/, ""))) {
          for (let q = k0 + 1; q < Math.min(anchorToken, k0 + ATTRIBUTION_REACH); q++) {
            if (isComma(tokens[q] as Token)) {
              k0 = q;
              break;
            }
            if (verbAt(q)) break;
          }
        }
        while (k0 < anchorToken && (isComma(tokens[k0] as Token) || inTime()[k0] === 1 || CARRY_OPENERS.has(bareKey(k0)))) k0++;
        const opener = k0 < anchorToken ? verbAt(k0) : undefined;
        const opens = k0 === anchorToken || (opener !== undefined && opener.subjectCarried && (clauses.clauseOfToken[anchorToken] ?? -1) === (clauses.clauseOfToken[k0] ?? -2));
        if (!opens) return { outcome: "no-source", reason: "a subject carried from an earlier sentence, but the act does not open its sentence", negated, modality, target: targetPhrase?.members[0] ?? null };
      }
      // إن 3 جنود قتلوا وأصيب 31 في هجوم: people counted before a verb of violence with no object
      // are who suffered it (قُتلوا), not who did it
      // (or counted as members of it: 4 عناصر من المقاومة الشعبية قتلوا)
      const countedBefore = (p: Phrase): boolean => {
        let k = p.tokenStart - 1;
        if (bareKey(k) === "من" && fw.countedPeople.has(bareKey(k - 1))) k -= 2;
        return countedAfter(k, k + 2);
      };
      if (kind === "verb" && !targetPhrase && sourcePhrase && !sourceCarried && sourcePhrase.sentence === tm.sentence && sourcePhrase.tokenEnd <= tm.tokenStart && VIOLENT_ROOTS.has(code.slice(0, 2)) && countedBefore(sourcePhrase)) {
        return { outcome: "no-source", reason: "people counted before the verb are its victims (a passive read: قُتلوا); no doer is named", negated, modality, target: sourcePhrase.members[0] ?? null };
      }
      // للدفاع عن اتفاق فيينا، رفض مقررات مؤتمر جنيف: a place that names an accord or a meeting is
      // no side of the act
      if (targetPhrase && targetPhrase.prep === null && inSet(NAMED_BY_PLACE, targetPhrase.tokenStart - 1) && targetPhrase.members.every((id) => byId.get(id)?.type === "location")) targetPhrase = null;
      // An incident (a protest, a show of force, an arrest, an attack) whose doer is named but
      // whose other side is not: that side is the place where it happened, named in its sentence
      // (اعتقلت الشرطة الإيطالية رجلين في بريشيا → ITA; قصف الطيران مواقع في مدينة تعز → YEM), as
      // hand coders, ICEWS and GDELT code it. The rule id says so (+place), and it costs confidence.
      // حشد الجيش قواته لمواجهة تنظيم داعش، لتحرير المحافظة من قبضة الحوثيين: forces massed or sent
      // against someone, named in the purpose after them, are aimed at that one
      if (code.startsWith(MOBILIZE_ROOT) && sourcePhrase && !targetPhrase) targetPhrase = purposeAgainst(tm, s.tokenEnd, sourcePhrase);
      let placeSide = false;
      // (not an unnamed doer: tried on both hand-coded sets and 1,200 random articles, it added
      // floods, crashes and lists of past attacks as often as reports, and held-out F1 fell)
      if (PLACE_SIDE_ROOTS.has(code.slice(0, 2)) && sourcePhrase && !targetPhrase && !noOwnActor) {
        const place = placeOf(tm, sourcePhrase, targetPhrase);
        if (place) {
          targetPhrase = place;
          placeSide = true;
        }
      }
      if (noOwnActor) return { outcome: "no-target", reason: "an event noun with no actor of its own (no genitive, no preposition target)", negated, modality };
      // A dyadic act needs its other side: a visit, meeting, aid or attack with no target
      // codes nothing. Statements, appeals, demands, criticism, rejections, threats and
      // protests may leave the addressee implicit.
      // (a joint act, اتفق، تتوافق مع, needs two sides even where its root may leave the other implicit)
      if (!targetPhrase && placeLeft && placeLeft !== sourcePhrase) targetPhrase = placeLeft;
      // خرجت مظاهرات المواطنين في بغداد: a protest at home, with no one named it is aimed at, is
      // aimed at the authorities of the place (the country where it is held, the protesters' own)
      if (!targetPhrase && sourcePhrase && code.startsWith("14")) {
        const own = new Set(sourcePhrase.members.map((id) => byId.get(id)?.country ?? null));
        // (not where the place would code as the protesters themselves: الإسرائيليون في تل أبيب)
        const ownCodes = new Set(sourcePhrase.members.map((id) => byId.get(id)?.code));
        targetPhrase = afterPhrases.find((p) => p.prep === "في" && p !== sourcePhrase && !p.members.some((id) => ownCodes.has(byId.get(id)?.code)) && p.members.every((id) => { const e = byId.get(id); return (e?.type === "location" || e?.type === "country") && own.has(e.country); })) ?? null;
      }
      // استقبل مطار عدن الدولي أول طائرة إغاثية سعودية: aid that a place receives is for that place
      if (!targetPhrase && code.startsWith("07")) {
        let host = -1;
        for (let k = tm.tokenStart - 1; host < 0 && k >= clauseStart; k--) if (HOST_VERBS.has(bareKey(k)) && verbAt(k)) host = k;
        if (host >= 0) targetPhrase = phrases.find((p) => p.tokenStart > host && p.tokenEnd <= tm.tokenStart && p !== sourcePhrase && p.members.every((id) => byId.get(id)?.type === "location")) ?? null;
      }
      if (!targetPhrase && entry.symmetric && OPEN_TARGET_ROOTS.has(code.slice(0, 2)) && (sourcePhrase?.members.length ?? 0) < 2) return { outcome: "no-target", reason: "a joint act with one side only", negated, modality };
      if (!targetPhrase && !entry.oneSided && !OPEN_TARGET_ROOTS.has(code.slice(0, 2)) && !(entry.symmetric && (sourcePhrase?.members.length ?? 0) >= 2)) return { outcome: "no-target", reason: `a root ${entry.code.slice(0, 2)} act needs its other side, and none was found`, negated, modality };
      // An event is who did what to whom: with no doer (قتل ثلاثة جنود في هجوم) it is no coded
      // event, as in CAMEO coding; the mention and its victim stay in the diagnostics, which
      // explain prints and the sentence-level detection of violence reads
      // (a protest found aimed at its own protesters has the wrong ones: لقيام مجموعة من المتظاهرين
      // بالتجمع أمام مقر السفارة الأردنية, after استنكار الحكومة الأردنية; the crowd stays unnamed)
      if (sourcePhrase && targetPhrase && code.startsWith("14") && sourcePhrase.members.every((m) => targetPhrase?.members.some((t) => byId.get(t)?.code === byId.get(m)?.code))) sourcePhrase = null;
      if (!sourcePhrase) return { outcome: "no-source", reason: "no subject in the clause, no carried subject and no agent phrase", negated, modality, target: targetPhrase?.members[0] ?? null };
      // اتهمت المعارضة الحكومة بأنها أيدت داعش، ترفض اتهامات بأنها: what an accusation alleges is
      // the accuser's claim, not an act the story reports; the accusation is what is coded
      // ترفض الحكومة اتهامات من المعارضة: what is rejected is the charge of the one after من
      if (!targetPhrase && code.startsWith("12")) {
        for (let k = tm.tokenEnd; k < Math.min(clauseEnd, tm.tokenEnd + ALLEGATION_REACH); k++) {
          if (!ALLEGATIONS.has(bareKey(k).replace(/^(?:ال|لل|ب|ل)/, ""))) continue;
          const from = bareKey(k + 1) === "من" ? phraseStartingAt(k + 2) : undefined;
          if (from && from.canAct && from !== sourcePhrase) targetPhrase = from;
          break;
        }
      }
      // وافقت أنقرة على السماح لطائرات أمريكية بشن ضربات، سمحت تركيا للطائرات الأمريكية بقصف:
      // the act permitted is done by the one it is permitted to, not by who permits it
      if (kind === "noun" && /^[وف]?ب/.test((tokens[tm.tokenStart] as Token).norm)) {
        const allowed = phraseEndingAt(tm.tokenStart);
        // (the permitting verb's subject may stand between: سمحت تركيا للطائرات)
        const permitter = allowed ? phraseEndingAt(allowed.tokenStart) : undefined;
        const permitAt = permitter && permitter.prep === null ? permitter.tokenStart - 1 : (allowed?.tokenStart ?? 0) - 1;
        if (allowed && allowed.prep === "ل" && allowed.canAct && allowed !== targetPhrase && PERMIT.has(bareKey(permitAt))) {
          sourcePhrase = allowed;
          sourceCarried = false;
        }
      }
      // يلتقي البحرين والجزائر، دعم أمريكا الجنوبية بلاتيني: in a sports report a bare country
      // or region is its team or its football body, and no event of state
      // (a state's own acts there stay: رفضت إندونيسيا منح لاعب تأشيرة; so do acts of anyone else,
      // زار بوتين بكين لافتتاح أولمبياد الشتاء، قام داعش بتفجير الملعب)
      if (SPORTING_ROOTS.has(code.slice(0, 2)) && sourcePhrase.members.length > 0 && sourcePhrase.members.every((m) => PLACE_TYPES.has(byId.get(m)?.type ?? "")) && inSportsReport(tm.sentence)) return filterAs(tm, "a sports report: a country or region there is its team", negated, modality);
      // دعا الله، داعيا المولى، دعا ... بأن يحفظ الله المملكة: a prayer asks nothing of anyone on earth
      if (code.startsWith("02") && prayer(tm, s.tokenEnd)) return filterAs(tm, "a prayer: what is asked is asked of God", negated, modality);
      if (allegedBy(tm, s.tokenStart)) return filterAs(tm, "alleged: the content of an accusation (بأن after اتهم، اتهامات، مزاعم), which is coded instead", negated, modality);
      // الطائرات السعودية التي وصلت إلى مطار عدن: a plane, a ship or a convoy arriving brings
      // something; it is no visit by the country it is from
      if (entry.id === "arrive" && VEHICLES.has(bareKey(sourcePhrase.tokenStart).replace(/^ال/, ""))) return filterAs(tm, `a delivery arriving (${(tokens[sourcePhrase.tokenStart] as Token).text}), no visit`, negated, modality);
      // نحو 10 آلاف يمني وصلوا إلى جيبوتي: people arriving by the count are no visit
      if (ARRIVALS.has(entry.id) && sourcePhrase.members.every((m) => PEOPLE_SECTORS.has((byId.get(m)?.code ?? "").slice(3, 6))) && (countedAfter(sourcePhrase.tokenStart - 1, sourcePhrase.tokenStart) || countedAfter(Math.max(s.tokenStart, sourcePhrase.tokenStart - 2), sourcePhrase.tokenStart))) return filterAs(tm, "people arriving by the count, no visit", negated, modality);
      // (so does one named after the verb when the source stands before it or is carried: وصلت اليوم أول
      // طائرة إلى مطار عدن)
      if (entry.id === "arrive" && sourcePhrase.tokenStart < tm.tokenStart) {
        for (let k = tm.tokenEnd; k < Math.min(s.tokenEnd, tm.tokenEnd + VEHICLE_REACH); k++) {
          if (VEHICLES.has(bareKey(k).replace(/^ال/, ""))) return filterAs(tm, `a delivery arriving (${(tokens[k] as Token).text}), no visit`, negated, modality);
          if ((phraseOfToken[k] ?? -1) >= 0) break;
        }
      }

      // date: the clause's time expression, else the sentence's, else the tense;
      // "recently", "earlier" in the clause: a past event of unknown date
      let vague = false;
      for (let k = clauseStart; k < clauseEnd && !vague; k++) {
        const w = (tokens[k] as Token).norm.replace(/^[وف]/, "");
        if (!fw.vagueTime.has(w) || inTime()[k] === 1) continue;
        // (سابقا after a noun away from the act is "former": قايد محور عتق سابقا)
        if (w === FORMERLY && (k < tm.tokenStart - 1 || k > tm.tokenEnd + 1)) continue;
        vague = true;
      }
      let date: string | null = null;
      const sentenceTimes = times.filter((t) => t.start >= s.start && t.end <= s.end);
      if (sentenceTimes.length > 0) {
        const cStart = (tokens[clauseStart] as Token).start;
        const cEnd = (tokens[Math.max(clauseStart, clauseEnd - 1)] as Token).end;
        // (a year that names another thing, أهمية مبادرة السلام العربية لعام 2002, dates no act but
        // the one right before it: قمة بيروت لعام 2002)
        // (past another verb: لافتتاح أولمبياد الشتاء لعام 2022 still dates the visit for it)
        const ownYear = (t: TimeExpression): boolean => {
          if (!NAMING_YEAR.test(t.text)) return true;
          // the word that holds the year's ل (لعام), and a verb between the act and it
          let year = tm.tokenEnd;
          while (year < s.tokenEnd && (tokens[year] as Token).start < t.start - 1) year++;
          if (year >= s.tokenEnd || (tokens[year] as Token).start !== t.start - 1 || !/^[وف]?ل/.test((tokens[year] as Token).text)) return true;
          for (let k = tm.tokenEnd; k < year; k++) if (verbAt(k)) return false;
          return true;
        };
        const inClause = sentenceTimes.filter((t) => t.start >= cStart && t.end <= cEnd && ownYear(t));
        // a coordinated past clause shares its sentence's time; a present-tense description
        // does not, unless the present form is a subjunctive of the past (قبل أن تغزو)
        const before = tokens[clauseStart - 1];
        const subjunctive = before !== undefined && fw.subjunctiveMarkers.has(before.norm.replace(/^[وف]/, ""));
        // (not a time inside a relative clause of another's, الشطر الشمالي من قبرص الذي تحتله تركيا منذ
        // 1974: it dates what that clause tells)
        const inOtherRelative = (t: TimeExpression): boolean => {
          let k = s.tokenStart;
          while (k < s.tokenEnd && (tokens[k] as Token).end <= t.start) k++;
          const cs = clauses.clauseOfToken[k] ?? clauseStart;
          // (a relative clause right after an event noun tells of that event: اتفاق الهدنة الذي كان ساريا منذ 2013)
          return cs !== clauseStart && fw.relatives.has(bareKey(cs)) && !(kind === "noun" && cs >= tm.tokenEnd && cs - tm.tokenEnd <= 1);
        };
        // (a time that opens the sentence heads all of it, the present told too: 1990 - القوات العراقية
        // تغزو الكويت, an entry of a "this day in history" list)
        const opening = sentenceTimes.filter((t) => t.start === (tokens[s.tokenStart] as Token).start);
        let pool = inClause.length > 0 ? inClause : vague ? [] : anchor && anchor.present && !subjunctive ? opening : sentenceTimes.filter((t) => !inOtherRelative(t) && ownYear(t));
        // (nor a year long before publication after an event noun that stands between, اتفقتا على الإسراع
        // بمحاكمة المتهمين بهجوم على مومباي عام 2008: the year of that event)
        const pubYear = published ? Number(published.slice(0, 4)) : NaN;
        const olderEvent = (t: TimeExpression): boolean =>
          t.eventDate !== null && Number(t.eventDate.slice(0, 4)) < pubYear - 1 && inSentence(tm).some((o) => o !== tm && o.pattern.kind === "noun" && o.tokenStart >= tm.tokenEnd && (tokens[o.tokenEnd - 1] as Token).end <= t.start);
        if (kind !== "noun") pool = pool.filter((t) => !olderEvent(t));
        // an act told as done is not dated by a time after publication (مباحثات القاهرة ... تنعكس
        // على الاجتماع المقبل في 27 أغسطس المقبل: that is the next meeting's day)
        if (!future && !(anchor && anchor.present) && modality !== "intended" && modality !== "hypothetical" && published) pool = pool.filter((t) => t.eventDate === null || t.eventDate <= published.slice(0, 10));
        const at = tm.start;
        const nearest = [...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
        date = nearest?.eventDate ?? null;
        // سيزور المملكة في سبتمبر: a month named with no year, for an act to come, is the next such
        // month (the time expression alone reads it as the last one, unless a cue such as يعتزم
        // stands before it)
        if (future && date !== null && nearest && published && nearest.anchored && (nearest.kind === "month" || nearest.kind === "date") && !YEAR_NAMED.test(nearest.text) && date.slice(0, 7) < published.slice(0, 7)) date = String(Number(date.slice(0, 4)) + 1) + date.slice(4);
        // سوف تزور طهران الثلاثاء: a weekday for an act to come is the next such day (the time
        // expression alone reads it as the last one)
        if (future && date !== null && nearest && published && nearest.kind === "weekday" && date.length === 10 && date < published.slice(0, 10)) date = weekAfter(date);
        // أعلن أنه سيزور المملكة في سبتمبر: an intent (CAMEO 03) is the saying of it, dated when it
        // is said, not when the act is to come (the speaker's time, below)
        if (date !== null && published && code.startsWith("03") && modality === "intended" && matrix?.speech === true && matrix.subject !== null && date > published.slice(0, date.length)) date = null;
        // (منذ سنوات، قبل أيام across a month's end: a past too vague to date, not the day of publication)
        if (nearest && nearest.kind === "duration" && nearest.eventDate === null && published) vague = true;
      }
      // قال الجبير اليوم إنه يجب على إيران، أكد أن بلاده ترفض: an act done by saying it, in the
      // present tense and said by its own doer, happens when it is said: the speech verb's time
      // (and so is an intent: صرح خلال لقائه بوتين في 18 يونيو أن الملك سيزور روسيا is a 036 of 18 June)
      // (a predicate of readiness said so is dated so too: قال كيري إن واشنطن ملتزمة)
      const predicate = kind === "noun" && PREDICATES.has(bareKey(tm.tokenStart));
      const speaker = date === null && (anchor !== undefined || predicate) && !vague && matrix?.speech === true && matrix.subject !== null ? phrases[matrix.subject] : undefined;
      const ownAct = speaker !== undefined && !future && anchor?.present === true && attributedTo === null && sourcePhrase !== null && (sourcePhrase === speaker || sourcePhrase.members.some((m) => speaker.members.includes(m))) && SAID_ROOTS.has(code.slice(0, 2));
      if (speaker !== undefined && matrix && (ownAct || ((modality === "intended" || predicate) && code.startsWith("03")))) {
        const at = (tokens[matrix.token] as Token).start;
        // (a time before what is said: منذ خمس سنوات inside it dates something else)
        const cut = (tokens[clauseStart] as Token).start;
        const nearest = sentenceTimes.filter((t) => t.end <= cut).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
        date = nearest?.eventDate ?? (published ? (leadDay?.day ?? published) : null);
      }
      if (date === null && anchor && !anchor.present && !future && !vague && published) {
        // a finite past-tense verb with no time word: the day the story's lead names (استقبل
        // الوزير أمس فلانا ... وجدد دعوته: the same occasion), else the day of publication
        const head = tokens[anchor.token] as Token;
        // (a sentence that goes on with و from one with a time of its own shares it: وفي يونيو
        // تحققت فرنسا من التسجيل ... ووجهت نداءها)
        const prevTime = sentenceTimes.length === 0 && /^و/.test((tokens[s.tokenStart] as Token).norm) ? previousSentenceTime(tm.sentence, sourcePhrase, anchor.subjectCarried) : null;
        if (head.kind === "word") date = prevTime ?? leadDay?.day ?? published;
      }
      // (a predicate of readiness holds as the story is told: الإمارات حريصة على التعاون)
      if (date === null && predicate && !future && !vague && published && !sentenceTimes.some((t) => t.eventDate !== null && t.end <= tm.start)) date = leadDay?.day ?? published;
      if (date === null && anchor && anchor.present && !future && !vague && published) {
        // البحرين تدين التفجير، تدعو مصر إلى: an act done by saying it, told in the present and said
        // by no one else, is said as the story is told
        const saidNow = modality === "asserted" && attributedTo === null && matrix === undefined && SAID_ROOTS.has(code.slice(0, 2));
        // كيري الذي يزور قطر، القوات تقصف المدينة: so is any other act told in the present with no
        // time, unless the sentence names one before it that the present tense left aside (عام 2004
        // مسلحون يقتحمون مجمعا is a history told in the present)
        const goingOn = (modality === "asserted" || modality === "reported") && !sentenceTimes.some((t) => t.eventDate !== null && t.end <= tm.start);
        // (the day the lead names, else the day of publication)
        if (saidNow || goingOn) date = leadDay?.day ?? published;
      }

      // place: في + a place in the clause that is not an argument
      let location: string | null = null;
      for (const p of afterPhrases) {
        if (p === targetPhrase || p === sourcePhrase || p.prep !== "في") continue;
        const e = byId.get(p.members[0] ?? "");
        if (e && (e.type === "location" || e.type === "country")) {
          location = e.id;
          break;
        }
      }

      /*
       * Confidence: how likely the event is one the text reports, with its code and
       * actors right. It starts at 0.5 and rises with the evidence: a source named in
       * the clause (+0.15; a subject carried from an earlier clause is a guess), a
       * target (+0.1), a finite verb or a noun carried by a support verb (+0.1), an
       * indefinite noun (+0.05: a definite or plural event noun often refers back to
       * an event reported earlier or names a kind of act). Reported speech costs
       * 0.05. A protest or an act of violence gains 0.05 when its sentence gives the
       * particulars of an incident (a count of people, a day, several acts) and loses
       * 0.1 when it gives none: such a sentence mostly mentions a kind of act or an
       * event told before. `marsad eval --gsr` prints how often sentences with events
       * at each level report an event of the type, the development check of this scale.
       */
      const incidentFamily = INCIDENT_FAMILY[code.slice(0, 2)] !== undefined;
      const incident = incidentFamily ? incidentOf(tm) : null;
      const triggerWord = (tokens[tm.tokenStart] as Token).norm;
      const background = kind === "noun" && !supported && (DEFINITE_NOUN.test(triggerWord) || /(ات|ون|ين)$/.test(triggerWord));
      const confidence = Math.max(
        0.1,
        Math.min(
          0.95,
          0.5 +
            (sourcePhrase && !sourceCarried ? 0.15 : 0) +
            (targetPhrase ? 0.1 : 0) +
            (kind !== "noun" || supported ? 0.1 : 0) +
            (kind === "noun" && !background ? 0.05 : 0) -
            (modality === "reported" ? 0.05 : 0) +
            (incidentFamily ? (incident !== null ? 0.05 : -0.1) : 0),
        ),
      );

      // قرر الرئيس التونسي تمديد حالة الطوارئ، رفض برلمانيون عراقيون الزيادة: an act that names no
      // other side, done by a country's own state or people, is aimed at home, at that country (as
      // hand coders code it). Not for a country itself, which would be its own target, nor for a
      // body of no country, nor where what follows names another country's actor or place (أدان
      // الهجوم على السفارة السعودية، انتقد اتفاق فيينا) or the world (طالبت المجتمع الدولي).
      // (Leaving out the voice of a country abroad, its foreign minister, was tried: it lost more
      // hand-coded events than it saved.)
      const ownCountryOf = (src: string): Entity | null => {
        const e = byId.get(src);
        if (!e || e.country === null || e.code.length <= 3 || e.code.slice(0, 3) !== e.country) return null;
        // (nor for a person out of office, who speaks for neither state nor people: الرئيس الأسبق)
        if (e.code.slice(3, 6) === ELITE) return null;
        const c = lex.countriesByIso.get(e.country);
        if (!c) return null;
        const foreign = (p: Phrase): boolean => p.members.some((id) => { const other = byId.get(id); return other !== undefined && other.country !== null && other.country !== e.country; });
        for (let k = tm.tokenEnd; k < s.tokenEnd; k++) {
          if (worldAt(k)) return null;
          const p = phrases[phraseOfToken[k] ?? -1];
          if (!p) continue;
          k = p.tokenEnd - 1;
          if (p === sourcePhrase) continue;
          if (foreign(p)) return null;
        }
        // (nor one done in company with another country's actor, named before it: في اتصال
        // هاتفي مع الرئيس الفرنسي، دعا الرئيس إلى وقف إطلاق النار)
        for (let k = s.tokenStart; k < tm.tokenStart; k++) {
          const p = phrases[phraseOfToken[k] ?? -1];
          if (!p) continue;
          k = p.tokenEnd - 1;
          if (p.prep === "مع" && foreign(p)) return null;
        }
        return byId.get(c.id) ?? countryEntity(c);
      };
      const headOf = (p: Phrase, id: string): { entity: string; start: number; end: number } => {
        // for a compound phrase, point at the link of this member inside the phrase
        const link = entities.links.find((l) => l.entity === id && l.start >= p.start && l.end <= p.end);
        return { entity: id, start: link?.start ?? p.headStart, end: link?.end ?? p.headEnd };
      };
      const done = (): Outcome => ({
        outcome: "event",
        reason: `source ${sourcePhrase ? "from " + (sourceCarried ? "a carried subject" : kind === "passive" ? "an agent phrase" : "the clause") : "unnamed"}, target ${targetPhrase ? (targetPhrase.prep ? "after " + targetPhrase.prep : "the object or genitive") : "implicit"}`,
        negated,
        modality,
        source: sourcePhrase?.members[0] ?? null,
        target: targetPhrase?.members[0] ?? null,
      });
      const emit = (src: string | null, tgt: string | null, reciprocal: boolean, implied?: Entity): void => {
        if (tgt === src) return;
        const se = src === null ? null : byId.get(src);
        if (src !== null && (!se || se.media)) return;
        const te = implied ?? (tgt === null ? undefined : byId.get(tgt));
        if (te?.media) return;
        // one actor named twice is no event between two: a country acting on itself (الرياض →
        // المملكة) or a title and its holder side by side (ولي ولي العهد السعودي محمد بن سلمان)
        if (se && te && se.code === te.code && !placeSide && (se.code.length === 3 || (sourcePhrase && targetPhrase && sideBySide(sourcePhrase, targetPhrase, tokens)))) return;
        // احتجز المسلحون الحوثيون الصحفي: an armed group's arrest is taking a hostage (CAMEO 181;
        // 173 is for authorities); its raid on homes stays a raid
        const coded = code === ARREST_CODE && TAKING_PEOPLE.has(entry.id) && se && nonStateArmed(se.code) ? ABDUCT_CODE : code;
        const key = `${coded}|${src}|${tgt}|${date}|${negated}|${tm.sentence}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({
          code: coded,
          source: src === null ? null : headOf(sourcePhrase as Phrase, src),
          target: implied && src !== null ? { ...headOf(sourcePhrase as Phrase, src), entity: implied.id, implied } : tgt !== null && targetPhrase ? headOf(targetPhrase, tgt) : null,
          date,
          negated,
          modality,
          reciprocal,
          location,
          trigger: { start: tm.start, end: tm.end },
          sentence: tm.sentence,
          rule: `ar.triggers.${entry.id}#${kind}${placeSide ? "+place" : implied ? "+own" : ""}`,
          confidence: Math.round((placeSide || implied ? confidence - PLACE_SIDE_COST : confidence) * 100) / 100,
          attributedTo,
        });
      };
      if (!sourcePhrase) {
        // an unnamed doer of a threat or a hypothetical attack says nothing
        if (modality === "intended" || modality === "hypothetical") return { outcome: "unnamed-doer-not-asserted", reason: `an unnamed doer of a ${modality} act says nothing`, negated, modality };
        for (const tgt of (targetPhrase as Phrase).members) emit(null, tgt, false);
        return done();
      }
      const sources = sourcePhrase.members;
      if (sourcePhrase === targetPhrase) {
        // بين X وY: the first member acts with the others
        for (let b = 1; b < sources.length; b++) emit(sources[0] as string, sources[b] as string, true);
        return done();
      }
      if (!targetPhrase) {
        if (entry.symmetric && sources.length >= 2) {
          // a joint act of a compound subject: coded once between each pair
          targetPhrase = sourcePhrase;
          for (let a = 0; a < sources.length; a++) for (let b = a + 1; b < sources.length; b++) emit(sources[a] as string, sources[b] as string, true);
        } else {
          // (two countries acting together, الوزيران, act between states, not at home)
          const countries = new Set(sources.map((id) => byId.get(id)?.country ?? null));
          for (const src of sources) {
            // (nor a claim of responsibility, aimed where the act it claims fell)
            // (nor an act that needs another side, told as an intent: سيزور المملكة)
            const own = countries.size === 1 && code !== CLAIM_CODE && code !== DENY_CODE && (entry.oneSided || OPEN_TARGET_ROOTS.has(entry.code.slice(0, 2))) ? ownCountryOf(src) : null;
            if (own) emit(src, own.id, false, own);
            else emit(src, null, false);
          }
        }
        return done();
      }
      for (const src of sources) {
        // (العلاقات بين البلدين after its doer: the doer's own country among the two is no other side)
        // (but a group of the doer's country is: غارات على داعش وحزب العمال الكردستاني)
        const own = byId.get(src)?.code;
        const others = targetPhrase.members.filter((t) => {
          const code = byId.get(t)?.code;
          return code !== own && code !== own?.slice(0, 3);
        });
        for (const tgt of others.length > 0 && others.length < targetPhrase.members.length ? others : targetPhrase.members) emit(src, tgt, entry.symmetric);
      }
      lastTarget = targetPhrase;
      // التقى الوزيران مع نظيرهما الأمريكي: a meeting of several with another is a meeting of all
      if (entry.symmetric && code.startsWith("04") && sources.length >= 2) {
        const other = targetPhrase;
        targetPhrase = sourcePhrase;
        for (let a = 0; a < sources.length; a++) {
          for (let b = a + 1; b < sources.length; b++) if (byId.get(sources[a] as string)?.code !== byId.get(sources[b] as string)?.code) emit(sources[a] as string, sources[b] as string, true);
        }
        targetPhrase = other;
      }
      return done();
    };
    triggers.forEach((tm, ti) => {
      const before = out.length;
      const r = codeTrigger(tm);
      const made = out.slice(before);
      diagnostics.push({
        trigger: ti,
        sentence: tm.sentence,
        start: tm.start,
        end: tm.end,
        code: made[0]?.code ?? tm.pattern.entry.code,
        rule: `ar.triggers.${tm.pattern.entry.id}#${tm.pattern.kind}`,
        outcome: made.length > 0 ? "event" : r.outcome === "event" ? "filtered" : r.outcome,
        reason: made.length > 0 ? r.reason : r.outcome === "event" ? "its events were dropped: same actor on both sides, a news agency as an actor, or a duplicate" : r.reason,
        events: made.length,
        negated: r.negated ?? null,
        modality: r.modality ?? null,
        source: r.source ?? null,
        target: r.target ?? null,
        incident: incidentOf(tm),
      });
    });
    // لكن موسكو تنفي ذلك: a denial with no accuser named after it answers the last accusation of
    // the denier (or of an actor of its country) in its sentence or the one before: its accuser
    // is the target
    for (let i = 0; i < out.length; i++) {
      const e = out[i] as EventAnnotation;
      if (!e.rule.startsWith(DENIAL_RULE) || e.source === null || (e.target !== null && e.target.implied === undefined)) continue;
      const denier = byId.get(e.source.entity)?.code.slice(0, 3);
      let accusation: EventAnnotation | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const a = out[j] as EventAnnotation;
        if (a.sentence < e.sentence - 1) break;
        if (!a.code.startsWith("11") || a.negated || a.source === null || a.target === null) continue;
        if (byId.get(a.target.entity)?.code.slice(0, 3) !== denier) continue;
        accusation = a;
        break;
      }
      if (!accusation?.source || byId.get(accusation.source.entity)?.code.slice(0, 3) === denier) continue;
      out[i] = { ...e, target: { ...accusation.source }, rule: e.rule.replace(/\+own$/, "") };
    }
    // أعلنت طالبان مسؤوليتها عن الهجوم على قاعدة حلف الأطلسي: a claim with no other side of its own
    // is aimed at whom the claimed act struck (the act of force in its sentence by the claimant)
    for (let i = 0; i < out.length; i++) {
      const e = out[i] as EventAnnotation;
      if (e.code !== CLAIM_CODE || e.source === null || e.target !== null) continue;
      const claimant = e.source.entity;
      const act = out.find((a) => a !== e && a.sentence === e.sentence && FORCE_ROOTS.has(a.code.slice(0, 2)) && a.source?.entity === claimant && a.target !== null && a.target.implied === undefined && a.trigger.start > e.trigger.start);
      if (act?.target) out[i] = { ...e, target: { ...act.target } };
    }
    // CAMEO codes a statement (010 and its kin) only when nothing more specific applies: a verb of
    // saying whose complement coded no act of its own is a statement by its speaker about the first
    // actor named in what is said (وقال الجبير إن إيران ...), other than the speaker's own country.
    // Only a speaker named in the clause, not one carried from before or inferred from context
    // (قالت مصادر), whose guesses made half the statements on random articles wrong.
    // (what each speaker's complement coded, and each sentence's times, gathered once: asked per
    // verb of saying, they made a long document quadratic)
    const tokenOfTrigger = new Map<number, number>(triggers.map((t) => [t.start, t.tokenStart]));
    const codedIn = new Set<number>();
    for (const e of out) codedIn.add(clauses.complementOf[tokenOfTrigger.get(e.trigger.start) ?? -1] ?? -1);
    const timesOf: TimeExpression[][] = [];
    for (let t = 0, si = 0; t < times.length; t++) {
      const time = times[t] as TimeExpression;
      while (si < sentences.length && (sentences[si] as { end: number }).end < time.end) si++;
      if (si < sentences.length) (timesOf[si] ??= []).push(time);
    }
    triggers.forEach((tm, ti) => {
      const entry = tm.pattern.entry;
      if (!entry.speech || tm.pattern.kind !== "verb") return;
      const vi = clauses.verbOfToken[tm.tokenStart] ?? -1;
      const v = vi >= 0 ? clauses.verbs[vi] : undefined;
      if (!v || v.subject === null || v.subjectCarried) return;
      // (not in a relative clause, which describes its antecedent: التنظيم، الذي يصفه مسؤولون أميركيون بأنه)
      if (fw.relatives.has(bareKey(v.clauseStart))) return;
      const speaker = phrases[v.subject];
      const s = sentences[tm.sentence];
      if (!speaker || !s || speaker.inferred) return;
      const own = new Set(speaker.members.map((id) => byId.get(id)?.code.slice(0, 3)));
      let about: Phrase | undefined;
      let opens = -1;
      for (let k = tm.tokenEnd; k < s.tokenEnd; k++) {
        if ((clauses.complementOf[k] ?? -1) !== vi) continue;
        if (opens < 0) opens = k;
        const p = phrases[phraseOfToken[k] ?? -1];
        // (not a place named as where: سجن غوانتانامو في كوبا، تحطم الطائرة في إسبانيا; but the
        // situation in a place is about it: الوضع في اليمن)
        const where = p !== undefined && placePrep(p) && !SITUATIONS.has(bareKey(p.tokenStart - 2)) && p.members.every((id) => byId.get(id)?.type === "location" || byId.get(id)?.type === "country");
        if (p && !about && !where && p !== speaker && p.canAct && !p.members.some((id) => speaker.members.includes(id) || own.has(byId.get(id)?.code.slice(0, 3)))) about = p;
      }
      // (وصف السعودية بأنها شريك مهم: what is described, before what is said of it)
      if (!about && entry.id === DESCRIBE && v.object !== null) {
        const o = phrases[v.object];
        if (o && o.canAct && !o.members.some((id) => speaker.members.includes(id) || own.has(byId.get(id)?.code.slice(0, 3)))) about = o;
      }
      if (!about || opens < 0 || codedIn.has(vi)) return;
      const from = (tokens[opens] as Token).start;
      const src = speaker.members[0] as string;
      const tgt = about.members[0] as string;
      const se = byId.get(src);
      const te = byId.get(tgt);
      if (!se || !te || se.media || te.media || se.code === te.code) return;
      // dated when it was said: the time before what is said, else the lead's day or publication
      const said = (timesOf[tm.sentence] ?? []).filter((t) => t.start >= s.start && t.end <= from && t.eventDate !== null).sort((a, b) => Math.abs(a.start - tm.start) - Math.abs(b.start - tm.start))[0];
      const date = said?.eventDate ?? (published ? (leadDay?.day ?? published) : null);
      out.push({
        code: entry.code,
        source: { entity: src, start: speaker.headStart, end: speaker.headEnd },
        target: { entity: tgt, start: about.headStart, end: about.headEnd },
        date,
        negated: false,
        modality: "asserted",
        reciprocal: false,
        location: null,
        trigger: { start: tm.start, end: tm.end },
        sentence: tm.sentence,
        rule: `ar.triggers.${entry.id}#statement`,
        confidence: STATEMENT_CONFIDENCE,
        attributedTo: null,
      });
      diagnostics[ti] = { ...(diagnostics[ti] as TriggerDiagnostic), code: entry.code, outcome: "event", reason: "a statement: what is said codes nothing more specific (CAMEO 010)", events: 1, source: src, target: tgt };
    });
    out.sort((a, b) => a.trigger.start - b.trigger.start || a.code.localeCompare(b.code));
    return { events: out, diagnostics };
  },
};
