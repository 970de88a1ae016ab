import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./send";
import { checkWebhookUrl, classifyAddress, safeLookup } from "./target";

const refusedEverywhere = [
  "https://169.254.169.254/latest/meta-data/",
  "https://[fd00:ec2::254]/",
  "https://[::ffff:169.254.169.254]/",
  "https://[::ffff:a9fe:a9fe]/",
  "https://[fe80::1]/",
  "https://[ff02::1]/",
  "https://224.0.0.1/",
  "https://0.0.0.0/",
  "https://[::]/",
  "https://100.100.100.200/",
  "https://[64:ff9b::a9fe:a9fe]/",
  "https://[2002:7f00:1::]/",
];
const refusedUnlessAllowed = [
  "https://10.0.0.1/",
  "https://172.16.3.4/",
  "https://192.168.1.1/",
  "http://127.0.0.1:5432/",
  "https://2130706433/",
  "https://0x7f.1/",
  "https://017700000001/",
  "https://[::1]/",
  "https://[::ffff:127.0.0.1]/",
  "https://[::ffff:7f00:1]/",
  "https://[fc00::1]/",
  "https://localhost/",
  "https://LOCALHOST./",
  "https://db.localhost/",
];

describe("webhook endpoints", () => {
  it("refuse link-local, metadata, multicast and unspecified targets, whatever the setting", () => {
    for (const url of refusedEverywhere) {
      for (const allowPrivate of [false, true]) {
        expect(() => checkWebhookUrl(url, { allowPrivate }), url).toThrow(/public internet/);
      }
    }
  });

  it("refuse loopback and private targets in any spelling unless the setting allows them", () => {
    for (const url of refusedUnlessAllowed) {
      expect(() => checkWebhookUrl(url, { allowPrivate: false }), url).toThrow(/public internet/);
      expect(() => checkWebhookUrl(url, { allowPrivate: true }), url).not.toThrow();
    }
  });

  it("take public https addresses, and plain http only to an allowed local receiver", () => {
    expect(checkWebhookUrl("https://carrier.example/hooks", { allowPrivate: false })).toBe(
      "https://carrier.example/hooks",
    );
    expect(classifyAddress("8.8.8.8")).toBe("public");
    expect(classifyAddress("2606:4700::1111")).toBe("public");
    expect(() => checkWebhookUrl("http://carrier.example/hooks", { allowPrivate: true })).toThrow(/https/);
    expect(() => checkWebhookUrl("ftp://carrier.example/", { allowPrivate: true })).toThrow(/https/);
  });
});

describe("sending a webhook", () => {
  let server: Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (url: string, allowPrivate: boolean) =>
    postWebhook({ url, headers: {}, body: "{}", timeoutMs: 5000, allowPrivate });

  it("checks the resolved address of a name, and connects to the address it checked", async () => {
    const resolved = await new Promise<unknown>((resolve) =>
      safeLookup({ allowPrivate: false })("localhost", {}, (error, address) => resolve(error ?? address)),
    );
    expect(resolved).toMatchObject({ code: "EWEBHOOKTARGET" });
    await expect(send(`http://127.0.0.1:${port}/`, false)).rejects.toThrow(/public internet/);
    expect(hits).toBe(0);
    expect(await send(`http://127.0.0.1:${port}/`, true)).toBe(200);
    expect(hits).toBe(1);
  });
});
