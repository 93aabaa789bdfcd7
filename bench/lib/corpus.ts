/**
 * The benchmark's articles: SaudiNewsNet (shared/corpora/saudinewsnet/*.zip, JSON
 * arrays with `content` and `date_extracted`) when it is there, else articles
 * generated from a small set of sentence templates written for the benchmark.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { DocumentInput } from "../../src/core/record.js";

export interface Corpus {
  readonly name: string;
  readonly docs: readonly DocumentInput[];
}

function fromSaudiNewsNet(dir: string, limit: number): DocumentInput[] {
  const docs: DocumentInput[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".zip")).sort()) {
    const entries = unzipSync(readFileSync(join(dir, file)), { filter: (f) => f.name.endsWith(".json") });
    for (const name of Object.keys(entries).sort()) {
      let value: unknown;
      try {
        value = JSON.parse(strFromU8(entries[name] as Uint8Array));
      } catch {
        continue;
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        const o = item as Record<string, unknown>;
        if (typeof o.content !== "string" || o.content.trim() === "" || seen.has(o.content)) continue;
        seen.add(o.content);
        const date = typeof o.date_extracted === "string" ? o.date_extracted.slice(0, 10) : null;
        docs.push({ text: o.content, published: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null });
        if (docs.length >= limit) return docs;
      }
    }
  }
  return docs;
}

// Templates in the register of wire news: who, a speech or action verb, whom, where, when.
const ACTORS = ["وزير الخارجية السعودي", "الرئيس المصري", "رئيس الوزراء العراقي", "الأمين العام للأمم المتحدة", "وزير الدفاع الأمريكي", "الرئيس التركي", "ولي العهد", "الجيش اللبناني", "قوات الأمن", "البرلمان الأردني", "وزير الداخلية", "المبعوث الأممي"];
const PLACES = ["الرياض", "القاهرة", "بغداد", "عمان", "بيروت", "دمشق", "صنعاء", "طهران", "أنقرة", "الدوحة", "جدة", "تونس"];
const DAYS = ["أمس", "اليوم", "يوم الاثنين", "يوم الثلاثاء", "مساء الأربعاء", "الخميس الماضي", "صباح الجمعة"];
const TOPICS = ["الأوضاع في المنطقة", "سبل تعزيز التعاون الثنائي", "الأزمة اليمنية", "مكافحة الإرهاب", "ملف اللاجئين", "العلاقات الاقتصادية", "تطورات الملف النووي"];
const TEMPLATES: readonly ((a: string, b: string, p: string, d: string, t: string) => string)[] = [
  (a, b, p, d, t) => `استقبل ${a} في ${p} ${d} ${b}، وبحث معه ${t}.`,
  (a, b, p, d, t) => `قال ${a} ${d} إن بلاده تدعم الحوار مع ${b} بشأن ${t}.`,
  (a, b, p, d) => `أدان ${a} الهجوم الذي استهدف ${b} في ${p} ${d}، ووصفه بأنه عمل إرهابي.`,
  (a, b, p, d, t) => `التقى ${a} ${b} ${d} في ${p}، وناقش الجانبان ${t}.`,
  (a, b, p, d) => `وقع ${a} و${b} في ${p} ${d} اتفاقية للتعاون في مجالات الطاقة والتجارة.`,
  (a, b, p, d) => `دعا ${a} ${d} ${b} إلى وقف إطلاق النار فوراً والعودة إلى طاولة المفاوضات في ${p}.`,
  (a, _b, p, d) => `تظاهر مئات المواطنين ${d} في ${p} احتجاجاً على قرار ${a} رفع أسعار الوقود.`,
  (a, b, _p, d) => `نفى ${a} ${d} ما تردد عن اعتقال ${b}، مؤكداً أن التحقيقات ما زالت جارية.`,
  (a, b, p, _d, t) => `وأكد ${a} خلال مؤتمر صحفي في ${p} أن «${t} يتطلب تعاوناً جاداً مع ${b}».`,
  (a, b, p, d) => `اعتقلت ${a} ${d} ثلاثة أشخاص في ${p} بتهمة التخطيط لهجمات ضد ${b}.`,
];

/** A deterministic pseudo-random sequence (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedDocs(n: number, seed = 7): DocumentInput[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const docs: DocumentInput[] = [];
  for (let i = 0; i < n; i++) {
    const sentences: string[] = [];
    // SaudiNewsNet articles run from a few lines to a few pages: 3 to 40 sentences.
    const count = 3 + Math.floor(rnd() ** 2 * 37);
    for (let k = 0; k < count; k++) {
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      if (b === a) b = pick(ACTORS);
      sentences.push(pick(TEMPLATES)(a, b, pick(PLACES), pick(DAYS), pick(TOPICS)));
    }
    docs.push({ text: `${pick(PLACES)} - ${sentences.join(" ")}\nالخبر رقم ${i + 1}.`, published: `2015-07-${String((i % 28) + 1).padStart(2, "0")}` });
  }
  return docs;
}

export function loadCorpus(sharedDir: string, limit: number): Corpus {
  const dir = join(sharedDir, "corpora", "saudinewsnet");
  if (existsSync(dir)) {
    const docs = fromSaudiNewsNet(dir, limit);
    if (docs.length > 0) return { name: `SaudiNewsNet (${docs.length} distinct articles from ${dir})`, docs };
  }
  return { name: `generated from built-in templates (${limit} articles; ${dir} not found)`, docs: generatedDocs(limit) };
}
