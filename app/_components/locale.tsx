"use client";

import { useServerInsertedHTML } from "next/navigation";
import { createContext, useState } from "react";
import { defaultLocale, type Locale } from "@/lib/locales";

/** The person's locale, resolved by the portal layout for the request (read through `useFormat`). */
export const LocaleContext = createContext<Locale>(defaultLocale);

/**
 * On the server, the strings this page's client components formatted, by call; null in the
 * browser. They are sent in the page (`FORMAT_NOTES`) for `useFormat` to read back during
 * hydration.
 */
export const FormatNotesContext = createContext<Map<string, string> | null>(null);

/** The attribute of the page's JSON notes of formatted strings, until the browser has read them. */
export const FORMAT_NOTES = "data-format-notes";

/** The server's render notes what it formats and sends the notes with each part of the page. */
function useNotesSentWithThePage(): Map<string, string> {
  const [notes] = useState(() => new Map<string, string>());
  // Sent as data, never run, so the page's script policy has nothing to allow.
  useServerInsertedHTML(() => {
    if (!notes.size) return null;
    const json = JSON.stringify(Object.fromEntries(notes)).replaceAll("<", "\\u003c");
    notes.clear();
    // biome-ignore lint/security/noDangerouslySetInnerHtml: formatted strings as JSON with "<" escaped; as a child, React would escape its quotes
    return <script type="application/json" {...{ [FORMAT_NOTES]: "" }} dangerouslySetInnerHTML={{ __html: json }} />;
  });
  return notes;
}

// Decided per build (Next gives `typeof window` as a constant), so the browser's bundle has none of it.
const useNotes = typeof window === "undefined" ? useNotesSentWithThePage : () => null;

/** Gives client components the person's locale; the formatting code stays with the screens that format. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const notes = useNotes();
  return (
    <LocaleContext value={locale}>
      <FormatNotesContext value={notes}>{children}</FormatNotesContext>
    </LocaleContext>
  );
}
