/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WASM and must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
