"use client";

import { useTranslations } from "next-intl";
import { forwardRef, useEffect, useId, useState } from "react";
import { buttonClass } from "@/app/_components/ui/button";
import { CameraIcon } from "@/app/_components/ui/icons";

/**
 * "Take photo": opens the phone's camera (or its photo picker), then shows what was taken with a
 * "Retake". The file stays in the input itself, so the form reads it at submit — and a photo taken
 * before the page finished loading still counts.
 */
export const PhotoCapture = forwardRef<
  HTMLInputElement,
  {
    /** The accessible name of the input (what the photo is of). */
    label: string;
    /** Shown above the control. */
    title?: string;
    disabled?: boolean;
  }
>(function PhotoCapture({ label, title, disabled }, ref) {
  // Used by the delivery screens only, so its words live with theirs.
  const t = useTranslations("deliveries");
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);
  // A preview's object URL is released when it is replaced or the control goes away.
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);
  const control = buttonClass(preview ? "secondary" : "primary", "w-full cursor-pointer sm:w-auto");
  return (
    <div>
      {title ? <p className="mb-1 text-body font-medium">{title}</p> : null}
      {/* Stays native: only a file input opens the phone's camera; it hides behind its "Take photo" label. */}
      <input
        id={id}
        ref={ref}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        aria-label={label}
        disabled={disabled}
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          setPreview(file ? URL.createObjectURL(file) : null);
        }}
      />
      {preview ? (
        <div className="flex flex-wrap items-center gap-3">
          {/* biome-ignore lint/performance/noImgElement: a local preview of the file just taken */}
          <img
            src={preview}
            alt={t("asTaken", { label })}
            className="h-24 w-24 rounded-control object-cover ring-1 ring-border-strong"
          />
          <label htmlFor={id} className={control}>
            {t("retake")}
          </label>
        </div>
      ) : (
        <label htmlFor={id} className={control}>
          <CameraIcon /> {t("takePhoto")}
        </label>
      )}
    </div>
  );
});
