import { json } from "@/server/api/http";
import { openApiDocument } from "@/server/api/openapi";

export function GET() {
  return json(200, openApiDocument(), { "cache-control": "public, max-age=300" });
}
