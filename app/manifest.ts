import type { MetadataRoute } from "next";

/** Installable on phones: store owners log deliveries from the home screen, often offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Handoff",
    short_name: "Handoff",
    description: "The portal for last-mile partner stores.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0f7a5c",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
