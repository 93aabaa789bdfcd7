/**
 * Fetching pages and feeds over HTTP(S), defensively: only http and https,
 * a time limit for the whole exchange, a size limit checked while reading (a
 * server may lie about Content-Length or send none), and a bounded number of
 * redirects followed by hand so that each hop is checked the same way.
 */
import { parseHTML } from "linkedom";
import { parseDate } from "../cli/input.js";

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

export interface Fetched {
  /** The URL after redirects. */
  readonly url: string;
  readonly contentType: string;
  readonly body: Uint8Array;
}

export class FetchError extends Error {}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const u = new URL(current);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError(`refusing a ${u.protocol} URL`);
      const res = await fetch(u, { redirect: "manual", signal, headers: { "user-agent": "marsad (news event coding)", accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5" } });
      if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
        await res.body?.cancel();
        if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`);
        current = new URL(res.headers.get("location") as string, u).toString();
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
      }
      const declared = Number(res.headers.get("content-length") ?? "NaN");
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel();
        throw new FetchError(`larger than the ${maxBytes}-byte limit (${declared} bytes)`);
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        while (true) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel();
            throw new FetchError(`larger than the ${maxBytes}-byte limit`);
          }
          chunks.push(value);
        }
      }
      const body = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.byteLength;
      }
      return { url: current, contentType: res.headers.get("content-type") ?? "", body };
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError") throw new FetchError(`no complete answer within ${timeoutMs / 1000}s`);
    throw new FetchError(e.cause?.code ?? e.cause?.message ?? e.message);
  }
}

// ---------------------------------------------------------------------------
// RSS 2.0 and Atom

export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  /** The item's own text (content:encoded, content, description or summary), HTML removed. */
  readonly text: string;
}

const MONTHS: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };

/** RFC 822 (RSS) or ISO 8601 (Atom), reduced to the date as written. */
export function feedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  try {
    if (rfc) {
      const month = MONTHS[(rfc[2] as string).toLowerCase()];
      if (month) return parseDate(`${rfc[3]}-${month}-${(rfc[1] as string).padStart(2, "0")}`);
    }
    return parseDate(s.slice(0, 10));
  } catch {
    return null;
  }
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) || /<rdf:RDF/i.test(head);
}

function stripHtml(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body?.textContent ?? "").replace(/[ \t\u00a0]+/g, " ").trim();
}

interface XmlEl {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  readonly children: ArrayLike<XmlEl>;
}

function kids(el: XmlEl, name: string): XmlEl[] {
  const out: XmlEl[] = [];
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i] as XmlEl;
    if (c.tagName.toLowerCase() === name) out.push(c);
  }
  return out;
}

function text(el: XmlEl, ...names: string[]): string | null {
  for (const n of names) {
    const t = kids(el, n)[0]?.textContent?.trim();
    if (t) return t;
  }
  return null;
}

export function parseFeed(xml: string): FeedItem[] {
  const { DOMParser } = parseHTML("<!doctype html><html></html>") as unknown as { DOMParser: new () => { parseFromString(s: string, t: string): { documentElement: XmlEl | null } } };
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root) return [];
  const items: XmlEl[] = [];
  const walk = (el: XmlEl): void => {
    const tag = el.tagName.toLowerCase();
    if (tag === "item" || tag === "entry") {
      items.push(el);
      return;
    }
    for (let i = 0; i < el.children.length; i++) walk(el.children[i] as XmlEl);
  };
  walk(root);
  return items.map((it) => {
    const atomLink =
      kids(it, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate" && l.getAttribute("href"))?.getAttribute("href") ?? null;
    const link = atomLink ?? text(it, "link", "guid");
    const body = text(it, "content:encoded", "content", "description", "summary") ?? "";
    return {
      title: text(it, "title"),
      link,
      published: feedDate(text(it, "pubdate", "published", "updated", "dc:date")),
      text: stripHtml(body),
    };
  });
}
