"use client";

/** Field messages from a failed mutation (tRPC's error data carries them per field). */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  const data = (error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data;
  return data?.fieldErrors ?? {};
}

/** One field's message, under its input. */
export function FieldError({ messages, id }: { messages: string[] | undefined; id?: string }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className="mt-1 block text-body font-normal text-danger">
      {messages[0]}
    </span>
  );
}

/**
 * The error of a mutation that is not about one of the form's fields. `fields` names the fields
 * the form shows messages for; a message for any other field is shown here, so none is lost.
 */
export function FormError({ error, fields }: { error: { message: string } | null; fields?: readonly string[] }) {
  if (!error) return null;
  const byField = fieldErrorsOf(error);
  const named = Object.keys(byField);
  if (named.length && (!fields || named.every((f) => fields.includes(f)))) return null;
  const unshown = named.filter((f) => !fields?.includes(f)).flatMap((f) => byField[f] ?? []);
  return (
    <p role="alert" className="text-body text-danger">
      {unshown[0] ?? error.message}
    </p>
  );
}
