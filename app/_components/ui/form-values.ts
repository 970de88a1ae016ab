/**
 * How a form's text boxes become the values its procedure's schema takes (the form's
 * `setValueAs`). A blank or non-numeric box becomes NaN, never 0, so the schema refuses it in
 * words ("Enter the latitude as a number…"); values set from code (a map click) pass through.
 */
export function textAsNumber(value: unknown): unknown {
  return typeof value === "string" ? (value.trim() ? Number(value) : Number.NaN) : value;
}

/** A box in dollars for a procedure in cents. */
export function dollarsAsCents(value: unknown): unknown {
  const number = textAsNumber(value);
  return typeof number === "number" ? Math.round(number * 100) : number;
}

/** A box in percent for a procedure that takes a share (95 → 0.95). */
export function percentAsShare(value: unknown): unknown {
  const number = textAsNumber(value);
  return typeof number === "number" ? number / 100 : number;
}

/** An optional choice or text: blank is null (nothing chosen), not an empty string. */
export function blankAsNull(value: unknown): unknown {
  return typeof value === "string" && !value.trim() ? null : value;
}

/** An optional field the procedure may leave out: blank is absent. */
export function blankAsUndefined(value: unknown): unknown {
  return value === "" ? undefined : value;
}
