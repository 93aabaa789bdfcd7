/**
 * HTML pages: the article's main text by Mozilla's Readability (what Firefox's
 * reader view uses) over linkedom's DOM (no browser, no jsdom), and the title,
 * date and canonical URL from the page's own metadata.
 */
import { TextDecoder } from "node:util";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentInput } from "../core/record.js";
import { decodeText, parseDate } from "../cli/input.js";

interface MetaDoc {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function meta(doc: MetaDoc, selectors: readonly string[], attr = "content"): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return null;
}

function dateOf(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    return parseDate(raw.trim().slice(0, 25));
  } catch {
    const m = /(\d{4}-\d{2}-\d{2})/.exec(raw);
    if (!m) return null;
    try {
      return parseDate(m[1] as string);
    } catch {
      return null;
    }
  }
}

/** The charset a page declares: its Content-Type header first, then a meta tag in its first bytes. */
export function declaredCharset(bytes: Uint8Array, contentType = ""): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // The meta tag must come early (the HTML standard says in the first 1024 bytes); it is ASCII whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * A page's bytes as text. UTF-8 (and UTF-16 with a BOM) as for every input; a page
 * that declares a legacy encoding (windows-1256 and ISO-8859-6 are still common on
 * Arabic sites) is decoded with it. A page that declares nothing and is not UTF-8
 * fails as any other input does.
 */
export function decodeHtml(bytes: Uint8Array, label: string, contentType = ""): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const bom = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf);
  const charset = bom ? null : declaredCharset(bytes, contentType);
  if (charset === null || charset === "utf-8" || charset === "utf8" || charset === "unicode-1-1-utf-8") return decodeText(bytes, label);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown label: the bytes may still be UTF-8, which is what most such pages turn out to be.
    return decodeText(bytes, label);
  }
  // UTF-16 declared without a BOM is almost always a page that is really UTF-8 (browsers agree).
  if (decoder.encoding !== "utf-8" && !decoder.encoding.startsWith("utf-16")) {
    if (bytes.includes(0)) return decodeText(bytes, label);
    return decoder.decode(bytes);
  }
  return decodeText(bytes, label);
}

const BLOCK_END = /<\/(?:p|div|h[1-6]|li|dd|dt|blockquote|section|article|header|footer|aside|figure|figcaption|pre|table|tr|ul|ol)\s*>|<br\s*\/?>/gi;

/**
 * The text of an HTML fragment with a line break after each block: textContent
 * alone glues a heading to the paragraph after it ("العنوانالنص"), which would
 * make one word of two and break sentence splitting.
 */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, "$&\n")}</body></html>`);
  return document.body?.textContent ?? "";
}

const MAX_READABILITY_DEPTH = 400;
const MAX_READABILITY_ELEMENTS = 50_000;

/** Deepest element nesting, counted on the tags (no DOM: the DOM walk is what overflows). */
function maxDepth(html: string): number {
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (m[3] !== "/" && !VOID.test(m[2] as string)) max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * The text of the body without scripts, styles and templates, by a flat scan of
 * the markup: no DOM recursion, so any nesting depth is fine.
 */
function bodyText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)/i.exec(html)?.[1] ?? html.replace(/<head\b[\s\S]*?<\/head\s*>/i, " ");
  return blockText(
    body
      .replace(/<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<(script|style|noscript|template|svg|iframe)\b[\s\S]*$/i, " ")
      .replace(BLOCK_END, "$&\n")
      .replace(/<[^>]*>/g, " "),
  );
}

/** A page as a document, or the reason it has none. */
export function htmlToDocument(html: string, pageUrl?: string): DocumentInput | string {
  const { document } = parseHTML(html);
  const doc = document as unknown as MetaDoc;
  const title =
    meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (doc.querySelector("title")?.textContent?.trim() || null);
  const published = dateOf(
    meta(doc, [
      'meta[property="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[itemprop="datePublished"]',
      'meta[name="DC.date.issued"]',
    ]) ?? meta(doc, ["time[datetime]"], "datetime"),
  );
  const url = meta(doc, ['link[rel="canonical"]'], "href") ?? meta(doc, ['meta[property="og:url"]']) ?? pageUrl ?? null;
  const source = meta(doc, ['meta[property="og:site_name"]']);
  const lang = document.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || null;
  // Readability edits the DOM it reads; the metadata was taken above. It recurses
  // over the tree, so a hostile page (thousands of nested elements) overflows the
  // stack, and it slows down on huge pages: those pages fall back to the plain
  // text of the body instead of failing the whole run.
  let article: { content?: string | null } | null = null;
  try {
    if (maxDepth(html) <= MAX_READABILITY_DEPTH) {
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
    }
  } catch {
    article = null;
  }
  let text = article?.content ? blockText(article.content) : "";
  if (text.trim() === "") text = bodyText(html);
  text = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
  if (text === "") return "no text found in the page";
  return {
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(source ? { source } : {}),
    ...(lang === "ar" || lang === "en" ? { lang } : {}),
  };
}
