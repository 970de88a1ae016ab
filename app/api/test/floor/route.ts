import { errorResponse, json } from "@/server/api/http";
import { sessionUserFromCookies } from "@/server/auth/session-cookie";
import { env } from "@/server/env";
import { AppError, notFound } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * The bench's floor: the same server and session cookie as every portal request, and nothing
 * else (no database, no tRPC). Exists only on test servers; elsewhere a 404 like any unknown path.
 */
export async function GET(request: Request) {
  try {
    if (env.APP_ENV !== "test") throw notFound("Page");
    const user = await sessionUserFromCookies(request.headers.get("cookie"));
    if (!user) throw new AppError("UNAUTHORIZED", "Please sign in.");
    return json(200, { userId: user.id, role: user.role });
  } catch (error) {
    return errorResponse(error);
  }
}
