import type { FailureReason, ProofKind } from "../schema";
import { addMinutes, earlierOf, type ParcelRow, type SeedActor, type SeedContext } from "./context";
import { geodesicMeters, isWithinRadius, milesToMeters, pointAt } from "./geo";
import { receivedBy } from "./recipients";
import type { RuralStore } from "./world";

const failureReasons: readonly (readonly [FailureReason, number])[] = [
  ["recipient_unavailable", 40],
  ["no_safe_place", 20],
  ["no_access", 14],
  ["cannot_locate", 12],
  ["refused", 5],
  ["damaged", 3],
  ["other", 6],
];

const otherNotes = ["Dog loose in the yard", "Gate locked, no answer", "Road flooded", "Business closed for the day"];

/** Held at the store for another try, handed back to a driver, delivered, or not yet happened. */
export type AttemptOutcome = "delivered" | "held" | "return" | "pending";

/**
 * One stop of a delivery round, logged as the device would: the tap time, a GPS fix near the
 * door (now and then a stray fix outside the radius, flagged), and usually a photo.
 */
export function attempt(ctx: SeedContext, rs: RuralStore, parcel: ParcelRow, at: Date, who: SeedActor): AttemptOutcome {
  if (!ctx.isPast(at)) return "pending";
  const { store, def } = rs;
  const { rng } = store;
  const number = parcel.failedAttempts! + 1;
  const failed = rng.chance(number === 1 ? def.traits.failRate : 0.3);

  const accuracy = rng.between(5, 30);
  const door = { lat: parcel.recipientLat!, lng: parcel.recipientLng! };
  const fix = rng.chance(def.traits.outOfRadiusRate)
    ? pointAt(store, rng.between(0, 360), milesToMeters(store.radiusMiles) + accuracy + rng.between(400, 5000))
    : pointAt(door, rng.between(0, 360), Math.abs(rng.normal(0, accuracy * 0.6)));
  const distance = geodesicMeters(store, fix);
  // Most taps reach the server within seconds; a few were logged offline and synced later.
  const recordedAt = earlierOf(
    addMinutes(at, rng.chance(0.06) ? rng.between(10, 180) : rng.between(0.05, 0.6)),
    ctx.now,
  );
  const userId = who.kind === "user" ? who.id : null;
  const proof = (kind: ProofKind) => {
    const id = ctx.ids.uuid();
    const png = kind === "signature";
    ctx.rows.proofFiles.push({
      id,
      partnerId: store.id,
      parcelId: parcel.id,
      kind,
      storage: "local",
      key: `seed/${id}.${png ? "png" : "jpg"}`,
      thumbnailKey: null,
      contentType: png ? "image/png" : "image/jpeg",
      bytes: png ? rng.int(6_000, 20_000) : rng.int(150_000, 260_000),
      width: png ? 600 : 1600,
      height: png ? 200 : 1200,
      uploadedByUserId: userId,
      createdAt: recordedAt,
    });
    return id;
  };

  const reason = failed ? rng.weighted(failureReasons) : null;
  const row = {
    id: ctx.ids.uuid(),
    clientActionId: `seed-${parcel.trackingId}-${number}`,
    parcelId: parcel.id,
    partnerId: store.id,
    userId,
    outcome: failed ? ("failed" as const) : ("delivered" as const),
    failureReason: reason,
    failureNote: reason === "other" ? rng.pick(otherNotes) : null,
    recipientName: failed ? null : receivedBy(rng, parcel.recipientName),
    photoId: failed
      ? reason === "damaged"
        ? proof("damage_photo")
        : null
      : rng.chance(def.traits.photoRate)
        ? proof("photo")
        : null,
    signatureId: !failed && rng.chance(0.04) ? proof("signature") : null,
    lat: fix.lat,
    lng: fix.lng,
    accuracyMeters: accuracy,
    distanceMeters: distance,
    outOfRadius: !isWithinRadius(distance, store.radiusMiles, accuracy),
    tappedAt: at,
    recordedAt,
  };
  ctx.rows.deliveryAttempts.push(row);

  if (!reason) {
    ctx.move(parcel, "delivered", at, who, { data: { attempt: number } });
    return "delivered";
  }
  parcel.failedAttempts = number;
  // Refused or damaged goods go straight back; anything else gets three tries.
  const giveBack = reason === "refused" || reason === "damaged" || number >= 3;
  if (giveBack) parcel.dueForReturn = true;
  ctx.move(parcel, "attempted", at, who, { data: { attempt: number, reason } });
  return giveBack ? "return" : "held";
}
