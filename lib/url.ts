/** A URL path segment decoded once; `null` when its percent-encoding is broken (`%`, `%zz`, `%C3`). */
export function decodePathSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
