"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { CameraIcon } from "@/app/_components/ui/icons";

const loadScanner = () => import("./camera-scanner");
const CameraScanner = lazy(() => loadScanner().then((module) => ({ default: module.CameraScanner })));

/**
 * "Scan with camera": reads a Code 128 or QR label with the phone's camera and hands the text to
 * `onScan`, the same path a typed or keyboard-wedge scan takes. Only the button comes with the
 * page; the reader loads when it is pressed.
 */
export function CameraScanButton({ onScan, disabled }: { onScan: (text: string) => void; disabled?: boolean }) {
  const t = useTranslations("scan");
  const [pressed, setPressed] = useState(false);
  const button = (starting: boolean) => (
    <div className="mt-2">
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        onClick={() => setPressed(true)}
        disabled={disabled || starting}
      >
        <CameraIcon /> {starting ? t("starting") : t("withCamera")}
      </Button>
    </div>
  );
  if (!pressed) return button(false);
  return (
    <Suspense fallback={button(true)}>
      <CameraScanner onScan={onScan} disabled={disabled} />
    </Suspense>
  );
}
