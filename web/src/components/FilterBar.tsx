import { useEffect, useState } from "react";
import { emptyFilters, type Filters } from "../api.js";
import { useI18n } from "../i18n.js";
import { ROOTS } from "../cameo.js";
import { activeCount } from "../useFilters.js";

const ALL_FIELDS: readonly (keyof Filters)[] = ["actor", "country", "code", "root", "quad", "from", "to", "text"];

/**
 * The filter form shared by Events, Network and Map: edits locally, hands the
 * filters up on Apply. `fields` picks the inputs shown (a compact bar for the
 * graphs); filters set through the URL on hidden fields still count and apply.
 */
export function FilterBar({ value, onApply, fields = ALL_FIELDS, compact = false }: { value: Filters; onApply: (f: Filters) => void; fields?: readonly (keyof Filters)[]; compact?: boolean }) {
  const { t, lang } = useI18n();
  const [f, setF] = useState<Filters>(value);
  // The URL can change under the form (Back, a pasted link): show what is applied.
  const applied = JSON.stringify(value);
  useEffect(() => setF(value), [applied]);
  const show = (k: keyof Filters): boolean => fields.includes(k);
  // Open on wide screens; on a phone the form folds away so the table comes first.
  const [open, setOpen] = useState(() => window.matchMedia("(min-width: 821px)").matches);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const active = activeCount(value);
  return (
    <details className={`filters-box card${compact ? " compact" : ""}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t("filters")} {active > 0 ? <span className="count">{active}</span> : null}
      </summary>
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(f);
      }}
      aria-label={t("filters")}
    >
      {show("actor") ? (
      <label className="field">
        <span>{t("filterActor")}</span>
        <input className="input" name="actor" value={f.actor} onChange={set("actor")} dir="auto" />
      </label>
      ) : null}
      {show("country") ? (
      <label className="field narrow">
        <span>{t("filterCountry")}</span>
        <input className="input" name="country" value={f.country} onChange={set("country")} maxLength={3} dir="ltr" />
      </label>
      ) : null}
      {show("code") ? (
      <label className="field narrow">
        <span>{t("filterCode")}</span>
        <input className="input" name="code" value={f.code} onChange={set("code")} inputMode="numeric" dir="ltr" />
      </label>
      ) : null}
      {show("root") ? (
      <label className="field">
        <span>{t("filterRoot")}</span>
        <select className="input" name="root" value={f.root} onChange={set("root")}>
          <option value="">{t("any")}</option>
          {ROOTS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.code} · {lang === "ar" ? r.ar : r.en}
            </option>
          ))}
        </select>
      </label>
      ) : null}
      {show("quad") ? (
      <label className="field">
        <span>{t("filterQuad")}</span>
        <select className="input" name="quad" value={f.quad} onChange={set("quad")}>
          <option value="">{t("any")}</option>
          <option value="1">1 · {t("q1")}</option>
          <option value="2">2 · {t("q2")}</option>
          <option value="3">3 · {t("q3")}</option>
          <option value="4">4 · {t("q4")}</option>
        </select>
      </label>
      ) : null}
      {show("from") ? (
      <label className="field narrow">
        <span>{t("filterFrom")}</span>
        <input className="input" type="date" name="from" value={f.from} onChange={set("from")} />
      </label>
      ) : null}
      {show("to") ? (
      <label className="field narrow">
        <span>{t("filterTo")}</span>
        <input className="input" type="date" name="to" value={f.to} onChange={set("to")} />
      </label>
      ) : null}
      {show("text") ? (
      <label className="field">
        <span>{t("filterText")}</span>
        <input className="input" type="search" name="text" value={f.text} onChange={set("text")} dir="auto" />
      </label>
      ) : null}
      <div className="filter-actions">
        <button className="btn primary" type="submit">
          {t("apply")}
        </button>
        <button
          className="btn ghost"
          type="button"
          onClick={() => {
            setF(emptyFilters);
            onApply(emptyFilters);
          }}
        >
          {t("reset")}
        </button>
      </div>
    </form>
    </details>
  );
}
