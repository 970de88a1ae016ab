import { describe, expect, it } from "vitest";
import { csvResponse, toCsv } from "./csv";

describe("CSV writer", () => {
  it("defuses cells a spreadsheet would run as a formula", () => {
    const csv = toCsv([['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "plain"]]);
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2+3,'@SUM(A1),plain\r\n`);
  });

  it("quotes commas, quotes and line breaks, and ends every line with CRLF", async () => {
    const response = csvResponse(
      [
        ["day", "note"],
        ["2026-11-24", 'a "b", c\nd'],
      ],
      "x.csv",
    );
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    expect(await response.text()).toBe(`day,note\r\n2026-11-24,"a ""b"", c\nd"\r\n`);
  });
});
