import { sessionUserFromCookies } from "@/server/auth/session-cookie";
import { handleTRPCRequest } from "@/server/trpc/http";
import { createTRPCContext } from "@/server/trpc/init";

async function handler(req: Request) {
  const sessionUser = await sessionUserFromCookies(req.headers.get("cookie"));
  return handleTRPCRequest(req, () => createTRPCContext({ headers: req.headers, sessionUser }));
}

export { handler as GET, handler as POST };
