import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

/** A package's file as a path from the project, the way Turbopack's aliases take one. */
const projectPath = (specifier) =>
  `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve(specifier)).replaceAll("\\", "/")}`;

// Kept in one place with the pages' policy (server/http/security-headers.ts); plain values here
// because this file is read before the app's TypeScript is compiled.
const commonSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite ships its own WASM, the others native or dynamic code.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "graphile-worker", "pg", "pino", "sharp"],
  poweredByHeader: false,
  typedRoutes: false,
  turbopack: {
    resolveAlias: {
      // The browser formats texts the server compiled (lib/i18n/compiled-messages.ts) and never
      // loads a message parser; the server compiles its own texts as it first formats them.
      "use-intl/format-message": {
        browser: projectPath("use-intl/format-message/format-only"),
        default: "./lib/i18n/format-message.ts",
      },
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: commonSecurityHeaders },
      // Pages get theirs, with a nonce, from the proxy.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

// The person's language per request, without a locale in the URL (app/_i18n/request.ts).
export default createNextIntlPlugin("./app/_i18n/request.ts")(nextConfig);
