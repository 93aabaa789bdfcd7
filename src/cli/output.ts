/**
 * Writing to stdout without crashing when the reader goes away.
 *
 * `marsad extract --input big.jsonl | head` closes the pipe early; Node then reports
 * EPIPE as an 'error' event, which kills the process with a stack trace unless it is
 * handled. We treat it as "nobody is listening": stop writing, stop working, exit quietly.
 */
import type { Writable } from "node:stream";

export class Output {
  #closed = false;
  readonly #stream: Writable;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
        this.#closed = true;
        return;
      }
      throw err;
    });
  }

  /** True once the reader has gone: callers stop producing output. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Write, waiting for the buffer to drain so a large batch does not pile up in memory. */
  async write(text: string): Promise<void> {
    if (this.#closed) return;
    const ok = this.#stream.write(text);
    if (ok || this.#closed) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.#stream.off("drain", done);
        this.#stream.off("close", done);
        this.#stream.off("error", done);
        resolve();
      };
      this.#stream.on("drain", done);
      this.#stream.on("close", done);
      this.#stream.on("error", done);
    });
  }
}
