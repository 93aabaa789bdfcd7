/**
 * Entities: linking mentions to lexicon actors, building actor phrases
 * (title + nationality + name, agent + country, coordination with و, the two
 * sides), in-document aliasing (a surname after the full name) and the actor
 * code each entity has on the document's date.
 */
import { normalizeKey, translitKey } from "../lang/ar/normalize.js";
import { FormFact, isComma, originalOffset, prefixReadings } from "../lang/ar/tokenize.js";
import { FOREIGN_PARTICLES, REGNAL, recognizeNames } from "../ner/recognize.js";
import { EAST_ASIAN_SYLLABLE } from "../ner/eastasian.js";
import type { CliticAnalysis, Token, WordInfo } from "../lang/ar/tokenize.js";
import type { CompiledLexicon, NamePayload } from "../lexicon/compile.js";
import type { ActorEntry, AgentEntry, CountryEntry, PersonEntry } from "../lexicon/schema.js";
import type { Stage } from "../core/pipeline.js";
import { ARABIC_STATES } from "../ner/states.js";
import { HONORIFICS, HONORIFIC_WORDS, QUOTE_MARKS, QUOTED_NAME_HEAD_WORDS, SIZE_AFTER_COUNT, UNIT_HEADS } from "./phrase-facts.js";
import type { Entity, EntityLayer, Layers, Mention, NameClass, NameSpan, Phrase, Resources } from "./layers.js";

/** The code a person has on a date: the role holding then, else the default. */
export function personCode(p: PersonEntry, date: string | null): string | null {
  if (date) {
    const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
    for (const r of p.roles) {
      if ((r.from === undefined || r.from <= d) && (r.to === undefined || d < r.to)) return r.code;
    }
    return null;
  }
  // no date: the role still held, else the latest one
  const open = p.roles.filter((r) => r.to === undefined);
  const pick = open[open.length - 1] ?? p.roles[p.roles.length - 1];
  return pick?.code ?? null;
}

/** Any minister: what a bare الوزير can take up. */
const MINISTER_TITLES = new Set(["title.minister", "title.foreign-minister", "title.defense-minister", "title.interior-minister"]);

/** Do a bare title and an earlier title name the same office (الوزير takes up وزير الخارجية)? */
function titleTakesUp(bare: string, earlier: string): boolean {
  return bare === earlier || (bare === "title.minister" && MINISTER_TITLES.has(earlier));
}

/** A country as an actor (also where no word names it: the own country an act at home is aimed at). */
export function countryEntity(e: CountryEntry): Entity {
  return { id: e.id, name: e.name, type: "country", code: e.code, country: e.iso3, entry: e, agent: null, lat: e.lat ?? null, lon: e.lon ?? null, media: false };
}

function entityOfActor(e: ActorEntry, date: string | null, lex: CompiledLexicon): Entity {
  switch (e.type) {
    case "country":
      return countryEntity(e);
    case "location": {
      const country = lex.countriesByIso.get(e.country);
      return { id: e.id, name: e.name, type: "location", code: country?.code ?? e.country, country: e.country, entry: e, agent: null, lat: e.lat, lon: e.lon, media: false };
    }
    case "person":
      return {
        id: e.id,
        name: e.name,
        type: "person",
        code: personCode(e, date) ?? e.defaultCode ?? lex.countriesByIso.get(e.country)?.code ?? e.country,
        country: e.country,
        entry: e,
        agent: null,
        lat: null,
        lon: null,
        media: false,
      };
    case "organization":
    case "group":
      return { id: e.id, name: e.name, type: e.type, code: e.code, country: e.country ?? null, entry: e, agent: null, lat: null, lon: null, media: e.media ?? false };
  }
}

/** The named-entity class of an entity type; agents are sectors, not names. */
export function nameClassOf(type: Entity["type"]): NameClass | null {
  switch (type) {
    case "person":
      return "person";
    case "country":
    case "location":
      return "location";
    case "organization":
    case "group":
      return "organization";
    case "agent":
      return null;
  }
}

const RANK: Record<string, number> = { country: 0, organization: 1, group: 1, person: 2, location: 3 };

/** Which reading of a mention to take when the lexicon offers several. */
function choosePayload(payloads: readonly NamePayload[], date: string | null): NamePayload | null {
  // one full-name actor (most mentions): the pool below is that one whatever its role
  let only: NamePayload | null = null;
  let count = 0;
  for (const p of payloads) {
    if (p.kind === "actor" && !p.short) {
      count++;
      only = p;
    }
  }
  if (count === 1) return only;
  const actors = payloads.filter((p): p is Extract<NamePayload, { kind: "actor" }> => p.kind === "actor" && !p.short);
  if (actors.length > 0) {
    const withRole = actors.filter((a) => a.entry.type !== "person" || personCode(a.entry, date) !== null);
    const pool = withRole.length > 0 ? withRole : actors;
    return [...pool].sort((a, b) => (RANK[a.entry.type] ?? 9) - (RANK[b.entry.type] ?? 9))[0] ?? null;
  }
  return (
    payloads.find((p) => p.kind === "pair") ??
    payloads.find((p) => p.kind === "agent") ??
    payloads.find((p) => p.kind === "adjective") ??
    payloads.find((p) => p.kind === "actor") ??
    null
  );
}

const PREP_CLITICS: Record<string, string> = { ب: "ب", ل: "ل", ك: "ك", لل: "ل" };

/** The organs of a body that speak for it (الأمانة العامة لـ، المكتب الإعلامي لـ): first word → second word, as keys; السكرتارية alone. */
const ORGAN_SECOND: Readonly<Record<string, string>> = { الامانه: "العامه", المكتب: "الاعلامي" };
const ORGAN_ALONE = "السكرتاريه";
/** The last word of an organ, for a test that needs no readings: most phrases have none before them. */
const ORGAN_LAST = /(?:العامه|الاعلامي|السكرتاريه)$/;

/**
 * The organ of a body (الأمانة العامة) right before token i: its first token and the proclitics on
 * it (وللأمانة العامة), or null.
 */
export function organBefore(tokens: readonly Token[], i: number): { readonly start: number; readonly prefix: string } | null {
  const last = tokens[i - 1];
  if (!last || last.kind !== "word" || !ORGAN_LAST.test(last.norm)) return null;
  const clitics = /^[وف]?[بل]?$/;
  const alone = prefixReadings(last.norm).find((x) => clitics.test(x.prefix) && x.stem === ORGAN_ALONE);
  if (alone) return { start: i - 1, prefix: alone.prefix };
  const first = tokens[i - 2];
  if (!first || first.kind !== "word") return null;
  const r = prefixReadings(first.norm).find((x) => clitics.test(x.prefix) && ORGAN_SECOND[x.stem] === last.norm);
  return r ? { start: i - 2, prefix: r.prefix } : null;
}

export interface PhraseContext {
  readonly tokens: readonly Token[];
  readonly lex: CompiledLexicon;
}

/** Opening quotation marks: a preposition before one governs the name inside. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(["«", "“", '"', "'"]);

/** The preposition governing a phrase that starts at token i with the given proclitics. */
/** Words for the kind of place, in construct before its name (مدينة القطيف), as keys. */
const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(["مدينه", "محافظه", "منطقه", "قريه", "بلده", "مديريه", "ولايه", "اقليم", "جزيره"]);

/** Words of "each of" before من and a list (كلا من، كل من), as keys. */
const EACH_OF: ReadonlySet<string> = new Set(["كلا", "كل", "كلتا"]);

export function governingPrep(ctx: PhraseContext, i: number, prefix: string): string | null {
  const bare = prefix.replace(/^[وف]/, "");
  // استنكرت الأمانة العامة لمنظمة التعاون الإسلامي: the organ of a body stands for the body, so
  // the ل after it is no preposition of the body's phrase; what governs the organ governs it
  if (bare === "ل" || bare === "لل") {
    const organ = organBefore(ctx.tokens, i);
    if (organ) return governingPrep(ctx, organ.start, organ.prefix);
  }
  if (bare) return PREP_CLITICS[bare] ?? PREP_CLITICS[bare[0] ?? ""] ?? null;
  let prev = ctx.tokens[i - 1];
  // ضد «داعش»، مع "حماس": an opening quote between the preposition and the name changes nothing
  if (prev && prev.kind === "punct" && OPENING_QUOTES.has(prev.text)) return governingPrep(ctx, i - 1, "");
  if (!prev || prev.kind !== "word") return null;
  // زار كلا من الصين وتركيا، لكل من مصر والأردن: the من of كلا من quantifies the list after it;
  // what governs كلا governs the list
  if (prev.norm === "من") {
    const each = ctx.tokens[i - 2];
    const r = each && each.kind === "word" ? prefixReadings(each.norm).find((x) => EACH_OF.has(x.stem) && /^[وف]?[بل]?$/.test(x.prefix)) : undefined;
    if (r) return governingPrep(ctx, i - 2, r.prefix);
  }
  // من فخامة الرئيس، لصاحب السمو الملكي الأمير: an honorific stands between the preposition and
  // the person; a preposition on the honorific governs the person
  for (let k = i - 1, steps = 0; steps < 3 && prev && prev.kind === "word"; steps++) {
    const r = prefixReadings(prev.norm).find((x) => HONORIFIC_WORDS.has(x.stem) && /^[وف]?[بل]?$/.test(x.prefix));
    if (!r) break;
    const clitic = r.prefix.replace(/^[وف]/, "");
    if (clitic) return PREP_CLITICS[clitic] ?? null;
    k--;
    prev = ctx.tokens[k];
    if (!prev || prev.kind !== "word") return null;
  }
  // بين وحدات القيادة الأوكرانية والانفصاليين: a preposition before a unit of an actor governs the actor
  if (UNIT_HEADS.has(prev.norm)) {
    const before = ctx.tokens[i - 2];
    // (not من: مجموعة من مقاتلي جبهة النصرة is partitive, the fighters are no "from" phrase)
    if (before && before.kind === "word" && before.norm !== "من" && ctx.lex.fw.sets.prepositions.has(before.norm)) return expressedAbout(ctx, before.norm, i) ? null : before.norm;
  }
  // ضربات لمواقع التنظيم، هجوم على معاقل المتمردين: a preposition of aim before an actor's positions
  // governs the actor (as a strike on them is aimed at it)
  const positions = prefixReadings(prev.norm).find((r) => POSITION_HEADS.has(r.stem) && /^[وف]?ل?$/.test(r.prefix));
  if (positions) {
    if (positions.prefix.replace(/^[وف]/, "") === "ل") return "ل";
    const before = ctx.tokens[i - 2];
    if (before && before.kind === "word" && AIM_PREPOSITIONS.has(before.norm)) return before.norm;
  }
  // أمام مبنى البرلمان الإيراني، أمام مقر الأمم المتحدة: a preposition before an actor's seat governs
  // the actor (as a protest before it is aimed at it)
  if (SEAT_HEADS.has(prev.norm)) {
    const before = ctx.tokens[i - 2];
    if (before && before.kind === "word" && SEAT_PREPOSITIONS.has(before.norm)) return before.norm;
  }
  // مع جمهورية جزر فيجي، لدولة الكويت: a preposition before the kind of state governs the state
  const state = prefixReadings(prev.norm).find((r) => /^[وف]?[بل]?$/.test(r.prefix) && STATE_WORDS.has(r.stem));
  if (state) {
    const clitic = state.prefix.replace(/^[وف]/, "");
    if (clitic) return PREP_CLITICS[clitic] ?? null;
    const before = ctx.tokens[i - 2];
    if (before && before.kind === "word" && ctx.lex.fw.sets.prepositions.has(before.norm)) return expressedAbout(ctx, before.norm, i) ? null : before.norm;
  }
  // في شمال سوريا: the preposition before the part of the place governs the place
  // بمحافظة الأنبار، وبمدينة حلب: the preposition on the kind of place governs the place
  const part = prefixReadings(prev.norm).find((r) => r.prefix.replace(/^[وف]/, "") !== "" && !r.prefix.includes("ال") && ctx.lex.fw.sets.placeParts.has(r.stem));
  if (part) return PREP_CLITICS[part.prefix.replace(/^[وف]/, "")] ?? null;
  if (ctx.lex.fw.sets.placeParts.has(prev.norm) && !ctx.lex.fw.sets.prepositions.has(prev.norm)) {
    const before = ctx.tokens[i - 2];
    // الفلوجة غربي العراق: an adjectival part (غربي، شمالي) places what comes before it
    const adjectival = /ي$/.test(prev.norm);
    if (!before || before.kind !== "word") return adjectival ? "في" : null;
    if (adjectival && !ctx.lex.fw.sets.prepositions.has(before.norm)) return "في";
    prev = before;
  }
  if (ctx.lex.fw.sets.prepositions.has(prev.norm)) return expressedAbout(ctx, prev.norm, i) ? null : prev.norm;
  // a known verb is not و/ف + a preposition (فتحت is not ف + تحت)
  if (ctx.lex.verbForms.has(prev.norm) || ctx.lex.triggersByFirst.has(prev.norm)) return null;
  for (const r of prefixReadings(prev.norm)) {
    if (r.prefix.replace(/^[وف]/, "") !== "") continue;
    if (ctx.lex.fw.sets.prepositions.has(r.stem)) return expressedAbout(ctx, r.stem, i) ? null : r.stem;
  }
  return null;
}

/** وعبر الرئيس عن تعازيه: عبر with عن a few words on is the verb "expressed", not the preposition "via". */
function expressedAbout(ctx: PhraseContext, prep: string, i: number): boolean {
  if (prep !== "عبر") return false;
  // (only opening its clause: وعبر، فعبر، or after a stop; وصلت عبر الحكومة is "via")
  const at = ctx.tokens[i - 1] as Token;
  const before = ctx.tokens[i - 2];
  if (!/^[وف]/.test(at.norm) && before !== undefined && before.kind === "word") return false;
  for (let k = i; k < Math.min(ctx.tokens.length, i + EXPRESSED_REACH); k++) {
    const t = ctx.tokens[k] as Token;
    if (t.kind === "word" && t.norm === "عن") return true;
  }
  return false;
}
/** How far after عبر its عن may come (the subject, with its titles, stands between). */
const EXPRESSED_REACH = 10;

function isConj(ctx: PhraseContext, i: number, prefix: string): boolean {
  if (prefix.startsWith("و") || prefix.startsWith("ف")) return true;
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && (prev.norm === "و" || prev.norm === "او");
}

/** The first word after a title may start with و when it is a name (وان يي), not a conjunction. */
function firstNameLike(ctx: PhraseContext, t: Token, taken: ReadonlySet<number>): boolean {
  if (t.kind !== "word" || !t.norm.startsWith("و") || t.norm.length < 3 || taken.has(t.index)) return false;
  const fw = ctx.lex.fw.sets;
  const n = t.norm;
  return !fw.prepositions.has(n) && !fw.complementizers.has(n) && !fw.relatives.has(n) && !fw.commonWords.has(n) && !ctx.lex.nameLists.cues.notNames.has(n) && !ctx.lex.verbForms.has(n) && !ctx.lex.triggersByFirst.has(n);
}

/** Can this token be part of a name that no lexicon knows (after a title)? */
function nameLike(ctx: PhraseContext, t: Token, taken: ReadonlySet<number>): boolean {
  if (t.kind !== "word" || taken.has(t.index)) return false;
  const n = t.norm;
  if (n.length < 2 || n.startsWith("ال") || n.startsWith("و")) return false;
  // بالجهود، للدور: a preposition with the article starts a phrase, not a name (بالدوين is listed)
  if (/^(?:بال|لل|كال|فال)/.test(n) && !ctx.lex.nameLists.foreign.has(n) && !ctx.lex.nameLists.given.has(n)) return false;
  const fw = ctx.lex.fw.sets;
  if (fw.prepositions.has(n) || fw.complementizers.has(n) || fw.pronominalComplementizers.has(n) || fw.relatives.has(n) || fw.clauseBreakers.has(n)) return false;
  if (fw.verbalNegation.has(n) || fw.copularNegation.has(n) || fw.nominalNegation.has(n) || fw.future.has(n)) return false;
  // وزير الخارجية المصري قد زار: the particle before a verb (not the whole never-a-name list:
  // هو is a pronoun and a part of Chinese names, وان هو)
  if (n === "قد") return false;
  // عقب، إثر، ضمن، بمناسبة: words that never name anyone (هو stays: a syllable of Chinese names, وان هو)
  if ((fw.commonWords.has(n) || ctx.lex.nameLists.cues.notNames.has(n)) && !EAST_ASIAN_SYLLABLE.has(n)) return false;
  if (ctx.lex.verbForms.has(n) || ctx.lex.triggersByFirst.has(n)) return false;
  // (nor ب or ل on an event noun or a verb form: وعد الرئيس النيجيري بإجراء تحقيق)
  // (an إفعال masdar, بإجراء، بإرسال، لإطلاق, is never a name)
  if (/^[بل]/.test(n) && !ctx.lex.nameLists.given.has(n) && !ctx.lex.nameLists.foreign.has(n) && (ctx.lex.triggersByFirst.has(n.slice(1)) || ctx.lex.verbForms.has(n.slice(1)) || /^ا[^ا][^ا]ا[^ا]$/.test(n.slice(1)))) return false;
  for (const r of prefixReadings(n)) if (ctx.lex.verbForms.has(r.stem) || ctx.lex.triggersByFirst.has(r.stem)) return false;
  return true;
}

const NO_TOKENS: ReadonlySet<number> = new Set();
/** Honorifics and the words of their longer forms (صاحب السمو الملكي), as keys. */
/** A family name with the article (الخطيب، التميمي): a definite word that is no closed word, verb, trigger or epithet of an office holder. */
function familyWithArticle(ctx: PhraseContext, t: Token, taken: ReadonlySet<number>): boolean {
  if (t.kind !== "word" || taken.has(t.index) || !t.norm.startsWith("ال") || t.norm.length < 5 || OTHER_HOLDER.has(t.norm)) return false;
  if (/(?:ات|ون|ين)$/.test(t.norm) || isFunctionWord(ctx, t.text)) return false;
  return !ctx.lex.verbForms.has(t.norm) && !ctx.lex.triggersByFirst.has(t.norm);
}

/**
 * One unknown word after a title and its country is a name (الرئيس الأوكراني بوروشينكو) unless
 * it ends in ة and is no given name: then it is the verb's object (أكد الرئيس المصري أهمية).
 */
function singleNameAfterTitle(ctx: PhraseContext, t: Token, taken: ReadonlySet<number>): boolean {
  return nameLike(ctx, t, taken) && (!t.norm.endsWith("ه") || ctx.lex.nameLists.given.has(t.norm));
}

/**
 * A person's short form that no full name in the document licenses is still a
 * person's name to a reader when it cannot be a common word: one word, no
 * article, not a given name or a name-chain word, not a verb, not in a time
 * expression, and the family name of someone from outside the Arab states
 * (بوش، أنان; Arabic family names are often common words: خطاب، سلامة، شرف).
 */
function unlicensedShortIsName(m: Mention, ctx: PhraseContext, timeTokens: ReadonlySet<number>): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || (m.prefix !== "" && m.prefix !== "و") || timeTokens.has(m.tokenStart)) return false;
  const stem = (ctx.tokens[m.tokenStart] as Token).norm.slice(m.prefix.length);
  const lex = ctx.lex;
  const cues = lex.nameLists.cues;
  // المالكي، الزرقاوي: a family name with the article and a nisba is a name unless a definite
  // noun before it makes it an adjective (المذهب المالكي)
  if (stem.startsWith("ال")) {
    const prev = ctx.tokens[m.tokenStart - 1];
    const adjectival = prev !== undefined && prev.kind === "word" && /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(prev.norm);
    return stem.length >= 7 && /ي$/.test(stem) && !adjectival && !cues.notNames.has(stem) && !isFunctionKey(ctx, stem) && m.payloads.every((q) => q.kind === "actor" && q.short && q.entry.type === "person");
  }
  if (stem.length < 3 || lex.nameLists.given.has(stem) || cues.connectors.has(stem) || cues.divine.has(stem) || cues.notNames.has(stem)) return false;
  if (lex.verbForms.has(stem) || lex.triggersByFirst.has(stem) || isFunctionKey(ctx, stem)) return false;
  if (nisbaAfterNoun(ctx, m.tokenStart, stem)) return false;
  return m.payloads.every((q) => q.kind === "actor" && q.short && q.entry.type === "person" && !ARABIC_STATES.has(q.entry.country));
}

/**
 * حزب إسلامي، إطار ديني، عامل رئيسي: a nisba right after an indefinite word is
 * that word's adjective, though a foreign person's family name has the same
 * letters (إسلامي، رئيسي). After a verb (وقال رئيسي) or a title it is the name.
 */
function nisbaAfterNoun(ctx: PhraseContext, i: number, stem: string): boolean {
  if (!/ي$/.test(stem)) return false;
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.kind !== "word") return false;
  const n = prev.norm;
  if (n.startsWith("ال") || /^[وف]?(?:[بك]ال|لل)/.test(n) || isFunctionKey(ctx, n)) return false;
  if (ctx.lex.verbForms.has(n) || ctx.lex.triggersByFirst.has(n) || ctx.lex.nameLists.cues.honorifics.has(n)) return false;
  return !prefixReadings(n).some((r) => /^[وف]?$/.test(r.prefix) && (ctx.lex.verbForms.has(r.stem) || ctx.lex.triggersByFirst.has(r.stem)));
}

/** A capital named as an actor stands for its government (بكين، موسكو). */
function isGovernmentSeat(e: Entity): boolean {
  return e.entry?.type === "location" && e.entry.capital === true;
}

/**
 * Add the index of every token overlapping [span.start, span.end) to `into`.
 * Tokens are sorted and disjoint, so a binary search finds the first one
 * instead of scanning every token for every span.
 */
export function addTokensOverlapping(tokens: readonly Token[], span: { readonly start: number; readonly end: number }, into: Set<number>): void {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end > span.start) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < tokens.length && (tokens[k] as Token).start < span.end; k++) into.add(k);
}

/** Closed-class words (على is also the name علي once ى/ي are folded). */
function isFunctionWord(ctx: PhraseContext, text: string): boolean {
  return isFunctionKey(ctx, normalizeKey(text));
}

/** `isFunctionWord` of a text already normalised (a token's `norm`). */
function isFunctionKey(ctx: Pick<PhraseContext, "lex">, norm: string): boolean {
  return isFunctionReading(ctx, prefixReadings(norm));
}

/** `isFunctionWord` given the `prefixReadings` of the word's key. */
function isFunctionReading(ctx: Pick<PhraseContext, "lex">, readings: readonly CliticAnalysis[]): boolean {
  const fw = ctx.lex.fw.sets;
  for (const r of readings) {
    const n = r.stem;
    if (fw.prepositions.has(n) || fw.complementizers.has(n) || fw.pronominalComplementizers.has(n) || fw.relatives.has(n) || fw.clauseBreakers.has(n) || fw.verbalNegation.has(n) || fw.copularNegation.has(n)) return true;
  }
  return false;
}

interface Registry {
  readonly byId: Map<string, Entity>;
  readonly order: string[];
  readonly links: { entity: string; start: number; end: number; text: string }[];
}

function register(reg: Registry, e: Entity, m: { start: number; end: number; text: string }): string {
  if (!reg.byId.has(e.id)) {
    reg.byId.set(e.id, e);
    reg.order.push(e.id);
  }
  reg.links.push({ entity: e.id, start: m.start, end: m.end, text: m.text });
  return e.id;
}

function agentEntity(agent: AgentEntry, base: Entity): Entity {
  // a country's agent appends the sector (RUS + MIL); an organisation keeps its own code
  const code = base.type === "country" || base.type === "location" ? `${base.code}${agent.agent}` : base.code;
  const country = base.country;
  return {
    id: `${base.id}.${agent.agent.toLowerCase()}`,
    name: `${base.name} (${agent.name})`,
    type: "agent",
    code,
    country,
    entry: null,
    agent,
    lat: null,
    lon: null,
    media: base.media,
  };
}

/** A phrase found so far, before coordination joins phrases. */
interface Raw {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  headStart: number;
  headEnd: number;
  members: string[];
  prefix: string;
  /** Where the governing preposition is read from, when not the phrase's own first word. */
  prepFrom?: { token: number; prefix: string };
  /** Made from a nationality adjective alone. */
  adjective?: boolean;
  /** The country was inferred from context, not named (الجيش alone). */
  inferred?: boolean;
}

type EntityInputs = Readonly<Pick<Layers, "tokens" | "readings" | "sentences" | "sentenceOfToken" | "times" | "mentions">>;

/**
 * One document's state for the entity functions below, built once per document: the
 * payload chosen for each mention, what licenses short forms, the words already explained,
 * and what the phrases built so far have named (raws, titles, sectors, the last pair).
 * (Module functions over it rather than closures in one run function of 1,100 lines: V8
 * compiled that function whole, again after each deoptimisation, and the compiler's memory
 * for it showed in the peak RSS.)
 */
interface EntityDoc {
  readonly text: string;
  readonly layers: EntityInputs;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly sentenceOfToken: Layers["sentenceOfToken"];
  readonly date: string | null;
  readonly ctx: PhraseContext;
  readonly lex: CompiledLexicon;
  /** Which of the per-token shape tests each word passes (see shapeOf). */
  readonly shapes: Uint8Array;
  readonly anyShape: number;
  readonly chosen: (NamePayload | null)[];
  readonly mentionStartAt: ReadonlyMap<number, Mention>;
  readonly mentionIndexAt: ReadonlyMap<number, number>;
  readonly timeTaken: ReadonlySet<number>;
  readonly namedAfter: ReadonlySet<number>;
  readonly otherNames: readonly { tokenStart: number; tokenEnd: number; mentionStart: number }[];
  readonly fullIds: Set<string>;
  readonly contextLicensed: ReadonlySet<string>;
  readonly taken: Set<number>;
  readonly shortNames: NameSpan[];
  readonly reg: Registry;
  readonly raws: Raw[];
  /** Sectors named with their country (التحالف العربي، الجيش اليمني): the last one of each kind. */
  readonly namedSectors: Map<string, { member: string; sentence: number }>;
  readonly inferredSectors: Map<string, { member: string; sentence: number }>;
  /** Who holds which title so far, for a bare title later on (وأضاف الوزير). */
  readonly titled: { titles: readonly string[]; member: string; sentence: number; token: number }[];
  unknownCount: number;
  /** The last pair taken up (الجانبان، الوزيران), for the same pair named again. */
  lastPair: { members: string[]; people: boolean; sentence: number } | null;
  readonly names: NameSpan[];
  readonly descriptors: CompiledLexicon["nameLists"]["cues"]["descriptors"];
  /** How often the raws read so far name each country (see mostNamedCountry). */
  readonly namedCountryCounts: Map<string, number>;
  countedRaws: number;
  mostNamed: string | null;
  readonly sportsSentences: number[];
  /** How far the body-anaphor pass has read the raws. */
  anaphorRaw: number;
}

// (التحالف الذي تقوده السعودية names its own leader: the led-by reading below wins there)
function shortUnlicensedAt(d: EntityDoc, q: NamePayload | null | undefined, m: Mention): boolean {
  const { tokens, contextLicensed } = d;
  return q?.kind === "actor" && q.short && contextLicensed.has(q.entry.id) && ledByAt(tokens, m.tokenEnd) >= 0;
}
/** A short form no full name in the document licenses (الحكيم, المالكي with no نوري المالكي). */
function unlicensed(d: EntityDoc, q: NamePayload | null | undefined): boolean {
  const { fullIds } = d;
  return q?.kind === "actor" && q.short && !fullIds.has(q.entry.id);
}

/**
 * Where a person's name that no lexicon knows starts, right before token `at` and set off
 * before it by a comma or a preposition (، مرتضى صنوبري القائم بأعمال): a given name and one
 * or two more name-like words. Right after a verb it may be the verb's subject and the title
 * its object, so none is read there.
 */
function nameBefore(d: EntityDoc, at: number): number | null {
  const { tokens, sentenceOfToken, ctx, mentionIndexAt, taken } = d;
  for (let len = 2; len <= 3; len++) {
    const from = at - len;
    if (from < 1) break;
    const before = tokens[from - 1] as Token;
    const opener = before.kind === "punct" ? before.text === "،" || before.text === "," : before.kind === "word" && ctx.lex.fw.sets.prepositions.has(before.norm);
    if (!opener || sentenceOfToken[from - 1] !== sentenceOfToken[at]) continue;
    if (!ctx.lex.nameLists.given.has((tokens[from] as Token).norm) || ctx.lex.nameLists.ambiguous.has((tokens[from] as Token).norm)) continue;
    let ok = true;
    for (let q = from; q < at && ok; q++) ok = !mentionIndexAt.has(q) && (q === from || nameLike(ctx, tokens[q] as Token, taken) || ctx.lex.nameLists.given.has((tokens[q] as Token).norm));
    if (ok) return from;
  }
  return null;
}
/**
 * A name of two or three words that no lexicon knows, set off by commas right after a title
 * (متحدث باسم الانفصاليين، فلاديسلاف دينيجو، في تصريحات ...): the title's holder.
 */
function nameAfter(d: EntityDoc, end: number): { from: number; to: number } | null {
  const { tokens, sentenceOfToken, ctx, mentionIndexAt, taken } = d;
  const open = tokens[end];
  if (!open || !isComma(open)) return null;
  for (let len = 2; len <= 3; len++) {
    const close = tokens[end + 1 + len];
    if (!close || sentenceOfToken[end + 1 + len] !== sentenceOfToken[end]) return null;
    if (!isComma(close)) continue;
    let ok = true;
    for (let q = end + 1; q < end + 1 + len && ok; q++) ok = !mentionIndexAt.has(q) && nameLike(ctx, tokens[q] as Token, taken);
    if (ok) return { from: end + 1, to: end + 1 + len };
  }
  return null;
}
/** The latest two countries named side by side with و in this sentence (سوريا والعراق), if any. */
function joinedCountries(d: EntityDoc, sentence: number): string[] | null {
  const { sentenceOfToken, reg, raws } = d;
  for (let r = raws.length - 1; r >= 1; r--) {
    const second = raws[r] as Raw;
    const first = raws[r - 1] as Raw;
    if (sentenceOfToken[first.tokenStart] !== sentence) return null;
    if (second.tokenStart !== first.tokenEnd || !second.prefix.startsWith("و") || first.members.length !== 1 || second.members.length !== 1) continue;
    const a = reg.byId.get(first.members[0] as string);
    const b = reg.byId.get(second.members[0] as string);
    if (a && b && a.type === "country" && b.type === "country" && a.code !== b.code) return [first.members[0] as string, second.members[0] as string];
  }
  return null;
}
/** Which tokens the raws so far cover. */
function coveredByRaws(d: EntityDoc): Uint8Array {
  const { tokens, raws } = d;
  const covered = new Uint8Array(tokens.length);
  for (const r of raws) covered.fill(1, r.tokenStart, r.tokenEnd);
  return covered;
}
/** Raws found after the main pass, merged in token order (the coordination pass reads them in order). */
function addRaws(d: EntityDoc, extra: readonly Raw[]): void {
  const { raws } = d;
  if (extra.length === 0) return;
  raws.push(...extra);
  raws.sort((a, b) => a.tokenStart - b.tokenStart);
}
/** The type of the lexicon actor that starts right at token `at` (mention `j`), if one does. */
function actorNext(d: EntityDoc, j: number, at: number): string | null {
  const { mentions, chosen } = d;
  const p = chosen[j];
  return mentions[j]?.tokenStart === at && p?.kind === "actor" ? p.entry.type : null;
}

function noteTitles(d: EntityDoc, titles: readonly string[], member: string, token: number): void {
  const { sentenceOfToken, titled } = d;
  if (titles.length > 0) titled.push({ titles, member, sentence: sentenceOfToken[token] ?? 0, token });
}

function addName(d: EntityDoc, whole: { tokenStart: number; tokenEnd: number; start: number; end: number }, e: Entity, via: string): void {
  const { text, tokens, lex, names, descriptors } = d;
  let span = whole;
  const cls = nameClassOf(e.type);
  if (!cls) return;
  // منطقة الشرق الأوسط، شمال أفريقيا: the proper name is what follows the descriptor
  let from = span.tokenStart;
  while (from < span.tokenEnd && prefixReadings((tokens[from] as Token).norm).some((r) => descriptors.has(r.stem))) from++;
  if (from === span.tokenEnd) return;
  const rest = tokens[from] as Token;
  // الغرب، الشرق alone are directions before they are regions
  // (after a stripped descriptor the rest is the name: قناة الجزيرة)
  // (a club's or an outlet's short name, licensed by its context, is that body: مراسل الجزيرة)
  if (from === span.tokenStart && from === span.tokenEnd - 1 && rest.norm.startsWith("ال") && descriptors.has(rest.norm.slice(2)) && via !== "media-short" && via !== "club-short") return;
  // مكة المكرمة: an epithet after a place's name is no part of it
  let to = span.tokenEnd;
  // (a place's only: الجبهة الشعبية is a body's whole name)
  while (cls === "location" && to - 1 > from && lex.nameLists.cues.epithets.has((tokens[to - 1] as Token).norm)) to--;
  if (to < span.tokenEnd) span = { ...span, tokenEnd: to, end: (tokens[to - 1] as Token).end };
  // القارة الأفريقية، الدول الغربية: a descriptor and an adjective are no name
  if (from > span.tokenStart && from === span.tokenEnd - 1 && rest.norm.startsWith("ال") && /(?:ي|يه|يين|يون)$/.test(rest.norm)) return;
  const start = from === span.tokenStart ? span.start : rest.start;
  // regions (أوروبا، الشرق الأوسط) are groups of countries to the coder and places to a reader
  // (a region's code is a three-letter CAMEO region; a militant group's (IMGSUN) is longer)
  const placeLike = e.entry?.type === "group" && e.entry.country === undefined && e.entry.code.length === 3;
  // فريق برشلونة، نادي ليفربول: a city's name after a club noun names the club
  const before = tokens[from - 1];
  // صحيفة القدس، جريدة بابل: a place's name after a newspaper's or a company's noun names that body
  // (منتخب فرنسا stays the country a national team stands for)
  // « الشرق الأوسط »: a region (a group to the coder) alone between quotes is the newspaper too
  const club =
    (cls === "location" || placeLike) &&
    ((before !== undefined &&
      before.kind === "word" &&
      (prefixReadings(before.norm).some((r) => lex.nameLists.cues.orgCues.has(r.stem) && !r.stem.endsWith("منتخب")) || (e.entry?.type === "location" && sportsClub(tokens, from)))) ||
      (e.entry?.type === "location" && sportsNear(d, from) && (countryInBrackets(d, span.tokenEnd) || (verbBefore(d, before) && /^[وف]?$/.test(text.slice((tokens[from] as Token).start, start))))) ||
      clubAdjective(d, span.tokenEnd, e) ||
      (quotedAlone(tokens, from, span.tokenEnd) && !placeNounAt(d, from - 2)));
  names.push({ tokenStart: from, tokenEnd: span.tokenEnd, start, end: span.end, text: text.slice(start, span.end), cls: club ? "organization" : placeLike ? "location" : cls, entity: e.id, via });
}

/**
 * In a sports report a city with its country in brackets (ليفربول ( إنجلترا ) - بورتو ( البرتغال ))
 * is a club of a draw or a results table.
 */
function countryInBrackets(d: EntityDoc, at: number): boolean {
  const { tokens, mentionStartAt } = d;
  if (tokens[at]?.text !== "(") return false;
  const c = mentionStartAt.get(at + 1);
  return c !== undefined && tokens[c.tokenEnd]?.text === ")" && c.payloads.some((q) => q.kind === "actor" && (q.entry.type === "country" || q.entry.type === "location"));
}
/**
 * In a sports report a city right after a verb is the verb's subject or object, a club (وسيفتقد برشلونة،
 * حاصر ليفربول); with a preposition on it (انتهت ببرلين) it is where something happened.
 */
function verbBefore(d: EntityDoc, t: Token | undefined): boolean {
  const { lex } = d;
  return t !== undefined && t.kind === "word" && prefixReadings(t.norm).some((r) => /^[وف]?$/.test(r.prefix) && lex.verbForms.has(r.stem));
}
/**
 * حزب الله اللبناني، صحيفة لوموند الفرنسية، منظمة حقوق الإنسان التركية: a nationality
 * adjective that ends a body's name says where the body is from; the name ends before it.
 */
function withoutNationality(d: EntityDoc, n: NameSpan): NameSpan {
  const { text, tokens, lex } = d;
  if (n.cls !== "organization" || n.tokenEnd - n.tokenStart < 2) return n;
  // (a lexicon name holds the adjective inside its own mention: look the word up alone)
  const w = tokens[n.tokenEnd - 1] as Token;
  if (w.kind !== "word" || !(lex.names.next.get(w.norm)?.items.some((q) => q.kind === "adjective") ?? false)) return n;
  const last = tokens[n.tokenEnd - 2] as Token;
  // الاتحاد الكويتي، الجامعة السورية: a head noun alone names nothing
  if (n.tokenEnd - n.tokenStart === 2 && prefixReadings(last.norm).some((r) => lex.nameLists.cues.orgHeads.has(r.stem))) return n;
  // السلطة الفلسطينية، وكالة الأنباء القطرية: a listed name keeps its adjective unless the lexicon
  // names the body without it too (حزب الله اللبناني → حزب الله)
  if (n.via !== "org-head" && !listedWithout(d, n.tokenStart, n.tokenEnd - 1)) return n;
  return { ...n, tokenEnd: n.tokenEnd - 1, end: last.end, text: text.slice(n.start, last.end) };
}
/** Do tokens [from, to) (a clitic on the first one aside) spell a body's name in the lexicon? */
function listedWithout(d: EntityDoc, from: number, to: number): boolean {
  const { tokens, lex } = d;
  for (const r of prefixReadings((tokens[from] as Token).norm)) {
    let node = lex.names.next.get(r.stem);
    for (let q = from + 1; node && q < to; q++) node = node.next.get((tokens[q] as Token).norm);
    if (node?.items.some((q) => q.kind === "actor" && q.entry.type !== "person" && q.entry.type !== "location" && q.entry.type !== "country")) return true;
  }
  return false;
}
/** مدينة " برلين ": a place noun before the quotation marks makes the quoted name that place. */
function placeNounAt(d: EntityDoc, k: number): boolean {
  const { tokens, lex } = d;
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && prefixReadings(t.norm).some((r) => /^[وفبل]*$/.test(r.prefix) && lex.nameLists.cues.placeCues.has(r.stem));
}
/**
 * برشلونة الإسباني، قطر القطري: places are feminine, so a masculine nationality
 * adjective right after a city (or after a country, its own) agrees with a club.
 */
function clubAdjective(d: EntityDoc, at: number, e: Entity): boolean {
  const { tokens, mentionStartAt } = d;
  const adj = mentionStartAt.get(at);
  if (!adj || adj.prefix !== "" || adj.tokenEnd !== at + 1) return false;
  const w = (tokens[at] as Token).norm;
  if (!w.startsWith("ال") || !w.endsWith("ي")) return false;
  return adj.payloads.some((p) => p.kind === "adjective" && !p.weak && (e.entry?.type === "location" || (e.entry?.type === "country" && p.country.id === e.entry.id)));
}
/** The organisation or group named a few sentences before whose name opens with this definite head noun (البرلمان، المنظمة). */
function bodyBefore(d: EntityDoc, norm: string, sentence: number, before: number): Entity | null {
  const { text, sentenceOfToken, reg, raws } = d;
  const head = norm.replace(/^[وف]?(?:لل|[بل])?/, "").replace(/^ال/, "");
  if (head.length < 3 || !/^[وف]?(?:[بل]?ال|لل)/.test(norm)) return null;
  for (let q = raws.length - 1; q >= 0; q--) {
    const raw = raws[q] as Raw;
    if (raw.tokenStart >= before) continue;
    if ((sentenceOfToken[raw.tokenStart] ?? 0) < sentence - BODY_REACH) break;
    if (raw.members.length !== 1) continue;
    const e = reg.byId.get(raw.members[0] as string);
    if (!e || e.media || (e.type !== "organization" && e.type !== "group")) continue;
    const first = (x: string): string => normalizeKey(x).split(" ")[0]?.replace(/^ال/, "") ?? "";
    if (first(text.slice(raw.headStart, raw.headEnd)) === head || (e.entry?.ar?.names ?? []).some((n) => first(n) === head)) return e;
  }
  return null;
}

/**
 * مسؤول في الحكومة العراقية، مسؤول العلاقات الخارجية في حكومة الإقليم: the country of the
 * body a sector noun is said to be in (at most two words of its own between), before any
 * country named earlier.
 */
function bodyAfterIn(d: EntityDoc, a: AgentPhrase, uncodedBody = false): Entity | null {
  const { tokens, mentions, mentionIndexAt, chosen, sentenceOfToken, date, lex } = d;
  let k = a.end;
  // (a title's uncoded body, للمشروع العربي، لحزب الوسط، may stand between: only countries then)
  if (uncodedBody) {
    while (k < a.end + 3 && tokens[k]?.kind === "word" && /^(?:لل|ل|ال)/.test((tokens[k] as Token).norm) && (tokens[k] as Token).norm !== "في") k++;
    if (k === a.end) return null;
  }
  // (a portfolio may be a word the lexicon knows as a body: مسؤول العلاقات الخارجية)
  const portfolio = (q: number): boolean => {
    const i = mentionIndexAt.get(q);
    return i === undefined || (chosen[i]?.kind === "agent" && (mentions[i] as Mention).tokenEnd === q + 1);
  };
  while (k < a.end + 2 && tokens[k]?.kind === "word" && (tokens[k] as Token).norm.startsWith("ال") && portfolio(k)) k++;
  if (tokens[k]?.kind !== "word" || (tokens[k] as Token).norm !== "في" || sentenceOfToken[k] !== sentenceOfToken[a.m.tokenStart]) return null;
  const j = mentionIndexAt.get(k + 1);
  const x = j !== undefined ? mentions[j] : undefined;
  const p = j !== undefined ? chosen[j] : undefined;
  if (!x || !p) return null;
  const countryOf = (q: NamePayload | null | undefined): CountryEntry | undefined => {
    if (q?.kind === "adjective") return q.weak || q.country.type !== "country" ? undefined : q.country;
    if (q?.kind !== "actor" || q.short) return undefined;
    const e = q.entry;
    if (e.type === "country") return e;
    // (a city lends nothing, مسؤول في جنيف; a region with a government of its own does, مسؤول في إقليم كردستان)
    const region = e.type === "location" && (e.ar?.names ?? []).some((n) => normalizeKey(n).startsWith(`${REGION_NAME} `));
    return (e.type !== "location" || region) && "country" in e && typeof e.country === "string" ? lex.countriesByIso.get(e.country) : undefined;
  };
  let c: CountryEntry | undefined;
  if (p.kind === "agent") {
    const after = mentionIndexAt.get(x.tokenEnd);
    c = after !== undefined ? countryOf(chosen[after]) : undefined;
    if (!c && REGION_WORDS.has(tokens[x.tokenEnd]?.norm ?? "")) return regionBefore(d, a.m.tokenStart);
  } else c = uncodedBody ? (p.kind === "actor" && p.entry.type === "country" && !p.short ? p.entry : undefined) : countryOf(p);
  return c ? entityOfActor(c, date, lex) : null;
}

/** The country of the last region named with إقليم before token `before` (إقليم كردستان العراق → Iraq). */
function regionBefore(d: EntityDoc, before: number): Entity | null {
  const { text, date, lex, reg, raws } = d;
  for (let q = raws.length - 1; q >= 0; q--) {
    const raw = raws[q] as Raw;
    if (raw.tokenStart >= before || raw.members.length !== 1) continue;
    // (the region named alone or inside a body's name: رئاسة إقليم كردستان العراق)
    if (!normalizeKey(text.slice(raw.start, raw.end)).split(" ").some((w) => REGION_WORDS.has(w) || w === REGION_NAME)) continue;
    for (const id of raw.members) {
      const e = reg.byId.get(id);
      if (!e || e.media || !e.country) continue;
      const c = lex.countriesByIso.get(e.country);
      if (c) return entityOfActor(c, date, lex);
    }
  }
  return null;
}

function contextCountry(d: EntityDoc, sentence: number): Entity | null {
  const { sentenceOfToken, date, lex, reg, raws } = d;
  for (let r = raws.length - 1; r >= 0; r--) {
    const raw = raws[r] as Raw;
    if ((sentenceOfToken[raw.tokenStart] ?? 0) < sentence - 1) break;
    for (const id of raw.members) {
      const e = reg.byId.get(id);
      if (!e || e.media) continue;
      if (e.type === "country" && e.entry) return e;
      const iso = e.country;
      const c = iso ? lex.countriesByIso.get(iso) : undefined;
      if (c) return entityOfActor(c, date, lex);
    }
  }
  // (none in reach: the country the story has named most so far, three times at least, as a
  // reader takes من جانبها، قالت الحكومة in a story about Burundi)
  const iso = mostNamedCountry(d);
  const c = iso ? lex.countriesByIso.get(iso) : undefined;
  return c ? entityOfActor(c, date, lex) : null;
}

/** The country most named by the phrases built so far (three times at least), counted as they come. */
function mostNamedCountry(d: EntityDoc): string | null {
  const { reg, raws, namedCountryCounts } = d;
  for (; d.countedRaws < raws.length; d.countedRaws++) {
    for (const id of (raws[d.countedRaws] as Raw).members) {
      const e = reg.byId.get(id);
      if (!e || e.media) continue;
      const iso = e.type === "country" && e.entry?.type === "country" ? e.entry.iso3 : e.country;
      if (!iso) continue;
      const n = (namedCountryCounts.get(iso) ?? 0) + 1;
      namedCountryCounts.set(iso, n);
      if (n >= 3 && (d.mostNamed === null || n > (namedCountryCounts.get(d.mostNamed) ?? 0))) d.mostNamed = iso;
    }
  }
  return d.mostNamed;
}

function sportsNear(d: EntityDoc, at: number): boolean {
  const { sentenceOfToken, sportsSentences } = d;
  const sentence = sentenceOfToken[at] ?? 0;
  return sportsSentences.some((x) => Math.abs(x - sentence) <= SPORTS_REACH);
}

/**
 * اللواء منصور التركي ... وأضاف اللواء التركي: a nisba with the article right after a given name
 * that follows a title or an honorific is that person's family name, not a nationality; in the
 * rest of the document the same nisba right after a title names that person again. Neither the
 * nisba nor the given name before it is then read as an actor of the lexicon (نسبة التركي to
 * Turkey, منصور to a president of that family name).
 */
function familyNisbas(mentions: readonly Mention[], chosen: (NamePayload | null)[], tokens: readonly Token[], lex: CompiledLexicon): void {
  const titleEnds = new Set<number>();
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (p?.kind === "agent" && p.agent.title === true) titleEnds.add(m.tokenEnd);
  });
  const honorifics = lex.nameLists.cues.honorifics;
  const afterTitle = (k: number): boolean => titleEnds.has(k) || (tokens[k - 1]?.kind === "word" && honorifics.has((tokens[k - 1] as Token).norm));
  const nisbaOf = (m: Mention, p: NamePayload | null): string | null => {
    if (p?.kind !== "adjective" || m.tokenEnd - m.tokenStart !== 1 || m.prefix !== "") return null;
    const w = (tokens[m.tokenStart] as Token).norm;
    return FAMILY_NISBA.test(w) ? w : null;
  };
  const family = new Set<string>();
  mentions.forEach((m, i) => {
    const w = nisbaOf(m, chosen[i] ?? null);
    const given = tokens[m.tokenStart - 1];
    if (w === null || given?.kind !== "word" || !lex.nameLists.given.has(given.norm) || !afterTitle(m.tokenStart - 1)) return;
    family.add(w);
  });
  if (family.size === 0) return;
  mentions.forEach((m, i) => {
    const w = nisbaOf(m, chosen[i] ?? null);
    if (w === null || !family.has(w)) return;
    const prev = tokens[m.tokenStart - 1];
    const afterGiven = prev?.kind === "word" && lex.nameLists.given.has(prev.norm) && afterTitle(m.tokenStart - 1);
    if (!afterGiven && !afterTitle(m.tokenStart)) return;
    chosen[i] = null;
    // (and the given name before it is no lexicon person's short form: منصور is not عدلي منصور)
    if (afterGiven) {
      mentions.forEach((g, j) => {
        const q = chosen[j];
        if (g.tokenEnd === m.tokenStart && g.tokenStart === m.tokenStart - 1 && q?.kind === "actor" && q.short && q.entry.type === "person") chosen[j] = null;
      });
    }
  });
}
/**
 * قال مصدر لـ«الشرق الأوسط»، صرح لـ"الرياض": a place's name in quotes right after a detached لـ
 * is the newspaper or channel told, not the place (a group's name there is the group:
 * التابعين لـ«داعش»).
 */
function mediaAddressed(mentions: readonly Mention[], chosen: (NamePayload | null)[], tokens: readonly Token[]): void {
  mentions.forEach((m, i) => {
    const p = chosen[i];
    // (a region is a group of three letters: الشرق الأوسط is MEA)
    if (p?.kind !== "actor" || !(PLACE_KINDS.has(p.entry.type) || (p.entry.type === "group" && p.entry.code.length === 3)) || m.prefix !== "") return;
    const open = tokens[m.tokenStart - 1];
    const lam = tokens[m.tokenStart - 2];
    const close = tokens[m.tokenEnd];
    if (open?.kind === "punct" && QUOTE_MARKS.has(open.text) && lam?.kind === "word" && lam.norm === "ل" && close?.kind === "punct" && QUOTE_MARKS.has(close.text)) chosen[i] = null;
  });
}
const PLACE_KINDS: ReadonlySet<string> = new Set(["location", "country"]);

/**
 * مؤتمر صحافي، بيان صحفي، تصريحات صحفية: "press" after a noun of speaking is its adjective,
 * not journalists.
 */
function pressAdjectives(mentions: readonly Mention[], chosen: (NamePayload | null)[], tokens: readonly Token[]): void {
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (p?.kind !== "agent" || m.tokenEnd - m.tokenStart !== 1 || !PRESS_WORDS.has((tokens[m.tokenStart] as Token).norm)) return;
    const before = tokens[m.tokenStart - 1];
    if (before?.kind === "word" && SPEAKING_NOUNS.test(before.norm)) chosen[i] = null;
  });
}
/** "Press" as an adjective's forms, as keys. */
const PRESS_WORDS: ReadonlySet<string> = new Set(["صحافي", "صحفي", "الصحافي", "الصحفي", "صحافيه", "صحفيه", "الصحافيه", "الصحفيه"]);
/** Nouns of speaking that "press" describes (مؤتمر، بيان، تصريح، لقاء ...), with their clitics. */
const SPEAKING_NOUNS = /^[وف]?[بل]?(?:ال)?(?:مؤتمر|موتمر|بيان|تصريح|تصريحات|لقاء|لقاءات|حوار|حديث|مقابله|ندوه|اجتماع|جوله|تقرير|مصادر|مصدر|بلاغ|اعلان)[اه]?$/;

/**
 * ألبرت ديل روساريو، ستيفان دي ميستورا: a place's name right after a particle of European
 * family names is the end of a person's name, not the place (Rosario in Argentina).
 */
function nameParticlePlaces(mentions: readonly Mention[], chosen: (NamePayload | null)[], tokens: readonly Token[], otherNames: { tokenStart: number; tokenEnd: number; mentionStart: number }[]): void {
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (p?.kind !== "actor" || p.entry.type !== "location" || m.prefix !== "") return;
    const before = tokens[m.tokenStart - 1];
    const first = tokens[m.tokenStart - 2];
    if (before?.kind !== "word" || !NAME_PARTICLES.has(before.norm)) return;
    chosen[i] = null;
    // (the words before it are the person's name: a given name, when one stands there)
    const from = first?.kind === "word" && (mentions.every((o) => o.tokenEnd <= m.tokenStart - 2 || o.tokenStart > m.tokenStart - 2)) ? m.tokenStart - 2 : m.tokenStart - 1;
    otherNames.push({ tokenStart: from, tokenEnd: m.tokenEnd, mentionStart: m.tokenStart });
  });
}
/** Particles of European family names (del, de, da, von, van), as keys. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["ديل", "دي", "دا", "فون", "فان", "دو"]);

/** A nisba with the article that may be a family name (التركي، المصري). */
const FAMILY_NISBA = /^ال.{2,}ي$/;

function entityDoc(text: string, layers: EntityInputs, date: string | null, lex: CompiledLexicon): EntityDoc {
  const { tokens, mentions, sentenceOfToken } = layers;
  const ctx: PhraseContext = { tokens, lex };
  // which of the per-token shape tests below each word passes, from its form's memo (see shapeOf)
  const shapes = new Uint8Array(tokens.length);
  let anyShape = 0;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const bits = shapeOf(layers.readings.info(t.index), t.norm);
    shapes[t.index] = bits;
    anyShape |= bits;
  }
  // filled by push, not .map: .map makes arrays of several elements kinds, and each new one deoptimised this stage
  const chosen: (NamePayload | null)[] = [];
  for (const m of mentions) chosen.push(choosePayload(m.payloads, date));
  preferCityOfNamedCountry(mentions, chosen);
  preferPlaceOfNamedCountry(mentions, chosen);
  preferNisbaAfterFeminine(mentions, chosen, tokens, ctx.lex);
  const mentionStartAt = new Map<number, Mention>();
  const mentionIndexAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (mentionStartAt.has(m.tokenStart)) return;
    mentionStartAt.set(m.tokenStart, m);
    mentionIndexAt.set(m.tokenStart, i);
  });
  // a lexicon person's name inside another person's name or a place's is not that person
  // (the name recogniser reads the other name: its words are left free)
  const timeTaken = new Set<number>();
  for (const t of layers.times) addTokensOverlapping(tokens, t, timeTaken);
  const namedAfter = new Set<number>();
  const otherNames: { tokenStart: number; tokenEnd: number; mentionStart: number }[] = [];
  chosen.forEach((p, i) => {
    if (p?.kind !== "actor" || p.entry.type !== "person") return;
    const m = mentions[i] as Mention;
    const other = insideAnotherName(m, p.short, p.short && givenShortForm(m, p.entry), tokens, sentenceOfToken, lex, mentionStartAt, timeTaken);
    if (!other) return;
    if (other.namedAfter) {
      // مطار جون كنيدي: the person's name names the place; it is a name, and no actor
      namedAfter.add(i);
      return;
    }
    chosen[i] = null;
    // يوسف بطرس غالي: the longer name is a person's name of its own
    if (other.tokenStart < m.tokenStart && !isFunctionWord(ctx, m.text)) otherNames.push({ tokenStart: other.tokenStart, tokenEnd: other.tokenEnd, mentionStart: m.tokenStart });
  });
  familyNisbas(mentions, chosen, tokens, lex);
  mediaAddressed(mentions, chosen, tokens);
  pressAdjectives(mentions, chosen, tokens);
  nameParticlePlaces(mentions, chosen, tokens, otherNames);
  // full names present in the document license their short forms
  const fullIds = new Set<string>();
  chosen.forEach((p) => {
    if (p?.kind === "actor" && !p.short) fullIds.add(p.entry.id);
    // المملكة with no المملكة العربية السعودية before it: anything the document names in full
    // as that country's (الرياض، خادم الحرمين الشريفين، مركز الملك سلمان، سعودي) licenses a
    // country's short form too
    if (!p || (p.kind === "actor" && p.short) || (p.kind === "adjective" && p.weak)) return;
    const country = payloadCountry(p);
    const entry = country ? lex.countriesByIso.get(country) : undefined;
    if (entry) fullIds.add(entry.id);
  });
  /** Short forms licensed only by the war they fight (shortLicensedBy), not by their own full names. */
  const contextLicensed = new Set<string>();
  for (const e of lex.shortLicensed) {
    if (fullIds.has(e.id) || !e.shortLicensedBy?.some((id) => fullIds.has(id))) continue;
    fullIds.add(e.id);
    contextLicensed.add(e.id);
  }
  const d: EntityDoc = {
    text,
    layers,
    tokens,
    mentions,
    sentenceOfToken,
    date,
    ctx,
    lex,
    shapes,
    anyShape,
    chosen,
    mentionStartAt,
    mentionIndexAt,
    timeTaken,
    namedAfter,
    otherNames,
    fullIds,
    contextLicensed,
    taken: new Set(),
    shortNames: [],
    reg: { byId: new Map(), order: [], links: [] },
    raws: [],
    namedSectors: new Map(),
    inferredSectors: new Map(),
    titled: [],
    unknownCount: 0,
    lastPair: null,
    names: [],
    descriptors: lex.nameLists.cues.descriptors,
    namedCountryCounts: new Map(),
    countedRaws: 0,
    mostNamed: null,
    sportsSentences: [],
    anaphorRaw: 0,
  };
  const { taken, sportsSentences } = d;
  // words already explained (names, time expressions) cannot be part of an unknown name
  // (a short form with no full name in the document explains nothing: وان, a short
  // form of a place, must not hide the name وان يي after a title)
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (unlicensed(d, p) || shortUnlicensedAt(d, p, m)) return;
    // (nor does one the resolver set aside: رودريغيز after برونو is no Delcy Rodríguez)
    if (!p && m.payloads.length > 0 && m.payloads.every((q) => unlicensed(d, q))) return;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
  });
  for (const q of timeTaken) taken.add(q);
  // a sports report: a club named in full, or a club's short name where a team is meant
  // (لاعب الأهلي، فاز الهلال على); there a club's short name alone is the club
  // (a window of sentences may hold several reports: the evidence counts a few sentences around)
  mentions.forEach((m, i) => {
    const p = chosen[i];
    const club = (p?.kind === "actor" && !p.short && isClub(p.entry)) || (m.payloads.some((q) => q.kind === "actor" && q.short && isClub(q.entry)) && sportsClub(tokens, m.tokenStart));
    if (club) sportsSentences.push(sentenceOfToken[m.tokenStart] ?? 0);
  });
  for (const t of tokens) {
    if (t.kind === "word" && ((shapes[t.index] as number) & SHAPE_SPORTS) !== 0 && sportsSentences[sportsSentences.length - 1] !== sentenceOfToken[t.index]) sportsSentences.push(sentenceOfToken[t.index] ?? 0);
  }
  return d;
}

function codeMentions(d: EntityDoc): void {
  const { tokens, mentions, sentenceOfToken, date, lex, chosen, fullIds } = d;
  let k = 0;
  while (k < mentions.length) {
    const m = mentions[k] as Mention;
    const p = chosen[k];
    // الأهلي، الهلال: a club's short name is a common word first; « الأهرام »، ( قنا ): a
    // news outlet's short name alone in quotes or brackets credits the outlet
    // (an outlet's over a place's full name too: ( قنا ) is the agency, not the town;
    // a short form the full name licenses links through the actor path below)
    const fullActor = p?.kind === "actor" && !p.short;
    const body = fullActor && p.entry.type !== "location" ? null : shortBodyAt(m, tokens, d, fullActor, lex);
    if (body && !(fullIds.has(body.id) && p?.kind === "actor" && p.entry.id === body.id)) {
      addName(d, m, entityOfActor(body, date, lex), isClub(body) ? "club-short" : "media-short");
      k++;
      continue;
    }
    if (!p) {
      k++;
      continue;
    }
    // للفريق الإسباني، الفريق الأول: in a sports report الفريق is the team, not a general
    if ((p.kind === "agent" && agentIsAdjective(m, tokens, mentions[k - 1], sentenceOfToken, lex)) || (p.kind === "agent" && p.agent.id === "title.military-rank" && TEAM_WORD.test((tokens[m.tokenStart] as Token).norm) && sportsNear(d, m.tokenStart))) {
      k++;
      continue;
    }
    if (p.kind === "agent") {
      k = codeAgent(d, k, m, p);
      continue;
    }
    if (p.kind === "actor") {
      codeActor(d, k, m, p);
      k++;
      continue;
    }
    if (p.kind === "adjective" && m.prefix === "" && !p.weak) {
      codeAdjective(d, k, m, p);
      k++;
      continue;
    }
    if (p.kind === "pair") {
      codePair(d, m);
      k++;
      continue;
    }
    k++;
  }
}

/** A title or sector noun being read into a phrase: how far it reaches and what it has found so far. */
interface AgentPhrase {
  readonly k: number;
  readonly m: Mention;
  readonly p: Extract<NamePayload, { kind: "agent" }>;
  agent: AgentEntry;
  end: number;
  endChar: number;
  /** The next mention to read. */
  j: number;
  base: Entity | null;
  person: PersonEntry | null;
  personMention: Mention | null;
  n: { m: Mention; p: NamePayload | null } | null;
  adjectiveBase: boolean;
  memberId: string | null;
  inferred: boolean;
  phraseStart: number;
  phraseStartChar: number;
  headStart: number;
  headEnd: number;
}

/** "Force" as a sector noun (قوة من الجيش) and as an abstract noun (استخدام القوة), as keys. */
const ABSTRACT_FORCE = new Set(["القوة", "قوة"].map((w) => normalizeKey(w)));
/** Verbs and masdars of using or resorting to, as keys (استخدم، باستخدام، استعمال، اللجوء إلى + القوة). */
const USING_FORCE = /^(?:ب|ل)?(?:است(?:خدم|عمل)(?:ت|وا|ا)?|[يت]ست(?:خدم|عمل)(?:ون|ان)?|ال?استخدام|ال?استعمال|استخدامها|استخدامه|استعمالها|استعماله)$/;

/** Is mention m القوة or قوة after a verb of using (استخدمت الشرطة، أمس، القوة)? */
function usedForce(d: EntityDoc, m: Mention): boolean {
  const { tokens, sentenceOfToken } = d;
  const key = normalizeKey(m.text);
  if (!ABSTRACT_FORCE.has(key)) return false;
  const definite = key.startsWith("ال");
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - (definite ? USED_FORCE_REACH : 1)); k--) {
    const t = tokens[k] as Token;
    if (sentenceOfToken[k] !== sentenceOfToken[m.tokenStart]) return false;
    if (t.kind === "word" && USING_FORCE.test(t.norm.replace(/^[وف]/, ""))) return true;
  }
  return false;
}
/** How far back the verb of using may stand from القوة. */
const USED_FORCE_REACH = 12;

/** The phrase of the title or sector noun of mention k, and the mention to go on from. */
function codeAgent(d: EntityDoc, k: number, m: Mention, p: Extract<NamePayload, { kind: "agent" }>): number {
  const { date, lex, reg } = d;
  // استخدمت الشرطة القوة لتفريق مظاهرة: force that is used is no force of anyone's
  // (the verb and its subject, a time and commas may stand between: استخدمت الشرطة، أمس، القوة)
  if (m.tokenEnd - m.tokenStart === 1 && usedForce(d, m)) return k + 1;
  // title / sector noun, then what it belongs to, then maybe a name
  const a: AgentPhrase = {
    k,
    m,
    p,
    agent: p.agent,
    end: m.tokenEnd,
    endChar: m.end,
    j: k + 1,
    base: null,
    person: null,
    personMention: null,
    n: null,
    adjectiveBase: false,
    memberId: null,
    inferred: false,
    phraseStart: m.tokenStart,
    phraseStartChar: m.start,
    headStart: m.start,
    headEnd: m.end,
  };
  agentHead(d, a);
  a.headEnd = a.endChar;
  if (a.person && a.personMention) {
    const e = entityOfActor(a.person, date, lex);
    // (a former office, الرئيس الأسبق فلان, is no office at the date: the person keeps their own code)
    const former = d.tokens.slice(m.tokenStart, a.personMention.tokenStart).some((t) => t.kind === "word" && FORMER.has(t.norm));
    const viaTitle = personCode(a.person, date) === null && a.base && a.agent.title && !former ? agentEntity(a.agent, a.base).code : null;
    a.memberId = register(reg, viaTitle ? { ...e, code: viaTitle } : e, a.personMention);
    noteTitles(d, [a.agent.id], a.memberId, m.tokenStart);
    addName(d, a.personMention, e, "lexicon");
    a.headStart = a.personMention.start;
    a.headEnd = a.personMention.end;
  } else if (a.agent.title) {
    if (!titleHolder(d, a)) return Math.max(a.j, k + 1);
  } else if (!sectorOwner(d, a)) {
    return Math.max(a.j, k + 1);
  }
  agentNames(d, a);
  return Math.max(a.j, k + 1);
}

function agentNext(d: EntityDoc, a: AgentPhrase): { m: Mention; p: NamePayload | null } | null {
  const { tokens, mentions, lex, chosen } = d;
  const nm = mentions[a.j];
  if (!nm) return null;
  if (nm.tokenStart !== a.end) {
    // وزير الخارجية الأستاذ عادل الجبير: an honorific may stand between a title and its holder's name
    const np = chosen[a.j];
    const between = nm.tokenStart - a.end;
    // وفد حركة «حماس»: a group's head noun and a quote mark stand between a sector and its group
    const quotedGroup = between === 2 && np?.kind === "actor" && (np.entry.type === "organization" || np.entry.type === "group") && QUOTED_NAME_HEAD_WORDS.has((tokens[a.end] as Token).norm) && (tokens[a.end + 1] as Token).kind === "punct" && QUOTE_MARKS.has((tokens[a.end + 1] as Token).text);
    // (and so may a word that makes the office a former one, before a full name: الرئيس المصري
    // الأسبق حسني مبارك; a short one there is too often another's: الرئيس المخلوع صالح)
    // (and before the body the office was of: الأمين العام الأسبق للأمم المتحدة بطرس غالي)
    const formerOfBody = a.agent.title === true && between <= 2 && ((np?.kind === "actor" && np.entry.type !== "person") || np?.kind === "adjective") && tokens.slice(a.end, nm.tokenStart).every((t) => t.kind === "word" && FORMER.has(t.norm));
    // (and a word for the kind of place before a place a sector belongs to: أهالي مدينة القطيف،
    // وجهاء محافظة القطيف)
    const placeKind = !a.agent.title && between === 1 && np?.kind === "actor" && np.entry.type === "location" && nm.prefix === "" && PLACE_KIND_WORDS.has((tokens[a.end] as Token).norm);
    if (!quotedGroup && !formerOfBody && !placeKind && !(a.agent.title === true && np?.kind === "actor" && np.entry.type === "person" && between <= 2 && between > 0 && tokens.slice(a.end, nm.tokenStart).every((t) => t.kind === "word" && (lex.nameLists.cues.honorifics.has(t.norm) || (FORMER.has(t.norm) && !np.short))))) return null;
  }
  // a conjunction starts a new phrase, not a continuation
  if (nm.prefix.startsWith("و") || nm.prefix.startsWith("ف")) return null;
  return { m: nm, p: chosen[a.j] ?? null };
}

// الوزير الحكومة السورية، انتقد الرئيس إيران: a noun with the article takes no genitive, so
// what follows it bare is another phrase (رئيس إيران، حكومة العراق are one)
function construct(d: EntityDoc, a: AgentPhrase): boolean {
  const { tokens } = d;
  const last = (tokens[a.end - 1] as Token).norm;
  // (nor does a sound plural that keeps its ن: مستوطنون المسجد الأقصى is a subject and its
  // object, مستوطنو المسجد would be the construct)
  return !DEFINITE_WORD.test(last) && !(last.length >= 6 && SOUND_PLURAL_NUN.test(last));
}
/** A sound masculine plural with its ن, which a genitive never follows. */
const SOUND_PLURAL_NUN = /(?:ون|ين)$/;
// السفارة السعودية، القوات السعودية: a country named by its feminine nisba is the adjective
// of a sector or of a feminine or plural head (while in انتقد الوزير السعودية it is the
// country itself; keys write ة as ه)
function nisbaAgrees(d: EntityDoc, a: AgentPhrase, x: Mention): boolean {
  const { tokens } = d;
  return /^ال\S*يه$/.test(normalizeKey(x.text)) && (!a.agent.title || /(?:ه|ات)$/.test((tokens[a.end - 1] as Token).norm));
}

/** A given name that another's family name, with the article, follows (الفريق عثمان المحرج). */
function givenOpensName(d: EntityDoc, x: Mention): boolean {
  const { tokens, sentenceOfToken, ctx, lex, mentionIndexAt, taken } = d;
  const after = tokens[x.tokenEnd];
  return lex.nameLists.given.has(normalizeKey(x.text)) && after !== undefined && after.kind === "word" && sentenceOfToken[x.tokenEnd] === sentenceOfToken[x.tokenStart] && !mentionIndexAt.has(x.tokenEnd) && familyWithArticle(ctx, after, taken);
}

/** The title or sector noun's chain of nouns, then what it belongs to (a nationality, a country, a body), then maybe its holder's name. */
/** Heads of a body a title may be held at, behind ب (المتحدث الأمني بوزارة الداخلية), as keys. */
const BODY_HEADS_AT = new Set(["وزاره", "مجلس", "هيئه", "مديريه", "اداره", "رئاسه", "قياده"]);

/**
 * المتحدث الأمني بوزارة الداخلية، المتحدث الرسمي بوزارة الصحة: a title held at a body named
 * behind ب is that body's, as in construct.
 */
function titleAtBody(d: EntityDoc, a: AgentPhrase, next: Mention, agent: AgentEntry): boolean {
  if (a.agent.title !== true || agent.title === true || next.prefix !== "ب" || next.tokenStart !== a.end) return false;
  const head = normalizeKey((d.tokens[next.tokenStart] as Token).norm.slice(1));
  return BODY_HEADS_AT.has(head);
}

function agentHead(d: EntityDoc, a: AgentPhrase): void {
  const { tokens, mentions, sentenceOfToken, date, ctx, lex, chosen, mentionIndexAt, namedAfter } = d;
  const { k, m, p } = a;
  a.n = agentNext(d, a);
  // المتحدث باسم مجلس قيادة المقاومة، عضو المكتب السياسي لحركة حماس: a council or office in
  // construct between a title and the body it belongs to is part of the title
  if (a.n === null && a.agent.title === true && a.end < tokens.length && sentenceOfToken[a.end] === sentenceOfToken[m.tokenStart] && TITLE_BODY_WORDS.has((tokens[a.end] as Token).norm) && (mentions[a.j] as Mention | undefined)?.tokenStart === a.end + 1) {
    a.endChar = (tokens[a.end] as Token).end;
    a.end += 1;
    a.n = agentNext(d, a);
  }
  while (a.n && a.n.p?.kind === "agent" && ((a.n.m.prefix === "" && construct(d, a)) || titleAtBody(d, a, a.n.m, a.n.p.agent))) {
    a.agent = a.n.p.agent;
    a.end = a.n.m.tokenEnd;
    a.endChar = a.n.m.end;
    a.j++;
    a.n = agentNext(d, a);
  }
  // الوفد الدبلوماسي التركي، الوفد الأمني العراقي: a describing nisba between a definite head and
  // its nationality is the head's adjective, not another sector
  if (a.n && a.n.p?.kind === "agent" && a.n.m.prefix === "" && !construct(d, a) && a.n.m.tokenEnd - a.n.m.tokenStart === 1 && /^ال\S+ي$/.test(normalizeKey(a.n.m.text))) {
    const after = mentions[a.j + 1];
    if (after && after.tokenStart === a.n.m.tokenEnd && chosen[a.j + 1]?.kind === "adjective") {
      a.end = a.n.m.tokenEnd;
      a.endChar = a.n.m.end;
      a.j++;
      a.n = agentNext(d, a);
    }
  }
  // وزير الاقتصاد الألماني، وزير المالية المصري: the portfolio is the title's, and the country
  // comes after it (المالية is no Mali here)
  if (a.agent.id === "title.minister" && construct(d, a)) {
    let q = a.end;
    while (q < a.end + 4 && q < tokens.length && sentenceOfToken[q] === sentenceOfToken[m.tokenStart] && (tokens[q] as Token).kind === "word" && lex.fw.sets.portfolios.has(q > a.end ? (tokens[q] as Token).norm.replace(/^و(?=ال)/, "") : (tokens[q] as Token).norm)) q++;
    if (q > a.end) {
      a.end = q;
      a.endChar = (tokens[q - 1] as Token).end;
      while (a.j < mentions.length && (mentions[a.j] as Mention).tokenStart < a.end) a.j++;
      a.n = agentNext(d, a);
    }
  }
  if (a.n && a.n.p?.kind === "adjective") {
    a.adjectiveBase = true;
    a.base = entityOfActor(a.n.p.country, date, lex);
    a.end = a.n.m.tokenEnd;
    a.endChar = a.n.m.end;
    a.j++;
    a.n = agentNext(d, a);
  } else if (a.n && a.n.p?.kind === "actor" && !unlicensed(d, a.n.p) && (a.n.p.entry.type === "country" || a.n.p.entry.type === "organization" || a.n.p.entry.type === "group" || a.n.p.entry.type === "location") && ((a.n.m.prefix === "" && (construct(d, a) || nisbaAgrees(d, a, a.n.m))) || ((a.n.m.prefix === "لل" || a.n.m.prefix === "ل") && a.n.p.entry.type === "organization"))) {
    // (ل + an organisation is its officer: الأمين العام للأمم المتحدة; ل + a country or a
    // city is where to: المبعوث الأمريكي لسوريا، زيارة وزير الدفاع لعمان)
    a.base = entityOfActor(a.n.p.entry, date, lex);
    addName(d, a.n.m, a.base, "lexicon");
    a.end = a.n.m.tokenEnd;
    a.endChar = a.n.m.end;
    a.j++;
    a.n = agentNext(d, a);
  }
  // القوات الموالية للحكومة اليمنية، المسلحون الموالون للحوثيين: forces loyal to an actor are
  // that actor's (its country's, for a government, a person or a country; the group's own)
  if (a.base === null && !a.agent.title && a.n === null && LOYAL.has((tokens[a.end] as Token | undefined)?.norm ?? "")) {
    const at = mentionIndexAt.get(a.end + 1) ?? -1;
    const lm = at >= 0 ? (mentions[at] as Mention) : null;
    const lp = at >= 0 ? (chosen[at] ?? null) : null;
    if (lm && (lm.prefix === "ل" || lm.prefix === "لل") && sentenceOfToken[a.end + 1] === sentenceOfToken[m.tokenStart]) {
      let owner: ActorEntry | null = null;
      let ownerEnd = lm;
      if (lp?.kind === "actor" && !unlicensed(d, lp)) {
        const e = lp.entry;
        owner = e.type === "person" || e.type === "location" ? (lex.countriesByIso.get(e.country) ?? null) : e;
      } else if (lp?.kind === "agent") {
        // للحكومة اليمنية، للرئيس اليمني: a state's office named by its adjective
        const adj = mentions[at + 1];
        const ap = chosen[at + 1];
        if (adj && adj.tokenStart === lm.tokenEnd && ap?.kind === "adjective") {
          owner = ap.country;
          ownerEnd = adj;
        } else if (adj && adj.tokenStart === lm.tokenEnd && ap?.kind === "actor" && ap.entry.type === "person" && !unlicensed(d, ap)) {
          // للرئيس عبد ربه منصور هادي، لحكومة هادي: a title or a body and the person it is named by
          owner = lex.countriesByIso.get(ap.entry.country) ?? null;
          ownerEnd = adj;
        }
      }
      if (owner) {
        a.base = entityOfActor(owner, date, lex);
        a.end = ownerEnd.tokenEnd;
        a.endChar = ownerEnd.end;
        a.j = (ownerEnd === lm ? at : at + 1) + 1;
      }
    }
  }
  // مسؤول كبير في الأمم المتحدة، دبلوماسي في الخارجية الروسية: an official "in" a body or a
  // state is that body's (a city lends none: مسؤول في بغداد may be anyone's)
  if (a.base === null && MEMBER_AGENTS.has(a.agent.id)) {
    let t = a.end;
    while (t < a.end + 2 && t < tokens.length && (tokens[t] as Token).kind === "word" && (tokens[t] as Token).norm !== "في" && !mentionIndexAt.has(t) && !isFunctionWord(ctx, (tokens[t] as Token).text)) t++;
    const at = (tokens[t] as Token | undefined)?.norm === "في" ? (mentionIndexAt.get(t + 1) ?? -1) : -1;
    const owner = at >= 0 ? chosen[at] : null;
    if (owner?.kind === "actor" && !unlicensed(d, owner) && (owner.entry.type === "country" || owner.entry.type === "organization" || owner.entry.type === "group") && sentenceOfToken[t + 1] === sentenceOfToken[m.tokenStart]) a.base = entityOfActor(owner.entry, date, lex);
  }
  // رئيس البرلمان، الأمين العام للمنظمة after البرلمان العربي، منظمة الصحة العالمية: a title
  // over a body's bare head noun is that body's officer
  if (a.base === null && p.agent.title === true) {
    // (the head may close the title's own words: رئيس البرلمان; or follow them: رئيس الحركة، للمنظمة)
    const own = a.j > k + 1 || (a.end === m.tokenEnd && m.tokenEnd - m.tokenStart > 1 && DEFINITE_WORD.test((tokens[a.end - 1] as Token).norm));
    const sentence = sentenceOfToken[m.tokenStart] ?? 0;
    const inner = own ? bodyBefore(d, (tokens[a.end - 1] as Token).norm, sentence, m.tokenStart) : null;
    if (inner) a.base = inner;
    else {
      const w = tokens[a.end];
      if (w && w.kind === "word" && sentenceOfToken[a.end] === sentence && !mentionIndexAt.has(a.end) && (construct(d, a) || /^لل/.test(w.norm))) {
        const found = bodyBefore(d, w.norm, sentence, m.tokenStart);
        if (found) {
          a.base = found;
          a.end += 1;
          a.endChar = w.end;
        }
      }
    }
    // الأمين العام للمشروع العربي في العراق: the head of a body no lexicon codes, said to be in a
    // country, is of that country
    // (the body's code is unknown: the officer takes the country's code alone, not its government's)
    if (a.base === null && a.n === null) {
      const c = bodyAfterIn(d, a, true);
      if (c) a.base = { ...c, id: `${c.id}.body`, name: `${c.name} (a body)`, type: "organization", entry: null };
    }
  }
  // (a short form only after a title: الرئيس بوتين, but شركات عقار is real-estate firms)
  // (nor a short form that is a given name starting another's name: الفريق عثمان المحرج)
  if (a.n && a.n.p?.kind === "actor" && a.n.p.entry.type === "person" && a.n.m.prefix === "" && !(a.n.p.short && (isFunctionWord(ctx, a.n.m.text) || !a.agent.title || givenOpensName(d, a.n.m) || lex.nameLists.cues.honorifics.has(normalizeKey(a.n.m.text)))) && !namedAfter.has(a.j)) {
    a.person = a.n.p.entry;
    a.personMention = a.n.m;
    a.end = a.n.m.tokenEnd;
    a.endChar = a.n.m.end;
    a.j++;
  }
}

/**
 * A lexicon person with no office at the story's date, named right before a title of a
 * body (no word between, or a comma): the title is that person's office. Only an office
 * of an international body, or of the person's own country set off by a comma: a title
 * right after a name is as often the object of a verb before them (استقبل فلان وزير الخارجية الفرنسي).
 */
function roleInApposition(d: EntityDoc, a: AgentPhrase, officer: Entity): Entity | null {
  const { raws, reg, tokens, sentenceOfToken, date } = d;
  // (ووزراء خارجية دول المجلس after a name is another side, joined by و)
  if (a.agent.title !== true || date === null || a.m.prefix !== "") return null;
  const last = raws[raws.length - 1];
  if (last === undefined || last.members.length !== 1) return null;
  const gap = a.m.tokenStart - last.tokenEnd;
  if (!(gap === 0 || (gap === 1 && /^[،,]$/.test((tokens[last.tokenEnd] as Token).text)))) return null;
  if (sentenceOfToken[last.tokenStart] !== sentenceOfToken[a.m.tokenStart]) return null;
  const e = reg.byId.get(last.members[0] as string);
  if (e === undefined || e.type !== "person" || e.entry?.type !== "person" || personCode(e.entry, date) !== null) return null;
  return officer.code.startsWith("IGO") || (gap === 1 && officer.country !== null && officer.country === e.country) ? e : null;
}

/** A title's holder: a name after it, known or not, or the holder the title takes up; false where the title is no phrase of its own. */
function titleHolder(d: EntityDoc, a: AgentPhrase): boolean {
  const { text, tokens, mentions, sentenceOfToken, date, ctx, lex, mentionIndexAt, fullIds, taken, reg, raws, titled } = d;
  const { m } = a;
  // a name after the title: known under another spelling (نظيره الصيني وان يي),
  // else unknown (الرئيس الأوكراني فلان الفلاني)
  let t = a.end;
  while (t < a.end + 3 && t < tokens.length && sentenceOfToken[t] === sentenceOfToken[m.tokenStart] && (nameLike(ctx, tokens[t] as Token, taken) || (t === a.end && firstNameLike(ctx, tokens[t] as Token, taken)))) t++;
  // سامي الخطيب، خالد التميمي: a family name with the article after a given name
  // (a lexicon person's family name alone, الخطيب, is free to be another's)
  const familyMention = t < tokens.length ? mentionIndexAt.get(t) : undefined;
  const shortPerson = familyMention !== undefined && (mentions[familyMention] as Mention).payloads.every((q) => q.kind === "actor" && q.short && q.entry.type === "person");
  if (t > a.end && t < tokens.length && lex.nameLists.given.has((tokens[t - 1] as Token).norm) && (familyMention === undefined || shortPerson) && familyWithArticle(ctx, tokens[t] as Token, shortPerson ? NO_TOKENS : taken) && sentenceOfToken[t] === sentenceOfToken[m.tokenStart]) t++;
  const known = a.base?.country ? lex.personKeysByCountry.get(a.base.country) : undefined;
  let linked: { person: PersonEntry; end: number } | null = null;
  if (known) {
    let key = "";
    for (let q = a.end; q < t; q++) {
      key += translitKey((tokens[q] as Token).norm);
      const hit = known.get(key);
      if (hit) linked = { person: hit, end: q + 1 };
    }
  }
  // حاكم ولاية كاليفورنيا جيري براون: one word that sounds like a known surname, with more
  // of the name after it, is another person's given name
  if (linked && linked.end - a.end === 1 && linked.end < t) linked = null;
  const nextActor = actorNext(d, a.j, a.end);
  if (linked) {
    const first = tokens[a.end] as Token;
    const last = tokens[linked.end - 1] as Token;
    const text = d.text.slice(first.start, last.end);
    for (let q = a.end; q < linked.end; q++) taken.add(q);
    const linkedEntity = entityOfActor(linked.person, date, lex);
    a.memberId = register(reg, linkedEntity, { start: first.start, end: last.end, text });
    noteTitles(d, [a.agent.id], a.memberId, m.tokenStart);
    addName(d, { tokenStart: a.end, tokenEnd: linked.end, start: first.start, end: last.end }, linkedEntity, "title+translit");
    fullIds.add(linked.person.id);
    a.headStart = first.start;
    a.headEnd = last.end;
    a.end = linked.end;
    a.endChar = last.end;
  } else if (a.base && t > a.end && (t > a.end + 1 || singleNameAfterTitle(ctx, tokens[a.end] as Token, taken))) {
    const first = tokens[a.end] as Token;
    const last = tokens[t - 1] as Token;
    const nameText = text.slice(first.start, last.end);
    const code = a.base ? agentEntity(a.agent, a.base).code : "";
    const existing = [...reg.byId.values()].find((e) => e.type === "person" && e.entry === null && e.name === nameText);
    const e: Entity = existing ?? {
      id: `local.person-${++d.unknownCount}`,
      name: nameText,
      type: "person",
      code,
      country: a.base?.country ?? null,
      entry: null,
      agent: a.agent,
      lat: null,
      lon: null,
      media: false,
    };
    for (let q = a.end; q < t; q++) taken.add(q);
    // the name itself is left to the name recognizer, which reads names more strictly
    a.memberId = register(reg, e, { start: first.start, end: last.end, text: nameText });
    noteTitles(d, [a.agent.id], a.memberId, m.tokenStart);
    a.headStart = first.start;
    a.headEnd = last.end;
    a.end = t;
    a.endChar = last.end;
  } else if (a.base) {
    const officer = agentEntity(a.agent, a.base);
    const holder = roleInApposition(d, a, officer);
    if (holder !== null) {
      // عبد اللطيف الزياني الأمين العام لمجلس التعاون: the title right after a person the
      // lexicon gives no office at the date is that person's office in this story
      reg.byId.set(holder.id, { ...holder, code: officer.code });
      register(reg, holder, { start: m.start, end: a.endChar, text: text.slice(m.start, a.endChar) });
      noteTitles(d, [a.agent.id], holder.id, m.tokenStart);
      return false;
    }
    a.memberId = register(reg, officer, { start: m.start, end: a.endChar, text: text.slice(m.start, a.endChar) });
    noteTitles(d, [a.agent.id], a.memberId, m.tokenStart);
  } else if ((t === a.end || nextActor !== null) && bareTitle(ctx, m, a.end, nextActor === "person")) {
    // وأضاف الوزير، وقال الرئيس: a bare definite title takes up a holder of that office
    // named in the last few sentences: of the latest sentence that names one, the first
    // (the one the sentence is about: التقى الوزير فلان نظيره فلان … وقال الوزير).
    // Right after a person's name it is that person's own title (الأمير فلان ولي العهد)
    // and says nothing new about who acts.
    const sentence = sentenceOfToken[m.tokenStart] ?? 0;
    const last = raws[raws.length - 1];
    const gap = last ? m.tokenStart - last.tokenEnd : -1;
    const lastEntity = last && last.members.length === 1 ? reg.byId.get(last.members[0] as string) : undefined;
    const apposition = last !== undefined && (gap === 0 || (gap === 1 && (tokens[last.tokenEnd] as Token).kind === "punct")) && lastEntity?.type === "person";
    if (apposition) {
      noteTitles(d, [a.agent.id], last.members[0] as string, m.tokenStart);
      return false;
    }
    let holder: string | null = null;
    let holderSentence = -1;
    // (a bounded look back: one endless sentence must not make this quadratic)
    for (let q = titled.length - 1; q >= Math.max(0, titled.length - 64); q--) {
      const h = titled[q] as (typeof titled)[number];
      if (h.sentence < sentence - TITLE_REACH || (holder !== null && h.sentence < holderSentence)) break;
      if (h.titles.some((x) => titleTakesUp(a.agent.id, x))) {
        holder = h.member;
        holderSentence = h.sentence;
      }
    }
    const e = holder !== null ? reg.byId.get(holder) : undefined;
    if (e) {
      a.memberId = register(reg, e, { start: m.start, end: a.endChar, text: text.slice(m.start, a.endChar) });
      noteTitles(d, [a.agent.id], a.memberId, m.tokenStart);
    }
  }
  return true;
}

/** International, after a sector noun (المحكمة الدولية), as keys. */
const INTERNATIONAL_WORDS: ReadonlySet<string> = new Set(["الدولي", "الدوليه", "دولي", "دوليه", "الدوليين", "دوليين", "الدوليون", "دوليون"]);

/** A sector's country (named, taken up again, or in focus); false where the sector is another side's. */
function sectorOwner(d: EntityDoc, a: AgentPhrase): boolean {
  const { text, tokens, sentenceOfToken, date, lex, chosen, mentionIndexAt, reg, namedSectors, inferredSectors } = d;
  const { m } = a;
  // a sector with no country named (الجيش، المتظاهرون) belongs to the country in
  // focus: the nearest actor or place with a country in this or the previous sentence
  // (but التحالف after التحالف العربي is that coalition again: a sector named with its
  // country a few sentences before is taken up first)
  const sentence = sentenceOfToken[m.tokenStart] ?? 0;
  // طيران التحالف، قوات الاحتلال: a sector noun in construct with a noun for the other side
  // belongs to that unnamed owner, not to the country in focus
  const owner = tokens[a.end];
  // (an owner named by an unlicensed short form is such an owner too: طيران التحالف)
  const ownerMention = mentionIndexAt.get(a.end) ?? -1;
  const ownerPayload = ownerMention >= 0 ? chosen[ownerMention] : null;
  // (only an owner that is another side: قوة المهام المشتركة, قوات النظام keep the country in focus)
  const unnamedOwner = ownerMention < 0 ? OTHER_SIDES.has(owner?.norm ?? "") : unlicensed(d, ownerPayload);
  const ownedByOther = a.base === null && construct(d, a) && owner !== undefined && owner.kind === "word" && sentenceOfToken[a.end] === sentence && unnamedOwner;
  if (ownedByOther) {
    return false;
  }
  // المحكمة الدولية، القوات الدولية: a sector called international is no country's
  if (a.base === null && owner !== undefined && owner.kind === "word" && INTERNATIONAL_WORDS.has(owner.norm)) return false;
  const before = a.base === null ? namedSectors.get(a.agent.id) : undefined;
  // (المتمردون ... المتمردون: the same sector noun with the article, inferred before in
  // this document, is the same sector, whatever country was named last)
  const inferredBefore = a.base === null && !before && /^[وف]?(?:[بل]?ال|لل)/.test((tokens[m.tokenStart] as Token).norm) ? inferredSectors.get(a.agent.id) : undefined;
  const againOf = before && before.sentence >= sentence - TITLE_REACH ? before : inferredBefore && inferredBefore.sentence >= sentence - SECTOR_REACH ? inferredBefore : undefined;
  const again = againOf ? reg.byId.get(againOf.member) : undefined;
  const own = a.agent.country !== undefined ? lex.countriesByIso.get(a.agent.country) : undefined;
  // حكومة الإقليم، رئاسة الإقليم: the region is the one named as إقليم before, whatever
  // country was named since (إقليم كردستان ... الغارات التركية ... حكومة الإقليم)
  const region = a.base === null && !again && owner !== undefined && construct(d, a) && REGION_WORDS.has(owner.norm) ? regionBefore(d, m.tokenStart) : null;
  const where = a.base ?? region ?? (again || a.agent.countryFromContext === false ? null : bodyAfterIn(d, a)) ?? (again || a.agent.countryFromContext === false ? null : own ? entityOfActor(own, date, lex) : contextCountry(d, sentence));
  if (again) a.memberId = register(reg, again, { start: m.start, end: a.endChar, text: text.slice(m.start, a.endChar) });
  else if (where) a.memberId = register(reg, agentEntity(a.agent, where), { start: m.start, end: a.endChar, text: text.slice(m.start, a.endChar) });
  if (a.base !== null && a.memberId) namedSectors.set(a.agent.id, { member: a.memberId, sentence });
  else if (a.memberId && !again) inferredSectors.set(a.agent.id, { member: a.memberId, sentence });
  a.inferred = a.base === null && !again;
  return true;
}

function agentNames(d: EntityDoc, a: AgentPhrase): void {
  const { text, tokens, mentions, sentenceOfToken, date, lex, chosen, taken, reg, raws } = d;
  const { m, p } = a;
  // ، مرتضى صنوبري القائم بأعمال سفارة إيران: a name set off before its title is its holder's
  const titleOf = a.memberId !== null && a.person === null && p.agent.title === true ? reg.byId.get(a.memberId) : undefined;
  const held = a.base !== null ? titleOf : undefined;
  const nameFrom = held && held.type === "agent" ? nameBefore(d, m.tokenStart) : null;
  // (and one set off after it: متحدث باسم الانفصاليين، فلاديسلاف دينيجو،; the phrase stays the
  // title, and the name, its family name alone too, names the holder later on: وحمّل دينيجو)
  const after = titleOf && titleOf.type === "agent" && nameFrom === null ? nameAfter(d, a.end) : null;
  if (titleOf && after !== null) {
    const first = tokens[after.from] as Token;
    const last = tokens[after.to - 1] as Token;
    const nameText = text.slice(first.start, last.end);
    const existing = [...reg.byId.values()].find((e) => e.type === "person" && e.entry === null && e.name === nameText);
    const e: Entity = existing ?? { id: `local.person-${++d.unknownCount}`, name: nameText, type: "person", code: titleOf.code, country: titleOf.country, entry: null, agent: p.agent, lat: null, lon: null, media: false };
    for (let q = after.from; q < after.to; q++) taken.add(q);
    register(reg, e, { start: first.start, end: last.end, text: nameText });
    addName(d, { tokenStart: after.from, tokenEnd: after.to, start: first.start, end: last.end }, e, "title");
  }
  if (held && nameFrom !== null) {
    const first = tokens[nameFrom] as Token;
    const last = tokens[m.tokenStart - 1] as Token;
    const nameText = text.slice(first.start, last.end);
    const existing = [...reg.byId.values()].find((e) => e.type === "person" && e.entry === null && e.name === nameText);
    const e: Entity = existing ?? { id: `local.person-${++d.unknownCount}`, name: nameText, type: "person", code: held.code, country: held.country, entry: null, agent: p.agent, lat: null, lon: null, media: false };
    for (let q = nameFrom; q < m.tokenStart; q++) taken.add(q);
    a.memberId = register(reg, e, { start: first.start, end: last.end, text: nameText });
    noteTitles(d, [p.agent.id], a.memberId, m.tokenStart);
    // (a name, so that its family name alone names the holder later on: وسلمت الخارجية صنوبري)
    addName(d, { tokenStart: nameFrom, tokenEnd: m.tokenStart, start: first.start, end: last.end }, e, "title");
    a.headStart = first.start;
    a.headEnd = last.end;
    a.phraseStart = nameFrom;
    a.phraseStartChar = first.start;
  }
  if (a.memberId) {
    const members = [a.memberId];
    // القوات الهندية والباكستانية: a second nationality adjective joined by و names the same
    // sector of another country
    const nm = mentions[a.j];
    const np = chosen[a.j];
    if (a.adjectiveBase && a.person === null && nm && nm.tokenStart === a.end && nm.prefix === "و" && np?.kind === "adjective" && !np.weak && sentenceOfToken[nm.tokenStart] === sentenceOfToken[m.tokenStart]) {
      const other = register(reg, agentEntity(a.agent, entityOfActor(np.country, date, lex)), nm);
      if (other !== a.memberId) {
        members.push(other);
        a.end = nm.tokenEnd;
        a.endChar = nm.end;
        a.j++;
      }
    }
    raws.push({ tokenStart: a.phraseStart, tokenEnd: a.end, start: a.phraseStartChar, end: a.endChar, headStart: a.headStart, headEnd: a.headEnd, members, prefix: a.phraseStart === m.tokenStart ? m.prefix : "", inferred: a.inferred });
  }
}

function codeActor(d: EntityDoc, k: number, m: Mention, p: Extract<NamePayload, { kind: "actor" }>): void {
  const { tokens, date, ctx, lex, timeTaken, namedAfter, fullIds, shortNames, reg, raws } = d;
  if (p.short && (!fullIds.has(p.entry.id) || isFunctionWord(ctx, m.text) || shortUnlicensedAt(d, p, m))) {
    // بوش، أنان alone: too weak to say which person acts, enough to say a person is named
    if (p.entry.type === "person" && unlicensedShortIsName(m, ctx, timeTaken)) shortNames.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, text: m.text, cls: "person", entity: null, via: "short-form" });
    return;
  }
  const actor = entityOfActor(p.entry, date, lex);
  if (namedAfter.has(k)) {
    addName(d, m, actor, "lexicon");
    return;
  }
  // loosely spelled words that hold a closed word are no name at all: الأولى التي is no El Alto
  const closed = m.via === "translit" && m.tokenEnd - m.tokenStart > 1 && tokens.slice(m.tokenStart, m.tokenEnd).some((t) => isFunctionKey(ctx, t.norm));
  if (closed) {
    return;
  }
  const id = register(reg, actor, m);
  // one loosely spelled word is enough to link an actor in context, too little to call it a name
  if (m.via !== "translit" || m.tokenEnd - m.tokenStart > 1) addName(d, m, actor, m.via === "translit" ? "translit" : "lexicon");
  raws.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, headStart: m.start, headEnd: m.end, members: [id], prefix: m.prefix });
}

function codeAdjective(d: EntityDoc, k: number, m: Mention, p: Extract<NamePayload, { kind: "adjective" }>): void {
  const { tokens, mentions, sentenceOfToken, date, ctx, lex, reg, raws } = d;
  // a nationality adjective agreeing with the noun before it stands for its country
  // (أثنى على الموقف الجزائري، ندد بالعقوبات الأمريكية، الهجوم الإسرائيلي)
  const head = tokens[m.tokenStart - 1];
  // وكالة الأنباء الألمانية، الصحف الإسرائيلية: an outlet's nationality is no actor, and
  // must not lend its country to the sectors that follow (طيران التحالف is not Germany's)
  if (head && head.kind === "word" && OUTLET_NOUNS.has(head.norm.replace(/^[وف]?(?:لل|[بل])?/, "").replace(/^ال/, ""))) {
    return;
  }
  // فيصل بن تركي، سلطان بن سعود: after بن a nationality word is a father's name
  if (head && head.kind === "word" && (head.norm === "بن" || head.norm === "بنت")) {
    return;
  }
  const prevMention = mentions[k - 1];
  const headTaken = prevMention !== undefined && prevMention.tokenEnd === m.tokenStart;
  // a plural after a verb or a count is the people themselves (تظاهر الفلسطينيون، آلاف
  // الإسرائيليين، عشرات من المصريين): an actor, not an adjective
  const fws = ctx.lex.fw.sets;
  const bareHead = head && head.kind === "word" ? head.norm.replace(/^[وف]/, "") : "";
  const counted = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && fws.countWords.has(t.norm.replace(/^[وف]/, ""));
  // (a word of size may stand after the count: أعداد كبيرة من الأميركيين)
  const sized = bareHead === "من" && SIZE_AFTER_COUNT.has(tokens[m.tokenStart - 2]?.norm ?? "") && counted(tokens[m.tokenStart - 3]);
  const countAt = counted(head) ? m.tokenStart - 1 : bareHead === "من" && counted(tokens[m.tokenStart - 2]) ? m.tokenStart - 2 : sized ? m.tokenStart - 3 : -1;
  const afterVerb = head !== undefined && head.kind === "word" && (ctx.lex.verbForms.has(head.norm) || ctx.lex.verbForms.has(bareHead));
  // (after a count any plural, broken ones too: آلاف المغاربة؛ after a verb only a sound plural,
  // since a singular there is one person: قال المغربي)
  // (and after a preposition: فرض عقوبات على قطريين، اشتباكات مع يمنيين)
  // (على is also the short name علي: a preposition is no head that takes the adjective)
  const afterPrep = PEOPLE_PREPOSITIONS.has(bareHead);
  if ((!headTaken || afterPrep) && (countAt >= 0 || ((afterVerb || afterPrep) && /(?:ون|ين)$/.test(normalizeKey(m.text)))) && sentenceOfToken[m.tokenStart - 1] === sentenceOfToken[m.tokenStart]) {
    const id = register(reg, entityOfActor(p.country, date, lex), m);
    const from = countAt >= 0 ? { token: countAt, prefix: prefixReadings((tokens[countAt] as Token).norm)[0]?.prefix ?? "" } : undefined;
    raws.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, headStart: m.start, headEnd: m.end, members: [id], prefix: m.prefix, ...(from ? { prepFrom: from } : {}) });
    return;
  }
  if (head && head.kind === "word" && !headTaken && sentenceOfToken[m.tokenStart - 1] === sentenceOfToken[m.tokenStart]) {
    const headReading = prefixReadings(head.norm).find((r) => r.stem.startsWith("ال")) ?? prefixReadings(head.norm)[0];
    const definite = (x: string): boolean => x.startsWith("ال");
    const agrees = headReading !== undefined && definite(headReading.stem) === definite(m.text.length > 0 ? normalizeKey(m.text) : "");
    if (agrees && !isFunctionWord(ctx, head.text) && !ctx.lex.verbForms.has(head.norm)) {
      const id = register(reg, entityOfActor(p.country, date, lex), m);
      raws.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, headStart: m.start, headEnd: m.end, members: [id], prefix: m.prefix, prepFrom: { token: m.tokenStart - 1, prefix: headReading?.prefix ?? "" }, adjective: true });
    }
  }
}

function codePair(d: EntityDoc, m: Mention): void {
  const { sentenceOfToken, ctx, reg, raws } = d;
  // the two sides: the two most recent actors of different countries
  const sentence = sentenceOfToken[m.tokenStart] ?? 0;
  // the two sides are actors: places count only when no actor is left (زار بوتين بكين)
  // (and first those who can hold talks: not refugees, civilians or firms named in passing,
  // nor a sector whose country is only inferred: وأكد الجانبان after a word on Syrian refugees)
  // (الوزيران، الرئيسان، الزعيمان: two people, named or by their titles)
  const people = PERSON_PAIRS.test(m.text.length > 0 ? normalizeKey(m.text) : "");
  const pick = (withPlaces: boolean, principals: boolean): string[] => {
    const picked: string[] = [];
    const countries: string[] = [];
    for (let r = raws.length - 1; r >= 0 && picked.length < 2; r--) {
      const raw = raws[r] as Raw;
      if ((sentenceOfToken[raw.tokenStart] ?? 0) < sentence - 2) break;
      if (principals && (raw.inferred === true || raw.adjective === true)) continue;
      // a place after في is where things happened, not a side
      const asPlace = governingPrep(ctx, raw.tokenStart, raw.prefix) === "في";
      for (const id of raw.members) {
        const e = reg.byId.get(id);
        const c = e ? e.code.slice(0, 3) : "";
        if (!e || !c || countries.includes(c) || e.media || (!withPlaces && e.type === "location" && (asPlace || !isGovernmentSeat(e)))) continue;
        // (the two are states or their people, never a region: جنوب شرقي آسيا is no side of البلدين)
        if (!ctx.lex.countriesByIso.has(c) && !c.startsWith("IGO") && !c.startsWith("NGO") && !c.startsWith("IMG")) continue;
        if (!withPlaces && e.type === "country" && asPlace) continue;
        if (principals && e.type === "agent" && NOT_A_SIDE.has(e.code.slice(3, 6))) continue;
        if (people && e.type !== "person" && !(e.type === "agent" && e.agent?.title === true)) continue;
        countries.push(c);
        picked.push(id);
        if (picked.length === 2) break;
      }
    }
    return picked;
  };
  // (الوزيران ... وأضافت أن الوزيرين سيناقشان: the same two again, not whoever was named since)
  const again: string[] | null = d.lastPair && d.lastPair.people === people && d.lastPair.sentence >= sentence - PAIR_REACH ? [...d.lastPair.members].reverse() : null;
  // (two countries just joined by و in this sentence are the two, even after في: الخطر
  // في سوريا والعراق ... يجعل موسكو تساند حكومتي البلدين)
  const joined = joinedCountries(d, sentence);
  let picked: string[] = joined ?? again ?? pick(false, true);
  if (picked.length < 2) picked = pick(false, false);
  if (picked.length < 2) picked = pick(true, false);
  if (picked.length === 2) {
    d.lastPair = { members: [...picked].reverse(), people, sentence };
    for (const id of picked) reg.links.push({ entity: id, start: m.start, end: m.end, text: m.text });
    raws.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, headStart: m.start, headEnd: m.end, members: picked.reverse(), prefix: m.prefix });
  }
}

// names beyond the lexicon; a person already registered (سامي الخطيب after a title, then
// وقال الخطيب، وانتقد سامي الخطيب) is an actor again where the name comes back
function namesAgain(d: EntityDoc): void {
  const { text, layers, tokens, lex, reg, names } = d;
  const before = names.length;
  names.push(...namesBeyondLexicon(text, tokens, layers, lex, names, reg));
  const covered = coveredByRaws(d);
  const again: Raw[] = [];
  for (let q = before; q < names.length; q++) {
    const n = names[q] as NameSpan;
    if (n.cls !== "person" || n.entity === null || !reg.byId.has(n.entity)) continue;
    let free = true;
    for (let t = n.tokenStart; t < n.tokenEnd && free; t++) free = covered[t] === 0;
    if (!free) continue;
    const first = tokens[n.tokenStart] as Token;
    again.push({ tokenStart: n.tokenStart, tokenEnd: n.tokenEnd, start: n.start, end: n.end, headStart: n.start, headEnd: n.end, members: [n.entity], prefix: normalizeKey(text.slice(first.start, n.start)) });
  }
  addRaws(d, again);
}

/**
 * One pass over the words of a shape that no raw covers yet: each word the pattern matches
 * may give a raw, and the raws are added when the pass ends.
 */
function passOver(d: EntityDoc, shape: number, pattern: RegExp, each: (d: EntityDoc, t: Token, m: RegExpExecArray, covered: Uint8Array) => Raw | null): void {
  const { tokens, shapes, anyShape } = d;
  if ((anyShape & shape) === 0) return;
  const covered = coveredByRaws(d);
  const taken: Raw[] = [];
  for (const t of tokens) {
    if (((shapes[t.index] as number) & shape) === 0 || covered[t.index] === 1) continue;
    const m = pattern.exec(t.norm);
    if (!m) continue;
    const raw = each(d, t, m, covered);
    if (raw) taken.push(raw);
  }
  addRaws(d, taken);
}

// الحركة، الجماعة، التنظيم alone: a body's head noun with the article takes up the body of
// that kind named last, a few sentences back at most (قال إن الحركة المتشددة نفذت ...)
function bodyAnaphor(d: EntityDoc, t: Token, m: RegExpExecArray): Raw | null {
  const { text, tokens, sentenceOfToken, reg, raws } = d;
  while (d.anaphorRaw < raws.length && (raws[d.anaphorRaw] as Raw).tokenEnd <= t.index) d.anaphorRaw++;
  const next = tokens[t.index + 1];
  // الحركة الإسلامية، الحزب الشيوعي: a nisba after the head names another body (but التنظيم
  // الجهادي، الجماعة الإرهابية only describe the one named before)
  const describing = next !== undefined && next.kind === "word" && DESCRIBING_NISBAS.has(next.norm);
  if (next && next.kind === "word" && /^ال\S+(?:ي|يه)$/.test(next.norm) && !describing) return null;
  const sentence = sentenceOfToken[t.index] ?? 0;
  const head = m[2] as string;
  for (let q = d.anaphorRaw - 1; q >= 0; q--) {
    const raw = raws[q] as Raw;
    if ((sentenceOfToken[raw.tokenStart] ?? 0) < sentence - BODY_REACH) break;
    if (raw.members.length !== 1) continue;
    const e = reg.byId.get(raw.members[0] as string);
    if (!e || e.media || (e.type !== "organization" && e.type !== "group")) continue;
    const named = normalizeKey(text.slice(raw.headStart, raw.headEnd)).replace(/^[وف]?[بل]?/, "").split(" ")[0];
    if (named !== head && !(e.entry?.ar?.names ?? []).some((n) => normalizeKey(n).split(" ")[0] === head)) continue;
    const last = describing ? (next as Token) : t;
    return { tokenStart: t.index, tokenEnd: last.index + 1, start: t.start, end: last.end, headStart: t.start, headEnd: last.end, members: [e.id], prefix: m[1] as string };
  }
  return null;
}
/** Nisbas that describe a body taken up again rather than name another (التنظيم الجهادي), as keys. */
const DESCRIBING_NISBAS = new Set(["الجهادي", "الجهادية", "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة"].map((w) => normalizeKey(w)));

// بلاده، بلادها، بلادنا: "his (her, our) country" is the country of the one the sentence is
// about: its first actor with a country (قال الوزير السعودي خلال لقائه نظيره الفرنسي إن بلاده
// ...: Saudi Arabia), else that of the latest sentence before it that names one
function ownCountry(d: EntityDoc, t: Token, m: RegExpExecArray): Raw | null {
  const { sentenceOfToken, date, lex, reg, raws } = d;
  const sentence = sentenceOfToken[t.index] ?? 0;
  let owner: Entity | null = null;
  let ownerSentence = -1;
  for (const raw of raws) {
    if (raw.tokenStart >= t.index) break;
    const s = sentenceOfToken[raw.tokenStart] ?? 0;
    if (s < sentence - OWN_COUNTRY_REACH || (owner !== null && s <= ownerSentence) || raw.members.length !== 1) continue;
    const e = reg.byId.get(raw.members[0] as string);
    // (a person, by name or title: a body or a place has no country of "his")
    if (!e || e.media || !e.country || !(e.type === "person" || (e.type === "agent" && e.agent?.title === true))) continue;
    const c = lex.countriesByIso.get(e.country);
    if (!c) continue;
    owner = entityOfActor(c, date, lex);
    ownerSentence = s;
  }
  if (!owner) return null;
  const id = register(reg, owner, t);
  return { tokenStart: t.index, tokenEnd: t.index + 1, start: t.start, end: t.end, headStart: t.start, headEnd: t.end, members: [id], prefix: m[1] as string };
}

/** A noun that belongs to the actor of a later raw (تحالف تقوده X، قسم ... في X): one phrase from the noun to that actor, which it replaces. */
function absorb(d: EntityDoc, t: Token, actor: Raw, e: Entity, prefix: string): Raw {
  const { text, reg, raws } = d;
  const id = register(reg, e, { start: t.start, end: actor.end, text: text.slice(t.start, actor.end) });
  raws.splice(raws.indexOf(actor), 1);
  return { tokenStart: t.index, tokenEnd: actor.tokenEnd, start: t.start, end: actor.end, headStart: t.start, headEnd: t.end, members: [id], prefix };
}

// تحالف تقوده الولايات المتحدة، القوات التي تقودها فرنسا: a coalition or force led by an
// actor is that actor's
function ledForce(d: EntityDoc, t: Token, m: RegExpExecArray): Raw | null {
  const { tokens, reg, raws } = d;
  const k = ledByAt(tokens, t.index + 1);
  if (k < 0) return null;
  const leader = raws.find((r) => r.tokenStart === k + 1);
  const e = leader && leader.members.length === 1 ? reg.byId.get(leader.members[0] as string) : undefined;
  if (!leader || !e || e.media || e.type === "location" || e.type === "person") return null;
  // (one phrase from the coalition to its leader: the relative clause inside opens no clause)
  return absorb(d, t, leader, e, m[1] as string);
}

// قسم حقوق الإنسان في منظمة الدول الأمريكية، لجنة ... التابعة للأمم المتحدة: a unit of a
// body (a section, committee, office, mission) named with the body speaks for it
function bodyUnit(d: EntityDoc, t: Token, m: RegExpExecArray, covered: Uint8Array): Raw | null {
  const { tokens, reg, raws } = d;
  let unit: Raw | undefined;
  for (let k = t.index + 1; k < Math.min(tokens.length, t.index + 1 + UNIT_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.kind !== "word") break;
    if (covered[k] === 1) {
      const r = raws.find((x) => x.tokenStart === k);
      const before = (tokens[k - 1] as Token).norm;
      const linked = before === "في" || before === "لدي" || (/^(?:ال)?تابع(?:ه)?$/.test(before) && /^[وف]?ل/.test(r?.prefix ?? ""));
      if (r && linked) unit = r;
      break;
    }
  }
  const e = unit && unit.members.length === 1 ? reg.byId.get(unit.members[0] as string) : undefined;
  if (!unit || !e || e.media || (e.type !== "organization" && e.type !== "group")) return null;
  return absorb(d, t, unit, e, m[1] as string);
}

// طائرات حربية (يعتقد أنها) تابعة لتحالف تقوده الولايات المتحدة: aircraft or a force that
// belongs to an actor is that actor's
function ownedForces(d: EntityDoc): void {
  const { tokens, shapes, anyShape, reg, raws } = d;
  if ((anyShape & SHAPE_OWNED_FORCE) !== 0) {
    const covered = coveredByRaws(d);
    const taken: Raw[] = [];
    for (const t of tokens) {
      if (((shapes[t.index] as number) & SHAPE_OWNED_FORCE) === 0) continue;
      // (a force whose country was only inferred from context is the owner's instead)
      const inferredHere = covered[t.index] === 1 ? raws.find((r) => r.tokenStart === t.index && r.tokenEnd === t.index + 1 && r.inferred === true) : undefined;
      if (covered[t.index] === 1 && !inferredHere) continue;
      let k = t.index + 1;
      while (k < t.index + 5 && OWNED_BETWEEN.has(tokens[k]?.norm ?? "")) k++;
      if (!BELONGING.test(tokens[k]?.norm ?? "")) continue;
      const owner = raws.find((r) => r.tokenStart === k + 1 && /^[وف]?ل/.test(r.prefix));
      const e = owner && owner.members.length === 1 ? reg.byId.get(owner.members[0] as string) : undefined;
      if (!owner || !e || e.media || e.type === "location" || e.type === "person") continue;
      const whole = absorb(d, t, owner, e, inferredHere?.prefix ?? "");
      if (inferredHere) {
        raws.splice(raws.indexOf(inferredHere), 1);
        const link = reg.links.findIndex((l) => l.start === inferredHere.start && l.end === inferredHere.end);
        if (link >= 0) reg.links.splice(link, 1);
      }
      taken.push(whole);
    }
    addRaws(d, taken);
  }
}

function coordinate(d: EntityDoc): Phrase[] {
  const { tokens, mentions, sentenceOfToken, ctx, chosen, mentionIndexAt, reg, raws } = d;
  // coordination: X وY (وZ ...) is one compound phrase
  const phrases: Phrase[] = [];
  for (const raw of raws) {
    const prep = raw.prepFrom ? governingPrep(ctx, raw.prepFrom.token, raw.prepFrom.prefix) : governingPrep(ctx, raw.tokenStart, raw.prefix);
    const conj = raw.prepFrom ? isConj(ctx, raw.prepFrom.token, raw.prepFrom.prefix) : isConj(ctx, raw.tokenStart, raw.prefix);
    const prev = phrases[phrases.length - 1];
    const sentence = sentenceOfToken[raw.tokenStart] ?? 0;
    const adjacent = prev && prev.tokenEnd === raw.tokenStart && prev.sentence === sentence;
    const standaloneAnd = prev && !adjacent && raw.tokenStart === prev.tokenEnd + 1 && tokens[prev.tokenEnd]?.norm === "و";
    // خادم الحرمين الشريفين الملك سلمان: one actor named twice side by side is one phrase
    if (prev && adjacent && !conj && prep === null && prev.members.length === 1 && raw.members.length === 1 && prev.members[0] === raw.members[0]) {
      phrases[phrases.length - 1] = extendedPhrase(prev, raw.tokenEnd, raw.end, prev.members, prev.compound, prev.canAct, prev.inferred);
      continue;
    }
    // (بين فخامة الرئيس فلان وصاحب السمو الملكي ولي العهد: an honorific after و opens the next member)
    const honorificAnd = prev !== undefined && !adjacent && prev.sentence === sentence && raw.tokenStart > prev.tokenEnd && raw.tokenStart - prev.tokenEnd <= 3 && /^و/.test(tokens[prev.tokenEnd]?.norm ?? "") && tokens.slice(prev.tokenEnd, raw.tokenStart).every((t, q) => t.kind === "word" && HONORIFIC_WORDS.has(q === 0 ? t.norm.slice(1) : t.norm));
    // رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف: و + a nationality adjective between
    // two people joins them as the title's second holder
    const between = prev !== undefined && !adjacent && prev.sentence === sentence && raw.tokenStart === prev.tokenEnd + 1 ? mentionIndexAt.get(prev.tokenEnd) : undefined;
    const adjectiveAnd = between !== undefined && (mentions[between] as Mention).prefix === "و" && chosen[between]?.kind === "adjective" && raw.members.length === 1 && reg.byId.get(raw.members[0] as string)?.type === "person" && prev?.members.every((id) => reg.byId.get(id)?.type === "person") === true;
    // قوات الجيش الوطني وعناصر المقاومة الشعبية: و on a unit of the next actor joins that actor
    const unitWord = prev !== undefined && !adjacent && prev.sentence === sentence && raw.tokenStart === prev.tokenEnd + 1 ? (tokens[prev.tokenEnd]?.norm ?? "") : "";
    // (not after بين, whose two sides they are: معارك بين قوات الناتو ومسلحي طالبان)
    const unitAnd = unitWord.startsWith("و") && UNIT_HEADS.has(unitWord.slice(1)) && raw.prefix === "" && prev?.prep !== "بين";
    if ((honorificAnd || adjectiveAnd || unitAnd) && prev && prep === null) {
      const members = [...prev.members];
      for (const id of raw.members) if (!members.includes(id)) members.push(id);
      phrases[phrases.length - 1] = extendedPhrase(prev, raw.tokenEnd, raw.end, members, members.length > 1, prev.canAct || raw.members.some((id) => reg.byId.get(id)?.type !== "location"), prev.inferred && raw.inferred === true);
      continue;
    }
    if (prev && (adjacent || standaloneAnd) && conj && (prep === null || prep === prev.prep)) {
      const members = [...prev.members];
      for (const id of raw.members) if (!members.includes(id)) members.push(id);
      const canAct = prev.canAct || (!raw.adjective && raw.members.some((id) => reg.byId.get(id)?.type !== "location"));
      phrases[phrases.length - 1] = extendedPhrase(prev, raw.tokenEnd, raw.end, members, members.length > 1, canAct, prev.inferred && raw.inferred === true);
      continue;
    }
    phrases.push({
      index: phrases.length,
      sentence,
      tokenStart: raw.tokenStart,
      tokenEnd: raw.tokenEnd,
      start: raw.start,
      end: raw.end,
      headStart: raw.headStart,
      headEnd: raw.headEnd,
      members: raw.members,
      prep,
      conj,
      compound: raw.members.length > 1,
      inferred: raw.inferred === true,
      canAct: !raw.adjective && raw.members.some((id) => {
        const e = reg.byId.get(id);
        return e !== undefined && (e.type !== "location" || isGovernmentSeat(e));
      }),
    });
  }
  return phrases;
}

function finishNames(d: EntityDoc): NameSpan[] {
  const { text, tokens, lex, otherNames, shortNames, names } = d;
  // يوسف بطرس غالي: a name read up to a lexicon person's name goes on through it
  for (const o of otherNames) {
    const last = tokens[o.tokenEnd - 1] as Token;
    const at = names.findIndex((n) => n.cls === "person" && n.tokenStart >= o.tokenStart && n.tokenStart < o.mentionStart && n.tokenEnd >= o.mentionStart && n.tokenEnd < o.tokenEnd);
    const n = names[at];
    if (n && !names.some((x) => x !== n && x.tokenStart < o.tokenEnd && x.tokenEnd > n.tokenEnd)) names[at] = { ...n, tokenEnd: o.tokenEnd, end: last.end, text: text.slice(n.start, last.end) };
    else if (!names.some((x) => x.tokenStart < o.tokenEnd && x.tokenEnd > o.tokenStart)) {
      const first = tokens[o.tokenStart] as Token;
      names.push({ tokenStart: o.tokenStart, tokenEnd: o.tokenEnd, start: first.start, end: last.end, text: text.slice(first.start, last.end), cls: "person", entity: null, via: "other-name" });
    }
  }
  // short forms nobody licensed count where no other name claims their word (جورج بوش is one name)
  if (shortNames.length > 0) {
    const named = new Set<number>();
    for (const n of names) for (let q = n.tokenStart; q < n.tokenEnd; q++) named.add(q);
    for (const n of shortNames) {
      let free = true;
      for (let q = n.tokenStart; q < n.tokenEnd && free; q++) free = !named.has(q);
      if (!free) continue;
      names.push(n);
      for (let q = n.tokenStart; q < n.tokenEnd; q++) named.add(q);
    }
  }
  names.sort((a, b) => a.start - b.start);
  // لوناً، سيراً، عموماً: a word written with tanween is an indefinite noun or an adverb, never a person (درهماً is still a currency)
  const merged = joinPersonNames(
    names.filter((n) => n.cls !== "person" || !TANWEEN.test(n.text)).map((n) => withoutNationality(d, n)),
    tokens,
    lex,
    text,
  );
  return merged;
}

export const entitiesStage: Stage<Layers, "tokens" | "readings" | "sentences" | "sentenceOfToken" | "times" | "mentions", "entities", Resources> = {
  name: "entities",
  requires: ["tokens", "readings", "sentences", "sentenceOfToken", "times", "mentions"],
  adds: ["entities"],
  run(doc, { lex }) {
    const d = entityDoc(doc.text, doc.layers, doc.meta.published, lex);
    const { tokens, reg } = d;
    codeMentions(d);
    namesAgain(d);
    passOver(d, SHAPE_BODY_ANAPHOR, BODY_ANAPHOR, bodyAnaphor);
    passOver(d, SHAPE_OWN_COUNTRY, OWN_COUNTRY, ownCountry);
    passOver(d, SHAPE_LED_FORCE, LED_FORCE, ledForce);
    passOver(d, SHAPE_BODY_UNIT, BODY_UNIT, bodyUnit);
    ownedForces(d);
    const phrases = coordinate(d);
    const phraseOfToken = new Int32Array(tokens.length).fill(-1);
    for (const ph of phrases) for (let t = ph.tokenStart; t < ph.tokenEnd; t++) phraseOfToken[t] = ph.index;
    const merged = finishNames(d);

    // filled by push, not .map: later stages then see arrays of one elements kind
    const entities: Entity[] = [];
    for (const id of reg.order) entities.push(reg.byId.get(id) as Entity);
    const layer: EntityLayer = { entities, links: reg.links, phrases, phraseOfToken, names: merged };
    return { entities: layer };
  },
};


/**
 * وزير الخارجية is the ministry; أبواب المنازل الخارجية is an adjective: a one-word
 * definite agent with a nisba's feminine ending (الخارجية، الداخلية) right after a
 * definite common noun of the same sentence agrees with that noun.
 */
function agentIsAdjective(m: Mention, tokens: readonly Token[], prev: Mention | undefined, sentenceOfToken: ArrayLike<number>, lex: CompiledLexicon): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || m.prefix !== "" || m.tokenStart === 0) return false;
  const w = (tokens[m.tokenStart] as Token).norm;
  if (!/^ال.{2,}يه$/.test(w)) return false;
  const before = tokens[m.tokenStart - 1] as Token;
  if (before.kind !== "word" || sentenceOfToken[m.tokenStart - 1] !== sentenceOfToken[m.tokenStart]) return false;
  // a name or another agent before it (the lexicon knows it) is no common noun
  if (prev !== undefined && prev.tokenEnd > m.tokenStart - 1) return false;
  return /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(before.norm) && !lex.verbForms.has(before.norm) && !isFunctionKey({ lex }, before.norm);
}

/**
 * « الشرق الأوسط »، " بابل ": a place's name alone between quotation marks is
 * the name of a newspaper, a company or a club named after it.
 */
function quotedAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const open = tokens[from - 1];
  const close = tokens[to];
  if (!open || !close || open.kind !== "punct" || close.kind !== "punct") return false;
  return (open.text === "«" && close.text === "»") || (open.text === '"' && close.text === '"');
}

/** How many sentences away the evidence of a sports report reaches. */
/** A word with the article, maybe after a conjunction or a preposition clitic (والرئيس، للوزير). */
const DEFINITE_WORD = /^[وف]?(?:[بك]?ال|لل)/;

/** The country a lexicon payload stands for, if any. */
function payloadCountry(p: NamePayload | null): string | null {
  if (!p) return null;
  if (p.kind === "adjective") return p.country.type === "country" ? p.country.iso3 : (p.country.country ?? null);
  if (p.kind !== "actor") return null;
  const e = p.entry;
  return e.type === "country" ? e.iso3 : "country" in e && typeof e.country === "string" ? e.country : null;
}

/**
 * السعودية is the country and the feminine nisba "Saudi": right after a definite feminine noun
 * or adjective that is no name (الطائرة الإغاثية السعودية، الشحنة الإماراتية) it is the adjective,
 * which stands for the country only where the noun can act, while after a masculine or
 * indefinite word (زار الرئيس السعودية، بين مصر والسعودية) it stays the country.
 */
function preferNisbaAfterFeminine(mentions: readonly Mention[], chosen: (NamePayload | null)[], tokens: readonly Token[], lex: CompiledLexicon): void {
  let prevEnd = -1;
  mentions.forEach((m, i) => {
    const startsAfterMention = prevEnd === m.tokenStart;
    prevEnd = Math.max(prevEnd, m.tokenEnd);
    const p = chosen[i];
    if (startsAfterMention || m.prefix !== "" || p?.kind !== "actor" || p.entry.type !== "country") return;
    const adjective = m.payloads.find((q) => q.kind === "adjective" && !q.weak);
    if (!adjective || !/^ال\S*يه$/.test(normalizeKey(m.text))) return;
    const head = tokens[m.tokenStart - 1];
    if (!head || head.kind !== "word" || !/^ال\S+ه$/.test(head.norm) || lex.verbForms.has(head.norm)) return;
    chosen[i] = adjective;
  });
}

/**
 * عمان is Oman and, as a short form, Amman: a country's bare name that is also a city's short
 * form elsewhere reads as the city when the document names the city's country and gives the
 * first country no other mention (its long name, its adjective, its people).
 */
function preferCityOfNamedCountry(mentions: readonly Mention[], chosen: (NamePayload | null)[]): void {
  // most documents have no country whose name is also a city's short form: then nothing to gather
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) {
    const p = chosen[i];
    if (p?.kind !== "actor" || p.entry.type !== "country") continue;
    for (const q of (mentions[i] as Mention).payloads) if (q.kind === "actor" && q.short && q.entry.type === "location") any = true;
  }
  if (!any) return;
  const evidence = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    const c = payloadCountry(chosen[i] ?? null);
    if (!c) return;
    let forms = evidence.get(c);
    if (!forms) evidence.set(c, (forms = new Set()));
    forms.add(normalizeKey(m.text));
  });
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (p?.kind !== "actor" || p.entry.type !== "country") return;
    const own = normalizeKey(m.text);
    const forms = evidence.get(p.entry.iso3);
    if (forms && (forms.size > 1 || !forms.has(own))) return;
    const city = m.payloads.find((q): q is Extract<NamePayload, { kind: "actor" }> => q.kind === "actor" && q.short && q.entry.type === "location" && payloadCountry(q) !== (p.entry as { iso3: string }).iso3 && evidence.has(payloadCountry(q) ?? ""));
    if (city) chosen[i] = { kind: "actor", entry: city.entry, short: false };
  });
}

/**
 * Two places of one name (زنجبار: Zanzibar in Tanzania, Zinjibar in Yemen's Abyan): the one in
 * a country the document names otherwise (أبين، اليمن، قوات يمنية), else the lexicon's first.
 */
function preferPlaceOfNamedCountry(mentions: readonly Mention[], chosen: (NamePayload | null)[]): void {
  let evidence: Set<string> | null = null;
  mentions.forEach((m, i) => {
    const p = chosen[i];
    if (p?.kind !== "actor" || p.entry.type !== "location") return;
    let places = 0;
    for (const q of m.payloads) if (q.kind === "actor" && !q.short && q.entry.type === "location") places++;
    if (places < 2) return;
    if (!evidence) {
      evidence = new Set();
      for (let j = 0; j < mentions.length; j++) {
        const c = payloadCountry(chosen[j] ?? null);
        // (not the other readings of an ambiguous place itself)
        if (c && !(mentions[j] as Mention).payloads.some((q) => q.kind === "actor" && !q.short && q.entry.type === "location" && q !== chosen[j] && payloadCountry(q) !== c)) evidence.add(c);
      }
    }
    const named = evidence;
    if (named.has(payloadCountry(p) ?? "")) return;
    const other = m.payloads.find((q) => q.kind === "actor" && !q.short && q.entry.type === "location" && named.has(payloadCountry(q) ?? ""));
    if (other) chosen[i] = other;
  });
}

/** Words that make the actor after them (with ل) the owner of a sector before them (القوات الموالية لـ، القوات التابعة لـ), as keys. */
const LOYAL: ReadonlySet<string> = new Set(["الموالية", "الموالي", "الموالين", "الموالون", "التابعة", "التابع", "التابعين", "التابعون"].map((w) => normalizeKey(w)));

/** Sectors that are rarely one of "the two sides" of talks (CAMEO agent codes). */
const NOT_A_SIDE = new Set(["REF", "CVL", "BUS", "MED", "EDU", "HLT", "AGR", "LAB", "SPT", "CRM"]);

/** Words after a title that make the office a former one (الرئيس السابق، الملك الراحل), as keys. */
const FORMER: ReadonlySet<string> = new Set(["السابق", "السابقه", "الاسبق", "المخلوع", "الراحل", "الراحله"]);
/** Words after a title that make it someone else (الرئيس السابق، الوزير الجديد). */
const OTHER_HOLDER = new Set([...FORMER, "المقبل", "المقبله", "الجديد", "الجديده", "المنتخب", "المنتخبه", "المكلف", "المستقيل", "المقال", "الاول", "الثاني", "السابقين"]);


/**
 * A title standing alone for a person named before: definite, singular, not followed by a
 * word that makes it another holder, and not the genitive of a noun (مساعد وزير الدفاع).
 */
function bareTitle(ctx: PhraseContext, m: Mention, end: number, personNext: boolean): boolean {
  const tokens = ctx.tokens;
  if (!DEFINITE_WORD.test((tokens[end - 1] as Token).norm) || PLURAL_TITLE.test((tokens[m.tokenStart] as Token).norm)) return false;
  const next = tokens[end];
  // (nor when a name follows, known or not: الرئيس (فلاديمير) بوتين، الأمير فيصل)
  if (next && (personNext || next.text === "(" || (next.kind === "word" && (OTHER_HOLDER.has(next.norm) || ctx.lex.nameLists.given.has(next.norm))))) return false;
  const prev = tokens[m.tokenStart - 1];
  if (prev && prev.kind === "word" && m.prefix === "") {
    const n = prev.norm;
    const head = !DEFINITE_WORD.test(n) && !isFunctionKey(ctx, n) && !ctx.lex.verbForms.has(n) && !prefixReadings(n).some((r) => ctx.lex.verbForms.has(r.stem) || isFunctionKey(ctx, r.stem));
    if (head && !HONORIFICS.has(n)) return false;
  }
  return true;
}

/** A dual or plural title (الرئيسان، الوزراء، القادة) names several people: no single holder. */
const PLURAL_TITLE = /^[وف]?(?:[بك]?ال|لل)?\S+(?:ان|ين|ون|اء)$|^[وف]?(?:ال)?قاده$/;

/** How many sentences back a bare title looks for its holder. */
const TITLE_REACH = 4;

const SPORTS_REACH = 3;

/** Words of sports reports (keys, without clitics) that no political report uses in another sense. */
const SPORTS_WORDS = new Set(
  ["مباراة", "المباراة", "مباريات", "المباريات", "اللاعب", "لاعب", "اللاعبين", "لاعبين", "المدرب", "مدرب", "الملعب", "ملعب", "النادي", "نادي", "الأندية", "الكأس", "كأس", "الشوط", "شوط", "انتقالات", "الانتقالات"].map((w) => normalizeKey(w)),
);

const SHAPE_BODY_ANAPHOR = 1;
const SHAPE_OWN_COUNTRY = 2;
const SHAPE_LED_FORCE = 4;
const SHAPE_BODY_UNIT = 8;
const SHAPE_OWNED_FORCE = 16;
const SHAPE_SPORTS = 32;
/** The owner of SHAPES: the shapes depend on the form alone, not on a lexicon. */
const SHAPE_OWNER = {};
const SHAPES = new FormFact<number>();
/**
 * Which of the stage's word-shape tests a word form passes (BODY_ANAPHOR ... SPORTS_FORMS),
 * one bit each, kept on the form's WordInfo: five regexes run once per form instead of
 * five passes over every token, and a pass no word of the document can start is skipped.
 */
function shapeOf(info: WordInfo | undefined, norm: string): number {
  const kept = SHAPES.get(info, SHAPE_OWNER);
  if (kept !== undefined) return kept;
  const bits =
    (BODY_ANAPHOR.test(norm) ? SHAPE_BODY_ANAPHOR : 0) |
    (OWN_COUNTRY.test(norm) ? SHAPE_OWN_COUNTRY : 0) |
    (LED_FORCE.test(norm) ? SHAPE_LED_FORCE : 0) |
    (BODY_UNIT.test(norm) ? SHAPE_BODY_UNIT : 0) |
    (OWNED_FORCE.test(norm) ? SHAPE_OWNED_FORCE : 0) |
    (SPORTS_FORMS.has(norm) ? SHAPE_SPORTS : 0);
  return SHAPES.set(info, SHAPE_OWNER, bits);
}

/** SPORTS_WORDS with the clitics they take (و، ف، ب، ل، لل for ال), looked up once per token. */
const SPORTS_FORMS: ReadonlySet<string> = new Set(
  [...SPORTS_WORDS].flatMap((w) => {
    const bare = ["", "ب", "ل"].map((p) => p + w).concat(w.startsWith("ال") ? ["لل" + w.slice(2)] : []);
    return bare.flatMap((f) => [f, "و" + f, "ف" + f]);
  }),
);

/** The word الفريق (the team, or the rank of lieutenant general), with clitics. */
const TEAM_WORD = /^[وف]?(?:[بلك]?ال|لل)فريق$/;

/** A sports club: the lexicon codes clubs as their country + SPT. */
function isClub(e: ActorEntry): boolean {
  return e.type === "organization" && e.code.endsWith("SPT");
}

/**
 * The club or news outlet a short form names where no full name licenses it:
 * a club's in a sports report (not when a full reading of the word was chosen:
 * `mediaOnly`), an outlet's alone between quotes or brackets or as a dateline's
 * credit. Bare or after و، ف، ل.
 */
function shortBodyAt(m: Mention, tokens: readonly Token[], d: EntityDoc, mediaOnly: boolean, lex: CompiledLexicon): ActorEntry | null {
  // للجزيرة: ل with the article only for an outlet a verb of speech addresses
  if (!/^[وف]?(?:ل|لل)?$/.test(m.prefix)) return null;
  const plain = /^[وف]?ل?$/.test(m.prefix);
  // الأدب العربي، العالم العربي: after a definite noun the word is its adjective;
  // العربي المصري: before a nationality it is a noun of its own (a player, a star)
  const prev = tokens[m.tokenStart - 1];
  const next = tokens[m.tokenEnd];
  const adjectival = m.prefix === "" && prev !== undefined && prev.kind === "word" && /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(prev.norm);
  const described = next !== undefined && next.kind === "word" && /^ال.{2,}ي$/.test(next.norm);
  for (const q of m.payloads) {
    if (q.kind !== "actor" || !q.short || q.entry.type !== "organization") continue;
    if (plain && !mediaOnly && isClub(q.entry) && !described && (sportsClub(tokens, m.tokenStart) || (!adjectival && sportsNear(d, m.tokenStart)))) return q.entry;
    if (q.entry.media === true && !isClub(q.entry) && ((m.prefix === "" && (enclosedAlone(tokens, m.tokenStart, m.tokenEnd) || mediaHeadBefore(prev))) || toOutlet(m, prev, next, lex))) return q.entry;
  }
  return null;
}

/** Nouns whose genitive is a news outlet (مراسل الجزيرة، فضائية العربية، موقع الحياة), as keys. */
/** Nouns for the other side of a conflict (keys): a sector in construct with one is that side's. */
/** Officials and envoys that belong to the body or state they are said to be "in" (مسؤول في الأمم المتحدة). */
const MEMBER_AGENTS: ReadonlySet<string> = new Set(["agent.officials", "agent.diplomats", "agent.delegation", "title.spokesperson", "title.envoy", "title.cadre"]);
/** A body's head noun with the article (and a conjunction or preposition), as a key: its clitics, and the head as bodies' names begin with it. */
const BODY_ANAPHOR = /^((?:[وف])?(?:[بل])?)(?:ال|ل)(حركه|جماعه|تنظيم|جبهه|منظمه|ميليشيا|مليشيا)$/;
/** How many sentences back a sector noun with the article takes up the same sector inferred before. */
const SECTOR_REACH = 10;
/** A pair named by the office of two people (الوزيران، الرئيسين، والزعيمان). */
const PERSON_PAIRS = /^(?:[وف])?(?:[بل]|لل)?(?:ال)?(?:وزير|رئيس|زعيم|قائد|ملك|امير)(?:ان|ين)$/;
/** How many sentences on a pair (الجانبان) is the pair named before. */
const PAIR_REACH = 3;
/** A unit of a body, with its clitics (قسم، لجنة، مكتب، بعثة ...). */
const BODY_UNIT = /^((?:[وف])?(?:[بل]|لل)?)(?:ال)?(?:قسم|لجنه|مكتب|بعثه|دائره|اداره|وحده|فرع|مفوضيه|هيئه)$/;
/** How many words may stand between a unit and the body it belongs to (قسم حقوق الإنسان في). */
const UNIT_REACH = 6;
/** Aircraft and armed men that may be said to belong to someone (طائرات حربية تابعة لـ). */
const OWNED_FORCE = /^(?:[وف])?(?:طائرات|طائره|مقاتلات|قوات|قوه|عناصر|مسلحون|مسلحين|وحدات|سفن|زوارق)$/;
/** Words between such a noun and تابعة: its adjective and a hedge (يعتقد أنها). */
const OWNED_BETWEEN: ReadonlySet<string> = new Set(["حربيه", "عسكريه", "مسيره", "بحريه", "مسلحه", "يعتقد", "يرجح", "يشتبه", "انها", "انهم"]);
const BELONGING = /^(?:ال)?تابع(?:ه|ين|ون)$/;
/** A coalition or a force, with its clitics (لتحالف، والقوات). */
const LED_FORCE = /^((?:[وف])?(?:[بل]|لل)?)(?:ال)?(?:تحالف|ائتلاف|قوات)$/;
/** "leads it" (تقوده، يقودها): the actor after it leads the coalition before it. */
const LED_BY = /^(?:ي|ت)قود(?:ه|ها)$/;
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["الذي", "التي", "الذين"]);
/** تقوده، التي تقودها from token k: the token of the led-by verb (its leader follows it), or -1. */
function ledByAt(tokens: readonly Token[], k: number): number {
  const at = RELATIVE_WORDS.has(tokens[k]?.norm ?? "") ? k + 1 : k;
  return LED_BY.test(tokens[at]?.norm ?? "") ? at : -1;
}
/** بلاده with its clitics: the prefix (و، ف، ب، ل) and the possessor's pronoun. */
const OWN_COUNTRY = /^((?:[وف])?(?:[بل])?)بلاد(?:ه|ها|هم|هما|نا)$/;
/** بلاده: a country named by its owner's pronoun, so an actor like a person (رفض بلاده للاحتلال: his country rejects). */
export function ownCountryWord(norm: string): boolean {
  return OWN_COUNTRY.test(norm);
}
/** How many sentences back the owner of بلاده may be named. */
const OWN_COUNTRY_REACH = 2;
/** How many sentences back a body's head noun alone looks for the body. */
const BODY_REACH = 3;
/** The region (الإقليم) as the owner of a sector noun, as keys. */
const REGION_WORDS: ReadonlySet<string> = new Set(["الإقليم", "للإقليم", "بالإقليم"].map((w) => normalizeKey(w)));
const REGION_NAME = normalizeKey("إقليم");
const OTHER_SIDES: ReadonlySet<string> = new Set(["الاحتلال", "التحالف", "العدو", "الانقلابيين", "الانقلاب", "المتمردين", "الغزاه", "المحتل"]);

/** Words for a kind of state before its name (جمهورية، مملكة، دولة), as keys. */
const STATE_WORDS: ReadonlySet<string> = new Set(["جمهورية", "مملكة", "دولة", "إمارة", "سلطنة", "إمارات", "جمهوريات"].map((w) => normalizeKey(w)));
/** An actor's positions and holdings that strikes aim at (مواقع، معاقل، تحصينات), as keys. */
const POSITION_HEADS: ReadonlySet<string> = new Set(["مواقع", "موقع", "معاقل", "معقل", "تحصينات", "ثكنات", "تجمعات", "تمركزات", "مخازن", "مستودعات", "أوكار", "اوكار", "مقرات"].map((w) => normalizeKey(w)));
/** Prepositions of aim (as keys): one before an actor's positions governs the actor. */
const AIM_PREPOSITIONS: ReadonlySet<string> = new Set(["على", "إلى", "ضد"].map((w) => normalizeKey(w)));
/** The buildings that seat an actor (مبنى البرلمان، مقر الأمم المتحدة), as keys. */
const SEAT_HEADS: ReadonlySet<string> = new Set(["مبنى", "مقر", "قصر", "مكتب", "بوابة", "مقار", "مقرات"].map((w) => normalizeKey(w)));
/** Prepositions of where a protest stands (أمام), that govern the actor behind its seat. */
const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(["أمام", "امام", "قرب", "خارج"].map((w) => normalizeKey(w)));
/** Prepositions after which a sound plural of a nationality is the people themselves (على قطريين). */
const PEOPLE_PREPOSITIONS = new Set(["علي", "ضد", "مع", "بين", "الي", "حول", "عن", "لدي"]);
/** Nouns of news outlets (keys without the article) that a nationality adjective may follow. */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(["انباء", "صحيفه", "وكاله", "قناه", "تلفزيون", "اذاعه", "صحف", "اعلام", "فضائيه", "مجله", "جريده"]);

const MEDIA_HEADS: ReadonlySet<string> = new Set(["مراسل", "مراسله", "مراسلي", "مراسلو", "فضائيه", "تلفزيون", "شاشه", "موقع", "قناه", "شبكه"]);

/** مراسل الجزيرة، لمراسلة الجزيرة: a reporter's or a channel's noun before the short name. */
function mediaHeadBefore(prev: Token | undefined): boolean {
  return prev !== undefined && prev.kind === "word" && prefixReadings(prev.norm).some((r) => /^[وفبل]*$/.test(r.prefix) && MEDIA_HEADS.has(r.stem));
}

/** وقال للجزيرة، وقال فلان للجزيرة إن: the outlet a speaker addresses with ل (after the verb, or before what was said). */
function toOutlet(m: Mention, prev: Token | undefined, next: Token | undefined, lex: CompiledLexicon): boolean {
  if (!/^[وف]?لل?$/.test(m.prefix) || prev === undefined || prev.kind !== "word") return false;
  if (next !== undefined && (next.text === ":" || lex.fw.sets.complementizers.has(next.norm) || lex.fw.sets.pronominalComplementizers.has(next.norm))) return true;
  return prefixReadings(prev.norm).some((r) => /^[وف]?$/.test(r.prefix) && (lex.verbForms.has(r.stem) || lex.triggersByFirst.has(r.stem)) && !/^[يت]/.test(r.stem));
}

/** Alone between « », " " or ( ), or a dateline's credit (الدوحة - قنا :). */
function enclosedAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const open = tokens[from - 1];
  const close = tokens[to];
  if (quotedAlone(tokens, from, to) || (open?.text === "(" && close?.text === ")")) return true;
  return open !== undefined && close !== undefined && /^[-ـ–]$/.test(open.text) && close.text === ":";
}

/** Words that take a sports club as their genitive (لاعب مانشستر، صفوف ليفربول، مرمى ميلان). */
const CLUB_HEADS: ReadonlySet<string> = new Set(["لاعب", "لاعبو", "لاعبي", "مدرب", "مهاجم", "مدافع", "حارس", "مرمى", "مرمي", "صفوف", "قميص", "جماهير", "جمهور", "رفقه", "ادارة", "اداره", "هداف", "نجم", "ضيفه", "ضيفها", "مضيفه", "مضيفها", "شباك", "فريقه", "فريقها", "ناديه", "ناديها"]);
/** A result against a team: فاز على، تغلب على، تعادل مع، خسر أمام. */
const RESULT_VERBS: ReadonlySet<string> = new Set(["فاز", "فوز", "الفوز", "تغلب", "التغلب", "تعادل", "التعادل", "خسر", "خسارة", "خساره", "هزم", "هزيمة", "هزيمه", "انتصر", "انتصار", "يلتقي", "التقى", "يواجه", "واجه", "مواجهة", "مواجهه", "مباراة", "مباراه", "لقاء"]);
/** فاز ليفربول، تعادلت روما: a city as the subject of a result verb. */
const RESULT_SUBJECT: ReadonlySet<string> = new Set(["فاز", "فازت", "تغلب", "تغلبت", "تعادل", "تعادلت", "خسر", "خسرت", "هزم", "هزمت", "انتصر", "انتصرت"]);
const RESULT_PREPS: ReadonlySet<string> = new Set(["على", "علي", "امام", "مع", "ضد"]);

/** A city named where a team is meant: after a player's or a squad's noun, or after a result verb and its preposition. */
function sportsClub(tokens: readonly Token[], at: number): boolean {
  const b1 = tokens[at - 1];
  if (!b1 || b1.kind !== "word") return false;
  if (prefixReadings(b1.norm).some((r) => CLUB_HEADS.has(r.stem) || RESULT_SUBJECT.has(r.stem))) return true;
  if (!RESULT_PREPS.has(b1.norm)) return false;
  // فاز على مانشستر، فاز ليفربول على مانشستر: the verb, or the verb and its subject, before the preposition
  for (let q = at - 2; q >= at - 3 && q >= 0; q--) {
    const b = tokens[q] as Token;
    if (b.kind === "word" && prefixReadings(b.norm).some((r) => RESULT_VERBS.has(r.stem) || RESULT_SUBJECT.has(r.stem))) return true;
  }
  return false;
}

/**
 * One person, one span: a one-word person name beside another person name with
 * no conjunction is part of it (رامون + كالديرون), so are two names joined by
 * بن or آل (مكتوم + بن + محمد بن راشد), and a given name just before a person's
 * name is its first name (لوسي يعقوب). Two full names side by side stay two
 * people. Names are sorted by start; one pass.
 */
function joinPersonNames(names: readonly NameSpan[], tokens: readonly Token[], lex: CompiledLexicon, text: string): NameSpan[] {
  const out: NameSpan[] = [];
  const given = lex.nameLists.given;
  for (const n of names) {
    let cur = n;
    if (cur.cls === "person") {
      const prev = out[out.length - 1];
      const first = tokens[cur.tokenStart] as Token;
      // a clitic stripped from the first word (و، ل) starts a new phrase
      const clitic = cur.start > first.start;
      // الشيخ راشد + بن + محمد بن راشد آل مكتوم: a connector between two names joins them too
      const between = prev ? tokens[prev.tokenEnd] : undefined;
      const bridged = prev !== undefined && between !== undefined && prev.tokenEnd + 1 === cur.tokenStart && between.kind === "word" && CHAIN_LINKS.has(between.norm);
      // two full names side by side are two people (استقبل أبو عبد الله الزهري عبد الرحمن السالمي)
      const oneWord = prev !== undefined && (prev.tokenEnd - prev.tokenStart === 1 || cur.tokenEnd - cur.tokenStart === 1);
      if (prev && prev.cls === "person" && ((prev.tokenEnd === cur.tokenStart && oneWord) || bridged) && !clitic && cur.tokenEnd - prev.tokenStart <= MAX_JOINED) {
        out[out.length - 1] = { ...prev, tokenEnd: cur.tokenEnd, end: cur.end, text: text.slice(prev.start, cur.end), entity: prev.entity ?? cur.entity };
        continue;
      }
      cur = withRegnalNumber(cur, tokens, text);
      const before = tokens[cur.tokenStart - 1];
      // منى عبد الغني: an ambiguous given name too, before a name that itself starts with a given name
      // (not على, the preposition)
      const ambiguousFirst = before !== undefined && lex.nameLists.ambiguous.has(before.norm) && !isFunctionKey({ lex }, before.norm) && startsWithGiven(cur, tokens, lex);
      // بيل غيتس، دان فلان، ويحيى فلان: a family name read alone (a known person's, or one seen in full)
      // takes the given name before it, an ambiguous one or one after و too
      const familyAlone = cur.tokenEnd - cur.tokenStart === 1 && FAMILY_ALONE_VIAS.has(cur.via);
      const free = before !== undefined && (!prev || prev.tokenEnd <= before.index);
      const andGiven = familyAlone && free && before.kind === "word" && before.norm.startsWith("و") && given.has(before.norm.slice(1)) && !lex.nameLists.ambiguous.has(before.norm.slice(1));
      if (!clitic && before && before.kind === "word" && given.has(before.norm) && (!lex.nameLists.ambiguous.has(before.norm) || ambiguousFirst || (familyAlone && !isFunctionKey({ lex }, before.norm))) && free && cur.tokenEnd - before.index <= MAX_JOINED) {
        cur = { ...cur, tokenStart: before.index, start: before.start, text: text.slice(before.start, cur.end) };
      } else if (!clitic && familyAlone && free && (cur.via === "surname" || cur.via === "short-form") && foreignGivenShaped(before, lex)) {
        cur = { ...cur, tokenStart: before.index, start: before.start, text: text.slice(before.start, cur.end) };
      } else if (!clitic && andGiven) {
        const start = before.start + originalOffset(before.text, 1);
        cur = { ...cur, tokenStart: before.index, start, text: text.slice(start, cur.end) };
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * جايلي كينغ، روين فرنانديز: before a foreign person's family name, a word no list holds
 * with a foreign name's shape (no article, clitic, verb, participle, plural (جهود) or feminine ending)
 * is the given name.
 */
function foreignGivenShaped(t: Token | undefined, lex: CompiledLexicon): t is Token {
  if (t === undefined || t.kind !== "word") return false;
  const n = t.norm;
  return n.length >= 4 && /^[^اوفبلكمتيسن]/.test(n) && !/(?:ه|ات|ين|ون|ا)$/.test(n) && !/^ا[^ا]{3}$/.test(n) && !/^[^اوي]{2}و[^اوي]$/.test(n) && !lex.verbForms.has(n) && !lex.nameLists.cues.notNames.has(n) && !lex.nameLists.cues.honorifics.has(n) && !isFunctionKey({ lex }, n);
}
const MAX_JOINED = 7;
const TANWEEN = /[\u064B-\u064D]/;
/** Ways a one-word person's name is read as a family name alone. */
const FAMILY_ALONE_VIAS: ReadonlySet<string> = new Set(["short-form", "surname", "family-name", "verb-subject"]);

/** Does the name's first word (after any clitic) read as a given name or a connector (عبد، أبو)? */
function startsWithGiven(n: NameSpan, tokens: readonly Token[], lex: CompiledLexicon): boolean {
  const first = tokens[n.tokenStart];
  if (!first || first.kind !== "word") return false;
  // عز الدين: the first half of a compound given name
  if (tokens[n.tokenStart + 1]?.norm === "الدين") return true;
  return prefixReadings(first.norm).some((r) => r.prefix === "" && (lex.nameLists.given.has(r.stem) || lex.nameLists.cues.connectors.has(r.stem) || r.stem.startsWith("عبد")));
}

/** Titles of those who reign (a regnal number after their name is part of it). */
const REIGNING: ReadonlySet<string> = new Set(["الملك", "الملكه", "البابا", "الامبراطور", "الامبراطوره", "القيصر", "السلطان", "الشاه", "الخليفه", "الفرعون", "ملك", "الامير", "الاميره"]);

/**
 * A regnal number after a name (فؤاد الأول) is part of it when the name is one
 * word or follows a reigning title, and the number ends the phrase (not الأول في).
 */
function withRegnalNumber(n: NameSpan, tokens: readonly Token[], text: string): NameSpan {
  const next = tokens[n.tokenEnd];
  if (!next || next.kind !== "word" || !REGNAL.has(next.norm)) return n;
  const title = tokens[n.tokenStart - 1];
  const reigning = title !== undefined && title.kind === "word" && prefixReadings(title.norm).some((r) => REIGNING.has(r.stem));
  if (!reigning && n.tokenEnd - n.tokenStart > 1) return n;
  let end = n.tokenEnd + 1;
  // الرابع عشر، الحادي عشر
  if (tokens[end]?.norm === "عشر") end++;
  const last = tokens[end - 1] as Token;
  return { ...n, tokenEnd: end, end: last.end, text: text.slice(n.start, last.end) };
}

/** Words that link a person's name to a father's or family name, as keys (آل folds to ال). */
const CHAIN_LINKS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ولد", "ال"]);

/**
 * Can a name's last word stand alone for the person elsewhere? Four letters at
 * least (دين، عدد، شرق are words first), not a feminine plural, a stop word, a
 * verb, a closed word or a title (الملك).
 */
function surnameLike(w: string, lex: CompiledLexicon, vouched = false, familyDivine = false, minLength = 4): boolean {
  if (w.length < minLength || /ات$/.test(w) || lex.nameLists.cues.notNames.has(w) || lex.verbForms.has(w) || lex.triggersByFirst.has(w)) return false;
  if (isFunctionKey({ lex }, w)) return false;
  // الملك، الشيخ: a title is never a family name alone
  const cues = lex.nameLists.cues;
  if (cues.honorifics.has(w)) return false;
  // a listed foreign given name (ماريا، أنجيلا) has any shape
  if (lex.nameLists.foreign.has(w)) return true;
  // a chain read too far ends in a common word: an accusative (برنامجا), a broken plural
  // (أعضاء) or a feminine noun (مزرعة) is no family name to repeat alone
  // (ديمورا، كوستا after a foreign given name or a cue that vouched for the whole name is a
  // family name: an accusative takes no such place)
  if ((vouched ? /(?:اء|ه)$/ : /(?:[^ا]ا|اء|ه)$/).test(w) && !w.startsWith("ال")) return false;
  if (w.startsWith("ال")) {
    // الدين، الرحمن: the second half of a compound given name; الخامس: a regnal number;
    // النسبية، الملكية: a feminine nisba is an adjective or an abstract noun
    // (a divine name is a family name only where no عبد made it half of a given name: توفيق الحكيم)
    if (w === "الدين" || (cues.divine.has(w) && (!familyDivine || w === "الله")) || REGNAL.has(w) || /يه$/.test(w) || w.length < 5) return false;
  }
  return true;
}

/**
 * May this reading of token i be a family name seen in full elsewhere in the
 * document? Only bare or after a conjunction or ل (بسبب، بعنوان: with ب or ك
 * the word is mostly a common one), and a family name with the article
 * (الحكيم) not right after a definite word, which it would describe (القائد الحكيم).
 */
function familyNameAt(tokens: readonly Token[], i: number, r: CliticAnalysis, lex: CompiledLexicon): boolean {
  if (!/^[وف]?ل?$/.test(r.prefix)) return false;
  if (!r.stem.startsWith("ال")) return true;
  if (r.prefix.endsWith("ل")) return false;
  const prev = tokens[i - 1];
  return !(prev !== undefined && prev.kind === "word" && /^(?:[وف]?(?:ال|[بك]ال|لل))/.test(prev.norm) && !lex.verbForms.has(prev.norm));
}

/**
 * Names no lexicon holds, found by their shape. A person gets one
 * document-local id however often it is named: the full name, or elsewhere in the document its
 * last word alone (the family name) or a foreign given name that opened it.
 */
function namesBeyondLexicon(
  text: string,
  tokens: readonly Token[],
  layers: Pick<Layers, "readings" | "sentences" | "mentions" | "times">,
  lex: CompiledLexicon,
  known: readonly NameSpan[],
  reg: Registry,
): NameSpan[] {
  const covered = new Set<number>();
  for (const n of known) for (let k = n.tokenStart; k < n.tokenEnd; k++) covered.add(k);
  const timeTokens = new Set<number>();
  for (const t of layers.times) addTokensOverlapping(tokens, t, timeTokens);
  const readings = layers.readings;
  const found = recognizeNames({ tokens, sentences: layers.sentences, lex, mentions: layers.mentions, covered, timeTokens, prefixOf: (i) => readings.prefix(i), infoOf: (i) => readings.info(i) });
  const out: NameSpan[] = [];
  const idOf = new Map<string, string>();
  const bySurname = new Map<string, string>();
  // persons already linked to an unknown name after a title keep their id
  for (const n of known) if (n.entity && n.cls === "person") idOf.set(normalizeKey(n.text), n.entity);
  // ... and so do the unknown names a title gave a code to (وزير الخارجية الأردني سامي الخطيب)
  for (const e of reg.byId.values()) if (e.type === "person" && e.entry === null && !idOf.has(normalizeKey(e.name))) idOf.set(normalizeKey(e.name), e.id);
  /**
   * مايكل نيومان ... مايكل: a foreign given name that opened a full name names that
   * person alone too (an Arabic given name alone is a name anyway, or a common word).
   */
  const addForeignGiven = (at: number, entity: string): void => {
    const r = readings.prefix(at).find((x) => /^[وف]?$/.test(x.prefix) && lex.nameLists.foreign.has(x.stem));
    if (r && r.stem.length >= 4 && !lex.nameLists.ambiguous.has(r.stem) && !bySurname.has(r.stem) && surnameLike(r.stem, lex)) bySurname.set(r.stem, entity);
  };
  const foreignGivenAt = (at: number): boolean => readings.prefix(at).some((x) => /^[وف]?$/.test(x.prefix) && lex.nameLists.foreign.has(x.stem));
  // a lexicon person named in full: the last word alone names them elsewhere in the document (كوندوليزا رايس ... رايس)
  for (const n of known) {
    if (n.cls !== "person" || !n.entity || n.tokenEnd - n.tokenStart < 2) continue;
    const last = (tokens[n.tokenEnd - 1] as Token).norm;
    // (a family name with the article only of the nisba shape: المالكي، الحريري; الأسد is also a lion)
    if ((!last.startsWith("ال") || /[^ا]ي$/.test(last)) && !lex.nameLists.given.has(last) && !bySurname.has(last) && surnameLike(last, lex)) bySurname.set(last, n.entity);
    addForeignGiven(n.tokenStart, n.entity);
  }
  const adjectiveAt = new Set<number>();
  for (const m of layers.mentions) if (m.payloads.some((p) => p.kind === "adjective")) for (let k = m.tokenStart; k < m.tokenEnd; k++) adjectiveAt.add(k);
  let count = [...reg.byId.keys()].filter((id) => id.startsWith("local.")).length;
  const span = (f: { tokenStart: number; tokenEnd: number; prefixLength: number }): { start: number; end: number; text: string } => {
    const first = tokens[f.tokenStart] as Token;
    const last = tokens[f.tokenEnd - 1] as Token;
    const start = first.start + originalOffset(first.text, f.prefixLength);
    return { start, end: last.end, text: text.slice(start, last.end) };
  };
  for (const f of found) {
    const sp = span(f);
    let entity: string | null = null;
    if (f.cls === "person") {
      const key = normalizeKey(sp.text);
      entity = idOf.get(key) ?? bySurname.get(key) ?? null;
      if (!entity) {
        entity = `local.name-${++count}`;
        idOf.set(key, entity);
      }
      // a full name's last word, or a one-word name that a title or a verb vouched for (وقال كينيون)
      if (f.tokenEnd - f.tokenStart > 1 || f.via === "title+name" || f.via === "verb-subject" || f.via === "nationality+name") {
        const last = (tokens[f.tokenEnd - 1] as Token).norm;
        // أبو حمزة المصري: a nationality that ends a name is no family name of its own elsewhere
        // a foreign given name first, or a cue that reads only foreign-shaped words (not a title:
        // الفنان فلان برنامجا), vouches for a family name in ا
        const vouched = f.tokenEnd - f.tokenStart > 1 && (f.via === "verb-subject" || f.via === "nationality+name" || foreignGivenAt(f.tokenStart));
        const before = tokens[f.tokenEnd - 2];
        const familyDivine = f.tokenEnd - f.tokenStart > 1 && before !== undefined && !/^[وفبل]?عبد$/.test(before.norm) && !lex.nameLists.cues.connectors.has(before.norm);
        // سيباستيان لوب ... لوب: after a foreign given name a family name of three letters stands alone too
        const minLength = f.tokenEnd - f.tokenStart === 2 && foreignGivenAt(f.tokenStart) && !lex.nameLists.given.has(last) && !last.endsWith("ا") ? 3 : 4;
        if (!bySurname.has(last) && surnameLike(last, lex, vouched, familyDivine, minLength) && !adjectiveAt.has(f.tokenEnd - 1)) bySurname.set(last, entity);
      }
      if (f.tokenEnd - f.tokenStart > 1) addForeignGiven(f.tokenStart, entity);
    }
    out.push({ tokenStart: f.tokenStart, tokenEnd: f.tokenEnd, ...sp, cls: f.cls, entity, via: f.via });
  }
  // بمنطقة بوداي ... قرب بوداي: a place a cue named names the same place alone elsewhere in the
  // document (one word, no article: a definite word alone is too often a common noun)
  const placeWords = new Map<string, NameClass>();
  for (const f of found) {
    if (f.cls !== "location" || f.tokenEnd - f.tokenStart !== 1 || !PLACE_VIAS.has(f.via)) continue;
    const w = (tokens[f.tokenStart] as Token).norm.slice(f.prefixLength);
    if (w.length >= 4 && !w.startsWith("ال") && !lex.nameLists.given.has(w) && !lex.verbForms.has(w) && !lex.triggersByFirst.has(w) && !isFunctionKey({ lex }, w)) placeWords.set(w, "location");
  }
  if (placeWords.size > 0) {
    const taken = new Set(covered);
    for (const k of timeTokens) taken.add(k);
    for (const n of out) for (let k = n.tokenStart; k < n.tokenEnd; k++) taken.add(k);
    for (const m of layers.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
    const endings = endingsOf(placeWords.keys());
    for (const tok of tokens) {
      if (tok.kind !== "word" || !mayEndIn(tok.norm, endings) || taken.has(tok.index)) continue;
      const rs = readings.prefix(tok.index);
      const r = readingWithStemIn(rs, placeWords, CLITICS_WF_BL);
      if (!r || isFunctionReading({ lex }, rs)) continue;
      const sp = span({ tokenStart: tok.index, tokenEnd: tok.index + 1, prefixLength: r.prefixLength });
      out.push({ tokenStart: tok.index, tokenEnd: tok.index + 1, ...sp, cls: "location", entity: null, via: "same-place" });
    }
  }
  // the family name alone, before or after the full name, is the same person
  if (bySurname.size > 0) {
    const taken = new Set(covered);
    for (const n of out) for (let k = n.tokenStart; k < n.tokenEnd; k++) taken.add(k);
    const endings = endingsOf(bySurname.keys());
    for (const tok of tokens) {
      if (tok.kind !== "word" || !mayEndIn(tok.norm, endings) || taken.has(tok.index)) continue;
      const rs = readings.prefix(tok.index);
      // the cheap test first: most words are no family name seen in this document
      if (!hasStemIn(rs, bySurname) || isFunctionReading({ lex }, rs) || /\u0649$/.test(tok.text)) continue;
      for (const r of rs) {
        const id = bySurname.get(r.stem);
        // one person per document: the family name alone before the full name is the same
        // person too (a lead may name the person in full only later, and a window of
        // sentences may leave the full name in the window before)
        if (!id || !familyNameAt(tokens, tok.index, r, lex)) continue;
        // فان باستن، دي ميستورا: the particle before a family name is part of it (فإن "so" is none)
        const prev = tokens[tok.index - 1];
        const from = r.prefix === "" && prev !== undefined && prev.kind === "word" && !taken.has(prev.index) && FOREIGN_PARTICLES.has(prev.norm) && !/[أإ]/.test(prev.text) ? prev.index : tok.index;
        const sp = span({ tokenStart: from, tokenEnd: tok.index + 1, prefixLength: from === tok.index ? r.prefixLength : 0 });
        out.push({ tokenStart: from, tokenEnd: tok.index + 1, ...sp, cls: "person", entity: id, via: "family-name" });
        break;
      }
    }
  }
  // بلير، أنان alone where the lexicon lists only the full name: the family name of a
  // person from outside the Arab states (Arabic family names are too often common words)
  const surnames = foreignSurnamesOf(lex);
  if (surnames.size > 0) {
    // the test depends only on the word form: one answer per form and lexicon
    const hitOf = (tok: Token): CliticAnalysis | null => {
      const rs = readings.prefix(tok.index);
      const hit = readingWithStemIn(rs, surnames, CLITICS_WF_L);
      return !hit || isFunctionReading({ lex }, rs) || /\u0649$/.test(tok.text) ? null : hit;
    };
    let taken: Uint8Array | null = null;
    for (const tok of tokens) {
      if (tok.kind !== "word") continue;
      const info = readings.info(tok.index);
      let hit = SURNAME_HITS.get(info, lex);
      if (hit === undefined) hit = SURNAME_HITS.set(info, lex, hitOf(tok));
      if (!hit) continue;
      if (!taken) {
        taken = new Uint8Array(tokens.length);
        for (const k of covered) taken[k] = 1;
        for (const k of timeTokens) taken[k] = 1;
        for (const n of out) taken.fill(1, n.tokenStart, n.tokenEnd);
        for (const m of layers.mentions) taken.fill(1, m.tokenStart, m.tokenEnd);
      }
      if (taken[tok.index]) continue;
      const sp = span({ tokenStart: tok.index, tokenEnd: tok.index + 1, prefixLength: hit.prefixLength });
      out.push({ tokenStart: tok.index, tokenEnd: tok.index + 1, ...sp, cls: "person", entity: null, via: "surname" });
    }
  }
  return out;
}

/** A council or an office between a title and its body (المتحدث باسم مجلس قيادة المقاومة), as keys. */
const TITLE_BODY_WORDS: ReadonlySet<string> = new Set(["مجلس", "هيئة", "لجنة", "مكتب", "المجلس", "الهيئة", "اللجنة", "المكتب"].map((w) => normalizeKey(w)));

/** Places and institutions named after a person (مستشفى الملك فهد، جامعة الملك سعود), as keys. */
const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set(
  ["مستشفى", "مستشفيات", "مدينة", "جامعة", "كلية", "مطار", "طريق", "شارع", "حديقة", "مركز", "مؤسسة", "مسجد", "جائزة", "قاعدة", "ميناء", "جسر", "ملعب", "استاد", "ستاد", "مجمع", "معهد", "برنامج", "كرسي", "مكتبة", "دارة", "قصر", "حي", "ميدان", "منتزه", "مصنع", "صالة", "قاعة", "مدرسة", "مدارس", "أكاديمية", "مشروع", "وقف", "منحة", "بطولة", "كأس", "دوري", "سد", "محطة", "نادي", "مجلس"].map((w) => normalizeKey(w)),
);
/** Titles that stand between such a head and the person (مستشفى الملك فهد، مطار الأمير نايف), as keys. */
const NAMED_AFTER_TITLES: ReadonlySet<string> = new Set(["الملك", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان", "الامام", "الرئيس", "خادم", "الحرمين", "الشريفين", "المغفور", "له", "الراحل", "الشهيد", "المؤسس"]);
const NASAB: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ابنه"]);

/** Per person, the first words of its full names, as keys (one computation per lexicon entry). */
const FIRST_NAMES = new WeakMap<PersonEntry, ReadonlySet<string>>();

/** Is the short form the person's given name (فهد of فهد بن عبد العزيز), not a family name (بوش)? */
function givenShortForm(m: Mention, entry: PersonEntry): boolean {
  let firsts = FIRST_NAMES.get(entry);
  if (!firsts) {
    firsts = new Set((entry.ar?.names ?? []).map((n) => normalizeKey(n).split(" ")[0] ?? ""));
    FIRST_NAMES.set(entry, firsts);
  }
  return firsts.has(normalizeKey(m.text));
}

/**
 * Is this lexicon person's mention part of another name, and which tokens does
 * that name span? The father's name in a nasab (بندر بن عبدالله بن عبدالعزيز) or
 * after a given name (أميرة عبدالله القوقاني); a given name alone whose chain goes
 * on (فهد بن خالد، عبدالله القريني: another Fahd or Abdullah); or a place or
 * institution named after the person (مستشفى الملك فهد: the person's name only).
 */
/**
 * A phrase grown to `tokenEnd`/`end` (the next words or members joined to it), written out
 * field by field in the order of the phrases made in the entities stage: a spread copy
 * ({ ...prev, tokenEnd }) gets another hidden class, and the later stages' reads of phrases
 * then met two shapes and were deoptimised for the second ("wrong map").
 */
function extendedPhrase(prev: Phrase, tokenEnd: number, end: number, members: readonly string[], compound: boolean, canAct: boolean, inferred: boolean): Phrase {
  return {
    index: prev.index,
    sentence: prev.sentence,
    tokenStart: prev.tokenStart,
    tokenEnd,
    start: prev.start,
    end,
    headStart: prev.headStart,
    headEnd: prev.headEnd,
    members,
    prep: prev.prep,
    conj: prev.conj,
    compound,
    inferred,
    canAct,
  };
}

/** Token k, when it is a word of the sentence of token `at`; else null (insideAnotherName's reach). */
function wordNear(tokens: readonly Token[], sentenceOfToken: ArrayLike<number>, at: number, k: number): Token | null {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && k >= 0 && k < tokens.length && sentenceOfToken[k] === sentenceOfToken[at] ? t : null;
}
/** A given name that is not also a common word. */
function givenName(lex: CompiledLexicon, t: Token | null): boolean {
  return t !== null && lex.nameLists.given.has(t.norm) && !lex.nameLists.ambiguous.has(t.norm);
}
/** Where the name chain ends that goes on after token k (in the sentence of token `at`): بن + a word, as often as it repeats. */
function nasabEnd(tokens: readonly Token[], sentenceOfToken: ArrayLike<number>, at: number, k: number): number {
  for (let e = k; ; e += 2) {
    const w = wordNear(tokens, sentenceOfToken, at, e);
    if (w === null || !NASAB.has(w.norm) || wordNear(tokens, sentenceOfToken, at, e + 1) === null) return e;
  }
}

function insideAnotherName(
  m: Mention,
  short: boolean,
  givenAlone: boolean,
  tokens: readonly Token[],
  sentenceOfToken: ArrayLike<number>,
  lex: CompiledLexicon,
  mentionStartAt: ReadonlyMap<number, Mention>,
  timeTokens: ReadonlySet<number>,
): { tokenStart: number; tokenEnd: number; namedAfter?: true } | null {
  // (the helpers are module functions, not closures made on each call: this runs for every
  // lexicon person's mention)
  const at = m.tokenStart;
  const prev = wordNear(tokens, sentenceOfToken, at, m.tokenStart - 1);
  if (m.prefix === "" && prev !== null && (NASAB.has(prev.norm) || (givenName(lex, prev) && !mentionStartAt.has(prev.index)))) {
    // back to the chain's first name: given names, and a name before each بن
    let b = m.tokenStart;
    for (let steps = 0; steps < 6; steps++) {
      const p1 = wordNear(tokens, sentenceOfToken, at, b - 1);
      if (p1 !== null && NASAB.has(p1.norm) && wordNear(tokens, sentenceOfToken, at, b - 2) !== null) b -= 2;
      else if (p1 !== null && givenName(lex, p1) && !mentionStartAt.has(p1.index)) b -= 1;
      else break;
    }
    return { tokenStart: b, tokenEnd: nasabEnd(tokens, sentenceOfToken, at, m.tokenEnd) };
  }
  // back over the titles to the noun the name is in construct with
  let k = m.tokenStart - 1;
  while (k >= m.tokenStart - 4 && wordNear(tokens, sentenceOfToken, at, k) !== null && NAMED_AFTER_TITLES.has((wordNear(tokens, sentenceOfToken, at, k) as Token).norm)) k--;
  const head = k < m.tokenStart - 1 || m.prefix === "" ? wordNear(tokens, sentenceOfToken, at, k) : null;
  if (head !== null) {
    const bare = head.norm.replace(/^[وف]?[بلك]?/, "");
    if (NAMED_AFTER_HEADS.has(bare) || NAMED_AFTER_HEADS.has(head.norm)) return { tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, namedAfter: true };
  }
  const next = wordNear(tokens, sentenceOfToken, at, m.tokenEnd);
  if (next === null) return null;
  // any short form with a nasab after it is a given name of someone else (العميد سليمان بن عبدالرحمن)
  if (short && NASAB.has(next.norm)) return { tokenStart: m.tokenStart, tokenEnd: nasabEnd(tokens, sentenceOfToken, at, m.tokenEnd) };
  if (!givenAlone) return null;
  // a family name after the given name: a definite word that is no other name, title,
  // place, time, regnal number, verb or closed word (فهد الطفيل; not الملك سلمان الرئيس)
  const n = next.norm;
  const family = n.startsWith("ال") && n.length >= 5 && !mentionStartAt.has(next.index) && !timeTokens.has(next.index) && !REGNAL.has(n) && !lex.verbForms.has(n) && !isFunctionKey({ lex }, n) && !lex.nameLists.cues.honorifics.has(n) && !lex.nameLists.cues.notNames.has(n);
  return family ? { tokenStart: m.tokenStart, tokenEnd: m.tokenEnd + 1 } : null;
}

const CLITICS_WF_BL = /^[وف]?[بل]?$/;
const CLITICS_WF_L = /^[وف]?ل?$/;
/**
 * The last two code units of a key as one number, or -1 for a key shorter than that.
 * A prefix reading's stem ends as its word does (proclitics come off the front
 * only, and لل + word reads ال + word), so a word whose ending is no stem's of a
 * small set has no reading in it: the passes over every token below test the
 * token's own key against the endings first, without loading its readings.
 */
function endingOf(key: string): number {
  return key.length < 2 ? -1 : key.charCodeAt(key.length - 2) * 0x10000 + key.charCodeAt(key.length - 1);
}
/** The endings of a set of stems, or null when a stem is too short to have one (then no word may be skipped). */
function endingsOf(keys: Iterable<string>): number[] | null {
  const out: number[] = [];
  for (const k of keys) {
    const e = endingOf(k);
    if (e < 0) return null;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}
/** May a word with this key have a prefix reading whose stem has one of `endings` (see endingOf)? */
function mayEndIn(norm: string, endings: readonly number[] | null): boolean {
  if (endings === null) return true;
  const e = endingOf(norm);
  for (let k = 0; k < endings.length; k++) if (endings[k] === e) return true;
  return false;
}
/** Whether a reading's stem is in `set` (a loop: a closure per token for .some cost an allocation each). */
function hasStemIn(rs: readonly CliticAnalysis[], set: { has(key: string): boolean }): boolean {
  for (let k = 0; k < rs.length; k++) if (set.has((rs[k] as CliticAnalysis).stem)) return true;
  return false;
}
/** The first reading whose stem is in `set` and whose proclitics `clitics` matches. */
function readingWithStemIn(rs: readonly CliticAnalysis[], set: { has(key: string): boolean }, clitics: RegExp): CliticAnalysis | undefined {
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k] as CliticAnalysis;
    if (set.has(r.stem) && clitics.test(r.prefix)) return r;
  }
  return undefined;
}

/** The recogniser's ways of finding a place by a cue before or after it. */
const PLACE_VIAS: ReadonlySet<string> = new Set(["placeCues", "area", "in-place"]);
/** One-syllable family names (وانغ، تشنغ) that are as often a given name's part or a common word in Arabic script. */
const EAST_ASIAN: ReadonlySet<string> = new Set(["CHN", "TWN", "HKG", "KOR", "PRK", "VNM"]);
const FOREIGN_SURNAMES = new WeakMap<CompiledLexicon, ReadonlySet<string>>();
/** Per lexicon, per word form: the reading that is a foreign family name, or null. */
const SURNAME_HITS = new FormFact<CliticAnalysis | null>();
/**
 * The family names (last words) of the lexicon's people from outside the Arab
 * states, as keys: a reader takes بلير or أنان alone for a person. Words that
 * are given names, never names, verbs or closed words are left out.
 */
function foreignSurnamesOf(lex: CompiledLexicon): ReadonlySet<string> {
  let set = FOREIGN_SURNAMES.get(lex);
  if (set) return set;
  const all = new Set<string>();
  const cues = lex.nameLists.cues;
  for (const e of lex.actorsById.values()) {
    if (e.type !== "person" || !e.ar || ARABIC_STATES.has(e.country)) continue;
    for (const name of e.ar.names) {
      const words = normalizeKey(name).split(" ");
      const last = words[words.length - 1] ?? "";
      if (words.length < 2 || last.length < 4 || last.startsWith("ال") || EAST_ASIAN.has(e.country)) continue;
      // فوري، زاده، أظهر: a nisba, a final ه and the أفعل pattern are Arabic words' shapes
      if (/(?:ي|ه)$/.test(last) || /^ا[^ا]{3}$/.test(last)) continue;
      if (lex.nameLists.given.has(last) || cues.connectors.has(last) || cues.notNames.has(last) || cues.honorifics.has(last) || lex.verbForms.has(last) || lex.triggersByFirst.has(last) || isFunctionKey({ lex }, last)) continue;
      all.add(last);
    }
  }
  set = all;
  FOREIGN_SURNAMES.set(lex, set);
  return set;
}
