/** Rules for local "HH:MM" times and windows, shared by the schedule forms and the server. Pure. */

export const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

export const windowEndMessage = "A window must end after it starts.";
export const closingMessage = "Closing must be after opening.";

/** Whether a window or a day's hours end after they start ("HH:MM" compares as text). */
export function endsAfterStart(start: string, end: string): boolean {
  return start < end;
}
