/**
 * The pipeline runner. A document is immutable: each stage reads the layers it
 * requires and returns the layers it adds; the runner checks, when the pipeline
 * is built, that every requirement is added by an earlier stage, and, when it
 * runs, that each stage really added what it declared.
 */

export interface DocumentMeta {
  readonly id: string;
  readonly lang: string;
  readonly published: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
}

export interface Doc<L> {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly layers: Readonly<Partial<L>>;
}

export interface Stage<L, R extends keyof L, A extends keyof L, Res> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly adds: readonly A[];
  run(doc: { readonly text: string; readonly meta: DocumentMeta; readonly layers: Readonly<Pick<L, R>> }, resources: Res): Pick<L, A>;
}

// Stages of one pipeline differ in R and A; the runner only needs their names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage<L, Res> = Stage<L, any, any, Res>;

export class PipelineError extends Error {}

export interface Pipeline<L, Res> {
  readonly stages: readonly AnyStage<L, Res>[];
  run(doc: Doc<L>, resources: Res): Doc<L>;
}

export function buildPipeline<L, Res>(stages: readonly AnyStage<L, Res>[]): Pipeline<L, Res> {
  const available = new Set<PropertyKey>();
  for (const s of stages) {
    for (const r of s.requires as readonly PropertyKey[]) {
      if (!available.has(r)) throw new PipelineError(`stage '${s.name}' requires layer '${String(r)}', which no earlier stage adds`);
    }
    for (const a of s.adds as readonly PropertyKey[]) {
      if (available.has(a)) throw new PipelineError(`stage '${s.name}' adds layer '${String(a)}', which an earlier stage already added`);
      available.add(a);
    }
  }
  return {
    stages,
    run(doc: Doc<L>, resources: Res): Doc<L> {
      let current = doc;
      for (const s of stages) {
        const added = s.run(current as never, resources) as Partial<L>;
        for (const a of s.adds as readonly (keyof L)[]) {
          if (added[a] === undefined) throw new PipelineError(`stage '${s.name}' did not add layer '${String(a)}'`);
        }
        current = { text: current.text, meta: current.meta, layers: Object.freeze({ ...current.layers, ...added }) };
      }
      return current;
    },
  };
}
