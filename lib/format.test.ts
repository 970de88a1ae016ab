import { describe, expect, it } from "vitest";
import { formatterFor, formatterThrough, localeFromAcceptLanguage } from "./format";

const PHOENIX = "America/Phoenix";
const NEW_YORK = "America/New_York";
const en = formatterFor("en-US");
const es = formatterFor("es");
// Intl puts narrow no-break spaces in some forms ("2:05 PM", "97,5 %"): compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, " ");

describe("the person's locale from the browser's Accept-Language", () => {
  it.each([
    [null, "en-US"],
    ["", "en-US"],
    ["en-US,en;q=0.9", "en-US"],
    ["en-GB", "en-US"],
    ["es-ES,es;q=0.9", "es"],
    ["es-MX", "es"],
    ["ES", "es"],
    ["fr-FR, es;q=0.5", "es"],
    ["fr-FR, de", "en-US"],
    ["en;q=0.4, es;q=0.8", "es"],
    ["es;q=0, en", "en-US"],
    ["*", "en-US"],
    ["es;q=0.5, en;q=0.5", "es"],
  ])("%j reads as %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("one formatter, in the person's locale", () => {
  it("formats money in US dollars", () => {
    for (const [cents, text] of [
      [250, "$2.50"],
      [0, "$0.00"],
      [5, "$0.05"],
      [123_456, "$1,234.56"],
      [100_000_000, "$1,000,000.00"],
      [-250, "-$2.50"],
      [-0, "$0.00"],
    ] as const) {
      expect(en.cents(cents)).toBe(text);
    }
    expect(plain(es.cents(123_456))).toBe("1234,56 US$");
    expect(plain(es.cents(-0))).toBe("0,00 US$");
  });

  it("refuses fractions of a cent and non-numbers", () => {
    for (const cents of [2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => en.cents(cents)).toThrow(RangeError);
    }
  });

  it("formats each kind of figure, and nothing measured as a dash", () => {
    expect(en.figure(0.975, "percent")).toBe("97.5%");
    expect(plain(es.figure(0.975, "percent"))).toBe("97,5 %");
    expect(en.figure(12.6, "minutes")).toBe("13 min");
    expect(en.figure(3, "count")).toBe("3");
    expect(en.figure(12_345, "count")).toBe("12,345");
    expect(es.figure(12_345, "count")).toBe("12.345");
    expect(en.figure(4.25, "number")).toBe("4.3");
    expect(es.figure(4.25, "number")).toBe("4,3");
    expect(en.figure(123456.4, "cents")).toBe("$1,234.56");
    expect(en.figure(null, "percent")).toBe("–");
    expect(es.figure(Number.NaN, "count")).toBe("–");
  });

  it("formats times and dates in the store's zone", () => {
    const instant = new Date("2026-11-24T21:05:00Z");
    expect(plain(en.time(instant, PHOENIX))).toBe("2:05 PM");
    expect(plain(en.time(instant, NEW_YORK))).toBe("4:05 PM");
    expect(plain(en.time(new Date("2026-11-25T07:00:00Z"), PHOENIX))).toBe("12:00 AM");
    expect(es.time(instant, PHOENIX)).toBe("14:05");
    expect(es.time(new Date("2026-11-25T07:00:00Z"), PHOENIX)).toBe("0:00");

    const lateEvening = new Date("2026-11-25T06:30:00Z");
    expect(en.date(lateEvening, PHOENIX)).toBe("Tue, Nov 24");
    expect(en.date(lateEvening, NEW_YORK)).toBe("Wed, Nov 25");
    expect(es.date(lateEvening, PHOENIX)).toBe("mar, 24 nov");

    expect(plain(en.dateTime(instant, PHOENIX))).toBe("Nov 24, 2026, 2:05 PM");
    expect(es.dateTime(instant, PHOENIX)).toBe("24 nov 2026, 14:05");
  });

  it("reads a local day as that day, whatever the reader's zone, and never as ISO", () => {
    expect(en.day("2026-11-24")).toBe("Tue, Nov 24");
    expect(es.day("2026-11-24")).toBe("mar, 24 nov");
    expect(en.dayWithYear("2028-07-04")).toBe("Tue, Jul 4, 2028");
    expect(es.dayWithYear("2028-07-04")).toBe("mar, 4 jul 2028");
    expect(en.dayShort("2026-03-08")).toBe("Mar 8");
    expect(es.dayShort("2026-12-31")).toBe("31 dic");
    expect(plain(en.days("2026-11-28", "2026-12-04"))).toBe("Nov 28 – Dec 4, 2026");
    expect(plain(es.days("2026-12-28", "2027-01-03"))).toBe("28 dic 2026 – 3 ene 2027");
    expect(en.days("2026-12-04", "2026-12-04")).toBe("Dec 4, 2026");
    expect(en.month("2026-11")).toBe("November 2026");
    expect(es.month("2026-11")).toBe("noviembre de 2026");
  });

  it("formats distances", () => {
    expect(en.miles(5230)).toBe("3.25 mi");
    expect(es.miles(5230)).toBe("3,25 mi");
    expect(en.shortDistance(840.4)).toBe("840 m");
    expect(en.shortDistance(1609.344)).toBe("1.00 mi");
  });
});

describe("a formatter whose strings are noted and read back", () => {
  it("names each call by its method, locale and arguments, so one page's notes answer only the same calls", () => {
    const notes = new Map<string, string>();
    const noting = formatterThrough(en, (key, make) => {
      const made = make();
      notes.set(key, made);
      return made;
    });
    const instant = new Date("2026-11-24T21:05:00Z");
    expect(noting.time(instant, PHOENIX)).toBe(en.time(instant, PHOENIX));
    noting.time(instant, NEW_YORK);
    noting.date(instant, PHOENIX);
    noting.cents(250);
    expect(noting.figure(0.975, "percent")).toBe("97.5%");
    expect(notes.size).toBe(5);

    // The browser reads a noted call back without formatting it, and formats anything else.
    let formatted = 0;
    const readBack = (key: string, make: () => string) => {
      const noted = notes.get(key);
      if (noted !== undefined) return noted;
      formatted++;
      return make();
    };
    const reading = formatterThrough(en, readBack);
    expect(reading.time(new Date(instant.getTime()), PHOENIX)).toBe(notes.get([...notes.keys()][0]!));
    expect(reading.time(instant, NEW_YORK)).toBe(en.time(instant, NEW_YORK));
    expect(reading.cents(250)).toBe("$2.50");
    expect(formatted).toBe(0);
    expect(reading.time(new Date(instant.getTime() + 60_000), PHOENIX)).toBe(
      en.time(new Date(instant.getTime() + 60_000), PHOENIX),
    );
    expect(reading.cents(251)).toBe("$2.51");
    expect(formatterThrough(es, readBack).cents(250)).toBe(es.cents(250));
    expect(formatted).toBe(3);
    expect(reading.locale).toBe("en-US");
  });
});
