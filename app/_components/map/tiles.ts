import "server-only";
import { env } from "@/server/env";
import type { MapTiles } from "./geometry";

/** The configured map tiles, read on the server and handed to the map as props. */
export function mapTiles(): MapTiles {
  return { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION };
}
