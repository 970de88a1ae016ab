import { json } from "@/server/api/http";

/** An endpoint that does not exist answers in the API's error envelope, not with a page. */
function missing(): Response {
  return json(404, { error: { code: "not_found", message: "There is no such endpoint." } });
}

export { missing as DELETE, missing as GET, missing as PATCH, missing as POST, missing as PUT };
