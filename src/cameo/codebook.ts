/**
 * The CAMEO event codebook: code -> name, root, Goldstein score, QuadClass and
 * PLOVER type. Pure: it validates data handed to it (data/cameo/codebook.yaml,
 * read by ./load.ts) and answers look-ups; it never touches a file.
 */
import { z } from "zod";

/**
 * PLOVER event types (OEDA, 2021 names). CONCEDE is here although PLOVER lists
 * are often quoted without it: it is the verbal half of CAMEO's YIELD.
 */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCode {
  /** Three or four digits, leading zero kept: "040", "0256". */
  readonly code: string;
  readonly name: string;
  /** The two-digit cue category: "04". */
  readonly root: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  /** null for CAMEO 01 (statements) and 02 (appeals), which PLOVER does not code. */
  readonly plover: PloverType | null;
}

export interface CameoRoot {
  readonly code: string;
  readonly name: string;
  readonly quadClass: QuadClass;
}

export interface Codebook {
  /** A code, or a bare root ("04"), which stands for its generic code ("040"). */
  get(code: string): CameoCode | undefined;
  has(code: string): boolean;
  /** Every code in CAMEO order. */
  all(): readonly CameoCode[];
  roots(): readonly CameoRoot[];
  /** "04" -> "CONSULT"; undefined for anything that is not a known root. */
  rootName(root: string): string | undefined;
}

/**
 * QuadClass by root as GDELT 2.0 assigns it. It is fixed by the root, so the
 * data file's per-code values are checked against it rather than trusted.
 */
export function quadClassOfRoot(root: string): QuadClass | undefined {
  if (!/^\d{2}$/.test(root)) return undefined;
  const n = Number(root);
  if (n >= 1 && n <= 5) return 1;
  if (n >= 6 && n <= 9) return 2;
  if (n >= 10 && n <= 14) return 3;
  if (n >= 15 && n <= 20) return 4;
  return undefined;
}

const RootSchema = z
  .object({
    code: z.string().regex(/^\d{2}$/, 'roots are two-digit strings like "04"'),
    name: z.string().min(1),
  })
  .strict();

const CodeSchema = z
  .object({
    code: z.string().regex(/^\d{3,4}$/, 'codes are 3-4 digit strings like "040" (quote them in YAML)'),
    name: z.string().min(1),
    goldstein: z.number().min(-10).max(10),
    quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    plover: z.enum(PLOVER_TYPES).nullable(),
  })
  .strict();

const CodebookSchema = z
  .object({
    roots: z.array(RootSchema).min(1),
    codes: z.array(CodeSchema).min(1),
  })
  .strict()
  .superRefine((book, ctx) => {
    const roots = new Set<string>();
    book.roots.forEach((r, i) => {
      if (roots.has(r.code)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["roots", i, "code"], message: `duplicate root ${r.code}` });
      }
      roots.add(r.code);
      if (quadClassOfRoot(r.code) === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["roots", i, "code"], message: `${r.code} is not a CAMEO root (01-20)` });
      }
    });

    const codes = new Set(book.codes.map((c) => c.code));
    const seen = new Set<string>();
    book.codes.forEach((c, i) => {
      const at = ["codes", i];
      if (seen.has(c.code)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...at, "code"], message: `duplicate code ${c.code}` });
      }
      seen.add(c.code);
      const root = c.code.slice(0, 2);
      if (!roots.has(root)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...at, "code"], message: `${c.code}: root ${root} is not in roots` });
      }
      const quad = quadClassOfRoot(root);
      if (quad !== undefined && c.quadClass !== quad) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [...at, "quadClass"],
          message: `${c.code}: quadClass ${c.quadClass}, but root ${root} is quadClass ${quad}`,
        });
      }
      // A four-digit code refines a three-digit one; an orphan is a typo.
      if (c.code.length === 4 && !codes.has(c.code.slice(0, 3))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...at, "code"], message: `${c.code}: parent ${c.code.slice(0, 3)} is missing` });
      }
    });

    // get("04") must have somewhere to go.
    book.roots.forEach((r, i) => {
      if (!codes.has(`${r.code}0`)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["roots", i, "code"], message: `root ${r.code} has no generic code ${r.code}0` });
      }
    });
  });

/** Raised by parseCodebook; `issues` keep zod's paths so a loader can point at lines. */
export class CodebookError extends Error {
  constructor(readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]) {
    super(`invalid CAMEO codebook:\n  ${issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("\n  ")}`);
    this.name = "CodebookError";
  }
}

export function parseCodebook(raw: unknown): Codebook {
  const parsed = CodebookSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CodebookError(parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  }

  const roots = new Map<string, CameoRoot>();
  for (const r of parsed.data.roots) {
    // quadClassOfRoot is defined for every root that passed validation.
    roots.set(r.code, Object.freeze({ code: r.code, name: r.name, quadClass: quadClassOfRoot(r.code) ?? 1 }));
  }
  const byCode = new Map<string, CameoCode>();
  for (const c of parsed.data.codes) {
    byCode.set(
      c.code,
      Object.freeze({
        code: c.code,
        name: c.name,
        root: c.code.slice(0, 2),
        goldstein: c.goldstein,
        quadClass: c.quadClass,
        plover: c.plover,
      }),
    );
  }
  const all = Object.freeze([...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
  const rootList = Object.freeze([...roots.values()].sort((a, b) => (a.code < b.code ? -1 : 1)));

  const resolve = (code: string): CameoCode | undefined => {
    const key = code.trim();
    if (roots.has(key)) return byCode.get(`${key}0`);
    return byCode.get(key);
  };

  return {
    get: resolve,
    has: (code) => resolve(code) !== undefined,
    all: () => all,
    roots: () => rootList,
    rootName: (root) => roots.get(root.trim())?.name,
  };
}
