import { useState } from "react";
import { api, filterParams } from "../api.js";
import { useI18n, quadKey } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { Empty, ErrorBox, Loading } from "../components/bits.js";
import { FilterBar } from "../components/FilterBar.js";
import { useHashFilters } from "../useFilters.js";

/** The timeline is already split by QuadClass and may be narrowed to a dyad: its filter asks where, what and when. */
const TIMELINE_FIELDS = ["country", "root", "from", "to"] as const;

const W = 900;
const H = 340;
const M = { top: 16, right: 16, bottom: 56, left: 44 };

function niceMax(v: number): number {
  if (v <= 5) return Math.max(1, v);
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

export function TimelineView({ params: route }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const { filters, key, apply } = useHashFilters("timeline", route);
  const [by, setBy] = useState<"day" | "week" | "month">("day");
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const actors = useAsync(() => api.actors({ limit: 200 }), "actors");
  const dyad = a && b && a !== b ? `${a},${b}` : "";
  const params: Record<string, string> = { ...filterParams(filters), by, group: "quad" };
  if (dyad) params.between = dyad;
  const series = useAsync(() => api.timeseries(params), `${key}|${JSON.stringify(params)}`);

  const points = series.data?.points ?? [];
  const max = niceMax(Math.max(0, ...points.map((p) => p.quad.reduce((s, n) => s + n, 0))));
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const band = points.length ? iw / points.length : iw;
  const bw = Math.max(2, Math.min(48, band * 0.72));
  const every = Math.max(1, Math.ceil(points.length / 12));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f)).filter((v, i, all) => all.indexOf(v) === i);
  const y = (v: number): number => M.top + ih - (v / max) * ih;

  // the same choices for either side of the dyad
  const actorOptions = (
    <>
      <option value="">{t("allActors")}</option>
      {actors.data?.items.map((x) => (
        <option key={x.entity} value={x.entity}>
          {x.name} ({x.code})
        </option>
      ))}
    </>
  );

  return (
    <div className="timeline">
      <FilterBar value={filters} onApply={apply} fields={TIMELINE_FIELDS} compact />
      <div className="card controls">
        <label className="field narrow">
          <span>{t("granularity")}</span>
          <select className="input" value={by} onChange={(e) => setBy(e.target.value as typeof by)} name="by">
            <option value="day">{t("day")}</option>
            <option value="week">{t("week")}</option>
            <option value="month">{t("month")}</option>
          </select>
        </label>
        <fieldset className="dyad">
          <legend>{t("dyad")}</legend>
          <select className="input" value={a} onChange={(e) => setA(e.target.value)} aria-label={t("actorA")} name="actorA">
            {actorOptions}
          </select>
          <span aria-hidden="true">↔</span>
          <select className="input" value={b} onChange={(e) => setB(e.target.value)} aria-label={t("actorB")} name="actorB">
            {actorOptions}
          </select>
        </fieldset>
        <QuadLegend />
      </div>
      {series.loading && !series.data ? <Loading /> : null}
      {series.error ? <ErrorBox error={series.error} onRetry={series.reload} /> : null}
      {series.data && points.length === 0 ? <Empty>{t("noTimeline")}</Empty> : null}
      {points.length > 0 ? (
        <div className="card chart-card">
          <p className="muted">{t("timelineHelp")}</p>
          <div className="chart-scroll">
            <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("navTimeline")} direction="ltr">
              {ticks.map((v) => (
                <g key={v} className="grid">
                  <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
                  <text x={M.left - 8} y={y(v) + 4} textAnchor="end">
                    {v}
                  </text>
                </g>
              ))}
              {points.map((p, i) => {
                const x = M.left + band * i + (band - bw) / 2;
                let acc = 0;
                return (
                  <g key={p.period} className="bar" data-period={p.period}>
                    {p.quad.map((n, q) => {
                      if (n === 0) return null;
                      const y0 = y(acc);
                      acc += n;
                      const y1 = y(acc);
                      return (
                        <rect key={q} className={`q${q + 1}`} x={x} y={y1} width={bw} height={Math.max(0.5, y0 - y1)} data-quad={q + 1}>
                          <title>{`${p.period} · ${t(quadKey(q + 1))}: ${n}`}</title>
                        </rect>
                      );
                    })}
                    {i % every === 0 ? (
                      <text className="axis-label" x={x + bw / 2} y={H - M.bottom + 16} textAnchor="end" transform={`rotate(-35 ${x + bw / 2} ${H - M.bottom + 16})`}>
                        {p.period}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <line className="axis" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
            </svg>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function QuadLegend() {
  const { t } = useI18n();
  return (
    <div className="quad-legend">
      {[1, 2, 3, 4].map((q) => (
        <span key={q} className="legend-item">
          <span className={`swatch-box q${q}`} aria-hidden="true" /> {t(quadKey(q))}
        </span>
      ))}
    </div>
  );
}
