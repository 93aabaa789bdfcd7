import { useMemo, useState } from "react";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import world from "world-atlas/countries-110m.json";
import { api, filterParams, type LocationSummary } from "../api.js";
import { useI18n } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { useZoom, type Transform } from "../useZoom.js";
import { Empty, ErrorBox, Loading, ZoomButtons } from "../components/bits.js";
import { FilterBar } from "../components/FilterBar.js";
import { GRAPH_FIELDS, activeCount, useHashFilters } from "../useFilters.js";

const W = 960;
const H = 500;

const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
const projection = geoNaturalEarth1().fitExtent(
  [
    [8, 8],
    [W - 8, H - 8],
  ],
  countries,
);
const path = geoPath(projection);
const countryPaths = countries.features.map((f) => path(f) ?? "");
const borderPath = path(borders) ?? "";

interface Placed extends LocationSummary {
  readonly px: number;
  readonly py: number;
  readonly r: number;
}

/** Start zoomed on where the events are (with room around them), not on the whole world. */
function focus(points: readonly Placed[]): Transform {
  if (points.length === 0) return { k: 1, x: 0, y: 0 };
  const xs = points.map((p) => p.px);
  const ys = points.map((p) => p.py);
  const pad = 90;
  const x0 = Math.min(...xs) - pad;
  const x1 = Math.max(...xs) + pad;
  const y0 = Math.min(...ys) - pad;
  const y1 = Math.max(...ys) + pad;
  const k = Math.max(1, Math.min(6, W / (x1 - x0), H / (y1 - y0)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: W / 2 - cx * k, y: H / 2 - cy * k };
}

export function MapView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const { filters, key, apply } = useHashFilters("map", params);
  const locs = useAsync(() => api.locations(filterParams(filters)), key);
  const placed = useMemo(() => {
    const items = (locs.data?.items ?? []).filter((l) => l.lat !== null && l.lon !== null);
    const max = Math.max(1, ...items.map((l) => l.events));
    return items.flatMap((l): Placed[] => {
      const p = projection([l.lon!, l.lat!]);
      return p ? [{ ...l, px: p[0], py: p[1], r: 4 + 14 * Math.sqrt(l.events / max) }] : [];
    });
  }, [locs.data]);

  return (
    <div className="map-view">
      <FilterBar value={filters} onApply={apply} fields={GRAPH_FIELDS} compact />
      <div className="table-head">
        <span className="total" data-places={locs.data ? placed.length : ""}>
          {locs.data ? `${t("placesCount")}: ${placed.length} · ${t("eventsLabel")}: ${placed.reduce((n, l) => n + l.events, 0)}` : ""}
        </span>
        {locs.loading ? <Loading /> : null}
        <span className="muted head-help">{t("mapHelp")}</span>
      </div>
      {locs.error ? <ErrorBox error={locs.error} onRetry={locs.reload} /> : null}
      {locs.data && placed.length === 0 ? <Empty>{t(activeCount(filters) > 0 ? "noLocationsMatch" : "noLocations")}</Empty> : null}
      <div className="map-layout">
        {/* Keyed by the filters: each answer opens zoomed on its own places. */}
        <MapCanvas key={`${key}|${placed.length}`} placed={placed} />
        {placed.length > 0 ? (
          <div className="card loc-list">
            <div className="table-wrap">
              <table className="table compact">
                <thead>
                  <tr>
                    <th>{t("location")}</th>
                    <th>{t("country")}</th>
                    <th>{t("eventsCount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {placed.map((l) => (
                    <tr key={`${l.name}|${l.lat}|${l.lon}`}>
                      <td>{l.name}</td>
                      <td>{l.country ?? "—"}</td>
                      <td className="num">{l.events}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function MapCanvas({ placed }: { placed: readonly Placed[] }) {
  const { t } = useI18n();
  const initial = useMemo(() => focus(placed), [placed]);
  const zoom = useZoom(W, H, initial, 1, 40);
  const [tip, setTip] = useState<{ l: Placed; x: number; y: number } | null>(null);
  const k = zoom.tf.k;
  return (
    <div className="card map-card">
      <div className="canvas-bar">
        <ZoomButtons zoomBy={zoom.zoomBy} reset={zoom.reset} step={1.4} />
      </div>
      <div className="map-wrap">
        <svg
          ref={zoom.ref}
          className={`map${zoom.dragging ? " dragging" : ""}`}
          viewBox={`0 0 ${W} ${H}`}
          onPointerDown={zoom.onPointerDown}
          role="img"
          aria-label={t("navMap")}
          direction="ltr"
        >
          <rect className="sea" width={W} height={H} />
          <g transform={zoom.transform}>
            <g className="countries">
              {countryPaths.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </g>
            <path className="borders" d={borderPath} strokeWidth={0.6 / k} />
            <g className="places">
              {placed.map((l) => (
                <circle
                  key={`${l.name}|${l.px}|${l.py}`}
                  cx={l.px}
                  cy={l.py}
                  r={l.r / Math.sqrt(k)}
                  strokeWidth={1.2 / k}
                  data-location={l.name}
                  onMouseEnter={(e) => {
                    const box = e.currentTarget.ownerSVGElement!.parentElement!.getBoundingClientRect();
                    const c = e.currentTarget.getBoundingClientRect();
                    setTip({ l, x: c.left + c.width / 2 - box.left, y: c.top - box.top });
                  }}
                  onMouseLeave={() => setTip(null)}
                >
                  <title>{`${l.name}: ${l.events}`}</title>
                </circle>
              ))}
            </g>
          </g>
        </svg>
        {tip ? (
          <div className="map-tip" style={{ left: tip.x, top: tip.y }} role="tooltip">
            <strong>{tip.l.name}</strong>
            {tip.l.country ? <span className="muted"> · {tip.l.country}</span> : null}
            <div>
              {tip.l.events} {t("eventsCount")}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
