import { describe, expect, it } from "vitest";
import { pickMessages } from "./client-messages";
import { messagesFor } from "./messages";

describe("pickMessages", () => {
  const english = messagesFor["en-US"];

  it("gives the shared texts and the named screens', nothing else", () => {
    const picked = pickMessages(english, ["deliveries"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "deliveries", "errors", "offline", "parcels", "validation"]);
    expect(picked.deliveries).toBe(english.deliveries);
    expect(picked.arrivals).toBeUndefined();
  });

  it("gives one group of a screen without the rest of it", () => {
    const picked = pickMessages(english, []);
    expect(picked.parcels).toEqual({ statusLabel: english.parcels.statusLabel });
  });

  it("lets a whole screen win over a group inside it, in either order", () => {
    expect(pickMessages(english, ["parcels"]).parcels).toBe(english.parcels);
    expect(pickMessages(english, ["parcels.discrepancy", "parcels"]).parcels).toBe(english.parcels);
  });

  it("picks in the person's language", () => {
    expect(pickMessages(messagesFor.es, ["signIn"]).signIn).toBe(messagesFor.es.signIn);
  });

  it("leaves most of the texts out of a page with no screen texts of its own", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(pickMessages(english, []))).toBeLessThan(size(english) / 3);
  });
});
