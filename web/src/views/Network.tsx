import { useMemo, useState } from "react";
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { api, filterParams, type NetworkEdge, type NetworkNode } from "../api.js";
import { useI18n } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { useZoom } from "../useZoom.js";
import { GRAPH_FIELDS, activeCount, useHashFilters } from "../useFilters.js";
import { FilterBar } from "../components/FilterBar.js";
import { Empty, ErrorBox, EventBadge, Goldstein, Loading, goldsteinColor, ZoomButtons } from "../components/bits.js";

// A taller drawing on a phone, so the graph fills the screen's width and its labels stay legible.
const NARROW = typeof window !== "undefined" && window.innerWidth < 600;
const W = NARROW ? 460 : 900;
const H = NARROW ? 520 : 600;

interface SimNode extends SimulationNodeDatum, NetworkNode {
  r: number;
}
interface SimLink extends SimulationLinkDatum<SimNode> {
  edge: NetworkEdge;
}

/** Run the force layout to rest at once: a still picture reads better than a moving one. */
function layout(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): { nodes: SimNode[]; links: { s: SimNode; t: SimNode; edge: NetworkEdge }[] } {
  const max = Math.max(1, ...nodes.map((n) => n.events));
  const sim: SimNode[] = nodes.map((n, i) => ({
    ...n,
    r: 7 + 18 * Math.sqrt(n.events / max),
    // A deterministic start (a circle) gives the same picture on every load.
    x: W / 2 + 200 * Math.cos((2 * Math.PI * i) / nodes.length),
    y: H / 2 + 200 * Math.sin((2 * Math.PI * i) / nodes.length),
  }));
  const byId = new Map(sim.map((n) => [n.id, n]));
  const links: SimLink[] = edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => ({ source: e.source, target: e.target, edge: e }));
  forceSimulation(sim)
    .force(
      "link",
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance(120),
    )
    .force("charge", forceManyBody().strength(-420))
    .force("center", forceCenter(W / 2, H / 2))
    .force("x", forceX(W / 2).strength(0.06))
    .force("y", forceY(H / 2).strength(0.08))
    .force(
      "collide",
      forceCollide<SimNode>().radius((d) => d.r + 14),
    )
    .stop()
    .tick(320);
  fit(sim);
  return { nodes: sim, links: links.map((l) => ({ s: l.source as SimNode, t: l.target as SimNode, edge: l.edge })) };
}

/** Scale the resting layout into the drawing (room left for labels), however many nodes it has. */
function fit(nodes: SimNode[]): void {
  if (nodes.length === 0) return;
  const pad = 70;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0), 2.5);
  for (const n of nodes) {
    n.x = W / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * s;
    n.y = H / 2 + ((n.y ?? 0) - (y0 + y1) / 2) * s;
  }
}

export function NetworkView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const { filters, key, apply } = useHashFilters("network", params);
  const net = useAsync(() => api.network({ ...filterParams(filters), limit: 200 }), key);
  const active = activeCount(filters) > 0;
  return (
    <div className="network-view">
      <FilterBar value={filters} onApply={apply} fields={GRAPH_FIELDS} compact />
      <div className="table-head">
        <span className="total" data-nodes={net.data?.nodes.length ?? ""} data-edges={net.data?.edges.length ?? ""}>
          {net.data ? `${t("actorsCount")}: ${net.data.nodes.length} · ${t("linksCount")}: ${net.data.edges.length}` : ""}
        </span>
        {net.loading ? <Loading /> : null}
      </div>
      {net.error ? <ErrorBox error={net.error} onRetry={net.reload} /> : null}
      {net.data && net.data.nodes.length === 0 ? <Empty>{t(active ? "noNetworkMatch" : "noNetwork")}</Empty> : null}
      {/* Keyed by the filters: a new graph gets a fresh zoom and no stale selected edge. */}
      {net.data && net.data.nodes.length > 0 ? <NetworkGraph key={key} data={net.data} filters={filterParams(filters)} /> : null}
    </div>
  );
}

function NetworkGraph({ data, filters }: { data: { nodes: NetworkNode[]; edges: NetworkEdge[] }; filters: Record<string, string> }) {
  const { t } = useI18n();
  const [edge, setEdge] = useState<NetworkEdge | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const graph = useMemo(() => layout(data.nodes, data.edges), [data]);
  const zoom = useZoom(W, H);
  const names = useMemo(() => new Map(data.nodes.map((n) => [n.id, n.name])), [data]);
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));

  return (
    <div className="network">
      <div className="network-canvas card">
        <div className="canvas-bar">
          <span className="muted">{t("networkHelp")}</span>
          <ZoomButtons zoomBy={zoom.zoomBy} reset={zoom.reset} step={1.3} />
        </div>
        <svg
          ref={zoom.ref}
          className={`graph${zoom.dragging ? " dragging" : ""}`}
          viewBox={`0 0 ${W} ${H}`}
          onPointerDown={zoom.onPointerDown}
          role="img"
          aria-label={t("navNetwork")}
          direction="ltr"
        >
          <g transform={zoom.transform}>
            <g className="edges">
              {graph.links.map((l) => {
                const sel = edge && edge.source === l.edge.source && edge.target === l.edge.target;
                const dim = hover !== null && l.s.id !== hover && l.t.id !== hover;
                const w = 1.5 + 6 * Math.sqrt(l.edge.events / maxEdge);
                return (
                  <g
                    key={`${l.edge.source}|${l.edge.target}`}
                    className={`edge${sel ? " selected" : ""}${dim ? " dim" : ""}`}
                    data-edge={`${l.edge.source}|${l.edge.target}`}
                    onClick={() => setEdge(l.edge)}
                  >
                    <line x1={l.s.x} y1={l.s.y} x2={l.t.x} y2={l.t.y} stroke={goldsteinColor(l.edge.meanGoldstein)} strokeWidth={w / zoom.tf.k} />
                    <Arrow s={l.s} t={l.t} color={goldsteinColor(l.edge.meanGoldstein)} size={(5 + w) / zoom.tf.k} />
                    <line className="edge-hit" x1={l.s.x} y1={l.s.y} x2={l.t.x} y2={l.t.y} strokeWidth={Math.max(14, w + 10) / zoom.tf.k} />
                    <title>{`${l.s.name} → ${l.t.name}: ${l.edge.events} · ${l.edge.meanGoldstein.toFixed(1)}`}</title>
                  </g>
                );
              })}
            </g>
            <g className="nodes">
              {graph.nodes.map((n) => (
                <g
                  key={n.id}
                  className={`node${hover !== null && hover !== n.id ? " dim" : ""}`}
                  transform={`translate(${n.x},${n.y})`}
                  onMouseEnter={() => setHover(n.id)}
                  onMouseLeave={() => setHover(null)}
                  data-node={n.id}
                >
                  <circle r={n.r / Math.sqrt(zoom.tf.k)} />
                  <text y={(n.r / Math.sqrt(zoom.tf.k) + 13 / zoom.tf.k)} fontSize={12 / zoom.tf.k} textAnchor="middle">
                    {n.name}
                  </text>
                  <title>{`${n.name} (${n.code}) · ${n.events}`}</title>
                </g>
              ))}
            </g>
          </g>
        </svg>
        <div className="gradient-legend">
          <span>{t("conflict")} −10</span>
          <span className="gradient" aria-hidden="true" />
          <span>+10 {t("cooperation")}</span>
        </div>
      </div>
      <aside className="network-side card">
        {edge ? (
          <EdgeEvents edge={edge} names={names} filters={filters} onClose={() => setEdge(null)} />
        ) : (
          <Empty>{t("networkHelp")}</Empty>
        )}
      </aside>
    </div>
  );
}

/** A head part way along the edge shows its direction (source → target) without hiding the target node. */
function Arrow({ s, t, color, size }: { s: SimNode; t: SimNode; color: string; size: number }) {
  const dx = (t.x ?? 0) - (s.x ?? 0);
  const dy = (t.y ?? 0) - (s.y ?? 0);
  const x = (s.x ?? 0) + dx * 0.6;
  const y = (s.y ?? 0) + dy * 0.6;
  const a = (Math.atan2(dy, dx) * 180) / Math.PI;
  return <path className="arrowhead" d={`M ${size} 0 L ${-size * 0.7} ${size * 0.75} L ${-size * 0.7} ${-size * 0.75} Z`} transform={`translate(${x},${y}) rotate(${a})`} fill={color} />;
}

function EdgeEvents({ edge, names, filters, onClose }: { edge: NetworkEdge; names: Map<string, string>; filters: Record<string, string>; onClose: () => void }) {
  const { t } = useI18n();
  const between = `${edge.source},${edge.target}`;
  // The same filters as the graph, so the list explains the edge as drawn.
  const q = { ...filters, between, limit: 50, sort: "-date" };
  const events = useAsync(() => api.events(q), JSON.stringify(q));
  return (
    <div className="edge-events" data-edge-events={between}>
      <div className="side-head">
        <h3 className="side-title">
          {t("edgeEvents")} {names.get(edge.source) ?? edge.source} ↔ {names.get(edge.target) ?? edge.target}
        </h3>
        <button className="btn small ghost" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <p className="muted">
        {edge.events} {t("eventsCount")} · {t("goldstein")} <Goldstein value={edge.meanGoldstein} />
      </p>
      {events.loading && !events.data ? <Loading /> : null}
      {events.error ? <ErrorBox error={events.error} onRetry={events.reload} /> : null}
      {events.data && events.data.items.length === 0 ? <Empty>{t("noEvents")}</Empty> : null}
      <ul className="mini-events">
        {events.data?.items.map((ev) => (
          <li key={ev.id} data-event-id={ev.id}>
            <div className="ev-head">
              <EventBadge code={ev.code} quad={ev.quadClass} />
              <span className="ev-name">{ev.name}</span>
              <Goldstein value={ev.goldstein} />
            </div>
            <div className="ev-dyad">
              <bdi className="actor src">{ev.source?.name ?? "—"}</bdi> <span className="arrow">→</span> <bdi className="actor tgt">{ev.target?.name ?? "—"}</bdi>
            </div>
            <div className="ev-meta">{ev.date ?? "—"}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
