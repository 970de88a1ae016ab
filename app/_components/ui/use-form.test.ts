import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setServerErrors } from "./form";
import { errorsFromIssues } from "./form-issues";
import { blankAsNull, textAsNumber } from "./form-values";
import { lazyZodResolver } from "./lazy-resolver";
import { createForm, getPath, setPath } from "./use-form";

// The form without React or a page: boxes are stand-ins with the few DOM members the form uses.
type Box = HTMLInputElement & { focus: ReturnType<typeof vi.fn> };
function box(value: string, position = 0): Box {
  return {
    value,
    position,
    isConnected: true,
    focus: vi.fn(),
    // 2 (DOCUMENT_POSITION_PRECEDING): the other box comes first on the page.
    compareDocumentPosition(other: { position: number }) {
      return other.position < position ? 2 : 4;
    },
  } as unknown as Box;
}
const change = (el: Box, value: string) => ({ target: Object.assign(el, { value }) }) as never;
const submitEvent = () => ({ preventDefault: vi.fn() });

const place = z.strictObject({
  name: z.string().trim().min(1, "Enter a name."),
  lat: z.number("Enter the latitude as a number.").min(-90).max(90, "Latitude is between -90 and 90."),
  mallId: z.string().nullable(),
  tags: z.array(z.string().min(1, "A tag has a name.")).max(3),
});
type Place = z.input<typeof place>;
const resolver = lazyZodResolver(async () => place);

function setup(defaults: Partial<Place> = { name: "", mallId: null, tags: [] }) {
  const update = vi.fn();
  const form = createForm<Place, z.output<typeof place>>(resolver, defaults, update);
  return { form, update };
}

describe("values at paths", () => {
  it("reads and writes nested values, making objects and arrays on the way", () => {
    const values: Record<string, unknown> = {};
    setPath(values, "contact.phones.0.number", "555");
    expect(values).toEqual({ contact: { phones: [{ number: "555" }] } });
    expect(getPath(values, "contact.phones.0.number")).toBe("555");
    expect(getPath(values, "contact.email.domain")).toBeUndefined();
  });
});

describe("a schema's issues as field errors", () => {
  it("keeps the first message per path, joined with dots", () => {
    const issues = place.safeParse({ name: "", lat: 95, mallId: null, tags: ["", "ok", ""] }).error!.issues;
    expect(errorsFromIssues(issues)).toEqual({
      name: { type: "too_small", message: "Enter a name." },
      lat: { type: "too_big", message: "Latitude is between -90 and 90." },
      "tags.0": { type: "too_small", message: "A tag has a name." },
      "tags.2": { type: "too_small", message: "A tag has a name." },
    });
  });

  it("words a refused union with its closest member, whose issues count too", () => {
    const reach = z.object({ reach: z.union([z.string(), z.number()]) });
    expect(errorsFromIssues(reach.safeParse({ reach: true }).error!.issues)).toEqual({
      reach: { type: "invalid_type", message: "Invalid input: expected string, received boolean" },
    });
    const union = {
      code: "invalid_union",
      path: ["contact"],
      message: "Invalid input",
      errors: [
        [
          { code: "invalid_type", path: ["phone"], message: "Enter a phone number." },
          { code: "invalid_type", path: ["ext"], message: "Enter an extension." },
        ],
        [{ code: "invalid_format", path: ["email"], message: "Enter an email." }],
      ],
    };
    expect(errorsFromIssues([union])).toEqual({
      contact: { type: "invalid_format", message: "Enter an email." },
      "contact.phone": { type: "invalid_type", message: "Enter a phone number." },
      "contact.ext": { type: "invalid_type", message: "Enter an extension." },
      "contact.email": { type: "invalid_format", message: "Enter an email." },
    });
  });
});

describe("the form", () => {
  it("sends the schema's parsed values, read from the boxes through setValueAs", async () => {
    const { form } = setup();
    const name = box(" Rosa's ");
    const lat = box("41.4");
    form.register("name").ref(name);
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    // A value the form holds fills its box; a box's own default fills the form.
    expect(name.value).toBe("");
    form.register("name").onChange(change(name, " Rosa's "));
    const onValid = vi.fn();
    const event = submitEvent();
    await form.handleSubmit(onValid)(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onValid).toHaveBeenCalledWith({ name: "Rosa's", lat: 41.4, mallId: null, tags: [] });
    expect(form.formState.errors).toEqual({});
  });

  it("refuses at the fields and focuses the first refused box on the page", async () => {
    const { form, update } = setup();
    const lat = box("", 2);
    const name = box("", 1);
    // Registered out of page order: focus still goes to the first on the page.
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    form.register("name").ref(name);
    const onValid = vi.fn();
    await form.handleSubmit(onValid)(submitEvent());
    expect(onValid).not.toHaveBeenCalled();
    expect(form.formState.errors.name?.message).toBe("Enter a name.");
    expect(form.formState.errors.lat?.message).toBe("Enter the latitude as a number.");
    expect(name.focus).toHaveBeenCalled();
    expect(lat.focus).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalled();
  });

  it("checks a field again at each change once submitted, leaving the other fields' messages", async () => {
    const { form } = setup();
    const lat = box("95");
    const name = box("");
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    form.register("name").ref(name);
    const { onChange } = form.register("lat", { setValueAs: textAsNumber });
    await form.handleSubmit(vi.fn())(submitEvent());
    expect(form.formState.errors.lat?.message).toBe("Latitude is between -90 and 90.");
    onChange(change(lat, "41"));
    await vi.waitFor(() => expect(form.formState.errors.lat).toBeUndefined());
    expect(form.formState.errors.name?.message).toBe("Enter a name.");
  });

  it("does not check while typing before the first submit", async () => {
    const { form, update } = setup();
    const lat = box("");
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    form.register("lat", { setValueAs: textAsNumber }).onChange(change(lat, "95"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(form.formState.errors).toEqual({});
    expect(update).not.toHaveBeenCalled();
    expect(form.getValues("lat")).toBe(95);
  });

  it("re-renders for a watched field's change, and calls the box's own onChange", () => {
    const { form, update } = setup({ name: "", mallId: "m1", tags: [] });
    const mall = box("");
    const onChange = vi.fn();
    form.register("mallId", { setValueAs: blankAsNull, onChange }).ref(mall);
    expect(mall.value).toBe("m1");
    expect(form.watch(["mallId", "name"])).toEqual(["m1", ""]);
    form.register("mallId", { setValueAs: blankAsNull, onChange }).onChange(change(mall, ""));
    expect(form.watch("mallId")).toBeNull();
    expect(onChange).toHaveBeenCalled();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it("sets values from code into their boxes", () => {
    const { form, update } = setup();
    const lat = box("");
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    form.setValue("lat", 41.25);
    expect(lat.value).toBe("41.25");
    expect(form.getValues("lat")).toBe(41.25);
    form.setValue("mallId", null);
    expect(form.getValues("mallId")).toBeNull();
    expect(update).toHaveBeenCalledTimes(2);
  });

  it("gives a controlled field its value, message and a setter that re-checks once submitted", async () => {
    const { form } = setup({ name: "Rosa", lat: 1, mallId: null, tags: [""] });
    await form.handleSubmit(vi.fn())(submitEvent());
    expect(form.control("tags").error).toBeUndefined();
    expect(form.formState.errors["tags.0"]?.message).toBe("A tag has a name.");
    form.control("tags").onChange(["north"]);
    expect(form.control("tags").value).toEqual(["north"]);
    await vi.waitFor(() => expect(form.formState.errors).toEqual({}));
  });

  it("puts the server's messages on the form's own fields only", () => {
    const { form } = setup();
    const error = { data: { fieldErrors: { name: ["Taken."], code: ["Not yours."] } } };
    setServerErrors(form.setError, error, ["name", "lat"]);
    expect(form.formState.errors).toEqual({ name: { type: "server", message: "Taken." } });
  });

  it("resets to the defaults or to new ones, clearing messages; a box left out keeps its text", async () => {
    const { form } = setup({ name: "", mallId: null, tags: [] });
    const name = box("");
    const lat = box("");
    form.register("name").ref(name);
    form.register("lat", { setValueAs: textAsNumber }).ref(lat);
    form.register("name").onChange(change(name, "Rosa"));
    form.register("lat", { setValueAs: textAsNumber }).onChange(change(lat, "41"));
    await form.handleSubmit(vi.fn())(submitEvent());
    form.setError("name", { type: "server", message: "Taken." });
    form.reset({ name: "", mallId: "m2", tags: [] });
    expect(form.formState.errors).toEqual({});
    expect(name.value).toBe("");
    expect(form.getValues("lat")).toBe(41);
    expect(form.getValues("mallId")).toBe("m2");
    // Not submitted any more: a change is not checked.
    form.register("name").onChange(change(name, ""));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(form.formState.errors).toEqual({});
  });

  it("resets one field to its default and drops its message", () => {
    const { form } = setup({ name: "Default", mallId: null, tags: [] });
    const name = box("");
    form.register("name").ref(name);
    form.register("name").onChange(change(name, "Typed"));
    form.setError("name", { type: "server", message: "Taken." });
    form.setError("lat", { type: "server", message: "Far." });
    form.resetField("name");
    expect(name.value).toBe("Default");
    expect(form.formState.errors).toEqual({ lat: { type: "server", message: "Far." } });
  });
});
