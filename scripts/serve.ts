/**
 * The production server (started by `npm start`): Next.js behind a small Node HTTP server that
 * listens on HOSTNAME, gives every request an id (`x-request-id`, kept from the client when
 * sane), records the connection's address where no client can forge it, logs each answer, and
 * stops gracefully on SIGTERM: no new requests, those in flight finish, then the background
 * jobs stop and the database pool closes.
 */
import { createServer } from "node:http";
import type { NextConfig } from "next";
import next from "next";
import { env } from "@/server/env";
import { strictTransportSecurity } from "@/server/http/security-headers";
import { accessLogger, logger, requestIdFor, withRequestId } from "@/server/log";
import { peerAddressHeader } from "@/server/net/addresses";
import { runShutdownHooks } from "@/server/shutdown";

/** Longest wait for requests in flight (live screens keep theirs open) before closing them. */
const drainMs = 10_000;

const app = next({ dev: false, hostname: env.HOSTNAME ?? "localhost", port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
let stopping = false;
/** Answers still being made, whether or not their client is still there. */
const answering = new Set<Promise<unknown>>();

/**
 * tRPC queries and mutations (server/trpc/node.ts) and the Carrier API's parcel GET and PUT
 * (server/api/node.ts) answered here rather than through Next, with the headers next.config.mjs
 * gives every API answer. Should they not load here, Next answers them as before.
 */
const direct = await loadDirectTRPC().catch((error: unknown) => {
  logger.warn({ err: error }, "the API is served through Next: the direct handlers did not load");
  return null;
});

async function loadDirectTRPC() {
  const configFile = "../next.config.mjs";
  const [{ answersDirectly, answerTRPC }, { carrierAnswersDirectly, answerCarrier }, config] = await Promise.all([
    import("@/server/trpc/node"),
    import("@/server/api/node"),
    import(configFile).then((m: { default: NextConfig }) => m.default),
  ]);
  const rules = (await config.headers?.()) ?? [];
  const fixedHeaders = rules
    .filter((rule) => rule.source === "/:path*" || rule.source === "/api/:path*")
    .flatMap((rule) => rule.headers);
  return {
    /** The direct answer for this request, or null for Next. */
    answerFor(method: string | undefined, path: string) {
      if (answersDirectly(method, path)) return answerTRPC;
      if (carrierAnswersDirectly(method, path)) return answerCarrier;
      return null;
    },
    fixedHeaders,
  };
}

const server = createServer((req, res) => {
  const requestId = requestIdFor(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  req.headers[peerAddressHeader] = req.socket.remoteAddress ?? "";
  res.setHeader("x-request-id", requestId);
  if (env.APP_ENV === "production") res.setHeader("strict-transport-security", strictTransportSecurity);
  if (stopping) {
    res.writeHead(503, { connection: "close", "retry-after": "5", "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "unavailable", message: "The server is restarting. Please retry." } }));
    return;
  }
  const started = performance.now();
  const path = (req.url ?? "").split("?")[0];
  if (!hasValidEncoding(path ?? "")) {
    // Next's router throws on a path it cannot decode: answer plainly instead of a 500.
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "invalid_path", message: "The address is not correctly encoded." } }));
    return;
  }
  res.on("finish", () => {
    const fields = { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) };
    withRequestId(requestId, () => {
      if (path?.startsWith("/_next/static/")) accessLogger.debug(fields, "request");
      else accessLogger.info(fields, "request");
    });
  });
  withRequestId(requestId, () => {
    const answerDirectly = direct?.answerFor(req.method, path ?? "");
    const answer = (answerDirectly && direct ? answerDirectly(req, res, direct.fixedHeaders) : handle(req, res)).catch(
      (error: unknown) => {
        logger.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
    answering.add(answer);
    void answer.finally(() => answering.delete(answer));
  });
});

// Idle keep-alive connections stay open longer than a load balancer's usual 60 s idle timeout (and
// a browser's pauses between requests): at Node's default 5 s, a client sending on a connection
// the server is just closing gets a reset, and a balancer a 502.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(env.PORT, env.HOSTNAME, () => {
  logger.info({ port: env.PORT, hostname: env.HOSTNAME ?? "every interface" }, "listening");
});

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: finishing requests in flight");
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), drainMs);
  force.unref();
  await closed;
  // A client that left does not stop its page's render: the database stays open until it ends.
  const deadline = new Promise((resolve) => setTimeout(resolve, drainMs).unref());
  await Promise.race([Promise.allSettled(answering), deadline]);
  await runShutdownHooks((name, error) => logger.error({ err: error, hook: name }, "stopping failed"));
  logger.info("stopped");
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));

function hasValidEncoding(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
