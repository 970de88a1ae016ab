"use client";

import { CameraScanButton } from "@/app/_components/camera-scan/camera-scan-button";

/** The camera fills the tracking ID field and submits the form, exactly as typing it would. */
export function LookupCamera({ formId, name }: { formId: string; name: string }) {
  return (
    <CameraScanButton
      onScan={(text) => {
        const form = document.getElementById(formId);
        const input = form instanceof HTMLFormElement ? form.elements.namedItem(name) : null;
        if (!(input instanceof HTMLInputElement)) return;
        input.value = text;
        input.form?.requestSubmit();
      }}
    />
  );
}
