import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { I18nContext, dictionaries, type Lang, type Key } from "./i18n.js";
import { useRoute } from "./router.js";
import { ReadView } from "./views/Read.js";
import { TryView } from "./views/Try.js";
import { EventsView } from "./views/Events.js";
import { TimelineView } from "./views/Timeline.js";
import { Loading } from "./components/bits.js";

// The map carries the world's outlines and the network its layout engine: load them when opened.
const NetworkView = lazy(() => import("./views/Network.js").then((m) => ({ default: m.NetworkView })));
const MapView = lazy(() => import("./views/Map.js").then((m) => ({ default: m.MapView })));

const VIEWS: readonly { id: string; key: Key }[] = [
  { id: "read", key: "navRead" },
  { id: "try", key: "navTry" },
  { id: "events", key: "navEvents" },
  { id: "network", key: "navNetwork" },
  { id: "timeline", key: "navTimeline" },
  { id: "map", key: "navMap" },
];

function initialLang(): Lang {
  const saved = window.localStorage.getItem("marsad.lang");
  return saved === "en" || saved === "ar" ? saved : "ar";
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [menuOpen, setMenuOpen] = useState(false);
  const route = useRoute();
  const i18n = useMemo(() => ({ lang, t: (k: Key) => dictionaries[lang][k] }), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.title = `${dictionaries[lang].appName} · ${dictionaries[lang].tagline}`;
    window.localStorage.setItem("marsad.lang", lang);
  }, [lang]);

  useEffect(() => setMenuOpen(false), [route.view]);

  const view = VIEWS.some((v) => v.id === route.view) ? route.view : "read";
  return (
    <I18nContext.Provider value={i18n}>
      <header className="topbar">
        <a className="brand" href="#/read">
          <span className="brand-mark" aria-hidden="true">
            م
          </span>
          <span className="brand-name">{i18n.t("appName")}</span>
          <span className="brand-tag">{i18n.t("tagline")}</span>
        </a>
        <button className="menu-toggle" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen((o) => !o)}>
          <span aria-hidden="true">☰</span> {i18n.t("menu")}
        </button>
        <nav id="nav" className={`nav${menuOpen ? " open" : ""}`}>
          {VIEWS.map((v) => (
            <a key={v.id} href={`#/${v.id}`} className={view === v.id ? "active" : undefined} aria-current={view === v.id ? "page" : undefined} data-nav={v.id}>
              {i18n.t(v.key)}
            </a>
          ))}
        </nav>
        <button className="lang-switch" onClick={() => setLang(lang === "ar" ? "en" : "ar")} lang={lang === "ar" ? "en" : "ar"} data-lang-switch>
          {i18n.t("switchLang")}
        </button>
      </header>
      <main className={`view view-${view}`}>
        <Suspense fallback={<Loading />}>
        {view === "read" && <ReadView docKey={route.arg} />}
        {view === "try" && <TryView />}
        {view === "events" && <EventsView params={route.params} />}
        {view === "network" && <NetworkView params={route.params} />}
        {view === "timeline" && <TimelineView params={route.params} />}
        {view === "map" && <MapView params={route.params} />}
        </Suspense>
      </main>
    </I18nContext.Provider>
  );
}
