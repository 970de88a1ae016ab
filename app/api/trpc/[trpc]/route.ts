import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "@/server/auth";
import { createTRPCContext } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";

async function handler(req: Request) {
  const session = await auth();
  const sessionUser = session?.user?.id ? { id: session.user.id, role: session.user.role } : null;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers, sessionUser }),
  });
}

export { handler as GET, handler as POST };
