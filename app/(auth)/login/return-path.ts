/**
 * Only a path inside the portal: whatever the callback names (the proxy sends a full URL),
 * just its path is kept, so sign-in can never redirect to another site.
 */
export function safeReturnPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value) return "/";
  try {
    const url = new URL(value, "http://portal.invalid");
    if (url.pathname.startsWith("/login") || url.pathname.startsWith("//")) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
