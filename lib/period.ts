import { addDays, type LocalDay, localDayOf } from "./local-day";

/** Periods of local days as the performance screens name them. Pure: shared by client and server. */

/** Both ends included; each partner reads it in its own time zone. */
export type Period = { from: LocalDay; to: LocalDay };

export const periodPresets = ["today", "7", "30", "90", "custom"] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** Presets that end on "today": each partner reads them in its own local days. */
export const relativePresets = ["today", "7", "30", "90"] as const;
export type RelativePreset = (typeof relativePresets)[number];

/** The period a preset names, ending on `today` (a custom period without both ends is the last 30 days). */
export function resolvePeriod(preset: PeriodPreset, today: LocalDay, custom?: Partial<Period>): Period {
  if (preset === "today") return { from: today, to: today };
  if (preset === "custom" && custom?.from && custom.to) return { from: custom.from, to: custom.to };
  const days = preset === "custom" ? 30 : Number(preset);
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The period a preset names, ending on the local day it is now in `timeZone`. */
export function periodInZone(
  preset: PeriodPreset,
  timeZone: string,
  custom?: Partial<Period>,
  now: Date = new Date(),
): Period {
  return resolvePeriod(preset, localDayOf(now, timeZone), custom);
}
