import { describe, expect, it } from "vitest";
import { AppError, inLanguage, notFound, toAppError, wordedError } from "./errors";

describe("worded errors", () => {
  it("say what is not found in the same English as ever, and in Spanish for a Spanish reader", () => {
    for (const what of ["Parcel", "Arrival", "Drop-off", "Store", "Closure day", "API key", "Page"] as const) {
      const error = notFound(what);
      expect(error).toMatchObject({ code: "NOT_FOUND", message: `${what} not found.` });
      expect(inLanguage(error, "en-US")).toBe(error);
      expect(inLanguage(error, "es").message).toMatch(/^No se encontró .+\.$/);
    }
    expect(inLanguage(notFound("Closure day"), "es").message).toBe("No se encontró el día de cierre.");
  });

  it("keep their code, reason and field in another language, with their values filled in", () => {
    const error = wordedError(
      "FORBIDDEN",
      { key: "server.storeInactive", values: { store: "Prairie Goods" } },
      { reason: "store_inactive", field: "code" },
    );
    expect(error.message).toBe(
      "Prairie Goods is inactive: nothing can be recorded for it until your regional manager reactivates it.",
    );
    expect(inLanguage(error, "es")).toMatchObject({
      code: "FORBIDDEN",
      reason: "store_inactive",
      field: "code",
      message:
        "Prairie Goods está inactiva: no se puede registrar nada hasta que tu gerente regional la vuelva a activar.",
    });
  });

  it("word an outage and an unexpected failure, keeping the cause for the logs", () => {
    const down = toAppError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    expect(down.message).toBe("The database is unreachable right now. Please try again shortly.");
    expect(inLanguage(down, "es").message).toBe(
      "No se puede conectar con la base de datos en este momento. Inténtalo de nuevo en un rato.",
    );
    const bug = new TypeError("x is undefined");
    expect(inLanguage(toAppError(bug), "es")).toMatchObject({
      code: "INTERNAL",
      message: "Algo salió mal de nuestro lado. Inténtalo de nuevo.",
      cause: bug,
    });
  });

  it("leave a message worded without a text as it is", () => {
    const error = new AppError("CONFLICT", "Ya está entregado.");
    expect(inLanguage(error, "es")).toBe(error);
  });
});
