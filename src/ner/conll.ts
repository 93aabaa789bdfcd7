/**
 * CoNLL files for named entities: one token per line, an optional tag column,
 * sentences ended by a blank line or by a lone full stop (ANERcorp has no
 * blank lines and ends sentences with ".").
 */

export interface ConllSentence {
  readonly tokens: readonly string[];
  /** The second column when present (gold tags); "" when absent. */
  readonly tags: readonly string[];
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    // directional marks (U+200E/F) are invisible; a line holding only one is blank
    const line = raw.replace(/^[\s\u200e\u200f\ufeff]+|[\s\u200e\u200f\ufeff]+$/g, "");
    if (line === "" || line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]+/);
    const token = cols[0] as string;
    tokens.push(token);
    tags.push(cols.length > 1 ? (cols[cols.length - 1] as string) : "");
    if (token === ".") flush();
  }
  flush();
  return out;
}

export function formatConll(sentences: readonly { readonly tokens: readonly string[]; readonly tags: readonly string[] }[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = s.tokens.map((t, i) => `${t}\t${s.tags[i] ?? "O"}`);
    parts.push(lines.join("\n") + "\n");
  }
  return parts.join("\n");
}
