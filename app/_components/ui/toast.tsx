"use client";

import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { whenIdle } from "./when-idle";

type ToastInput = { title: string; description?: string; tone?: "success" | "error" };
export type ToastItem = ToastInput & { id: number; open: boolean };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const loadRegion = () => import("./toast-region");
const ToastRegion = lazy(loadRegion);

/**
 * The one way to confirm a change or report a failure that has no field to stand by: a toast
 * in the corner, read out by screen readers (politely for success, at once for an error). Errors
 * stay until closed; confirmations leave after a few seconds. The toasts' code is fetched once
 * the page is idle, not with the page.
 */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const next = useRef(0);
  const show = useCallback((toast: ToastInput) => {
    next.current += 1;
    const id = next.current;
    setToasts((list) => [...list.slice(-2), { ...toast, id, open: true }]);
  }, []);
  const close = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  useEffect(() => whenIdle(loadRegion), []);
  return (
    <ToastContext value={show}>
      {children}
      {toasts.length > 0 ? (
        <Suspense fallback={null}>
          <ToastRegion toasts={toasts} onClose={close} />
        </Suspense>
      ) : null}
    </ToastContext>
  );
}

/** `toast({ title, description?, tone? })`: shows a toast (needs ToastProvider above). */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider above it");
  return useMemo(() => ({ toast: show }), [show]);
}
