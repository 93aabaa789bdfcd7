/**
 * conlleval-style scoring of named entities: a chunk counts when its span and
 * its type both match exactly. Chunks are read as conlleval reads them: an I-
 * tag that does not continue a chunk of its type starts a new one.
 */
import type { ConllSentence } from "./conll.js";

export interface Chunk {
  readonly sentence: number;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly type: string;
}

export function chunks(tags: readonly string[], sentence = 0): Chunk[] {
  const out: Chunk[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (open) out.push({ sentence, start: open.start, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    const m = /^([BIES])-(.+)$/.exec(tag);
    if (!m) {
      close(i);
      return;
    }
    const [, prefix, type] = m as unknown as [string, string, string];
    if (prefix === "B" || prefix === "S" || !open || open.type !== type) {
      close(i);
      open = { start: i, type };
    }
    if (prefix === "E" || prefix === "S") close(i + 1);
  });
  close(tags.length);
  return out;
}

export interface TypeScore {
  readonly gold: number;
  readonly system: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface NerScore {
  readonly tokens: number;
  /** Share of tokens whose tag is exactly right. */
  readonly accuracy: number;
  readonly micro: TypeScore;
  readonly byType: ReadonlyMap<string, TypeScore>;
}

function typeScore(gold: number, system: number, correct: number): TypeScore {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, system, correct, precision, recall, f1 };
}

export class AlignmentError extends Error {}

/** Score system sentences against gold ones; both must hold the same tokens in the same order. */
export function scoreNer(gold: readonly ConllSentence[], system: readonly ConllSentence[]): NerScore {
  const goldTokens = gold.flatMap((s) => s.tokens);
  const sysTokens = system.flatMap((s) => s.tokens);
  if (goldTokens.length !== sysTokens.length) throw new AlignmentError(`gold has ${goldTokens.length} tokens, system ${sysTokens.length}`);
  for (let i = 0; i < goldTokens.length; i++) {
    if (goldTokens[i] !== sysTokens[i]) throw new AlignmentError(`token ${i + 1} differs: gold '${goldTokens[i] ?? ""}', system '${sysTokens[i] ?? ""}'`);
  }
  // sentence boundaries may differ between the files: score the token stream with gold's breaks
  const goldTags = gold.flatMap((s) => s.tags);
  const sysTags = system.flatMap((s) => s.tags);
  const breaks: number[] = [];
  let at = 0;
  for (const s of gold) {
    at += s.tokens.length;
    breaks.push(at);
  }
  const read = (tags: readonly string[]): Chunk[] => {
    const out: Chunk[] = [];
    let from = 0;
    breaks.forEach((to, si) => {
      for (const c of chunks(tags.slice(from, to), si)) out.push({ ...c, start: c.start + from, end: c.end + from });
      from = to;
    });
    return out;
  };
  const g = read(goldTags);
  const s = read(sysTags);
  const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
  const goldKeys = new Set(g.map(key));
  const types = new Set([...g.map((c) => c.type), ...s.map((c) => c.type)]);
  const byType = new Map<string, TypeScore>();
  for (const t of [...types].sort()) {
    const gc = g.filter((c) => c.type === t).length;
    const sc = s.filter((c) => c.type === t);
    byType.set(t, typeScore(gc, sc.length, sc.filter((c) => goldKeys.has(key(c))).length));
  }
  const correct = s.filter((c) => goldKeys.has(key(c))).length;
  let right = 0;
  for (let i = 0; i < goldTags.length; i++) if ((goldTags[i] || "O") === (sysTags[i] || "O")) right++;
  return { tokens: goldTags.length, accuracy: goldTags.length === 0 ? 0 : right / goldTags.length, micro: typeScore(g.length, s.length, correct), byType };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

/** The report, in conlleval's layout. */
export function formatNerScore(score: NerScore): string {
  const m = score.micro;
  const lines = [
    `processed ${score.tokens} tokens with ${m.gold} phrases; found: ${m.system} phrases; correct: ${m.correct}.`,
    `accuracy: ${pct(score.accuracy)}%; precision: ${pct(m.precision)}%; recall: ${pct(m.recall)}%; FB1: ${pct(m.f1)}`,
  ];
  for (const [t, s] of score.byType) {
    lines.push(`${t.padStart(17)}: precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  ${s.system}`);
  }
  return lines.join("\n") + "\n";
}
