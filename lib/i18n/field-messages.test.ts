import { describe, expect, it } from "vitest";
import { text } from "../validation";
import { validationText } from "./field-messages";
import english from "./messages/en/validation.json";
import { fieldMessageIn } from "./translate";

describe("field messages", () => {
  it("each validation text is found from its English, with what it filled in", () => {
    for (const [key, template] of Object.entries(english)) {
      const message = template.replace(/\{(\w+)\}/g, "7");
      expect(validationText(message), key).toEqual({
        key,
        values: Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, "7"])),
      });
    }
  });

  it("fills only simple values in: a plural or a select would not read back from its English", () => {
    for (const [key, template] of Object.entries(english)) {
      expect(template, key).not.toMatch(/\{\w+,/);
    }
  });

  it("a schema's message reads in Spanish for a Spanish reader and as it is in English", () => {
    const tooLong = text({ max: 5 }).safeParse("abcdefgh").error!.issues[0]!.message;
    expect(tooLong).toBe("Use at most 5 characters.");
    expect(fieldMessageIn("es", tooLong)).toBe("Usa como máximo 5 caracteres.");
    expect(fieldMessageIn("en-US", tooLong)).toBe(tooLong);
    expect(fieldMessageIn("es", "Tracking IDs use letters, digits, '.', '_' and '-'.")).toBe(
      "Los números de rastreo usan letras, dígitos, '.', '_' y '-'.",
    );
  });

  it("a message no schema of the store screens words stays as it is", () => {
    expect(validationText("Enter the endpoint URL.")).toBeNull();
    expect(fieldMessageIn("es", "Enter the endpoint URL.")).toBe("Enter the endpoint URL.");
  });
});
