import { signOutThisSession } from "@/server/auth/sign-out";

/**
 * Sign-out as a plain form POST: it works the same before the page's scripts have loaded,
 * and the browser follows a real redirect to /login.
 */
export async function POST() {
  await signOutThisSession();
  return new Response(null, { status: 303, headers: { location: "/login" } });
}
