import { describe, expect, it, vi } from "vitest";
import { createPersonInput } from "@/server/domain/people/schemas";
import { lazyZodResolver } from "./lazy-resolver";

const junk = { email: "not an email", name: "", role: "admin" as const, regionIds: [] };
const person = { email: "rosa@example.com", name: " Rosa Alvarez ", role: "admin" as const, regionIds: [] };

/** The schema's own first message per field path, as the server would word them. */
function schemaMessages(values: object) {
  const issues = createPersonInput.safeParse(values).error?.issues ?? [];
  return Object.fromEntries(issues.toReversed().map((issue) => [issue.path.join("."), issue.message]));
}

describe("a resolver whose schema loads on first use", () => {
  it("answers with the schema's own messages and parsed values", async () => {
    const lazy = lazyZodResolver(async () => createPersonInput);
    const refused = await lazy(junk);
    expect(refused.values).toBeUndefined();
    expect(Object.fromEntries(Object.entries(refused.errors ?? {}).map(([path, e]) => [path, e?.message]))).toEqual(
      schemaMessages(junk),
    );
    expect(refused.errors?.email?.message).toBeTruthy();
    expect(await lazy(person)).toEqual({ values: createPersonInput.parse(person) });
    expect((await lazy(person)).values).toMatchObject({ name: "Rosa Alvarez" });
  });

  it("loads the schema once, whether preloaded or first used", async () => {
    const load = vi.fn(async () => createPersonInput);
    const lazy = lazyZodResolver(load);
    lazy.preload();
    lazy.preload();
    await lazy(junk);
    await lazy(person);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("leaves the check to the procedure when the code cannot be fetched, and fetches again next time", async () => {
    const load = vi
      .fn<() => Promise<typeof createPersonInput>>()
      .mockRejectedValueOnce(new Error("Failed to load chunk"))
      .mockResolvedValue(createPersonInput);
    const lazy = lazyZodResolver(load);
    expect(await lazy(junk)).toEqual({ values: junk });
    expect((await lazy(junk)).errors?.email?.message).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
