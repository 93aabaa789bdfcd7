/**
 * Extraction on several cores: a pool of worker threads, each with its own
 * extractor (the lexicons are loaded once per thread). Extraction is pure, so
 * a batch split across threads gives exactly the records one thread would; the
 * answers come back in the order of the inputs.
 */
import { Worker } from "node:worker_threads";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DocumentInput, DocumentRecord } from "../core/record.js";

export interface PoolRequest {
  readonly id: number;
  readonly inputs: readonly DocumentInput[];
}

export type PoolAnswer =
  | { readonly ok: true; readonly record: DocumentRecord }
  | { readonly ok: false; readonly documentError: boolean; readonly message: string };

interface Pending {
  readonly resolve: (answers: PoolAnswer[]) => void;
  readonly reject: (err: Error) => void;
}

export class ExtractorPool {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | null = null;

  private constructor(private readonly workers: readonly Worker[]) {
    for (const w of workers) {
      w.on("message", (m: { id?: number; answers?: PoolAnswer[] }) => {
        if (m.id === undefined || !m.answers) return;
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m.answers);
      });
      // a thread that dies takes its batch with it: fail every waiting call rather than hang
      const die = (err: Error): void => {
        this.failure ??= err;
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      };
      w.on("error", die);
      w.on("exit", (code) => {
        if (code !== 0) die(new Error(`an extraction thread exited with code ${code}`));
      });
    }
  }

  /** Start `size` threads and wait until each has loaded its lexicons. */
  static async start(size: number, options: { readonly dataDir?: string } = {}): Promise<ExtractorPool> {
    const n = Math.max(1, Math.floor(size));
    const workers = Array.from({ length: n }, () => spawn(options.dataDir));
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const onMessage = (m: { ready?: boolean }): void => {
                if (!m.ready) return;
                w.off("message", onMessage);
                w.off("error", reject);
                resolve();
              };
              w.on("message", onMessage);
              w.once("error", reject);
            }),
        ),
      );
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
    return new ExtractorPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Code the inputs across the threads; answer i belongs to input i. */
  async extractMany(inputs: readonly DocumentInput[]): Promise<PoolAnswer[]> {
    if (this.failure) throw this.failure;
    if (inputs.length === 0) return [];
    // contiguous shares: each thread gets about the same number of documents
    const n = Math.min(this.workers.length, inputs.length);
    const per = Math.ceil(inputs.length / n);
    const parts = await Promise.all(
      Array.from({ length: n }, (_, k) => this.send(this.workers[k] as Worker, inputs.slice(k * per, (k + 1) * per))),
    );
    return parts.flat();
  }

  private send(worker: Worker, inputs: readonly DocumentInput[]): Promise<PoolAnswer[]> {
    if (inputs.length === 0) return Promise.resolve([]);
    const id = this.nextId++;
    return new Promise<PoolAnswer[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, inputs } satisfies PoolRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function spawn(dataDir: string | undefined): Worker {
  const here = fileURLToPath(import.meta.url);
  const workerData = dataDir === undefined ? {} : { dataDir };
  if (here.endsWith(".ts")) {
    // Under tsx (tests, npm run bench) a worker thread does not inherit the loader:
    // it registers tsx before importing the TypeScript module.
    const script = pathToFileURL(here.replace(/pool\.ts$/, "pool-worker.ts")).href;
    const tsxApi = import.meta.resolve("tsx/esm/api");
    const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL("./pool-worker.js", import.meta.url), { workerData });
}
