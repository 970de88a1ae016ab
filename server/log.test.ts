import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestIdFor, withRequestId } from "./log";

function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger(stream, "info") };
}

describe("logger", () => {
  it("writes JSON lines with the request id, and never a password, cookie or key", () => {
    const { lines, log } = capturedLogger();
    withRequestId("req-12345678", () =>
      log.warn(
        {
          password: "hunter2hunter2",
          input: { newPassword: "s3cret-pass", currentPassword: "old-s3cret" },
          headers: { cookie: "authjs=abc", authorization: "Bearer key-123" },
        },
        "sign-in",
      ),
    );
    const text = lines.join("");
    expect(JSON.parse(text)).toMatchObject({ level: "warn", requestId: "req-12345678", msg: "sign-in" });
    expect(text).not.toMatch(/hunter2|s3cret|authjs=abc|key-123/);
  });

  it("keeps an error's cause", () => {
    const { lines, log } = capturedLogger();
    log.error({ err: new Error("query failed", { cause: new Error("connection refused") }) }, "request failed");
    expect(lines.join("")).toMatch(/connection refused/);
  });

  it("drops a failed query's parameters from error messages", () => {
    const { lines, log } = capturedLogger();
    const failed = new Error("Failed query: select 1 where key_hash = $1\nparams: 388bf0ed-secret-hash", {
      cause: new Error("connect ECONNREFUSED"),
    });
    log.error({ err: failed }, "request failed");
    const text = lines.join("");
    expect(text).toMatch(/Failed query: select 1/);
    expect(text).toMatch(/ECONNREFUSED/);
    expect(text).not.toMatch(/secret-hash/);
  });

  it("keeps a sane incoming request id and replaces anything else", () => {
    expect(requestIdFor("abc-12345678")).toBe("abc-12345678");
    for (const bad of [undefined, "", "short", "has space in it", "x".repeat(101), "line\nbreak12345"]) {
      expect(requestIdFor(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
