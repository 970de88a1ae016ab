"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { CameraIcon } from "@/app/_components/ui/icons";

type Scanner = typeof import("./camera-scanner").CameraScanner;
type Loading = { kind: "idle" } | { kind: "loading" } | { kind: "failed" } | { kind: "ready"; Scanner: Scanner };

/**
 * "Scan with camera": reads a Code 128 or QR label with the phone's camera and hands the text to
 * `onScan`, the same path a typed or keyboard-wedge scan takes. Only the button comes with the
 * page; the reader loads when it is pressed, and if it cannot be fetched (no signal) the button
 * says so and the field still takes a typed number.
 */
export function CameraScanButton({ onScan, disabled }: { onScan: (text: string) => void; disabled?: boolean }) {
  const t = useTranslations("scan");
  const [loading, setLoading] = useState<Loading>({ kind: "idle" });
  if (loading.kind === "ready") return <loading.Scanner onScan={onScan} disabled={disabled} />;

  function load() {
    setLoading({ kind: "loading" });
    import("./camera-scanner").then(
      ({ CameraScanner }) => setLoading({ kind: "ready", Scanner: CameraScanner }),
      () => setLoading({ kind: "failed" }),
    );
  }

  return (
    <div className="mt-2">
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        onClick={load}
        disabled={disabled || loading.kind === "loading"}
      >
        <CameraIcon /> {loading.kind === "loading" ? t("starting") : t("withCamera")}
      </Button>
      {loading.kind === "failed" ? <CameraProblem>{t("couldNotStart")}</CameraProblem> : null}
    </div>
  );
}

/** Why the camera is not scanning; the tracking ID field beside it still works. */
export function CameraProblem({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="alert"
      data-testid="camera-problem"
      className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300"
    >
      {children}
    </p>
  );
}
