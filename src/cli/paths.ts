/**
 * Where the package lives. The CLI runs both from source (src/cli, under tsx) and
 * built (dist/src/cli), so paths are found by walking up to package.json instead of
 * counting "../" segments that differ between the two.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageInfo {
  /** The folder holding package.json: the repository root, or the installed package. */
  readonly root: string;
  readonly name: string;
  readonly version: string;
}

const cache = new Map<string, PackageInfo>();

export function findPackage(from: string = fileURLToPath(import.meta.url)): PackageInfo {
  const hit = cache.get(from);
  if (hit) return hit;
  let dir = dirname(from);
  while (true) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
      // A nested package.json (dist/, a test fixture) is skipped: the one we want names the project.
      if (pkg.name === "marsad") {
        const info = { root: dir, name: pkg.name, version: typeof pkg.version === "string" ? pkg.version : "0.0.0" };
        cache.set(from, info);
        return info;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find marsad's package.json above ${from}`);
    dir = parent;
  }
}
