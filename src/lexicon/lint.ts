/**
 * Lint of the lexicon data beyond its schema: duplicate ids, forms that
 * collide after normalisation, presentation forms, role date ranges, unknown
 * country codes and CAMEO codes. Every problem names file and line.
 */
import type { Codebook } from "../cameo/codebook.js";
import { hasPresentationForms, normalizeKey } from "../lang/ar/normalize.js";
import type { LexiconData, Sourced } from "./load.js";

export interface LintReport {
  readonly errors: readonly string[];
  /** Real ambiguities the data acknowledges (a note that says "ambiguous"). */
  readonly ambiguities: readonly string[];
}

function at(s: Sourced<unknown>): string {
  return `${s.file}:${s.line}`;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

export function lintLexicon(data: LexiconData, codebook?: Codebook): LintReport {
  const errors: string[] = [];
  const ambiguities: string[] = [];

  // ids: unique within each namespace (actors, agents+topics, triggers)
  const checkIds = (list: readonly Sourced<{ id: string }>[], what: string): void => {
    const seen = new Map<string, string>();
    for (const s of list) {
      const prev = seen.get(s.value.id);
      if (prev) errors.push(`${at(s)}: duplicate ${what} id '${s.value.id}' (first at ${prev})`);
      else seen.set(s.value.id, at(s));
    }
  };
  checkIds(data.actors, "actor");
  checkIds([...data.agents, ...data.topics], "agent/topic");
  checkIds(data.triggers, "trigger");

  // presentation forms never match real text
  for (const s of [...data.actors, ...data.agents, ...data.topics, ...data.triggers] as Sourced<unknown>[]) {
    for (const str of strings(s.value)) {
      if (hasPresentationForms(str)) errors.push(`${at(s)}: '${str}' contains Arabic presentation forms; write the plain letters`);
    }
  }
  for (const str of strings(data.functionWords)) {
    if (hasPresentationForms(str)) errors.push(`function-words: '${str}' contains Arabic presentation forms`);
  }

  // a single-word trigger equal to a closed-class or very frequent word fires everywhere
  const frequent = new Set<string>();
  const fwLists = data.functionWords;
  for (const list of [fwLists.commonWords, fwLists.prepositions, fwLists.complementizers, fwLists.relatives, fwLists.verbalNegation, fwLists.copularNegation]) {
    for (const w of list) frequent.add(normalizeKey(w));
  }
  for (const s of data.triggers) {
    for (const form of [...(s.value.verbs ?? []), ...(s.value.nouns ?? []), ...(s.value.passives ?? [])]) {
      const key = normalizeKey(form);
      if (!key.includes(" ") && frequent.has(key)) errors.push(`${at(s)}: trigger ${s.value.id}: '${form}' reads as the frequent word '${key}' once normalised`);
    }
  }

  // countries, places and references between entries
  const iso = new Set<string>();
  const ids = new Map<string, Sourced<(typeof data.actors)[number]["value"]>>();
  for (const s of data.actors) {
    ids.set(s.value.id, s);
    if (s.value.type === "country") iso.add(s.value.iso3);
  }
  for (const s of data.actors) {
    const e = s.value;
    if ((e.type === "organization" || e.type === "group") && e.shortLicensedBy) {
      if (!e.ar?.short?.length) errors.push(`${at(s)}: ${e.id} has shortLicensedBy but no short forms`);
      for (const id of e.shortLicensedBy) if (!ids.has(id)) errors.push(`${at(s)}: shortLicensedBy '${id}' of ${e.id} is not an entry`);
    }
    if (e.type === "country" && e.capital) {
      const cap = ids.get(e.capital);
      if (!cap) errors.push(`${at(s)}: capital '${e.capital}' of ${e.id} is not an entry`);
      else if (cap.value.type !== "location") errors.push(`${at(s)}: capital '${e.capital}' of ${e.id} is not a location`);
      else if (cap.value.country !== e.iso3) errors.push(`${at(s)}: capital '${e.capital}' lies in ${cap.value.country}, not ${e.iso3}`);
    }
    const country = e.type === "country" ? null : e.country;
    if (country && !iso.has(country)) errors.push(`${at(s)}: unknown country code '${country}' in ${e.id}`);
    if (e.type === "person") {
      const roles = [...e.roles].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
      for (const r of roles) {
        if (r.from && r.to && !(r.from < r.to)) errors.push(`${at(s)}: role ${r.code} of ${e.id} ends (${r.to}) before it starts (${r.from})`);
      }
      for (let i = 1; i < roles.length; i++) {
        const a = roles[i - 1];
        const b = roles[i];
        if (a && b && (a.to === undefined || (b.from !== undefined && b.from < a.to))) {
          errors.push(`${at(s)}: roles of ${e.id} overlap (${a.code} ${a.from ?? "…"}–${a.to ?? "…"} and ${b.code} from ${b.from ?? "…"})`);
        }
      }
    }
  }

  // the same normalised name for two different actors: an ambiguity the data must own
  const owner = new Map<string, Sourced<(typeof data.actors)[number]["value"]>>();
  for (const s of data.actors) {
    const e = s.value;
    for (const form of e.ar?.names ?? []) {
      const key = normalizeKey(form);
      const prev = owner.get(key);
      if (!prev) {
        owner.set(key, s);
        continue;
      }
      if (prev.value.id === e.id) continue;
      const acknowledged = /ambiguous/i.test(e.note ?? "") || /ambiguous/i.test(prev.value.note ?? "");
      const msg = `${at(s)}: '${form}' names both ${prev.value.id} (${at(prev)}) and ${e.id}`;
      if (acknowledged) ambiguities.push(msg);
      else errors.push(`${msg}; say which reading wins, or mark the entries' note "ambiguous"`);
    }
  }

  // name lists: a word listed twice, a given name that is also a stop word, presentation forms
  const lists: [string, Record<string, readonly string[]> | null | undefined][] = [
    ["given-names", data.givenNames],
    ["name-cues", data.nameCues],
  ];
  for (const [file, lists_] of lists) {
    if (!lists_) continue;
    for (const [key, list] of Object.entries(lists_)) {
      const seen = new Set<string>();
      for (const w of list) {
        const k = normalizeKey(w);
        if (hasPresentationForms(w)) errors.push(`${file}: ${key}: '${w}' contains Arabic presentation forms`);
        if (seen.has(k)) errors.push(`${file}: ${key}: '${w}' is listed twice (after normalisation)`);
        seen.add(k);
      }
    }
  }
  if (data.givenNames && data.nameCues) {
    const stops = new Set(data.nameCues.notNames.map(normalizeKey));
    for (const w of [...data.givenNames.given, ...data.givenNames.foreign]) {
      if (stops.has(normalizeKey(w))) errors.push(`given-names: '${w}' is also in name-cues notNames; a name that is a stop word never starts a name`);
    }
    const given = new Set([...data.givenNames.given, ...data.givenNames.foreign].map(normalizeKey));
    for (const w of data.givenNames.ambiguous) {
      if (!given.has(normalizeKey(w))) errors.push(`given-names: ambiguous '${w}' is not in given or foreign`);
    }
  }

  // CAMEO codes
  if (codebook) {
    for (const s of data.triggers) {
      const t = s.value;
      if (!codebook.has(t.code)) errors.push(`${at(s)}: trigger ${t.id}: unknown CAMEO code ${t.code}`);
      if (t.untargetedCode !== undefined && !codebook.has(t.untargetedCode)) errors.push(`${at(s)}: trigger ${t.id}: unknown CAMEO code ${t.untargetedCode} (untargetedCode)`);
      for (const ex of t.examples) if (!codebook.has(ex.code)) errors.push(`${at(s)}: trigger ${t.id}: example code ${ex.code} is not CAMEO`);
    }
    for (const s of data.topics) {
      for (const [from, to] of Object.entries(s.value.codes)) {
        if (!codebook.has(from)) errors.push(`${at(s)}: topic ${s.value.id}: unknown CAMEO code ${from}`);
        if (!codebook.has(to)) errors.push(`${at(s)}: topic ${s.value.id}: unknown CAMEO code ${to}`);
      }
    }
  }
  return { errors, ambiguities };
}
