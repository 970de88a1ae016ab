"use client";

import { CameraScanButton } from "@/app/_components/camera-scan/camera-scan-button";

/** The camera fills the tracking ID field and submits the form, exactly as typing it would. */
export function LookupCamera({ inputId }: { inputId: string }) {
  return (
    <CameraScanButton
      onScan={(text) => {
        const input = document.getElementById(inputId);
        if (!(input instanceof HTMLInputElement)) return;
        input.value = text;
        input.form?.requestSubmit();
      }}
    />
  );
}
