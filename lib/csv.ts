/** The one CSV writer for every export (RFC 4180, CRLF lines). Pure: shared by client and server. */

/** One cell: quoted when it needs to be; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A download of the rows as `filename`. */
export function csvResponse(rows: readonly (readonly string[])[], filename: string): Response {
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
}
