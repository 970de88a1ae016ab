"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { whenIdle } from "./when-idle";

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  pending?: boolean;
  /** `danger` (the default) for what cannot be taken back; `primary` for an ordinary go-ahead. */
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
};

const loadContent = () => import("./confirm-dialog-content");
const ConfirmDialogContent = lazy(loadContent);

/**
 * A modal confirmation (role `alertdialog`, Radix): the page behind is inert, Tab cycles within
 * the dialog, Escape cancels, and the safe choice has the focus first. The dialog's code is
 * fetched once the page is idle and mounted at its first opening, so no page's first load carries it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useEffect(() => whenIdle(loadContent), []);
  return opened ? (
    <Suspense fallback={null}>
      <ConfirmDialogContent {...props} />
    </Suspense>
  ) : null;
}
