import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { validationText } from "@/lib/i18n/field-messages";
import { earningsInputSchema, logDeliverySchema, scanInSchema } from "@/server/domain/deliveries/schemas";
import { parcelRefSchema, queueInputSchema } from "@/server/domain/parcels/schemas";
import { closureDayAddSchema } from "@/server/domain/partners/schemas";
import { changePasswordSchema, setPasswordSchema } from "@/server/domain/people/password";
import { setLanguageInput } from "@/server/domain/people/schemas";
import { staffInviteSchema } from "@/server/domain/staff/schemas";

/** Every message a schema gives for these inputs. */
function messagesOf(schema: z.ZodType, inputs: unknown[]): string[] {
  return inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);
}

const delivery = { clientActionId: "device-action-1", trackingId: "PKG-1", tappedAt: new Date() };

describe("the field messages of the store screens' procedures", () => {
  it("each is a validation text, so a Spanish reader reads it in Spanish", () => {
    const messages = [
      ...messagesOf(parcelRefSchema, [{ trackingId: "" }, { trackingId: "A B" }, { trackingId: "x".repeat(65) }]),
      ...messagesOf(queueInputSchema, [{ partnerCode: "P", search: "x".repeat(65) }]),
      ...messagesOf(staffInviteSchema, [
        { partnerCode: "P", email: "not an email", name: " " },
        { partnerCode: "P", email: "a@example.com", name: "Ana\u0007" },
        { partnerCode: "P", email: "a@example.com", name: "x".repeat(201) },
      ]),
      ...messagesOf(closureDayAddSchema, [
        { code: "P", day: "" },
        { code: "P", day: "2999-01-01" },
        { code: "P", day: "2026-12-24", reason: "x".repeat(201) },
      ]),
      ...messagesOf(logDeliverySchema, [
        { ...delivery, outcome: "delivered" },
        { ...delivery, outcome: "failed" },
        { ...delivery, outcome: "failed", failureReason: "other" },
        { ...delivery, outcome: "failed", failureReason: "refused", lat: 200, lng: 0 },
        { ...delivery, outcome: "failed", failureReason: "refused", tappedAt: "now" },
      ]),
      ...messagesOf(scanInSchema, [{ arrivalId: crypto.randomUUID(), trackingId: "PKG-1", scannedAt: new Date("x") }]),
      ...messagesOf(earningsInputSchema, [{ partnerCode: "P", month: "2026-13" }]),
      ...messagesOf(changePasswordSchema, [
        { currentPassword: "", newPassword: "short" },
        { currentPassword: "x", newPassword: "aaaaaaaaaaaaaaaa" },
        { currentPassword: "x", newPassword: "a long one\u0007 with a bell" },
      ]),
      ...messagesOf(setPasswordSchema, [{}]),
      ...messagesOf(setLanguageInput, [{ language: "fr" }]),
    ];
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) expect(validationText(message), message).not.toBeNull();
  });
});
