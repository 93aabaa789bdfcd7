import { useEffect, useState } from "react";

/** Hash routes (#/read/3, #/events?actor=…) need no server fallback and survive a reload. */
export interface Route {
  readonly view: string;
  readonly arg: string | null;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, "");
  const [path = "", qs = ""] = h.split("?");
  const [view = "", arg] = path.split("/");
  return { view: view || "read", arg: arg ? decodeURIComponent(arg) : null, params: new URLSearchParams(qs) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = (): void => setHash(window.location.hash);
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return parseHash(hash);
}

export function go(path: string): void {
  window.location.hash = `#/${path}`;
}
