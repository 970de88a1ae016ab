import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { readJsonBody } from "./http";

describe("reading a Carrier API body", () => {
  it("answers a body cut off mid-way (a dropped connection) as the client's failure, not the server's", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"partnerCode":'));
        controller.error(new Error("aborted"));
      },
    });
    const request = new Request("http://portal.test/api/v1/parcels/X1", {
      method: "PUT",
      body,
      duplex: "half",
    } as RequestInit);
    const failure = await readJsonBody(request, z.object({}), 1024).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).httpStatus).toBe(400);
    expect((failure as AppError).reason).toBe("unreadable_body");
  });
});
