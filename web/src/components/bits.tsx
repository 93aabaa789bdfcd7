import type { ReactNode } from "react";
import { useI18n, quadKey } from "../i18n.js";
import { ApiError } from "../api.js";

export function QuadChip({ quad }: { quad: number }) {
  const { t } = useI18n();
  return <span className={`quad quad-${quad}`}>{t(quadKey(quad))}</span>;
}

export function EventBadge({ code, quad }: { code: string; quad: number }) {
  return <code className={`ev-code quad-${quad}`}>{code}</code>;
}

/** Goldstein runs from −10 (most conflictual) to +10 (most cooperative). */
export function Goldstein({ value }: { value: number }) {
  const cls = value > 0.5 ? "pos" : value < -0.5 ? "neg" : "neu";
  return <span className={`goldstein ${cls}`}>{value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1)}</span>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t("loading")}
    </div>
  );
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const msg = error instanceof ApiError && error.status === 0 ? t("networkError") : error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      <strong>{t("errorPrefix")}</strong> {msg}
      {onRetry ? (
        <button className="btn small" onClick={onRetry}>
          {t("retry")}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty-state">{children}</div>;
}

/** Colour for a mean Goldstein score: red (conflict) through grey to green (cooperation). */
export function goldsteinColor(g: number): string {
  const x = Math.max(-1, Math.min(1, g / 10));
  const grey: [number, number, number] = [148, 156, 168];
  const red: [number, number, number] = [200, 50, 50];
  const green: [number, number, number] = [34, 150, 90];
  const to = x < 0 ? red : green;
  const k = Math.min(1, Math.abs(x) * 1.6);
  const c = grey.map((v, i) => Math.round(v + (to[i]! - v) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** The +, − and reset buttons of a zoomable view (the map, the network). */
export function ZoomButtons({ zoomBy, reset, step }: { zoomBy: (factor: number) => void; reset: () => void; step: number }) {
  const { t } = useI18n();
  return (
    <span className="zoom-buttons">
      <button className="btn small" onClick={() => zoomBy(step)} aria-label="+">
        +
      </button>
      <button className="btn small" onClick={() => zoomBy(1 / step)} aria-label="−">
        −
      </button>
      <button className="btn small ghost" onClick={reset}>
        {t("resetView")}
      </button>
    </span>
  );
}
