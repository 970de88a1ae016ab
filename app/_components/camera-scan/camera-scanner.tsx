"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { CameraIcon } from "@/app/_components/ui/icons";
import { CameraProblem } from "./camera-scan-button";
import type { CameraSession, CameraProblem as Problem } from "./camera-session";

/** Stops reading and turns the camera off. */
function release(s: CameraSession | null) {
  if (!s) return;
  s.cancelled = true;
  s.stop?.();
  for (const track of s.stream?.getTracks() ?? []) track.stop();
}

type State = { kind: "idle" } | { kind: "starting" } | { kind: "scanning" } | { kind: "problem"; problem: Problem };

/**
 * The camera's reader, loaded at the first press of "Scan with camera" (`CameraScanButton`) and
 * opened at once; from then on it keeps the button, the view and any problem itself. The
 * decoder's code loads as the camera starts.
 */
export function CameraScanner({ onScan, disabled }: { onScan: (text: string) => void; disabled?: boolean }) {
  const t = useTranslations("scan");
  const [state, setState] = useState<State>({ kind: "idle" });
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<CameraSession | null>(null);
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;

  function close(next: State = { kind: "idle" }) {
    release(session.current);
    session.current = null;
    if (video.current) video.current.srcObject = null;
    setState(next);
  }

  // Opened by the press that loaded it; leaving the page turns the camera off.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the press that loaded the reader.
  useEffect(() => {
    void open();
    return () => {
      release(session.current);
      session.current = null;
    };
  }, []);

  async function open() {
    if (session.current) return;
    const s: CameraSession = { cancelled: false };
    session.current = s;
    setState({ kind: "starting" });
    const outcome = await import("./camera-session").then(
      ({ startCamera }) =>
        startCamera(
          s,
          () => video.current,
          () => setState({ kind: "scanning" }),
          (text) => {
            close();
            onScanRef.current(text.trim());
          },
        ),
      // The code could not be fetched (no signal): the field still takes a typed number.
      (): Problem => "couldNotStart",
    );
    if (s.cancelled || !outcome) return;
    close(outcome === "noVideo" ? { kind: "idle" } : { kind: "problem", problem: outcome });
  }

  const active = state.kind === "starting" || state.kind === "scanning";
  return (
    <div className="mt-2">
      {active ? (
        <Button variant="secondary" className="w-full sm:w-auto" onClick={() => close()}>
          {t("stopCamera")}
        </Button>
      ) : (
        <Button variant="secondary" className="w-full sm:w-auto" onClick={() => void open()} disabled={disabled}>
          <CameraIcon /> {t("withCamera")}
        </Button>
      )}
      <div className={active ? "mt-2" : "hidden"}>
        <video
          ref={video}
          muted
          playsInline
          aria-label={t("cameraView")}
          className="aspect-video w-full max-w-md rounded-lg bg-slate-900 object-cover"
        />
        <p role="status" className="mt-1 text-sm text-slate-700">
          {state.kind === "starting" ? t("starting") : t("holdBarcode")}
        </p>
      </div>
      {state.kind === "problem" ? <CameraProblem>{t(state.problem)}</CameraProblem> : null}
    </div>
  );
}
