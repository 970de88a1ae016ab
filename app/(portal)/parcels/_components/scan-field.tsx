"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { CameraScanButton } from "@/app/_components/camera-scan/camera-scan-button";
import { playTone } from "@/app/_components/feedback";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";

export type ScanResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * The scan field: keyboard-wedge barcode scanners type the code and press Enter; the phone's
 * camera reads the label through "Scan with camera". Either way each scan takes the same path and
 * gets an immediate visual and audible answer; the field clears and keeps focus for the next.
 */
export function ScanField({ label, onScan }: { label?: string; onScan: (trackingId: string) => Promise<ScanResult> }) {
  const t = useTranslations("scan");
  const [value, setValue] = useState("");
  const [result, setResult] = useState<ScanResult | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Scans that come while one is being recorded wait their turn: a scanner gun can fire faster
  // than the answers come back, and a scan must never be dropped.
  const waiting = useRef<string[]>([]);
  const recording = useRef(false);

  async function submit(scanned = value) {
    const trackingId = scanned.trim();
    if (!trackingId) return;
    setValue("");
    waiting.current.push(trackingId);
    if (recording.current) return;
    recording.current = true;
    setBusy(true);
    try {
      for (let next = waiting.current.shift(); next !== undefined; next = waiting.current.shift()) {
        const outcome = await onScan(next);
        playTone(outcome.ok ? "ok" : "error");
        setResult(outcome);
      }
    } finally {
      recording.current = false;
      setBusy(false);
    }
    input.current?.focus();
  }

  return (
    <div>
      <Field label={label ?? t("label")}>
        <Input
          ref={input}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void submit();
            }
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          // The scan field is the page's main task: scanners type into whatever has the focus.
          autoFocus
          // The page's main field stands out: a thicker edge in the brand's colour, larger type on every screen.
          className="w-full border-2 border-primary py-2 font-mono text-lg tracking-wide sm:text-lg"
        />
      </Field>
      <CameraScanButton onScan={(text) => void submit(text)} disabled={busy} />
      <div aria-live="assertive" className="mt-2 min-h-10">
        {result ? (
          <p
            role={result.ok ? "status" : "alert"}
            data-testid="scan-result"
            className={`rounded-lg px-3 py-2 text-sm font-semibold ${
              result.ok
                ? "bg-emerald-50 text-emerald-900 ring-1 ring-emerald-300"
                : "bg-rose-50 text-rose-900 ring-1 ring-rose-300"
            }`}
          >
            {result.ok ? "✓ " : "✕ "}
            {result.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
