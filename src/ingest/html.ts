/**
 * HTML pages: the article's main text by Mozilla's Readability (what Firefox's
 * reader view uses) over linkedom's DOM (no browser, no jsdom), and the title,
 * date and canonical URL from the page's own metadata.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentInput } from "../core/record.js";
import { parseDate } from "../cli/input.js";

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
  // Readability edits the DOM it reads; the metadata was taken above.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  let text = article?.content ? blockText(article.content) : "";
  if (text.trim() === "") text = document.body ? blockText(document.body.innerHTML) : "";
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
