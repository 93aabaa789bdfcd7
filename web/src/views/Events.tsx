import { Fragment, useState } from "react";
import { api, filterParams, type StoredEvent } from "../api.js";
import { useI18n, type Key } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { useHashFilters } from "../useFilters.js";
import { FilterBar } from "../components/FilterBar.js";
import { EventEvidence } from "../components/Evidence.js";
import { Empty, ErrorBox, EventBadge, Goldstein, Loading, QuadChip } from "../components/bits.js";

const PAGE = 25;

type SortKey = "date" | "code" | "goldstein" | "mentions";

export function EventsView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const { filters, key, apply } = useHashFilters("events", params);
  const [sort, setSort] = useState<string>("-date");
  // Paging belongs to one set of filters: new filters (Apply, Back, a link) start at page 1.
  const [paging, setPaging] = useState({ key, offset: 0 });
  const offset = paging.key === key ? paging.offset : 0;
  const setOffset = (n: number): void => setPaging({ key, offset: n });
  const [open, setOpen] = useState<number | null>(null);
  const q = { ...filterParams(filters), sort, limit: PAGE, offset };
  const events = useAsync(() => api.events(q), JSON.stringify(q));

  const toggleSort = (key: SortKey): void => {
    // Dates, scores and counts read best largest first; codes only in order.
    setSort(key === "code" ? "code" : sort === `-${key}` ? key : `-${key}`);
    setOffset(0);
  };
  const header = (key: SortKey, label: Key) => {
    const dir = sort === key ? "asc" : sort === `-${key}` ? "desc" : null;
    return (
      <th aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}>
        <button className="sort" onClick={() => toggleSort(key)} data-sort={key}>
          {t(label)} <span aria-hidden="true">{dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}</span>
        </button>
      </th>
    );
  };

  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.floor(offset / PAGE) + 1;
  return (
    <div className="events">
      <FilterBar
        value={filters}
        onApply={(f) => {
          apply(f);
          setOpen(null);
        }}
      />
      <div className="table-head">
        <span className="total" data-total={total}>
          {events.data ? `${total} ${t("results")}` : ""}
        </span>
        {events.loading ? <Loading /> : null}
      </div>
      {events.error ? <ErrorBox error={events.error} onRetry={events.reload} /> : null}
      {events.data && events.data.items.length === 0 ? <Empty>{t("noEvents")}</Empty> : null}
      {events.data && events.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-busy={!events.current}>
            <thead>
              <tr>
                {header("date", "date")}
                <th>{t("source")}</th>
                {header("code", "event")}
                <th>{t("target")}</th>
                <th>{t("filterQuad")}</th>
                {header("goldstein", "goldstein")}
                {header("mentions", "mentions")}
                <th>{t("location")}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((ev) => (
                <Fragment key={ev.id}>
                  <EventRow ev={ev} open={open === ev.id} onToggle={() => setOpen(open === ev.id ? null : ev.id)} />
                  {open === ev.id ? (
                    <tr className="evidence-row">
                      <td colSpan={8}>
                        <EventEvidence id={ev.id} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {total > PAGE ? (
        <div className="pager">
          <button className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t("prev")}
          </button>
          <span>
            {t("page")} {page} {t("of")} {pages}
          </span>
          <button className="btn small" disabled={page >= pages} onClick={() => setOffset(offset + PAGE)}>
            {t("next")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function EventRow({ ev, open, onToggle }: { ev: StoredEvent; open: boolean; onToggle: () => void }) {
  return (
    <tr
      className={`event-row${open ? " open" : ""}${ev.negated ? " negated" : ""}`}
      onClick={onToggle}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onToggle();
        }
      }}
      tabIndex={0}
      aria-expanded={open}
      data-event-id={ev.id}
    >
      <td className="nowrap">{ev.date ?? "—"}</td>
      <td>{ev.source ? <ActorCell a={ev.source} /> : "—"}</td>
      <td>
        <EventBadge code={ev.code} quad={ev.quadClass} /> <span className="ev-name">{ev.name}</span>
      </td>
      <td>{ev.target ? <ActorCell a={ev.target} /> : "—"}</td>
      <td>
        <QuadChip quad={ev.quadClass} />
      </td>
      <td>
        <Goldstein value={ev.goldstein} />
      </td>
      <td className="num">{ev.numMentions}</td>
      <td>{ev.location?.name ?? "—"}</td>
    </tr>
  );
}

function ActorCell({ a }: { a: { name: string; code: string } }) {
  return (
    <span className="actor-cell">
      {a.name} <code className="muted">{a.code}</code>
    </span>
  );
}
