import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { createPersonInput } from "@/server/domain/people/schemas";
import { lazyZodResolver } from "./lazy-resolver";

const options = { fields: {}, shouldUseNativeValidation: false };
const junk = { email: "not an email", name: "", role: "admin", regionIds: [] };
const person = { email: "rosa@example.com", name: " Rosa Alvarez ", role: "admin", regionIds: [] };

async function run(resolver: Resolver<FieldValues>, values: FieldValues) {
  return resolver(values, undefined, options);
}

describe("a resolver whose schema loads on first use", () => {
  it("answers as zodResolver with the same schema: the same messages, the same parsed values", async () => {
    const lazy = lazyZodResolver(async () => createPersonInput) as unknown as Resolver<FieldValues>;
    const eager = zodResolver(createPersonInput) as unknown as Resolver<FieldValues>;
    for (const values of [junk, person]) expect(await run(lazy, values)).toEqual(await run(eager, values));
    expect((await run(lazy, junk)).errors.email?.message).toBeTruthy();
    expect((await run(lazy, person)).values).toMatchObject({ name: "Rosa Alvarez" });
  });

  it("loads the schema once, whether preloaded or first used", async () => {
    const load = vi.fn(async () => createPersonInput);
    const lazy = lazyZodResolver(load);
    lazy.preload();
    lazy.preload();
    await run(lazy as unknown as Resolver<FieldValues>, junk);
    await run(lazy as unknown as Resolver<FieldValues>, person);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("leaves the check to the procedure when the code cannot be fetched, and fetches again next time", async () => {
    const load = vi
      .fn<() => Promise<typeof createPersonInput>>()
      .mockRejectedValueOnce(new Error("Failed to load chunk"))
      .mockResolvedValue(createPersonInput);
    const lazy = lazyZodResolver(load) as unknown as Resolver<FieldValues>;
    expect(await run(lazy, junk)).toEqual({ values: junk, errors: {} });
    expect((await run(lazy, junk)).errors.email?.message).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
