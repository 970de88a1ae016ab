/** Links that hand a delivery stop to the phone's own apps: maps for directions, the dialler for a call. */

type Place = {
  lat: number | null;
  lng: number | null;
  line1: string;
  city: string;
  region: string;
  postalCode: string;
};

/**
 * Directions to the stop in the phone's maps app: Google's cross-platform maps URL opens the
 * installed maps app on Android and iOS (and a browser elsewhere). Coordinates when known, as rural
 * addresses are often vague; else the address.
 */
export function directionsUrl(place: Place): string {
  const destination =
    place.lat !== null && place.lng !== null
      ? `${place.lat},${place.lng}`
      : `${place.line1}, ${place.city}, ${place.region} ${place.postalCode}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}&travelmode=driving`;
}

/** A `tel:` link for a phone number as the carrier sent it, or null when it has too few digits to dial. */
export function telUrl(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  return `tel:${phone.trim().startsWith("+") ? "+" : ""}${digits}`;
}
