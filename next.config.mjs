/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite ships its own WASM, the others native or dynamic code.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "graphile-worker", "pg", "sharp"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
