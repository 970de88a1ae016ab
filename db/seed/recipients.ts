import type { LatLng } from "@/lib/distance";
import { geodesicMeters, milesToMeters, pointAt } from "./geo";
import { firstName, personName, phoneNumber } from "./people";
import type { MallDef, RuralPartnerDef } from "./places";
import type { Rng } from "./random";

export type Recipient = {
  recipientName: string;
  recipientPhone: string | null;
  recipientLine1: string;
  recipientLine2: string | null;
  recipientCity: string;
  recipientRegion: string;
  recipientPostalCode: string;
  recipientCountry: string;
  recipientLat: number;
  recipientLng: number;
  distanceMeters: number;
};

const townStreets = [
  "Main St",
  "Oak St",
  "Elm St",
  "Cedar St",
  "Maple Ave",
  "Park Ave",
  "Church St",
  "Walnut St",
  "Pine St",
  "2nd Ave",
  "5th Ave",
  "Lincoln Ave",
  "Jefferson St",
  "Washington St",
  "College Ave",
  "Highland Dr",
  "Ridge Rd",
  "Prairie Ln",
  "Meadow Ln",
  "Sunset Dr",
  "Grand Ave",
  "Railroad St",
];

const suburbanStreets: Record<MallDef["key"], readonly string[]> = {
  chandler: [
    "W Ray Rd",
    "S Alma School Rd",
    "N Arizona Ave",
    "E Warner Rd",
    "S Dobson Rd",
    "W Elliot Rd",
    "S Rural Rd",
    "E Baseline Rd",
  ],
  "fashion-show": [
    "W Sahara Ave",
    "S Rainbow Blvd",
    "W Flamingo Rd",
    "S Durango Dr",
    "E Tropicana Ave",
    "W Desert Inn Rd",
    "S Eastern Ave",
  ],
  tysons: [
    "Old Courthouse Rd",
    "Westpark Dr",
    "Maple Ave W",
    "Lee Hwy",
    "Great Falls St",
    "Nutley St",
    "Gallows Rd",
    "Idylwood Rd",
  ],
};

function recipientPerson(rng: Rng, areaCode: string) {
  return {
    recipientName: personName(rng),
    // Some customers leave no phone number.
    recipientPhone: rng.chance(0.85) ? phoneNumber(rng, areaCode) : null,
  };
}

/**
 * A customer of a rural store: most live in town, the rest on farms and ranches around it, all
 * well inside the 10-mile radius (at most 9.5 miles) so announcing them is never refused.
 */
export function ruralRecipient(rng: Rng, store: RuralPartnerDef): Recipient {
  const inTown = rng.chance(0.65);
  const meters = inTown ? rng.between(80, 2400) : rng.between(2400, milesToMeters(9.5));
  const at = pointAt(store, rng.between(0, 360), meters);
  const line1 = inTown
    ? `${rng.int(100, 2899)} ${rng.pick(townStreets)}`
    : store.state === "NE"
      ? `${rng.int(40_000, 89_999)} Road ${rng.int(400, 899)}`
      : `${rng.int(100, 9999)} County Road ${rng.int(10, 480)}`;
  return {
    ...recipientPerson(rng, store.areaCode),
    recipientLine1: line1,
    recipientLine2: null,
    recipientCity: store.city,
    recipientRegion: store.state,
    recipientPostalCode: store.postalCode,
    recipientCountry: "US",
    recipientLat: at.lat,
    recipientLng: at.lng,
    distanceMeters: geodesicMeters(store, at),
  };
}

/** A mall customer somewhere in the metro area. */
export function mallRecipient(rng: Rng, mall: MallDef, store: LatLng): Recipient {
  const town = rng.weighted(mall.metro.map((t) => [t, t.weight] as const));
  const at = pointAt(mall, rng.between(0, 360), 1000 * mall.metroRadiusKm * Math.sqrt(rng.float()));
  return {
    ...recipientPerson(rng, mall.areaCode),
    recipientLine1: `${rng.int(100, 9899)} ${rng.pick(suburbanStreets[mall.key])}`,
    recipientLine2: rng.chance(0.2) ? `Apt ${rng.int(101, 2420)}` : null,
    recipientCity: town.city,
    recipientRegion: mall.state,
    recipientPostalCode: town.postalCode,
    recipientCountry: "US",
    recipientLat: at.lat,
    recipientLng: at.lng,
    distanceMeters: geodesicMeters(store, at),
  };
}

/** Who signed for it: usually the recipient, sometimes someone in the household. */
export function receivedBy(rng: Rng, recipientName: string): string | null {
  const roll = rng.float();
  if (roll < 0.8) return recipientName;
  if (roll < 0.95) return `${firstName(rng)} ${recipientName.split(" ").slice(1).join(" ")}`;
  return null; // left at the door; the photo is the proof
}
