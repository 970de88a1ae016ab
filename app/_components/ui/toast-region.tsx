"use client";

import { useTranslations } from "next-intl";
import { Toast as RadixToast } from "radix-ui";
import { cn } from "./cn";
import { CircleAlertIcon, CircleCheckIcon, CloseIcon } from "./feedback-icons";
import type { ToastItem } from "./toast";

/** The toasts themselves (Radix): loaded after the page, so no page's first load carries them. */
export default function ToastRegion({ toasts, onClose }: { toasts: ToastItem[]; onClose: (id: number) => void }) {
  const words = useTranslations("common");
  return (
    <RadixToast.Provider swipeDirection="right" label={words("notifications")}>
      {toasts.map((t) => {
        const error = t.tone === "error";
        const Icon = error ? CircleAlertIcon : CircleCheckIcon;
        return (
          <RadixToast.Root
            key={t.id}
            type={error ? "foreground" : "background"}
            duration={error ? Number.POSITIVE_INFINITY : 5000}
            onOpenChange={(open) => {
              if (!open) onClose(t.id);
            }}
            className="pointer-events-auto flex items-start gap-3 rounded-card bg-surface p-4 text-fg shadow-lg ring-1 ring-border"
          >
            <Icon className={cn("mt-0.5 size-5 shrink-0", error ? "text-danger" : "text-success")} />
            <div className="flex-1">
              <RadixToast.Title className="text-body font-semibold">{t.title}</RadixToast.Title>
              {t.description ? (
                <RadixToast.Description className="mt-1 text-body text-fg-muted">
                  {t.description}
                </RadixToast.Description>
              ) : null}
            </div>
            <RadixToast.Close className="-m-2 inline-flex size-control items-center justify-center rounded-control text-fg-muted hover:bg-surface-muted">
              <CloseIcon className="size-4" />
              <span className="sr-only">{words("dismiss")}</span>
            </RadixToast.Close>
          </RadixToast.Root>
        );
      })}
      <RadixToast.Viewport className="pointer-events-none fixed right-0 bottom-20 z-50 flex w-full max-w-sm flex-col gap-2 p-4 sm:bottom-0" />
    </RadixToast.Provider>
  );
}
