import { useMemo } from "react";
import { emptyFilters, filterParams, query, type Filters } from "./api.js";

/** Read the filters from the route's query (#/network?quad=4&from=2024-05-01). */
export function filtersFrom(params: URLSearchParams): Filters {
  const f = { ...emptyFilters };
  for (const k of Object.keys(f) as (keyof Filters)[]) f[k] = params.get(k)?.trim() ?? "";
  return f;
}

/**
 * The filters of a view live in its URL hash, so a copied link, a reload or the
 * Back button reproduce what was on screen. Applying writes the hash; the
 * router's hashchange then hands the new filters back down.
 */
export function useHashFilters(view: string, params: URLSearchParams): { filters: Filters; key: string; apply: (f: Filters) => void } {
  const qs = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(qs)), [qs]);
  const key = query(filterParams(filters));
  const apply = (f: Filters): void => {
    window.location.hash = `#/${view}${query(filterParams(f))}`;
  };
  return { filters, key, apply };
}

/** How many filters are set (for the folded "Filters" summary and the empty states). */
export function activeCount(f: Filters): number {
  return Object.values(f).filter((v) => v.trim() !== "").length;
}

/** The inputs that narrow the network and the map: who, where, what kind, when. */
export const GRAPH_FIELDS: readonly (keyof Filters)[] = ["actor", "country", "root", "quad", "from", "to"];
