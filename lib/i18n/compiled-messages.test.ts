import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { locales } from "../format";
import { compiledMessages } from "./compiled-messages";
import formatMessage from "./format-message";
import { messagesFor } from "./messages";

type Tree = { [key: string]: unknown };
type Value = string | number | Date | ((chunks: unknown[]) => string);

/** Every text by its dotted key. */
function texts(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === "object" && !Array.isArray(value) ? texts(value as Tree, path) : [[path, value]];
  });
}

/**
 * Values that take each of a text's branches once per sample: every select option, plural
 * counts of 0, 1, 2 and 21, and tags wrapping their text, so no part of a text goes unread.
 */
function samples(text: string): Record<string, Value>[] {
  const variants: Record<string, Value[]> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          variants[element.value] ??= [`«${element.value}»`];
          break;
        case TYPE.number:
          variants[element.value] ??= [1234.5];
          break;
        case TYPE.date:
        case TYPE.time:
          variants[element.value] ??= [new Date("2026-11-24T14:05:00Z")];
          break;
        case TYPE.plural:
          variants[element.value] = [0, 1, 2, 21];
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select:
          variants[element.value] = Object.keys(element.options);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          variants[element.value] ??= [(chunks) => `<${element.value}>${chunks.join("")}</${element.value}>`];
          walk(element.children);
          break;
      }
    }
  };
  walk(parse(text));
  const rounds = Math.max(1, ...Object.values(variants).map((v) => v.length));
  return Array.from({ length: rounds }, (_, i) =>
    Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, v[i % v.length]!])),
  );
}

const read = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("texts compiled on the server for the browser", () => {
  for (const locale of locales) {
    it(`${locale}: every text reads exactly as ICU's own formatter reads it, with each of its branches`, () => {
      const source = messagesFor[locale] as unknown as Tree;
      const compiled = compiledMessages(source);
      const parsed = createTranslator({ locale, messages: messagesFor[locale] });
      const options = {
        locale,
        timeZone: "UTC",
        cache: {} as never,
        formatters: {
          getNumberFormat: (l: string, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o),
          getDateTimeFormat: (l: string, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o),
          getPluralRules: (l: string, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o),
        } as never,
      };
      const compiledByKey = new Map(texts(compiled));
      let checked = 0;
      for (const [key, text] of texts(source)) {
        expect(typeof text, key).toBe("string");
        for (const values of samples(text as string)) {
          const expected = read((parsed as unknown as { rich: (k: string, v: unknown) => unknown }).rich(key, values));
          const actual = read(formatMessage(key, compiledByKey.get(key) as never, values as never, options));
          expect(actual, `${key} ${JSON.stringify(values)}`).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(500);
    });
  }

  it("sends plain data, which a server component can pass to the browser", () => {
    const compiled = compiledMessages({ n: "{count, plural, one {# parcel} other {# parcels}}" });
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    const options = (compiled.n as unknown as [[string, number, object]])[0][2];
    expect(Object.getPrototypeOf(options)).toBe(Object.prototype);
  });
});
