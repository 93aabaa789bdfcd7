/**
 * The bundled example articles (examples/articles/*.txt, each with a sidecar
 * .json giving id, title, published, source and url): `marsad serve --examples`
 * codes them into the database so that a fresh workbench has a network, a
 * timeline and a map to show.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DocumentInput } from "../core/record.js";
import type { Extractor } from "../extractor.js";
import type { Store } from "../store/store.js";
import { contentHash } from "../store/store.js";

export function exampleArticles(dir: string): DocumentInput[] {
  if (!existsSync(dir)) return [];
  const out: DocumentInput[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    const base = name.slice(0, -4);
    const metaPath = join(dir, `${base}.json`);
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, "utf8")) as Record<string, unknown>) : {};
    const s = (k: string): string | null => (typeof meta[k] === "string" ? (meta[k] as string) : null);
    out.push({
      text: readFileSync(join(dir, name), "utf8"),
      id: s("id") ?? base,
      title: s("title"),
      published: s("published"),
      source: s("source"),
      url: s("url"),
    });
  }
  return out;
}

/** Codes and stores the examples the database does not hold yet (with this lexicon version). */
export async function storeExamples(
  store: Store,
  extractor: Extractor,
  lexiconVersion: string,
  docs: readonly DocumentInput[],
): Promise<{ added: number; known: number; events: number }> {
  const todo = [];
  let known = 0;
  for (const input of docs) {
    const found = await store.findDocument(input.url ?? null, contentHash(input.text));
    if (found && found.lexiconVersion === lexiconVersion) known++;
    else todo.push({ input, record: extractor.extract(input), lexiconVersion });
  }
  const results = todo.length > 0 ? await store.putDocuments(todo) : [];
  return {
    added: results.filter((r) => r.outcome !== "known").length,
    known: known + results.filter((r) => r.outcome === "known").length,
    events: results.reduce((n, r) => n + r.eventsAdded, 0),
  };
}
