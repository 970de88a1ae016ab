import { describe, expect, it } from "vitest";
import { addressList, clientAddress, parseCidr, peerAddressHeader } from "./addresses";

const proxies = addressList(["10.0.0.0/8", "::1"]);
const request = (peer: string, forwardedFor?: string) =>
  new Headers({ [peerAddressHeader]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("is the connection's address when it is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"), proxies)).toBe("203.0.113.7");
    expect(clientAddress(request("::ffff:203.0.113.7"), proxies)).toBe("203.0.113.7");
  });

  it("believes a trusted proxy, reading from the right past other trusted proxies", () => {
    expect(clientAddress(request("10.1.2.3", "198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(request("10.1.2.3", "198.51.100.1, 10.9.9.9"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(request("::1", "198.51.100.1"), proxies)).toBe("198.51.100.1");
  });

  it("ignores what a client forged to the left of the address the proxy saw", () => {
    expect(clientAddress(request("10.1.2.3", "1.1.1.1, 198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(request("10.1.2.3", "junk, 198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(request("10.1.2.3", "198.51.100.1, junk"), proxies)).toBe("10.1.2.3");
  });

  it("is unknown without the connection's address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }), proxies)).toBeNull();
  });
});

describe("parseCidr", () => {
  it("accepts addresses and ranges and refuses the rest", () => {
    expect(parseCidr("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
    expect(parseCidr("fd00::/8")).toMatchObject({ prefix: 8, family: "ipv6" });
    for (const bad of ["10.0.0.0/33", "10.0.0/8", "example.com", "1.2.3.4/8/1", "::1/129", "1.2.3.4/"]) {
      expect(parseCidr(bad)).toBeNull();
    }
  });
});
