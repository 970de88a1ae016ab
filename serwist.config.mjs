// @ts-check
// The service worker is built by `serwist build` after `next build` (configurator mode, which
// works with Turbopack and precaches the prerendered pages).
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  globIgnores: ["public/sw.js.map"],
});
