import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every text of a namespace by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * What a text fills in or wraps — `{trackingId}`, `{count, plural, …}`, `<link>` — read by ICU's own
 * parser, so a select's branches are not taken for arguments and a malformed text fails here.
 */
function slots(text: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal) {
        found.add(element.type === TYPE.tag ? `<${element.value}>` : `{${element.value}}`);
      }
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(text));
  return [...found].sort();
}

const english = messagesFor["en-US"] as unknown as Record<string, Tree>;
const spanish = messagesFor.es as unknown as Record<string, Tree>;

describe("Spanish texts", () => {
  for (const namespace of Object.keys(english)) {
    const en = flatten(english[namespace]!);
    const es = flatten(spanish[namespace] ?? {});

    it(`${namespace}: the same keys as English`, () => {
      expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it(`${namespace}: no empty text or placeholder, and the same values filled in`, () => {
      for (const [key, text] of es) {
        expect(text.trim(), `${namespace}.${key}`).not.toBe("");
        expect(text, `${namespace}.${key}`).not.toMatch(/\b(TODO|FIXME|TBD|XXX)\b|^\[.*\]$/);
        expect(slots(text), `${namespace}.${key}`).toEqual(slots(en.get(key) ?? ""));
      }
    });
  }
});
