import type { ArrivalStatus, ParcelStatus } from "@/lib/enums";
import { defaultLocale } from "@/lib/format";
import { translatorFor } from "@/lib/i18n/translate";
import type { Actor } from "../actor";

/** A rural store's refusals, worded in the person's language (carriers and the portal read English). */
export function deliveryRefusals(actor: Actor) {
  const t = translatorFor(actor.kind === "user" ? (actor.locale ?? defaultLocale) : defaultLocale, "deliveries");
  return {
    t,
    /** A status as the person reads it ("at the store", "en la tienda"). */
    status: (status: ParcelStatus | ArrivalStatus) => t(`status.${status}`),
  };
}
