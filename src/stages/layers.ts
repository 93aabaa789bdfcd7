/**
 * The annotation layers of a document, each added by one stage. All spans are
 * standoff: offsets into the untouched original text.
 */
import type { Codebook } from "../cameo/codebook.js";
import type { Sentence } from "../lang/ar/sentences.js";
import type { TimeExpression, TimeLexicon } from "../lang/ar/time.js";
import type { CliticAnalysis, Token } from "../lang/ar/tokenize.js";
import type { CompiledLexicon, NamePayload, TriggerPattern, TopicPattern } from "../lexicon/compile.js";
import type { ActorEntry, AgentEntry } from "../lexicon/schema.js";
import type { EntityType, Modality } from "../core/record.js";
import type { ReadingCache } from "./readings.js";

export interface Resources {
  readonly lex: CompiledLexicon;
  readonly time: TimeLexicon;
  readonly codebook: Codebook;
}

/** A lexicon match over one or more tokens. */
export interface Mention {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Character span without the clitic prefix (والصين → الصين). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalised proclitics on the first token ("و", "ب", "لل"...). */
  readonly prefix: string;
  readonly payloads: readonly NamePayload[];
  readonly via: "exact" | "translit";
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly code: string;
  readonly country: string | null;
  readonly entry: ActorEntry | null;
  readonly agent: AgentEntry | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** A news agency: reports events, is not an actor of them. */
  readonly media: boolean;
}

/** An actor noun phrase: one entity, or several joined by و, or الجانبان. */
export interface Phrase {
  readonly index: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** The span that names the actor (its head), for evidence. */
  readonly headStart: number;
  readonly headEnd: number;
  readonly members: readonly string[];
  /** The preposition that governs the phrase ("ب", "ل", "مع", "على" ...), or null. */
  readonly prep: string | null;
  /** Starts with the conjunction و/ف (a coordinated phrase or clause). */
  readonly conj: boolean;
  /** A phrase made of coordinated parts (الصين وروسيا). */
  readonly compound: boolean;
  /**
   * Can this phrase be the subject of a verb? A nationality adjective after some
   * noun (العداءة الكينية) or a city that is not a seat of government (دبي) names
   * where someone is from, not who acts.
   */
  readonly canAct: boolean;
  /** An unnamed sector whose country was inferred from context (الجيش، فصائل مسلحة). */
  readonly inferred: boolean;
}

export interface EntityLayer {
  readonly entities: readonly Entity[];
  /** Mentions that became part of an entity, with the entity id. */
  readonly links: readonly { readonly entity: string; readonly start: number; readonly end: number; readonly text: string }[];
  readonly phrases: readonly Phrase[];
  /** token index → phrase index, -1 when none. */
  readonly phraseOfToken: Int32Array;
  /**
   * Every named span the document holds, with or without an actor code: lexicon
   * names, names found by their shape (a given name, a title, an organisation's
   * head noun) and other proper names (currencies, religions, events). Named-entity
   * output reads this; event coding does not.
   */
  readonly names?: readonly NameSpan[];
}

export type NameClass = "person" | "location" | "organization" | "misc";

export interface NameSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Character span without a clitic prefix. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cls: NameClass;
  /** The entity it names, when it is one (a lexicon actor or a document-local person). */
  readonly entity: string | null;
  /** Which rule found it, for error analysis. */
  readonly via: string;
}

export interface TriggerMatch {
  readonly pattern: TriggerPattern;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The matched words' token indices (gaps excluded). */
  readonly tokens: readonly number[];
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The reading of the first token that matched (carries the future سـ). */
  readonly reading: CliticAnalysis;
}

export interface TopicMatch {
  readonly pattern: TopicPattern;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface VerbInfo {
  readonly token: number;
  readonly sentence: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly subject: number | null;
  /** The subject came from an earlier clause or sentence (dropped pronoun). */
  readonly subjectCarried: boolean;
  readonly object: number | null;
  readonly support: boolean;
  readonly speech: boolean;
  readonly denial: boolean;
  readonly present: boolean;
  readonly future: boolean;
  /** The speech verb whose complement holds this verb, if any. */
  readonly matrix: number | null;
}

export interface ClauseLayer {
  readonly verbs: readonly VerbInfo[];
  /** token index → index into verbs, -1 when the token is not a verb. */
  readonly verbOfToken: Int32Array;
  /** token index → clause start token. */
  readonly clauseOfToken: Int32Array;
  /** token index → speech verb (index into verbs) whose complement holds it, -1 when none. */
  readonly complementOf: Int32Array;
}

export interface QuoteAnnotation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: "direct" | "reported";
  readonly speaker: string | null;
  readonly cue: { readonly start: number; readonly end: number; readonly text: string } | null;
}

export interface EventAnnotation {
  readonly code: string;
  readonly source: { readonly entity: string; readonly start: number; readonly end: number } | null;
  /**
   * `implied`: an actor the text does not name as this act's other side but that the act is
   * aimed at (the doer's own country for an act at home); its span is the words it is inferred from.
   */
  readonly target: { readonly entity: string; readonly start: number; readonly end: number; readonly implied?: Entity } | null;
  readonly date: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly reciprocal: boolean;
  readonly location: string | null;
  readonly trigger: { readonly start: number; readonly end: number };
  readonly sentence: number;
  readonly rule: string;
  readonly confidence: number;
  readonly attributedTo: string | null;
}

/**
 * Why a trigger gave the events it gave, or none: the engine's own account, for
 * `marsad explain` and for error analysis. Not part of the output contract.
 */
export type TriggerOutcome =
  | "event"
  | "speech-verb"
  | "unsupported-noun"
  | "asked-topic"
  | "no-speaker"
  | "no-judged"
  | "no-target"
  | "no-source"
  | "unnamed-doer-not-asserted"
  | "filtered";

export interface TriggerDiagnostic {
  /** Index into the triggers layer. */
  readonly trigger: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly rule: string;
  readonly outcome: TriggerOutcome;
  /** A readable reason, in English. */
  readonly reason: string;
  readonly events: number;
  /** What negation and modality the trigger had, when the coder got that far. */
  readonly negated: boolean | null;
  readonly modality: Modality | null;
  readonly source: string | null;
  readonly target: string | null;
  /**
   * For a protest or an act of violence (roots 14, 18–20): the particulars that make
   * its sentence the report of an incident (a count of people, a day, several acts, the dead and the wounded),
   * in English with the words; null when the sentence gives none or the root is another.
   */
  readonly incident: string | null;
}

export interface Layers {
  readonly tokens: readonly Token[];
  /** Clitic readings and transliteration keys per token, computed on first use. */
  readonly readings: ReadingCache;
  readonly sentences: readonly Sentence[];
  /** token index → sentence index. */
  readonly sentenceOfToken: Int32Array;
  readonly times: readonly TimeExpression[];
  readonly mentions: readonly Mention[];
  readonly entities: EntityLayer;
  readonly triggers: readonly TriggerMatch[];
  readonly clauses: ClauseLayer;
  readonly quotes: readonly QuoteAnnotation[];
  readonly events: readonly EventAnnotation[];
  /** One entry per trigger: the events it gave, or why it gave none. */
  readonly diagnostics: readonly TriggerDiagnostic[];
}
