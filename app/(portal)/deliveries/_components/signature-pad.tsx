"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";

const HEIGHT = 160;
const INK = "#0f172a";
const LINE_WIDTH = 2.5;

type Point = { x: number; y: number };

/**
 * An optional recipient signature drawn with a finger, pen or mouse. After each stroke (and
 * on Clear) the parent gets the whole signature as a PNG, or null when there is none.
 */
export function SignaturePad({
  onChange,
  disabled = false,
}: {
  onChange: (blob: Blob | null) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("deliveries");
  const labelId = useId();
  const hintId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Strokes in CSS pixels, so a resize (rotating the phone) can redraw them at the new size.
  const strokes = useRef<Point[][]>([]);
  const active = useRef<{ pointerId: number; stroke: Point[] } | null>(null);
  // Bumped on every change: a PNG that finishes encoding after a later change is dropped.
  const version = useRef(0);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const [signed, setSigned] = useState(false);

  const context = useCallback(() => canvasRef.current?.getContext("2d") ?? null, []);

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = context();
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // Opaque white: proofs are stored as JPEG, where a transparent background turns black.
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width / dpr, canvas.height / dpr);
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    ctx.lineWidth = LINE_WIDTH;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    for (const stroke of strokes.current) drawStroke(ctx, stroke);
  }, [context]);

  // Backing store at the device's pixel density, so lines stay crisp on high-DPI screens.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      const width = Math.round(canvas.clientWidth * dpr);
      const height = Math.round(canvas.clientHeight * dpr); // inside the border
      if (canvas.width === width && canvas.height === height) return;
      canvas.width = width;
      canvas.height = height;
      redraw();
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [redraw]);

  const emit = useCallback(() => {
    const canvas = canvasRef.current;
    const mine = ++version.current;
    if (!canvas || strokes.current.length === 0) {
      onChangeRef.current(null);
      return;
    }
    canvas.toBlob((blob) => {
      if (mine === version.current) onChangeRef.current(blob);
    }, "image/png");
  }, []);

  function pointAt(e: React.PointerEvent<HTMLCanvasElement> | PointerEvent): Point {
    const canvas = canvasRef.current!;
    const rect = canvas.getBoundingClientRect();
    return { x: e.clientX - rect.left - canvas.clientLeft, y: e.clientY - rect.top - canvas.clientTop };
  }

  function onPointerDown(e: React.PointerEvent<HTMLCanvasElement>) {
    // One stroke at a time: a second finger or the palm does not start another.
    if (disabled || active.current || (e.pointerType === "mouse" && e.button !== 0)) return;
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture(e.pointerId); // keeps the stroke when a finger slides off the box
    } catch {
      // The pointer is already gone: the stroke still works without capture.
    }
    const stroke = [pointAt(e)];
    active.current = { pointerId: e.pointerId, stroke };
    strokes.current.push(stroke);
    const ctx = context();
    if (ctx) drawStroke(ctx, stroke);
  }

  function onPointerMove(e: React.PointerEvent<HTMLCanvasElement>) {
    const current = active.current;
    if (!current || current.pointerId !== e.pointerId) return;
    const ctx = context();
    // Coalesced events keep fast strokes smooth where the browser batches pointer moves.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const event of events.length > 0 ? events : [e.nativeEvent]) {
      const from = current.stroke[current.stroke.length - 1]!;
      const to = pointAt(event);
      current.stroke.push(to);
      if (ctx) {
        ctx.beginPath();
        ctx.moveTo(from.x, from.y);
        ctx.lineTo(to.x, to.y);
        ctx.stroke();
      }
    }
  }

  function onPointerEnd(e: React.PointerEvent<HTMLCanvasElement>) {
    if (!active.current || active.current.pointerId !== e.pointerId) return;
    active.current = null;
    setSigned(true);
    emit();
  }

  function clear() {
    strokes.current = [];
    active.current = null;
    setSigned(false);
    redraw();
    emit();
  }

  return (
    <div className="space-y-1">
      <div className="flex items-end justify-between gap-2">
        <span id={labelId} className="text-sm">
          {t("signature")}
        </span>
        <Button variant="ghost" onClick={clear} disabled={disabled || !signed} className="min-h-9 px-3 py-1">
          {t("clear")}
        </Button>
      </div>
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby={labelId}
        aria-describedby={hintId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onLostPointerCapture={onPointerEnd}
        style={{ height: HEIGHT, touchAction: "none" }}
        className={`block w-full rounded-lg border border-slate-300 bg-white ${disabled ? "opacity-50" : "cursor-crosshair"}`}
      />
      <p id={hintId} className="text-xs text-slate-600">
        {signed ? t("signed") : t("signHint")}
      </p>
    </div>
  );
}

/** A stroke as connected segments; a single tap leaves a dot. */
function drawStroke(ctx: CanvasRenderingContext2D, stroke: Point[]) {
  const [first, ...rest] = stroke;
  if (!first) return;
  if (rest.length === 0) {
    ctx.beginPath();
    ctx.arc(first.x, first.y, LINE_WIDTH / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(first.x, first.y);
  for (const p of rest) ctx.lineTo(p.x, p.y);
  ctx.stroke();
}
