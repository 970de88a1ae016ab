"use client";

import { type ChangeEvent, useReducer, useState } from "react";

type Leaf = string | number | boolean | bigint | symbol | Date | null | undefined;

/** The dotted names of a form's values ("lat", "eventTypes.0"), as fields and errors are keyed. */
export type Path<T> = T extends Leaf
  ? never
  : T extends readonly (infer E)[]
    ? `${number}` | `${number}.${Path<E>}`
    : { [K in keyof T & string]-?: K | `${K}.${Path<NonNullable<T[K]>>}` }[keyof T & string];

type Step<T, K extends string> = T extends readonly (infer E)[]
  ? K extends `${number}`
    ? E
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** The type of the value at a path. */
export type PathValue<T, P extends string> = P extends `${infer K}.${infer R}` ? PathValue<Step<T, K>, R> : Step<T, P>;

export type FieldError = { type: string; message: string };
export type FieldErrors<V> = Partial<Record<Path<V>, FieldError>>;

/** Checks a form's values: the parsed values when they pass, else a message per field path. */
export type Resolver<V, O = V> = (
  values: V,
) => Promise<{ values: O; errors?: undefined } | { values?: undefined; errors: FieldErrors<V> }>;

export function getPath(object: unknown, path: string): unknown {
  let value = object;
  for (const key of path.split(".")) value = value == null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

/** Sets a value at a dotted path, making the objects (or arrays, for a numeric key) on the way. */
export function setPath(object: object, path: string, value: unknown) {
  const keys = path.split(".");
  let target = object as Record<string, unknown>;
  keys.slice(0, -1).forEach((key, i) => {
    target[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    target = target[key] as Record<string, unknown>;
  });
  target[keys.at(-1)!] = value;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type RegisterOptions = {
  /** Turns the box's text into the value the schema takes (also for a box's own `defaultValue`). */
  setValueAs?: (text: string) => unknown;
  onChange?: (event: ChangeEvent<Control>) => void;
};
type Registered = {
  el?: Control | undefined;
  options: RegisterOptions;
  ref: (el: Control | null) => void;
  onChange: (event: ChangeEvent<Control>) => void;
};

/**
 * The form itself, outside React: values live here and in the (uncontrolled) boxes, and `update`
 * re-renders the form when something it shows changed: errors, a watched value, a value set in code.
 */
export function createForm<V extends object, O>(resolver: Resolver<V, O>, defaults: Partial<V>, update: () => void) {
  let defaultValues = structuredClone(defaults);
  let values = structuredClone(defaults) as V;
  let errors: FieldErrors<V> = {};
  let submitted = false;
  const fields = new Map<string, Registered>();
  const watched = new Set<string>();
  const read = (name: string, el: Control) => {
    const as = fields.get(name)?.options.setValueAs;
    return as ? as(el.value) : el.value;
  };
  const write = (el: Control, value: unknown) => {
    el.value = value == null ? "" : String(value);
  };
  const within = (path: string, name: string) => path === name || path.startsWith(`${name}.`);
  /** The messages for a field (and the paths under it) become `next`'s. */
  const replaceErrors = (name: string, next: FieldErrors<V>) => {
    const kept = Object.entries(errors).filter(([path]) => !within(path, name));
    errors = Object.fromEntries([
      ...kept,
      ...Object.entries(next).filter(([path]) => within(path, name)),
    ]) as FieldErrors<V>;
    update();
  };

  /** After a submit, a changed field is checked again at once, so its message follows the correction. */
  async function revalidate(name: string) {
    if (!submitted) return;
    const value = getPath(values, name);
    const result = await resolver(values);
    // A later change has started its own check, or the form was reset meanwhile.
    if (!submitted || !Object.is(getPath(values, name), value)) return;
    replaceErrors(name, result.errors ?? {});
  }

  function set(name: string, value: unknown) {
    setPath(values, name, value);
    const el = fields.get(name)?.el;
    if (el) write(el, value);
  }

  function watch<P extends Path<V>>(name: P): PathValue<V, P>;
  function watch<const P extends readonly Path<V>[]>(names: P): { [I in keyof P]: PathValue<V, P[I] & string> };
  function watch(names: string | readonly string[]): unknown {
    const list = typeof names === "string" ? [names] : names;
    for (const name of list) watched.add(name);
    const found = list.map((name) => getPath(values, name));
    return typeof names === "string" ? found[0] : found;
  }

  return {
    get formState() {
      return { errors };
    },

    /** Props for a native input, select or textarea: it keeps its own text, read on each change. */
    register<P extends Path<V>>(name: P, options: RegisterOptions = {}) {
      let field = fields.get(name);
      if (!field) {
        const registered: Registered = {
          options,
          ref: (el) => {
            if (!el) registered.el = undefined;
            else if (el !== registered.el) {
              registered.el = el;
              // A value the form holds fills the box; a box with only its own default gives it.
              if (getPath(values, name) === undefined) setPath(values, name, read(name, el));
              else write(el, getPath(values, name));
            }
          },
          onChange: (event) => {
            setPath(values, name, read(name, event.target));
            registered.options.onChange?.(event);
            if (watched.has(name)) update();
            void revalidate(name);
          },
        };
        field = registered;
        fields.set(name, field);
      }
      field.options = options;
      return { name, ref: field.ref, onChange: field.onChange };
    },

    /** A value shown by a component of its own (a checklist): its value, its message and a setter. */
    control<P extends Path<V>>(name: P) {
      watched.add(name);
      return {
        value: getPath(values, name) as PathValue<V, P>,
        error: errors[name]?.message,
        onChange: (value: PathValue<V, P>) => {
          setPath(values, name, value);
          update();
          void revalidate(name);
        },
      };
    },

    watch,

    getValues<P extends Path<V>>(name: P) {
      return getPath(values, name) as PathValue<V, P>;
    },

    setValue<P extends Path<V>>(name: P, value: PathValue<V, P>) {
      set(name, value);
      update();
    },

    setError(name: Path<V>, error: FieldError) {
      errors = { ...errors, [name]: error };
      update();
    },

    /** Back to the defaults, or to new ones. A box the values leave out keeps its text, as before. */
    reset(next?: Partial<V>) {
      if (next) defaultValues = structuredClone(next);
      values = structuredClone(defaultValues) as V;
      errors = {};
      submitted = false;
      // With no values given, the boxes go back to their own defaults first.
      if (!next) [...fields.values()].find((f) => f.el?.form)?.el?.form?.reset();
      for (const [name, { el }] of fields) {
        if (!el) continue;
        if (getPath(values, name) === undefined) setPath(values, name, read(name, el));
        else write(el, getPath(values, name));
      }
      update();
    },

    resetField(name: Path<V>) {
      set(name, structuredClone(getPath(defaultValues, name)));
      replaceErrors(name, {});
    },

    /** Checks the values; calls `onValid` with the parsed ones, or shows the messages and focuses the first refused box. */
    handleSubmit(onValid: (values: O) => unknown) {
      return async (event?: { preventDefault: () => void }) => {
        event?.preventDefault();
        submitted = true;
        const result = await resolver(structuredClone(values));
        errors = result.errors ?? {};
        update();
        if (result.errors === undefined) {
          await onValid(result.values as O);
          return;
        }
        let first: Control | undefined;
        for (const [name, { el }] of fields) {
          // 2: DOCUMENT_POSITION_PRECEDING, so the first box on the page wins.
          if (el?.isConnected && errors[name as Path<V>] && (!first || first.compareDocumentPosition(el) & 2))
            first = el;
        }
        first?.focus();
      };
    },
  };
}

export type Form<V extends object, O = V> = ReturnType<typeof createForm<V, O>>;

/**
 * A small form over native inputs, checked with the procedure's own schema (see `lazyZodResolver`):
 * on submit, then, after a submit, at each change. The resolver is the one given at mount.
 */
export function useForm<V extends object, O = V>({
  resolver,
  defaultValues = {},
}: {
  resolver: Resolver<V, O>;
  defaultValues?: Partial<V>;
}): Form<V, O> {
  const [, update] = useReducer((n: number) => n + 1, 0);
  return useState(() => createForm(resolver, defaultValues, update))[0];
}
