"use client";

import { Component, lazy, type ReactNode, useEffect, useRef, useState } from "react";
import { BrowserOnly } from "../browser-only";
import type { BarChartProps, TrendChartProps } from "./recharts-charts";

/**
 * Charts load in the browser only, with their own chunk: the pages that draw one fetch Recharts
 * after their first paint, and no other page fetches it. While it loads, a placeholder of the
 * chart's own height holds the place (nothing below it moves) and says the page is busy.
 */

function Placeholder() {
  return (
    <div aria-busy="true" className="h-full animate-pulse rounded-lg bg-slate-100">
      <span className="sr-only">Loading the chart…</span>
    </div>
  );
}

const load = () => import("./recharts-charts");
const LazyTrend = lazy(() => load().then((m) => ({ default: m.TrendChart })));
const LazyBars = lazy(() => load().then((m) => ({ default: m.LabelledBarChart })));
const LazySparkline = lazy(() => load().then((m) => ({ default: m.Sparkline })));

/** A chart whose code cannot load (a dropped connection) leaves its table, not a broken page. */
class ChartFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="grid h-full place-items-center text-sm text-slate-600">
        The chart cannot load; its figures are in the table below it.
      </p>
    );
  }
}

export function TrendChart({ height = 220, ...props }: Omit<TrendChartProps, "height"> & { height?: number }) {
  return (
    <div style={{ height }} data-chart="trend">
      <ChartFallback>
        <BrowserOnly fallback={<Placeholder />}>
          <LazyTrend {...props} height={height} />
        </BrowserOnly>
      </ChartFallback>
    </div>
  );
}

export function BarsChart({ height = 220, ...props }: Omit<BarChartProps, "height"> & { height?: number }) {
  return (
    <div style={{ height }} data-chart="bars">
      <ChartFallback>
        <BrowserOnly fallback={<Placeholder />}>
          <LazyBars {...props} height={height} />
        </BrowserOnly>
      </ChartFallback>
    </div>
  );
}

const sparkWidth = 96;
const sparkHeight = 28;

/**
 * A partner's headline by day, drawn once its row scrolls into view: a long leaderboard draws
 * only the sparklines someone can see. `label` says what it shows to screen readers.
 */
export function SparklineCell({ values, label }: { values: (number | null)[]; label: string }) {
  const box = useRef<HTMLSpanElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <span
      ref={box}
      role="img"
      aria-label={label}
      className="inline-block align-middle"
      style={{ width: sparkWidth, height: sparkHeight }}
    >
      {visible ? (
        <ChartFallback>
          <BrowserOnly>
            <LazySparkline values={values} width={sparkWidth} height={sparkHeight} />
          </BrowserOnly>
        </ChartFallback>
      ) : null}
    </span>
  );
}
