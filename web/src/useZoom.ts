import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";

export interface Transform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/**
 * Wheel zoom about the cursor and drag to pan for an SVG drawn in a fixed
 * viewBox. A press that hardly moves stays a click, so marks inside remain
 * clickable.
 */
export function useZoom(width: number, height: number, initial: Transform = IDENTITY, min = 0.3, max = 12) {
  // A callback ref: the SVG may mount later than the component (after its data loads).
  const [el, ref] = useState<SVGSVGElement | null>(null);
  const [tf, setTf] = useState<Transform>(initial);
  const drag = useRef<{ x: number; y: number; tf: Transform; moved: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);

  const toView = useCallback(
    (clientX: number, clientY: number): [number, number] => {
      if (!el) return [0, 0];
      const r = el.getBoundingClientRect();
      // preserveAspectRatio meet: one scale, the drawing centred in the box.
      const s = Math.min(r.width / width, r.height / height);
      const ox = (r.width - width * s) / 2;
      const oy = (r.height - height * s) / 2;
      return [(clientX - r.left - ox) / s, (clientY - r.top - oy) / s];
    },
    [el, width, height],
  );

  useEffect(() => {
    const svg = el;
    if (!svg) return;
    const onWheel = (e: WheelEvent): void => {
      e.preventDefault();
      const [px, py] = toView(e.clientX, e.clientY);
      setTf((t) => {
        const k = Math.max(min, Math.min(max, t.k * Math.exp(-e.deltaY * 0.0015)));
        return { k, x: px - ((px - t.x) * k) / t.k, y: py - ((py - t.y) * k) / t.k };
      });
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [el, toView, min, max]);

  useEffect(() => {
    const move = (e: PointerEvent): void => {
      const d = drag.current;
      if (!d) return;
      const [x0, y0] = toView(d.x, d.y);
      const [x1, y1] = toView(e.clientX, e.clientY);
      if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 4) return;
      d.moved = true;
      setDragging(true);
      setTf({ k: d.tf.k, x: d.tf.x + x1 - x0, y: d.tf.y + y1 - y0 });
    };
    const up = (): void => {
      drag.current = null;
      setDragging(false);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    return () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
  }, [toView]);

  const onPointerDown = (e: ReactPointerEvent): void => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, tf, moved: false };
  };

  const zoomBy = (f: number): void =>
    setTf((t) => {
      const k = Math.max(min, Math.min(max, t.k * f));
      const cx = width / 2;
      const cy = height / 2;
      return { k, x: cx - ((cx - t.x) * k) / t.k, y: cy - ((cy - t.y) * k) / t.k };
    });

  return {
    ref,
    tf,
    setTf,
    dragging,
    onPointerDown,
    zoomBy,
    reset: () => setTf(initial),
    transform: `translate(${tf.x},${tf.y}) scale(${tf.k})`,
  };
}
