/**
 * Compile loaded lexicon data into fast matchers: a word trie for names, an
 * index of trigger patterns by their first word, and sets of function words.
 * Pure: the same data compiles to the same matchers.
 */
import { normalizeKey, translitKey } from "../lang/ar/normalize.js";
import type { ActorEntry, AgentEntry, CountryEntry, FunctionWords, GivenNames, NameCues, OrganizationEntry, PersonEntry, TopicEntry, TriggerEntry } from "./schema.js";
import type { LexiconData } from "./load.js";

export type NamePayload =
  | { readonly kind: "actor"; readonly entry: ActorEntry; readonly short: boolean }
  | { readonly kind: "adjective"; readonly country: CountryEntry | OrganizationEntry; readonly weak: boolean }
  | { readonly kind: "agent"; readonly agent: AgentEntry }
  | { readonly kind: "pair" };

export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly items: T[];
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), items: [] };
}

export function trieAdd<T>(root: TrieNode<T>, words: readonly string[], item: T): void {
  let node = root;
  for (const w of words) {
    let next = node.next.get(w);
    if (!next) {
      next = newNode<T>();
      node.next.set(w, next);
    }
    node = next;
  }
  node.items.push(item);
}

export const GAP = "...";

export type TriggerKind = "verb" | "passive" | "noun";

export interface TriggerPattern {
  readonly entry: TriggerEntry;
  readonly kind: TriggerKind;
  /** Normalised words; GAP stands for up to four words. */
  readonly words: readonly string[];
  readonly form: string;
  /** For verbs: a present-tense form (يلتقي), which has no past reference of its own. */
  readonly present: boolean;
}

export interface TopicPattern {
  readonly entry: TopicEntry;
  readonly words: readonly string[];
}

/** Function words as normalised sets; multi-word entries as word tries. */
export interface CompiledFunctionWords {
  readonly sets: { readonly [K in keyof FunctionWords]: ReadonlySet<string> };
  readonly phrases: { readonly [K in keyof FunctionWords]: TrieNode<string> };
}

export interface CompiledLexicon {
  readonly names: TrieNode<NamePayload>;
  /** Transliteration keys of foreign names (persons, places) → entries. */
  readonly translit: ReadonlyMap<string, readonly ActorEntry[]>;
  readonly actorsById: ReadonlyMap<string, ActorEntry>;
  readonly countriesByIso: ReadonlyMap<string, CountryEntry>;
  /** Bodies whose short forms other entries' full names license too (shortLicensedBy). */
  readonly shortLicensed: readonly OrganizationEntry[];
  readonly triggersByFirst: ReadonlyMap<string, readonly TriggerPattern[]>;
  readonly topicsByFirst: ReadonlyMap<string, readonly TopicPattern[]>;
  readonly fw: CompiledFunctionWords;
  /** Known verb forms (triggers, support and other verbs): clause structure. */
  readonly verbForms: ReadonlySet<string>;
  readonly supportVerbForms: ReadonlySet<string>;
  readonly triggerCount: number;
  /**
   * Per country, transliteration keys of every person's names and short forms,
   * any length: after a title and a nationality (نظيره الصيني وان يي) the
   * context is strong enough for short, loosely spelled names.
   */
  readonly personKeysByCountry: ReadonlyMap<string, ReadonlyMap<string, PersonEntry>>;
  /** iso3 of countries whose Arabic name is masculine (العراق، لبنان). */
  readonly masculineCountries: ReadonlySet<string>;
  /** Given names and name cues as normalised sets (empty when the data has none). */
  readonly nameLists: CompiledNameLists;
}

export interface CompiledNameLists {
  /** Arabic and foreign given names. */
  readonly given: ReadonlySet<string>;
  /** Given names of foreign origin only (جورج): weaker evidence alone. */
  readonly foreign: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  /** Single-word cues as sets; multi-word cues (آية الله، كأس العالم) as word tries. */
  readonly cues: { readonly [K in keyof NameCues]: ReadonlySet<string> };
  readonly cuePhrases: { readonly [K in keyof NameCues]: TrieNode<string> };
}

const EMPTY_CUES: NameCues = { honorifics: [], connectors: [], divine: [], orgHeads: [], orgCues: [], placeCues: [], misc: [], miscHeads: [], notNames: [], descriptors: [], epithets: [] };

/**
 * Named word lists as normalised sets of their one-word entries, and as word
 * tries of all their entries (multi-word ones such as على يد match there).
 */
function compileWordLists<K extends string>(lists: { readonly [k in K]: readonly string[] }, keys: readonly K[]): { sets: { [k in K]: Set<string> }; phrases: { [k in K]: TrieNode<string> } } {
  const sets = {} as { [k in K]: Set<string> };
  const phrases = {} as { [k in K]: TrieNode<string> };
  for (const k of keys) {
    const set = new Set<string>();
    const trie = newNode<string>();
    for (const form of lists[k]) {
      const w = words(form);
      if (w.length === 1) set.add(w[0] as string);
      trieAdd(trie, w, form);
    }
    sets[k] = set;
    phrases[k] = trie;
  }
  return { sets, phrases };
}

export function compileNameLists(given: GivenNames | null | undefined, cues: NameCues | null | undefined): CompiledNameLists {
  const key = (w: string): string => normalizeKey(w);
  const givenSet = new Set<string>();
  for (const w of [...(given?.given ?? []), ...(given?.foreign ?? [])]) givenSet.add(key(w));
  const { sets, phrases } = compileWordLists(cues ?? EMPTY_CUES, Object.keys(EMPTY_CUES) as (keyof NameCues)[]);
  const arabic = new Set((given?.given ?? []).map(key));
  const foreign = new Set((given?.foreign ?? []).map(key).filter((w) => !arabic.has(w)));
  return { given: givenSet, foreign, ambiguous: new Set((given?.ambiguous ?? []).map(key)), cues: sets, cuePhrases: phrases };
}

export function words(form: string): string[] {
  return normalizeKey(form)
    .split(" ")
    .filter((w) => w.length > 0);
}

/** Is a verb form present tense? Present forms start with a prefix that a sibling form swaps for ي. */
function presentForms(verbs: readonly string[]): Set<string> {
  const keys = new Set(verbs.map((v) => normalizeKey(v)));
  const out = new Set<string>();
  for (const k of keys) {
    if (k.startsWith("ي")) out.add(k);
    // not ا: أفعل (1st person) is written like the alef of past forms VII-X (التقى)
    // (three letters too: a doubled root, تحث، ترد، تمد)
    else if (/^[تن]/.test(k) && k.length >= 3 && keys.has("ي" + k.slice(1))) out.add(k);
  }
  return out;
}

const ARAB_LEAGUE = new Set([
  "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
]);

/** Names written in Arabic from another script vary in spelling; Arab names do not need the loose key. */
/**
 * Arabic head nouns of place names (مدينة روسو، العاصمة الجيبوتية): a form that starts with one
 * spells no foreign word there, and what follows is often a short name whose loose key meets
 * common words (مدينة رأس and مدينة روسو share one), so such forms match only exactly.
 */
const PLACE_HEADS = new Set(["مدينة", "العاصمة", "جزيرة", "جزر", "ولاية", "إقليم", "مقاطعة", "منطقة", "محافظة", "ميناء", "مطار", "بلدة", "قرية"].map(normalizeKey));

function isForeignName(e: ActorEntry): boolean {
  if (e.type === "person" || e.type === "location") return !ARAB_LEAGUE.has(e.country);
  return false;
}

/**
 * Case forms that lexicon writers leave out: the indefinite accusative of a
 * nisba or a noun (إيرانيا، مسؤولا، دبلوماسيا) and the other case of a sound
 * plural (-ون / -ين).
 */
function inflected(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    const w = words(f);
    if (w.length !== 1) continue;
    const k = w[0] as string;
    // the dual of a feminine nisba (طائرتين جورجيتين، الدولتين الخليجيتين) and of a masculine one
    // (جنديان أمريكيان); the masculine dual in the genitive is written like the plural
    if (/[^ا]يه$/.test(k) && k.length > 4) {
      out.add(k.slice(0, -1) + "تين");
      out.add(k.slice(0, -1) + "تان");
    } else if (/[^اي]ي$/.test(k) && k.length > 3) out.add(k + "ان");
    if (k.startsWith("ال")) {
      if (k.endsWith("ون")) out.add(k.slice(0, -2) + "ين");
      else if (k.endsWith("ين") && k.length > 5) out.add(k.slice(0, -2) + "ون");
      continue;
    }
    if (k.endsWith("ون")) out.add(k.slice(0, -2) + "ين");
    else if (k.endsWith("ين") && k.length > 4) out.add(k.slice(0, -2) + "ون");
    else if (!k.endsWith("ا") && !k.endsWith("ه") && !k.endsWith("ات")) out.add(k + "ا");
  }
  return [...out];
}

export function compileLexicon(data: LexiconData): CompiledLexicon {
  const names = newNode<NamePayload>();
  const translit = new Map<string, ActorEntry[]>();
  const actorsById = new Map<string, ActorEntry>();
  const countriesByIso = new Map<string, CountryEntry>();
  const shortLicensed: OrganizationEntry[] = [];
  const masculineCountries = new Set<string>();

  for (const { value: e } of data.actors) {
    actorsById.set(e.id, e);
    if ((e.type === "organization" || e.type === "group") && e.shortLicensedBy) shortLicensed.push(e);
    if (e.type === "country") {
      countriesByIso.set(e.iso3, e);
      if (e.gender === "m") masculineCountries.add(e.iso3);
    }
  }
  const personKeysByCountry = new Map<string, Map<string, PersonEntry>>();
  for (const { value: e } of data.actors) {
    // (only foreign names vary in spelling: an Arab's is written one way, and its loose key meets
    // other Arab names, كامل and جمال)
    if (e.type !== "person" || !e.ar || !isForeignName(e)) continue;
    const keys = personKeysByCountry.get(e.country) ?? new Map<string, PersonEntry>();
    for (const form of [...e.ar.names, ...(e.ar.short ?? [])]) {
      const key = translitKey(form);
      if (key.length >= 2 && !keys.has(key)) keys.set(key, e);
    }
    personKeysByCountry.set(e.country, keys);
  }
  for (const { value: e } of data.actors) {
    if (!e.ar) continue;
    for (const form of e.ar.names) {
      trieAdd(names, words(form), { kind: "actor", entry: e, short: false });
      if (isForeignName(e) && !PLACE_HEADS.has(normalizeKey(words(form)[0] ?? ""))) {
        const key = translitKey(form);
        if (key.length >= 5) {
          const list = translit.get(key) ?? [];
          if (!list.includes(e)) list.push(e);
          translit.set(key, list);
        }
      }
    }
    for (const form of e.ar.short ?? []) trieAdd(names, words(form), { kind: "actor", entry: e, short: true });
    if (e.type === "country") {
      for (const form of inflected(e.ar.adjectives ?? [])) trieAdd(names, words(form), { kind: "adjective", country: e, weak: false });
      for (const form of inflected(e.ar.weakAdjectives ?? [])) trieAdd(names, words(form), { kind: "adjective", country: e, weak: true });
    } else if ((e.type === "group" || e.type === "organization") && e.code.length > 3) {
      // الميليشيات الحوثية، عناصر داعشية: a group's nisba makes a sector noun the group's (not a
      // region's: دول أفريقية، الوزراء الأوروبيين name no actor of their own)
      for (const form of inflected(e.ar.adjectives ?? [])) trieAdd(names, words(form), { kind: "adjective", country: e, weak: false });
    }
  }
  for (const { value: a } of data.agents) for (const form of inflected(a.ar)) trieAdd(names, words(form), { kind: "agent", agent: a });
  for (const form of data.functionWords.pairAnaphora) trieAdd(names, words(form), { kind: "pair" });

  const triggersByFirst = new Map<string, TriggerPattern[]>();
  const verbForms = new Set<string>();
  const addPattern = (p: TriggerPattern): void => {
    const first = p.words[0];
    if (first === undefined || first === GAP) return;
    const list = triggersByFirst.get(first) ?? [];
    list.push(p);
    triggersByFirst.set(first, list);
  };
  for (const { value: t } of data.triggers) {
    const present = presentForms(t.verbs ?? []);
    for (const v of t.verbs ?? []) {
      const w = words(v);
      if (w.length === 1) verbForms.add(w[0] as string);
      addPattern({ entry: t, kind: "verb", words: w, form: v, present: w.length === 1 && present.has(w[0] as string) });
    }
    for (const v of t.passives ?? []) addPattern({ entry: t, kind: "passive", words: words(v), form: v, present: false });
    for (const v of t.nouns ?? []) {
      const w = words(v);
      // a multi-word pattern that starts with a verb form behaves like that verb
      addPattern({ entry: t, kind: "noun", words: w, form: v, present: false });
    }
  }
  const topicsByFirst = new Map<string, TopicPattern[]>();
  for (const { value: t } of data.topics) {
    for (const form of t.ar) {
      const w = words(form);
      const first = w[0];
      if (!first) continue;
      const list = topicsByFirst.get(first) ?? [];
      list.push({ entry: t, words: w });
      topicsByFirst.set(first, list);
    }
  }

  const fwData = data.functionWords;
  const { sets, phrases } = compileWordLists(fwData, Object.keys(fwData) as (keyof FunctionWords)[]);
  const supportVerbForms = new Set(sets.supportVerbs);
  for (const v of sets.supportVerbs) verbForms.add(v);
  for (const v of sets.otherVerbs) verbForms.add(v);
  for (const v of sets.denialVerbs) verbForms.add(v);

  // sort patterns longest first so the first full match is the longest
  for (const list of triggersByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const list of topicsByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  return {
    names,
    translit,
    actorsById,
    countriesByIso,
    shortLicensed,
    triggersByFirst,
    topicsByFirst,
    fw: { sets, phrases },
    verbForms,
    supportVerbForms,
    triggerCount: data.triggers.length,
    masculineCountries,
    personKeysByCountry,
    nameLists: compileNameLists(data.givenNames, data.nameCues),
  };
}
