import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { checkWebhookUrl, safeLookup } from "./target";

/**
 * POSTs a body to a webhook endpoint and answers its HTTP status. The address is checked as
 * written and, for a name, after resolving it, on the connection actually made; redirects are
 * not followed (a 3xx is a failed attempt), so nothing leads the request inside our network.
 */
export async function postWebhook(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}): Promise<number> {
  const url = new URL(checkWebhookUrl(input.url, { allowPrivate: input.allowPrivate }));
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        headers: { ...input.headers, "content-length": String(Buffer.byteLength(input.body)) },
        lookup: safeLookup({ allowPrivate: input.allowPrivate }),
        timeout: input.timeoutMs,
        signal: AbortSignal.timeout(input.timeoutMs),
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`No answer within ${input.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(input.body);
  });
}
