import { useMemo, useState, useCallback, useEffect } from "react";
import type { DocumentRecord, EventRecord } from "../api.js";
import { useI18n, isArabicText } from "../i18n.js";
import { EventBadge, Goldstein, QuadChip } from "./bits.js";

type Kind = "entity" | "trigger" | "quote" | "time";

interface Ann {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
  /** Index into the record's entities, events, quotes or times. */
  readonly idx: number;
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly anns: readonly Ann[];
}

/**
 * Cut the text at every span boundary so overlapping annotations (a trigger
 * inside a quote, one mention shared by two entities) each keep their colour:
 * every piece knows all the spans that cover it.
 */
export function segment(text: string, record: DocumentRecord): Segment[] {
  const anns: Ann[] = [];
  const push = (start: number, end: number, kind: Kind, idx: number): void => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && end > start) anns.push({ start, end, kind, idx });
  };
  record.entities.forEach((e, i) => e.mentions.forEach((m) => push(m.start, m.end, "entity", i)));
  record.events.forEach((e, i) => push(e.trigger.start, e.trigger.end, "trigger", i));
  record.quotes.forEach((q, i) => push(q.start, q.end, "quote", i));
  record.times.forEach((t, i) => push(t.start, t.end, "time", i));
  const cuts = new Set<number>([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, anns: anns.filter((a) => a.start <= start && a.end >= end) });
  }
  return out;
}

const PRIORITY: readonly Kind[] = ["trigger", "time", "entity"];

interface Popover {
  readonly seg: number;
  readonly x: number;
  readonly y: number;
  readonly pinned: boolean;
}

export function ArticleView({ text, record, title }: { text: string; record: DocumentRecord; title?: string | null }) {
  const { t } = useI18n();
  const segments = useMemo(() => segment(text, record), [text, record]);
  const [pop, setPop] = useState<Popover | null>(null);
  const [focusEvent, setFocusEvent] = useState<number | null>(null);
  const rtl = isArabicText(text);

  useEffect(() => {
    setPop(null);
    setFocusEvent(null);
  }, [text, record]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "Escape") setPop(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const popEvent = pop ? segments[pop.seg]?.anns.find((a) => a.kind === "trigger")?.idx ?? null : null;
  const activeEvent = focusEvent ?? popEvent;
  const active = activeEvent !== null ? record.events[activeEvent] : undefined;

  const roleOf = useCallback(
    (s: Segment): string[] => {
      if (!active) return [];
      const roles: string[] = [];
      const inside = (sp: { start: number; end: number } | null): boolean => sp !== null && sp.start <= s.start && sp.end >= s.end;
      if (inside(active.trigger)) roles.push("role-trigger");
      if (inside(active.source)) roles.push("role-source");
      if (inside(active.target)) roles.push("role-target");
      return roles;
    },
    [active],
  );

  const segIndexOf = (el: EventTarget | null): { idx: number; el: HTMLElement } | null => {
    const node = el instanceof Element ? el.closest<HTMLElement>("[data-seg]") : null;
    if (!node) return null;
    const idx = Number(node.dataset.seg);
    return segments[idx]?.anns.length ? { idx, el: node } : null;
  };

  const place = (el: HTMLElement, idx: number, pinned: boolean): void => {
    const r = el.getBoundingClientRect();
    setPop({ seg: idx, x: r.left + r.width / 2, y: r.bottom, pinned });
  };

  return (
    <div className="reader">
      <div className="reader-main">
        <Legend />
        <article
          className="article"
          dir={rtl ? "rtl" : "ltr"}
          lang={rtl ? "ar" : undefined}
          onMouseOver={(e) => {
            if (pop?.pinned) return;
            const hit = segIndexOf(e.target);
            if (hit) place(hit.el, hit.idx, false);
            else if (pop) setPop(null);
          }}
          onMouseLeave={() => {
            if (pop && !pop.pinned) setPop(null);
          }}
          onClick={(e) => {
            const hit = segIndexOf(e.target);
            if (hit) place(hit.el, hit.idx, true);
            else setPop(null);
          }}
        >
          {title ? <h2 className="article-title">{title}</h2> : null}
          <div className="article-text">
            {segments.map((s, i) => {
              if (s.anns.length === 0) return <span key={i}>{text.slice(s.start, s.end)}</span>;
              const kinds = new Set(s.anns.map((a) => a.kind));
              const main = PRIORITY.find((k) => kinds.has(k));
              const cls = ["hl", main ? `hl-${main}` : "", kinds.has("quote") ? "hl-quote" : "", ...roleOf(s)].filter(Boolean).join(" ");
              const ev = s.anns.filter((a) => a.kind === "trigger").map((a) => record.events[a.idx]!.id);
              const ent = s.anns.filter((a) => a.kind === "entity").map((a) => record.entities[a.idx]!.id);
              return (
                <span
                  key={i}
                  className={cls}
                  data-seg={i}
                  data-kind={[...kinds].join(" ")}
                  data-event={ev.length ? ev.join(" ") : undefined}
                  data-entity={ent.length ? ent.join(" ") : undefined}
                  tabIndex={main === "trigger" ? 0 : undefined}
                  onFocus={(e) => place(e.currentTarget, i, true)}
                >
                  {text.slice(s.start, s.end)}
                </span>
              );
            })}
          </div>
        </article>
        {pop ? <SpanPopover record={record} seg={segments[pop.seg]!} x={pop.x} y={pop.y} onClose={() => setPop(null)} /> : null}
      </div>
      <aside className="reader-side">
        <h3 className="side-title">
          {t("eventsInDoc")} <span className="count">{record.events.length}</span>
        </h3>
        {record.events.length === 0 ? <p className="empty">{t("noEventsInDoc")}</p> : null}
        <ol className="event-cards">
          {record.events.map((ev, i) => (
            <li
              key={ev.id}
              className={`event-card${activeEvent === i ? " active" : ""}`}
              data-event-card={ev.id}
              onMouseEnter={() => setFocusEvent(i)}
              onMouseLeave={() => setFocusEvent(null)}
              onClick={() => {
                const el = document.querySelector<HTMLElement>(`.article [data-event~="${CSS.escape(ev.id)}"]`);
                el?.scrollIntoView({ block: "center", behavior: "smooth" });
                setFocusEvent(i);
              }}
            >
              <EventSummary ev={ev} />
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

function EventSummary({ ev }: { ev: EventRecord }) {
  const { t } = useI18n();
  return (
    <>
      <div className="ev-head">
        <EventBadge code={ev.code} quad={ev.quadClass} />
        <span className="ev-name">{ev.name}</span>
        <Goldstein value={ev.goldstein} />
      </div>
      <div className="ev-dyad">
        <bdi className="actor src">{ev.source?.name ?? "—"}</bdi>
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <bdi className="actor tgt">{ev.target?.name ?? "—"}</bdi>
      </div>
      <div className="ev-meta">
        <bdi className="ar-snippet" lang="ar" dir="rtl">
          {ev.trigger.text}
        </bdi>
        {ev.date ? <span>{ev.date}</span> : null}
        {ev.negated ? <span className="tag warn">{t("negated")}</span> : null}
        {ev.modality !== "asserted" ? <span className="tag">{ev.modality}</span> : null}
      </div>
    </>
  );
}

function SpanPopover({ record, seg, x, y, onClose }: { record: DocumentRecord; seg: Segment; x: number; y: number; onClose: () => void }) {
  const { t } = useI18n();
  const width = Math.min(360, window.innerWidth - 16);
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, x - width / 2));
  const below = y + 8;
  const style = { left, top: below, width };
  const order: Kind[] = ["trigger", "entity", "quote", "time"];
  const anns = [...seg.anns].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return (
    <div className="popover" style={style} role="dialog">
      <button className="popover-close" onClick={onClose} aria-label={t("close")}>
        ×
      </button>
      {anns.map((a, i) => {
        if (a.kind === "trigger") {
          const ev = record.events[a.idx]!;
          return (
            <section key={i} className="pop-sec pop-trigger">
              <h4>
                {t("event")} <EventBadge code={ev.code} quad={ev.quadClass} /> {ev.name}
              </h4>
              <dl>
                <dt>{t("source")}</dt>
                <dd>{ev.source ? `${ev.source.name} (${ev.source.code})` : "—"}</dd>
                <dt>{t("target")}</dt>
                <dd>{ev.target ? `${ev.target.name} (${ev.target.code})` : "—"}</dd>
                <dt>{t("goldstein")}</dt>
                <dd>
                  <Goldstein value={ev.goldstein} /> <QuadChip quad={ev.quadClass} />
                </dd>
                {ev.date ? (
                  <>
                    <dt>{t("date")}</dt>
                    <dd>{ev.date}</dd>
                  </>
                ) : null}
                {ev.location ? (
                  <>
                    <dt>{t("location")}</dt>
                    <dd>{ev.location.name}</dd>
                  </>
                ) : null}
                <dt>{t("modality")}</dt>
                <dd>
                  {ev.modality}
                  {ev.negated ? ` · ${t("negated")}` : ""}
                </dd>
                <dt>{t("rule")}</dt>
                <dd>
                  <code className="rule">{ev.rule}</code> <span className="muted">({Math.round(ev.confidence * 100)}%)</span>
                </dd>
              </dl>
            </section>
          );
        }
        if (a.kind === "entity") {
          const en = record.entities[a.idx]!;
          return (
            <section key={i} className="pop-sec pop-entity">
              <h4>
                {t("actor")}: {en.name}
              </h4>
              <dl>
                <dt>{t("code")}</dt>
                <dd>
                  <code>{en.code || "—"}</code>
                </dd>
                <dt>{t("type")}</dt>
                <dd>{en.type}</dd>
                <dt>{t("country")}</dt>
                <dd>{en.country ?? "—"}</dd>
              </dl>
            </section>
          );
        }
        if (a.kind === "quote") {
          const q = record.quotes[a.idx]!;
          return (
            <section key={i} className="pop-sec pop-quote">
              <h4>
                {t("quote")} ({t(q.kind)})
              </h4>
              <dl>
                <dt>{t("speaker")}</dt>
                <dd>{q.speaker ? `${q.speaker.name} (${q.speaker.code})` : t("unknown")}</dd>
              </dl>
            </section>
          );
        }
        const tm = record.times[a.idx]!;
        return (
          <section key={i} className="pop-sec pop-time">
            <h4>{t("time")}</h4>
            <dl>
              <dt>{t("value")}</dt>
              <dd>{tm.value ?? t("unknown")}</dd>
            </dl>
          </section>
        );
      })}
    </div>
  );
}

export function Legend() {
  const { t } = useI18n();
  return (
    <div className="legend" aria-label={t("legend")}>
      <span className="legend-title">{t("legend")}:</span>
      <span className="legend-item">
        <span className="swatch hl hl-entity">أ</span> {t("kindEntity")}
      </span>
      <span className="legend-item">
        <span className="swatch hl hl-trigger">أ</span> {t("kindTrigger")}
      </span>
      <span className="legend-item">
        <span className="swatch hl hl-quote">أ</span> {t("kindQuote")}
      </span>
      <span className="legend-item">
        <span className="swatch hl hl-time">أ</span> {t("kindTime")}
      </span>
      <span className="legend-item">
        <span className="swatch hl role-source">أ</span> {t("kindSource")}
      </span>
      <span className="legend-item">
        <span className="swatch hl role-target">أ</span> {t("kindTarget")}
      </span>
    </div>
  );
}
