import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "@/test/hostile/input";
import { clientAddress, ProxySettingError, proxyTrustFrom } from "./client-ip";

const direct = proxyTrustFrom({});

/** Whatever a client may put in its own X-Forwarded-For header. */
const spoofedHeader = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 6 }).map((entries) => entries.join(",")),
  fc.string({ maxLength: 300 }),
  fc.constantFrom("unknown", "127.0.0.1", "10.0.0.1, 10.0.0.2", "::1", "[::1]:80", " , ,", "\u0000"),
);

describe("clientAddress", () => {
  it("takes the socket peer, which the server appends, when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.7", direct)).toBe("203.0.113.7");
    expect(clientAddress("1.2.3.4, 203.0.113.7", direct)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", direct)).toBe("203.0.113.7");
  });

  it("maps any header an untrusted client sends to that client's own address", () => {
    fc.assert(
      fc.property(spoofedHeader, (spoofed) => {
        expect(clientAddress(`${spoofed}, 203.0.113.7`, direct)).toBe("203.0.113.7");
      }),
      { numRuns: runs.many },
    );
  });

  it("walks back past a chain of trusted proxies to the client, whatever the client sent before it", () => {
    const trusted = proxyTrustFrom({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1 2001:db8::/32" });
    expect(clientAddress("198.51.100.4, 10.1.2.3", trusted)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4, 192.0.2.1, 10.1.2.3", trusted)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4, 2001:db8::9", trusted)).toBe("198.51.100.4");
    fc.assert(
      fc.property(spoofedHeader, (spoofed) => {
        expect(clientAddress(`${spoofed}, 198.51.100.4, 192.0.2.1, 10.1.2.3`, trusted)).toBe("198.51.100.4");
      }),
      { numRuns: runs.many },
    );
    // An address the proxies did not vouch for stops the walk, even if a trusted one stands left of it.
    expect(clientAddress("10.9.9.9, 198.51.100.4, 10.1.2.3", trusted)).toBe("198.51.100.4");
    // A request that reached the app without a proxy counts as its peer.
    expect(clientAddress("10.1.2.3", trusted)).toBe("10.1.2.3");
  });

  it("counts hops when the proxies have no fixed addresses", () => {
    const twoProxies = proxyTrustFrom({ TRUSTED_PROXY_HOPS: "2" });
    expect(clientAddress("6.6.6.6, 198.51.100.4, 172.16.0.1, 172.16.0.2", twoProxies)).toBe("198.51.100.4");
    fc.assert(
      fc.property(spoofedHeader, (spoofed) => {
        expect(clientAddress(`${spoofed}, 198.51.100.4, 172.16.0.1, 172.16.0.2`, twoProxies)).toBe("198.51.100.4");
      }),
      { numRuns: runs.many },
    );
  });

  it("keys an IPv6 client by its /64, which one subscriber usually holds whole", () => {
    expect(clientAddress("2001:db8:1:2:aaaa::1", direct)).toBe("2001:db8:1:2::/64");
    expect(clientAddress("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee", direct)).toBe("2001:db8:1:2::/64");
    expect(clientAddress("[2001:db8::5]:443", direct)).toBe("2001:db8:0:0::/64");
    expect(clientAddress("::1", direct)).toBe("0:0:0:0::/64");
  });

  it("answers with a bounded key for every header, however hostile", () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 2_000 })), (header) => {
        const key = clientAddress(header, direct);
        expect(key.length).toBeGreaterThan(0);
        expect(key.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: runs.many },
    );
    expect(clientAddress(null, direct)).toBe("unknown");
  });
});

describe("proxyTrustFrom", () => {
  it.each([
    [{ TRUSTED_PROXY_HOPS: "one" }],
    [{ TRUSTED_PROXY_HOPS: "-1" }],
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }],
    [{ TRUSTED_PROXIES: "proxy.internal" }],
    [{ TRUSTED_PROXIES: "10.0.0.0/8/8" }],
  ])("refuses a setting it cannot read: %j", (env) => {
    expect(() => proxyTrustFrom(env)).toThrow(ProxySettingError);
  });
});
