"use client";

import { CircleAlert, CircleCheck, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Toast as RadixToast } from "radix-ui";
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { cn } from "./cn";

type ToastInput = { title: string; description?: string; tone?: "success" | "error" };
type ToastItem = ToastInput & { id: number; open: boolean };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/**
 * The one way to confirm a change or report a failure that has no field to stand by: a toast
 * in the corner, read out by screen readers (politely for success, at once for an error). Errors
 * stay until closed; confirmations leave after a few seconds.
 */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const words = useTranslations("common");
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const next = useRef(0);
  const show = useCallback((toast: ToastInput) => {
    next.current += 1;
    const id = next.current;
    setToasts((list) => [...list.slice(-2), { ...toast, id, open: true }]);
  }, []);
  const close = (id: number) => setToasts((list) => list.filter((t) => t.id !== id));
  return (
    <ToastContext value={show}>
      <RadixToast.Provider swipeDirection="right" label={words("notifications")}>
        {children}
        {toasts.map((t) => {
          const error = t.tone === "error";
          const Icon = error ? CircleAlert : CircleCheck;
          return (
            <RadixToast.Root
              key={t.id}
              type={error ? "foreground" : "background"}
              duration={error ? Number.POSITIVE_INFINITY : 5000}
              onOpenChange={(open) => {
                if (!open) close(t.id);
              }}
              className="pointer-events-auto flex items-start gap-3 rounded-card bg-surface p-4 text-fg shadow-lg ring-1 ring-border"
            >
              <Icon
                aria-hidden="true"
                className={cn("mt-0.5 size-5 shrink-0", error ? "text-danger" : "text-success")}
              />
              <div className="flex-1">
                <RadixToast.Title className="text-body font-semibold">{t.title}</RadixToast.Title>
                {t.description ? (
                  <RadixToast.Description className="mt-1 text-body text-fg-muted">
                    {t.description}
                  </RadixToast.Description>
                ) : null}
              </div>
              <RadixToast.Close className="-m-2 inline-flex size-control items-center justify-center rounded-control text-fg-muted hover:bg-surface-muted">
                <X aria-hidden="true" className="size-4" />
                <span className="sr-only">{words("dismiss")}</span>
              </RadixToast.Close>
            </RadixToast.Root>
          );
        })}
        <RadixToast.Viewport className="pointer-events-none fixed right-0 bottom-20 z-50 flex w-full max-w-sm flex-col gap-2 p-4 sm:bottom-0" />
      </RadixToast.Provider>
    </ToastContext>
  );
}

/** `toast({ title, description?, tone? })`: shows a toast (needs ToastProvider above). */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider above it");
  return useMemo(() => ({ toast: show }), [show]);
}
