import { hasControlCharacters, text } from "./validation";

/**
 * The identifiers every boundary takes (tRPC inputs, Carrier API paths and bodies, forms), defined once.
 * Pure: shared by client and server.
 */

/** A carrier's tracking ID, as sent by the carrier or scanned at the store. */
export const trackingIdSchema = text({ min: 1, max: 64, message: "Enter a tracking ID." }).refine(
  // Control characters already have their own message; one problem, one message.
  (value) => hasControlCharacters(value) || /^[A-Za-z0-9._-]*$/.test(value),
  "Tracking IDs use letters, digits, '.', '_' and '-'.",
);

/** A partner's code (as `NE-PRAIRIE`), as it is looked up; onboarding checks the stricter shape of a new one. */
export const partnerCodeSchema = text({ min: 1, max: 64 });
