"use client";

import { useContext } from "react";
import { type Formatter, formatterFor, formatterThrough, type Locale } from "@/lib/format";
import { FORMAT_NOTES, FormatNotesContext, LocaleContext } from "./locale";

/** The formatter for client components: dates, times, numbers and money in the person's locale. */
export function useFormat(): Formatter {
  const locale = useContext(LocaleContext);
  const notes = useContext(FormatNotesContext);
  return notes && notingFormatter ? notingFormatter(locale, notes) : readingFormatter(locale);
}

const noting = new WeakMap<Map<string, string>, Formatter>();

/** The server's: each string it formats for the page is noted, to be sent with it (none in the browser's bundle). */
const notingFormatter =
  typeof window === "undefined"
    ? (locale: Locale, notes: Map<string, string>): Formatter => {
        let format = noting.get(notes);
        if (!format) {
          format = formatterThrough(formatterFor(locale), (key, make) => {
            const made = make();
            notes.set(key, made);
            return made;
          });
          noting.set(notes, format);
        }
        return format;
      }
    : null;

const read = new Map<string, string>();
const reading = new Map<Locale, Formatter>();

/** The browser's: a string the server formatted for this page is read back, anything else made here. */
function readingFormatter(locale: Locale): Formatter {
  let format = reading.get(locale);
  if (!format) {
    format = formatterThrough(formatterFor(locale), (key, make) => noted(key) ?? make());
    reading.set(locale, format);
  }
  return format;
}

function noted(key: string): string | undefined {
  if (!read.has(key) && typeof document !== "undefined") {
    for (const script of document.querySelectorAll(`script[${FORMAT_NOTES}]`)) {
      script.removeAttribute(FORMAT_NOTES);
      try {
        for (const [k, v] of Object.entries(JSON.parse(script.textContent ?? "") as Record<string, unknown>)) {
          if (typeof v === "string") read.set(k, v);
        }
      } catch {
        // Unreadable notes only cost the formatting they would have spared.
      }
    }
  }
  return read.get(key);
}
