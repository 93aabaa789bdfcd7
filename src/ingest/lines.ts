/**
 * Lines of a byte stream in bounded memory: each line's bytes (without its
 * newline), or `null` for a line longer than the limit, which is dropped as it
 * streams past instead of being held. Used for JSONL dumps of any size, by
 * `marsad ingest` and `marsad extract --input`.
 */
export interface ByteLine {
  /** The line's bytes, or null when it was longer than the limit. */
  readonly bytes: Buffer | null;
  /** Offset in the stream just after this line (and its newline). */
  readonly end: number;
}

export async function* byteLines(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let offset = 0;
  const take = (end: number): ByteLine => {
    const line = { bytes: tooLong ? null : Buffer.concat(parts, size), end };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!tooLong) {
        if (size + (end - from) > limit) {
          tooLong = true;
          parts = [];
          size = 0;
        } else {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      yield take(offset + nl + 1);
      from = nl + 1;
    }
    offset += chunk.length;
  }
  if (size > 0 || tooLong) yield take(offset);
}
