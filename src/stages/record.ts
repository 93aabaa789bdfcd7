/**
 * From annotation layers to the document record of the output contract.
 */
import type { Codebook } from "../cameo/codebook.js";
import type { DocumentMeta } from "../core/pipeline.js";
import { SCHEMA_VERSION } from "../core/record.js";
import type { ArgumentRecord, DocumentRecord, EntityRecord, EventRecord, LocationRecord, QuoteRecord, TextSpan } from "../core/record.js";
import type { Entity, Layers } from "./layers.js";

/** PLOVER has no statement or appeal types; appeals are requests in PLOVER's terms. */
function ploverOf(root: string, plover: string | null): string {
  if (plover) return plover;
  return root === "02" ? "REQUEST" : "";
}

export function buildRecord(text: string, meta: DocumentMeta, layers: Layers, codebook: Codebook, warnings: readonly string[] = []): DocumentRecord {
  const { sentences, entities, events, quotes, times } = layers;
  const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]));
  // an implied side (the own country of an act at home) is listed among the entities even where
  // no word names it, so that every event's actors can be looked up there
  const implied: Entity[] = [];
  const impliedIds = new Set<string>();
  for (const ev of events) {
    const e = ev.target?.implied;
    if (!e) continue;
    impliedIds.add(e.id);
    if (!byId.has(e.id)) {
      byId.set(e.id, e);
      implied.push(e);
    }
  }
  const mentionsOf = new Map<string, TextSpan[]>();
  for (const l of entities.links) {
    const list = mentionsOf.get(l.entity) ?? [];
    if (!list.some((m) => m.start === l.start && m.end === l.end)) list.push({ start: l.start, end: l.end, text: l.text });
    mentionsOf.set(l.entity, list);
  }
  const named = entities.entities
    .map((e) => ({ e, mentions: (mentionsOf.get(e.id) ?? []).sort((a, b) => a.start - b.start) }))
    .filter((x) => x.mentions.length > 0 || impliedIds.has(x.e.id))
    .sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  const entityRecords: EntityRecord[] = [...named, ...implied.map((e) => ({ e, mentions: [] as TextSpan[] }))].map(({ e, mentions }) => ({ id: e.id, name: e.name, type: e.type, code: e.code, country: e.country, mentions }));

  const arg = (a: { entity: string; start: number; end: number } | null): ArgumentRecord | null => {
    if (!a) return null;
    const e = byId.get(a.entity);
    return { entity: a.entity, name: e?.name ?? a.entity, code: e?.code ?? "", start: a.start, end: a.end, text: text.slice(a.start, a.end) };
  };
  const who = (id: string | null): { entity: string; name: string; code: string } | null => {
    if (!id) return null;
    const e = byId.get(id);
    return { entity: id, name: e?.name ?? id, code: e?.code ?? "" };
  };
  const place = (id: string | null): LocationRecord | null => {
    if (!id) return null;
    const e = byId.get(id);
    if (!e) return null;
    return { entity: id, name: e.name, country: e.country, lat: e.lat, lon: e.lon };
  };
  const eventRecords: EventRecord[] = events.map((ev, i) => {
    const c = codebook.get(ev.code);
    const root = ev.code.slice(0, 2);
    return {
      id: `ev${i + 1}`,
      code: ev.code,
      name: c?.name ?? "",
      root,
      quadClass: c?.quadClass ?? 0,
      goldstein: c?.goldstein ?? 0,
      plover: ploverOf(root, c?.plover ?? null),
      source: arg(ev.source),
      target: arg(ev.target),
      date: ev.date,
      negated: ev.negated,
      modality: ev.modality,
      reciprocal: ev.reciprocal,
      location: place(ev.location),
      trigger: { start: ev.trigger.start, end: ev.trigger.end, text: text.slice(ev.trigger.start, ev.trigger.end) },
      sentence: ev.sentence,
      rule: ev.rule,
      confidence: ev.confidence,
      attributedTo: who(ev.attributedTo),
    };
  });
  const quoteRecords: QuoteRecord[] = quotes.map((q) => ({
    speaker: who(q.speaker),
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    cue: q.cue,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    document: { id: meta.id, lang: meta.lang, published: meta.published, title: meta.title, url: meta.url, source: meta.source },
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: entityRecords,
    events: eventRecords,
    quotes: quoteRecords,
    times: times.map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value })),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
