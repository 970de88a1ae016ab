import superjson, { type SuperJSONResult } from "superjson";

/** An answer holds a value only superjson knows how to write (a Map, a Set, a class…). */
const handBack = Symbol("superjson");

const escapeKey = (key: string) =>
  key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;

/**
 * superjson's format (`{ json, meta }`) for the portal's answers, written in one pass: plain
 * objects and arrays, strings, booleans, null, dates, undefined, bigints and numbers JSON cannot
 * carry (NaN, ±Infinity, −0). superjson's own walk cost a third of the server's time on a large
 * answer (500 partners); any other kind of value, anywhere in an answer, hands the whole answer
 * to superjson. Both superjson and the browser's wire format (lib/wire-format.ts) read it back as
 * they read superjson's (answer-format.test.ts). Repeated references are written twice, not as
 * one: the answers are data.
 */
export function serializeAnswer(value: unknown): SuperJSONResult {
  if (value === null || typeof value !== "object" || value instanceof Date) return superjson.serialize(value);
  const values: Record<string, [string]> = {};
  // The root's children are named by their key alone; an empty key is still a key (".0").
  const under = (path: string | null, key: string) => (path === null ? key : `${path}.${key}`);
  // `path` is null only at the root, which is an object or an array (see above).
  const walk = (item: unknown, at: string | null): unknown => {
    const path = at ?? "";
    switch (typeof item) {
      case "string":
      case "boolean":
        return item;
      case "number":
        if (Number.isFinite(item) && !Object.is(item, -0)) return item;
        values[path] = ["number"];
        return Object.is(item, -0) ? "-0" : String(item);
      case "undefined":
        values[path] = ["undefined"];
        return null;
      case "bigint":
        values[path] = ["bigint"];
        return item.toString();
      case "object": {
        if (item === null) return null;
        if (Array.isArray(item)) {
          const out = new Array<unknown>(item.length);
          for (let i = 0; i < item.length; i++) out[i] = walk(item[i], under(at, String(i)));
          return out;
        }
        if (item instanceof Date) {
          if (Number.isNaN(item.getTime())) throw handBack;
          values[path] = ["Date"];
          return item.toISOString();
        }
        const prototype = Object.getPrototypeOf(item);
        if (prototype !== Object.prototype && prototype !== null) throw handBack;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(item)) {
          if (key === "__proto__") throw handBack;
          const escaped = escapeKey(key);
          out[key] = walk((item as Record<string, unknown>)[key], under(at, escaped));
        }
        return out;
      }
      default:
        throw handBack;
    }
  };
  try {
    const json = walk(value, null);
    return Object.keys(values).length
      ? { json: json as never, meta: { values: values as never, v: 1 } }
      : { json: json as never };
  } catch (error) {
    if (error !== handBack) throw error;
    return superjson.serialize(value);
  }
}

/** tRPC's transformer: answers written as above, anything received read by superjson. */
export const answerTransformer = {
  serialize: serializeAnswer,
  deserialize: (value: SuperJSONResult) => superjson.deserialize(value),
};
