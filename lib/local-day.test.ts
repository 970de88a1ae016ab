import { describe, expect, it } from "vitest";
import {
  addDays,
  dayCount,
  dayNumber,
  dayOfNumber,
  daysBetween,
  isoWeekday,
  localDayBounds,
  localDayOf,
  partOfDay,
  zonedTimeToInstant,
  zoneOffsetMs,
} from "@/lib/local-day";

const HOUR = 3_600_000;
const PHOENIX = "America/Phoenix";
const NEW_YORK = "America/New_York";
const CHICAGO = "America/Chicago";

/** An instant's wall clock in a zone, "YYYY-MM-DD HH:MM:SS", read independently of the module. */
function wall(instant: Date, timeZone: string): string {
  return instant.toLocaleString("sv-SE", { timeZone });
}

function hoursIn(day: string, timeZone: string): number {
  const { start, end } = localDayBounds(day, timeZone);
  return (end.getTime() - start.getTime()) / HOUR;
}

const every2026Day = daysBetween("2026-01-01", "2026-12-31");

describe("localDayOf", () => {
  it("puts the same instant on different days in Phoenix and New York around midnight", () => {
    // 06:30Z is 23:30 the evening before in Phoenix (UTC−7) and 01:30 in New York (EST, UTC−5).
    const instant = new Date("2026-11-25T06:30:00Z");
    expect(localDayOf(instant, PHOENIX)).toBe("2026-11-24");
    expect(localDayOf(instant, NEW_YORK)).toBe("2026-11-25");
  });

  it("changes day exactly at local midnight", () => {
    expect(localDayOf(new Date("2026-11-25T06:59:59.999Z"), PHOENIX)).toBe("2026-11-24");
    expect(localDayOf(new Date("2026-11-25T07:00:00Z"), PHOENIX)).toBe("2026-11-25");
    // In summer New York is UTC−4.
    expect(localDayOf(new Date("2026-07-04T03:59:59Z"), NEW_YORK)).toBe("2026-07-03");
    expect(localDayOf(new Date("2026-07-04T04:00:00Z"), NEW_YORK)).toBe("2026-07-04");
  });

  it("crosses year ends in the store's zone, not UTC's", () => {
    const instant = new Date("2027-01-01T03:00:00Z");
    expect(localDayOf(instant, PHOENIX)).toBe("2026-12-31");
    expect(localDayOf(instant, "UTC")).toBe("2027-01-01");
  });
});

describe("America/Phoenix (no daylight saving)", () => {
  it("is UTC−7 all year", () => {
    for (const day of every2026Day) {
      expect(zoneOffsetMs(new Date(`${day}T12:00:00Z`), PHOENIX), day).toBe(-7 * HOUR);
    }
  });

  it("has 365 days of exactly 24 hours in 2026, each starting at 07:00Z", () => {
    expect(every2026Day).toHaveLength(365);
    for (const day of every2026Day) {
      expect(hoursIn(day, PHOENIX), day).toBe(24);
      expect(localDayBounds(day, PHOENIX).start.toISOString(), day).toBe(`${day}T07:00:00.000Z`);
    }
  });
});

describe.each([
  { zone: NEW_YORK, standard: -5, daylight: -4 },
  { zone: CHICAGO, standard: -6, daylight: -5 },
])("$zone (US daylight saving)", ({ zone, standard, daylight }) => {
  it("has a 23-hour day on 2026-03-08 and a 25-hour day on 2026-11-01, every other day 24", () => {
    expect(hoursIn("2026-03-08", zone)).toBe(23);
    expect(hoursIn("2026-11-01", zone)).toBe(25);
    const others = every2026Day.filter((day) => day !== "2026-03-08" && day !== "2026-11-01");
    for (const day of others) expect(hoursIn(day, zone), day).toBe(24);
  });

  it("starts and ends those days at local midnight", () => {
    const spring = localDayBounds("2026-03-08", zone);
    expect(spring.start.getTime()).toBe(Date.UTC(2026, 2, 8, -standard));
    expect(spring.end.getTime()).toBe(Date.UTC(2026, 2, 9, -daylight));
    const fall = localDayBounds("2026-11-01", zone);
    expect(fall.start.getTime()).toBe(Date.UTC(2026, 10, 1, -daylight));
    expect(fall.end.getTime()).toBe(Date.UTC(2026, 10, 2, -standard));
  });

  it("switches offset on those days", () => {
    expect(zoneOffsetMs(new Date("2026-03-08T06:00:00Z"), zone)).toBe(standard * HOUR);
    expect(zoneOffsetMs(new Date("2026-03-08T12:00:00Z"), zone)).toBe(daylight * HOUR);
    expect(zoneOffsetMs(new Date("2026-11-01T04:00:00Z"), zone)).toBe(daylight * HOUR);
    expect(zoneOffsetMs(new Date("2026-11-01T12:00:00Z"), zone)).toBe(standard * HOUR);
  });
});

describe("localDayBounds", () => {
  // Zones of every kind: no DST, US and EU rules, southern hemisphere, half- and
  // quarter-hour offsets, a 30-minute DST shift, and a zone whose DST change is at midnight.
  const zones = [
    PHOENIX,
    NEW_YORK,
    CHICAGO,
    "America/Los_Angeles",
    "America/Havana",
    "Europe/Berlin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "UTC",
  ];

  it.each(zones)("tiles 2026 in %s: each day runs from its own midnight to the next day's", (zone) => {
    let previousEnd: number | undefined;
    for (const day of every2026Day) {
      const { start, end } = localDayBounds(day, zone);
      expect(localDayOf(start, zone), `${day} start`).toBe(day);
      expect(localDayOf(new Date(start.getTime() - 1), zone), `${day} before start`).toBe(addDays(day, -1));
      expect(localDayOf(new Date(end.getTime() - 1), zone), `${day} end`).toBe(day);
      expect(localDayOf(end, zone), `${day} after end`).toBe(addDays(day, 1));
      if (previousEnd !== undefined) expect(start.getTime(), `${day} follows`).toBe(previousEnd);
      previousEnd = end.getTime();
    }
  });

  it("starts a day whose midnight is skipped at the first instant that exists (Havana, 2026-03-08)", () => {
    // Cuba springs forward at 00:00 → 01:00 CDT (UTC−4): the day begins at 01:00 local, 05:00Z.
    const { start, end } = localDayBounds("2026-03-08", "America/Havana");
    expect(start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(wall(start, "America/Havana")).toBe("2026-03-08 01:00:00");
    expect((end.getTime() - start.getTime()) / HOUR).toBe(23);
  });

  it("starts a day whose midnight happens twice at the first one (Havana, 2026-11-01)", () => {
    // Cuba falls back at 01:00 CDT → 00:00 CST, so 00:00 occurs at 04:00Z and at 05:00Z.
    const { start, end } = localDayBounds("2026-11-01", "America/Havana");
    expect(start.toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect((end.getTime() - start.getTime()) / HOUR).toBe(25);
  });
});

describe("zonedTimeToInstant", () => {
  it("reads a time just after the spring-forward gap in daylight time", () => {
    expect(zonedTimeToInstant("2026-03-08", "03:30", NEW_YORK).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedTimeToInstant("2026-03-08", "01:30", NEW_YORK).toISOString()).toBe("2026-03-08T06:30:00.000Z");
  });

  it("moves a time inside the spring-forward gap forward by the gap (02:30 → 03:30 EDT)", () => {
    // RFC 5545 §3.3.5 and Temporal's "compatible" disambiguation: read with the offset before.
    expect(zonedTimeToInstant("2026-03-08", "02:30", NEW_YORK).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedTimeToInstant("2026-03-29", "02:30", "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("resolves a time that happens twice on the fall-back day to its first occurrence (still daylight time)", () => {
    // 01:30 on 2026-11-01 in New York is 05:30Z (EDT) and again 06:30Z (EST); we take 05:30Z.
    const instant = zonedTimeToInstant("2026-11-01", "01:30", NEW_YORK);
    expect(instant.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(zonedTimeToInstant("2026-11-01", "01:30", NEW_YORK)).toEqual(instant);
  });

  it("picks the first occurrence east of Greenwich too (Berlin, 2026-10-25 02:30 CEST)", () => {
    // 02:30 is 00:30Z (CEST, UTC+2) and again 01:30Z (CET, UTC+1).
    expect(zonedTimeToInstant("2026-10-25", "02:30", "Europe/Berlin").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("gives back the wall time it was asked for on every minute of the DST days that exists", () => {
    const cases = [
      { zone: NEW_YORK, day: "2026-03-08" },
      { zone: NEW_YORK, day: "2026-11-01" },
      { zone: "Europe/Berlin", day: "2026-03-29" },
      { zone: "Australia/Lord_Howe", day: "2026-04-05" },
      { zone: "Australia/Lord_Howe", day: "2026-10-04" },
    ];
    for (const { zone, day } of cases) {
      const { start, end } = localDayBounds(day, zone);
      // Every wall time that really occurs that day must map back to an instant showing it.
      for (let t = start.getTime(); t < end.getTime(); t += 60_000) {
        const shown = wall(new Date(t), zone);
        const hhmm = shown.slice(11, 16);
        const instant = zonedTimeToInstant(day, hhmm, zone);
        expect(wall(instant, zone), `${zone} ${day} ${hhmm}`).toBe(shown);
        expect(instant.getTime(), `${zone} ${day} ${hhmm} first occurrence`).toBeLessThanOrEqual(t);
      }
    }
  });

  it("accepts a Postgres time with seconds and the ISO 24:00", () => {
    expect(zonedTimeToInstant("2026-11-24", "08:00:00", PHOENIX).toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(zonedTimeToInstant("2026-11-24", "08:00:30", PHOENIX).toISOString()).toBe("2026-11-24T15:00:30.000Z");
    expect(zonedTimeToInstant("2026-11-24", "24:00", PHOENIX)).toEqual(
      zonedTimeToInstant("2026-11-25", "00:00", PHOENIX),
    );
  });

  it("refuses a time or day that is not one, instead of returning an Invalid Date", () => {
    for (const time of ["", "8", "abc", "25:00", "24:30", "12:60", "12:00:61", "12:00 PM"]) {
      expect(() => zonedTimeToInstant("2026-11-24", time, PHOENIX), time).toThrow(/not a local time/);
    }
    for (const day of ["2026-02-30", "2026-13-01", "2026-11-24T00:00", "26-11-24", ""]) {
      expect(() => zonedTimeToInstant(day, "08:00", PHOENIX), day).toThrow(/not a local day/);
    }
  });
});

describe("addDays", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2026-04-30", 1, "2026-05-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2028-01-01", 366, "2029-01-01"],
    ["2026-01-01", 365, "2027-01-01"],
    ["2100-02-28", 1, "2100-03-01"], // not a leap year
    ["2000-02-28", 1, "2000-02-29"], // a leap year
    ["2026-03-07", 1, "2026-03-08"], // a DST change is no concern of calendar days
    ["2026-11-24", 0, "2026-11-24"],
  ])("%s %+d → %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it("refuses a day that does not exist", () => {
    expect(() => addDays("2027-02-29", 1)).toThrow(/not a local day/);
  });
});

describe("daysBetween", () => {
  it("lists every day from first to last, both included", () => {
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(daysBetween("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });

  it("has one day for a single-day range and none for a reversed one", () => {
    expect(daysBetween("2026-11-24", "2026-11-24")).toEqual(["2026-11-24"]);
    expect(daysBetween("2026-11-25", "2026-11-24")).toEqual([]);
  });

  it("counts leap years", () => {
    expect(daysBetween("2028-02-01", "2028-02-29")).toHaveLength(29);
    expect(daysBetween("2028-01-01", "2028-12-31")).toHaveLength(366);
  });

  it("refuses a malformed bound rather than looping on it", () => {
    expect(() => daysBetween("2026-11-24", "zzzz")).toThrow(/not a local day/);
    expect(() => daysBetween("2026-1-1", "2026-11-24")).toThrow(/not a local day/);
  });
});

describe("day numbers", () => {
  it("count days from 1970-01-01 as Date does, and give the same day back, across four centuries", () => {
    for (let n = -200_000; n <= 200_000; n += 7) {
      const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayOfNumber(n)).toBe(day);
      expect(dayNumber(day)).toBe(n);
    }
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayCount("2026-11-01", "2026-11-30")).toBe(30);
    expect(dayCount("2026-11-30", "2026-11-01")).toBe(0);
  });

  it("refuses a day that does not exist", () => {
    for (const day of ["2026-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "2026-1-01"]) {
      expect(() => dayNumber(day), day).toThrow(/not a local day/);
    }
  });
});

describe("isoWeekday", () => {
  it.each([
    ["2026-11-23", 1], // Monday
    ["2026-11-24", 2], // Tuesday
    ["2026-11-28", 6], // Saturday
    ["2026-11-29", 7], // Sunday
    ["2026-11-22", 7], // Sunday
    ["2000-01-01", 6], // Saturday
    ["2028-02-29", 2], // Tuesday
    ["2026-01-01", 4], // Thursday
  ])("%s is ISO weekday %i", (day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday);
  });
});

describe("partOfDay", () => {
  it("names a drop by the store's own wall clock, so a 6:24 PM drop is an evening one", () => {
    const at = (time: string) => zonedTimeToInstant("2026-11-24", time, CHICAGO);
    expect(partOfDay(at("06:10"), CHICAGO)).toBe("Morning");
    expect(partOfDay(at("11:59"), CHICAGO)).toBe("Morning");
    expect(partOfDay(at("12:00"), CHICAGO)).toBe("Afternoon");
    expect(partOfDay(at("16:59"), CHICAGO)).toBe("Afternoon");
    expect(partOfDay(at("18:24"), CHICAGO)).toBe("Evening");
    // The same instant is still morning in Phoenix, two hours behind Chicago in November.
    expect(partOfDay(at("12:30"), PHOENIX)).toBe("Morning");
  });
});
