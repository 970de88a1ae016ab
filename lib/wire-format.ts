/**
 * superjson's wire format (`{ json, meta }`) in the few lines a browser needs. The server writes
 * it in one pass (server/trpc/answer-format.ts); every page's first load is spared superjson. The
 * portal's answers carry dates, undefined and, rarely, a Map, Set, bigint or non-finite number;
 * any other kind of value is refused loudly rather than read wrong.
 */

/** superjson's annotations: a leaf `[type]`, a node `[type, children]`, or children by path. */
type Annotations = [string] | [string, Record<string, Annotations>] | { [path: string]: Annotations };

export type Wire = { json: unknown; meta?: { values?: Annotations; v?: number } };

const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);

/** A path such as `a.b\.c.0` (dots and backslashes in keys escaped) as its keys. */
function parsePath(path: string): string[] {
  const keys: string[] = [];
  let key = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\") {
      const escaped = path[i + 1];
      if (escaped !== "\\" && escaped !== ".") throw new Error("invalid path in an answer");
      key += escaped;
      i++;
    } else if (char === ".") {
      keys.push(key);
      key = "";
    } else {
      key += char;
    }
  }
  keys.push(key);
  for (const k of keys) if (unsafeKeys.has(k)) throw new Error("invalid path in an answer");
  return keys;
}

function untransform(value: unknown, type: string): unknown {
  switch (type) {
    case "Date":
      return new Date(value as string);
    case "undefined":
      return undefined;
    case "number":
      return Number(value);
    case "bigint":
      return BigInt(value as string);
    case "set":
      return new Set(value as unknown[]);
    case "map":
      return new Map(value as [unknown, unknown][]);
    case "regexp": {
      const source = value as string;
      const end = source.lastIndexOf("/");
      return new RegExp(source.slice(1, end), source.slice(end + 1));
    }
    default:
      throw new Error(`an answer holds a value this page cannot read (${type})`);
  }
}

/** Replaces the value at `path` under `root` (children are replaced before their parents). */
function replaceAt(root: unknown, path: string[], replace: (value: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  let parent = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  parent[last] = replace(parent[last]);
  return root;
}

function apply(root: unknown, annotations: Annotations, at: string[]): unknown {
  if (Array.isArray(annotations)) {
    const [type, children] = annotations;
    if (children)
      for (const [path, child] of Object.entries(children)) root = apply(root, child, [...at, ...parsePath(path)]);
    return replaceAt(root, at, (value) => untransform(value, type));
  }
  for (const [path, child] of Object.entries(annotations)) root = apply(root, child, [...at, ...parsePath(path)]);
  return root;
}

export function deserialize<T>(wire: Wire): T {
  const values = wire.meta?.values;
  return (values ? apply(wire.json, values, []) : wire.json) as T;
}

function escapeKey(key: string) {
  return key.replace(/\\/g, "\\\\").replace(/\./g, "\\.");
}

/** What the browser sends: plain data and dates (undefined properties are left out, as JSON does). */
export function serialize(value: unknown): Wire {
  const values: Record<string, Annotations> = {};
  const walk = (item: unknown, path: string[]): unknown => {
    if (item instanceof Date) {
      if (path.length === 0) return item.toISOString();
      values[path.map(escapeKey).join(".")] = ["Date"];
      return item.toISOString();
    }
    if (Array.isArray(item)) return item.map((element, index) => walk(element, [...path, String(index)]));
    if (item !== null && typeof item === "object") {
      if (Object.getPrototypeOf(item) !== Object.prototype && Object.getPrototypeOf(item) !== null)
        throw new Error("only plain data and dates can be sent");
      const out: Record<string, unknown> = {};
      for (const [key, element] of Object.entries(item)) {
        if (unsafeKeys.has(key)) throw new Error(`a key named ${key} cannot be sent`);
        if (element !== undefined) out[key] = walk(element, [...path, key]);
      }
      return out;
    }
    if (typeof item === "number" && !Number.isFinite(item)) throw new Error("only finite numbers can be sent");
    if (typeof item === "bigint" || typeof item === "function" || typeof item === "symbol")
      throw new Error("only plain data and dates can be sent");
    return item;
  };
  const json = walk(value, []);
  if (value instanceof Date) return { json, meta: { values: ["Date"], v: 1 } };
  return Object.keys(values).length ? { json, meta: { values, v: 1 } } : { json };
}

/** For tRPC's links: the browser's side of superjson. */
export const wireFormat = { serialize, deserialize };
