"use client";

import { useTranslations } from "next-intl";
import { Button } from "./button";
import type { ConfirmDialogProps } from "./confirm-dialog";
import { AlertDialog, AlertDialogCancel, AlertDialogContent } from "./dialog";

/**
 * A modal confirmation (role `alertdialog`, Radix): the page behind is inert, Tab cycles within
 * the dialog, Escape cancels, and the safe choice has the focus first.
 */
export default function ConfirmDialogContent({
  open,
  title,
  children,
  confirmLabel,
  pending,
  tone = "danger",
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useTranslations("common");
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onCancel();
      }}
    >
      <AlertDialogContent
        title={title}
        description={children}
        actions={
          <>
            <AlertDialogCancel asChild>
              <Button variant="secondary">{t("cancel")}</Button>
            </AlertDialogCancel>
            {/* Not Radix's Action: it would close the dialog before the change is done (or refused). */}
            <Button variant={tone === "danger" ? "danger" : "primary"} disabled={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </>
        }
      />
    </AlertDialog>
  );
}
