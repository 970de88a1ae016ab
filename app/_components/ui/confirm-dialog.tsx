"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/app/_components/ui/button";

/**
 * A modal confirmation (role `alertdialog`) on the native <dialog>: the page behind is inert, Tab
 * cycles within the dialog (the browser would otherwise move on to its own toolbar), Escape
 * cancels, and the safe choice has the focus first.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pending,
  tone = "danger",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  pending?: boolean;
  /** `danger` (the default) for what cannot be taken back; `primary` for an ordinary go-ahead. */
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key !== "Tab") return;
        const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>("button:not(:disabled), a[href], input")];
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (!first || !last) return;
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
      className="m-auto max-w-md rounded-xl p-5 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      {open ? (
        <>
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <div id={bodyId} className="mt-2 text-sm text-slate-700">
            {children}
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" autoFocus onClick={onCancel}>
              Cancel
            </Button>
            <Button
              disabled={pending}
              onClick={onConfirm}
              className={tone === "danger" ? "bg-rose-700 hover:bg-rose-800" : ""}
            >
              {confirmLabel}
            </Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
