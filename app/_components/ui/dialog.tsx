"use client";

import { useTranslations } from "next-intl";
import { AlertDialog as RadixAlertDialog, Dialog as RadixDialog } from "radix-ui";
import { cn } from "./cn";
import { CloseIcon } from "./feedback-icons";

const overlayClass = "fixed inset-0 z-40 bg-slate-900/40";
const contentClass =
  "fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-card bg-surface p-5 text-fg shadow-xl ring-1 ring-border focus:outline-none";

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

/**
 * A modal dialog's box: focus moves in and stays in, Escape and the close button leave, the
 * page behind is hidden from assistive technology. `title` names it; `description` says what it is for.
 */
export function DialogContent({
  title,
  description,
  className,
  children,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClass} />
      <RadixDialog.Content
        className={cn(contentClass, className)}
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <div className="flex items-start justify-between gap-3">
          <RadixDialog.Title className="text-heading font-semibold">{title}</RadixDialog.Title>
          <RadixDialog.Close className="-m-2 inline-flex size-control items-center justify-center rounded-control text-fg-muted hover:bg-surface-muted">
            <CloseIcon className="size-5" />
            <span className="sr-only">{t("close")}</span>
          </RadixDialog.Close>
        </div>
        {description ? (
          <RadixDialog.Description className="mt-1 text-body text-fg-muted">{description}</RadixDialog.Description>
        ) : null}
        <div className="mt-3">{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

export const AlertDialog = RadixAlertDialog.Root;
export const AlertDialogCancel = RadixAlertDialog.Cancel;

/**
 * An alert dialog's box (role `alertdialog`): it opens with the focus on its Cancel, Escape
 * cancels, and a click outside does nothing (the person must choose).
 */
export function AlertDialogContent({
  title,
  description,
  actions,
}: {
  title: React.ReactNode;
  description: React.ReactNode;
  actions: React.ReactNode;
}) {
  return (
    <RadixAlertDialog.Portal>
      <RadixAlertDialog.Overlay className={overlayClass} />
      <RadixAlertDialog.Content className={contentClass}>
        <RadixAlertDialog.Title className="text-heading font-semibold">{title}</RadixAlertDialog.Title>
        <RadixAlertDialog.Description asChild>
          <div className="mt-2 text-body text-fg">{description}</div>
        </RadixAlertDialog.Description>
        <div className="mt-4 flex justify-end gap-2">{actions}</div>
      </RadixAlertDialog.Content>
    </RadixAlertDialog.Portal>
  );
}
