import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { serverCaller } from "@/server/trpc/server";

/** The signed-in person, or null when signed out or the account was deactivated. */
export const currentUser = cache(async () => {
  try {
    return await (await serverCaller()).users.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
});
