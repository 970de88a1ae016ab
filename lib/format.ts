import { defaultLocale, type Locale, locales } from "./locales";
import { METERS_PER_MILE } from "./units";

export { defaultLocale, type Locale, locales };

/**
 * The one home of dates, times, numbers, money and distances as a person reads them, in that
 * person's locale (decision 020). Pure: shared by client and server. Server components get a
 * formatter from `getFormat()` (app/_components/locale-server.ts), client components from
 * `useFormat()` (app/_components/use-format.ts); machine-facing places (CSV, API, URLs, date
 * inputs) keep ISO and plain numbers and never come here.
 */

/** A stored or sent language, when it is one the portal speaks. */
export function knownLocale(value: string | null | undefined): Locale | null {
  return (locales as readonly string[]).includes(value ?? "") ? (value as Locale) : null;
}

/** How each language names itself in the language picker. */
export const languageNames: Record<Locale, string> = { "en-US": "English", es: "Español" };

/**
 * The locale for a request's Accept-Language header: the first language range the portal
 * supports, by quality ("es-ES,es;q=0.9" → "es"; "fr, de" → "en-US"; any English → "en-US").
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranges = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranges) {
    if (language === "en") return "en-US";
    if (language === "es") return "es";
  }
  return defaultLocale;
}

/** How a figure reads: a fraction as a percentage, minutes, a count, cents or a plain number. */
export type ColumnFormat = "percent" | "minutes" | "count" | "cents" | "number";

/** A local day ("YYYY-MM-DD") as an instant that is that day in UTC, for formatting in UTC. */
function dayInstant(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Everything a person reads, formatted in one locale. Get one with `formatterFor(locale)`. */
export type Formatter = ReturnType<typeof makeFormatter>;

function makeFormatter(locale: Locale) {
  const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
  const dates = (options: Intl.DateTimeFormatOptions) => {
    const key = `d${JSON.stringify(options)}`;
    let f = cache.get(key) as Intl.DateTimeFormat | undefined;
    if (!f) {
      f = new Intl.DateTimeFormat(locale, options);
      cache.set(key, f);
    }
    return f;
  };
  const numbers = (options: Intl.NumberFormatOptions) => {
    const key = `n${JSON.stringify(options)}`;
    let f = cache.get(key) as Intl.NumberFormat | undefined;
    if (!f) {
      f = new Intl.NumberFormat(locale, options);
      cache.set(key, f);
    }
    return f;
  };
  const decimals = (digits: number) => numbers({ minimumFractionDigits: digits, maximumFractionDigits: digits });

  const format = {
    locale,

    /** Integer cents as US dollars: 250 → "$2.50" / "2,50 US$"; −0 reads as zero. */
    cents(cents: number): string {
      if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
      return numbers({ style: "currency", currency: "USD" }).format(cents / 100 + 0);
    },

    /** A whole count: 1234 → "1,234" / "1234". */
    count(value: number): string {
      return numbers({ maximumFractionDigits: 0 }).format(value);
    },

    /** A number as it comes, up to two decimals: 7.5 → "7.5" / "7,5". */
    number(value: number): string {
      return numbers({ maximumFractionDigits: 2 }).format(value);
    },

    /** A number with a fixed count of decimals: 4.25 → "4.3" / "4,3". */
    decimal(value: number, digits = 1): string {
      return decimals(digits).format(value);
    },

    /** A fraction as a percentage, one decimal by default: 0.975 → "97.5%" / "97,5 %". */
    percent(fraction: number, digits = 1): string {
      return numbers({ style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        fraction,
      );
    },

    /** Whole dollars without cents, cents when there are some: 200 → "$2", 250 → "$2.50" (a chart's axis). */
    dollars(cents: number): string {
      const whole = Math.round(cents) % 100 === 0;
      return numbers({ style: "currency", currency: "USD", minimumFractionDigits: whole ? 0 : 2 }).format(
        Math.round(cents) / 100 + 0,
      );
    },

    /** A performance figure ("–" when nothing was measured). */
    figure(value: number | null, kind: ColumnFormat): string {
      if (value === null || Number.isNaN(value)) return "–";
      switch (kind) {
        case "percent":
          return format.percent(value);
        case "minutes":
          return `${format.count(Math.round(value))} min`;
        case "count":
          return format.count(value);
        case "number":
          return format.decimal(value, 1);
        case "cents":
          return format.cents(Math.round(value));
      }
    },

    /** "2:05 PM" / "14:05" in the store's zone (the reader's when none is given). */
    time(instant: Date, timeZone?: string): string {
      return dates({ timeZone, hour: "numeric", minute: "2-digit" }).format(instant);
    },

    /** "Tue, Nov 24" / "mar, 24 nov" in the store's zone. */
    date(instant: Date, timeZone: string): string {
      return dates({ timeZone, weekday: "short", month: "short", day: "numeric" }).format(instant);
    },

    /** "Nov 24, 2026, 2:05 PM" / "24 nov 2026, 14:05", in the given zone (the reader's when none is given). */
    dateTime(instant: Date, timeZone?: string): string {
      return dates({ timeZone, dateStyle: "medium", timeStyle: "short" }).format(instant);
    },

    /** A local day as itself, in no zone: "2026-11-24" → "Tue, Nov 24" / "mar, 24 nov". */
    day(day: string): string {
      return dates({ timeZone: "UTC", weekday: "short", month: "short", day: "numeric" }).format(dayInstant(day));
    },

    /** A local day with its year: "2028-07-04" → "Tue, Jul 4, 2028" / "mar, 4 jul 2028". */
    dayWithYear(day: string): string {
      return dates({ timeZone: "UTC", weekday: "short", month: "short", day: "numeric", year: "numeric" }).format(
        dayInstant(day),
      );
    },

    /** A local day on a chart's axis: "2026-11-24" → "Nov 24" / "24 nov". */
    dayShort(day: string): string {
      return dates({ timeZone: "UTC", month: "short", day: "numeric" }).format(dayInstant(day));
    },

    /** Two local days, both included: "Nov 28 – Dec 4, 2026" / "28 nov – 4 dic 2026". */
    days(from: string, to: string): string {
      return dates({ timeZone: "UTC", month: "short", day: "numeric", year: "numeric" }).formatRange(
        dayInstant(from),
        dayInstant(to),
      );
    },

    /** A month ("YYYY-MM"): "November 2026" / "noviembre de 2026". */
    month(month: string): string {
      return dates({ timeZone: "UTC", month: "long", year: "numeric" }).format(dayInstant(`${month}-15`));
    },

    /** "3.25 mi" / "3,25 mi". */
    miles(meters: number): string {
      return `${decimals(2).format(meters / METERS_PER_MILE)} mi`;
    },

    /** Metres under a kilometre ("840 m"), miles beyond. */
    shortDistance(meters: number): string {
      return meters < 1000 ? `${format.count(Math.round(meters))} m` : format.miles(meters);
    },
  };
  return format;
}

const formatters = new Map<Locale, Formatter>();

/** The formatter for a locale (made once per locale). */
export function formatterFor(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = makeFormatter(locale);
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** A call's name for `formatterThrough`: the method, the locale and the arguments (an instant by its time). */
function callKey(locale: Locale, method: string, args: unknown[]): string {
  return `${locale} ${method}(${args.map((a) => (a instanceof Date ? a.getTime() : JSON.stringify(a))).join(",")})`;
}

/**
 * The formatter with every call passed through `through`, given the call's name and the way to
 * make its string. The server notes what it formatted for a page; the browser reads those notes
 * before asking Intl, whose first formatter costs a phone tens of milliseconds during hydration.
 * The same call gives the same string: a call that depends on the moment (today's date) must name
 * its day or instant.
 */
export function formatterThrough(format: Formatter, through: (key: string, make: () => string) => string): Formatter {
  const wrapped: Record<string, unknown> = { locale: format.locale };
  for (const [method, value] of Object.entries(format)) {
    if (typeof value !== "function") continue;
    const call = value as (...args: unknown[]) => string;
    wrapped[method] = (...args: unknown[]) => through(callKey(format.locale, method, args), () => call(...args));
  }
  return wrapped as Formatter;
}
