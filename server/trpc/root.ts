import { accountRouter } from "@/server/routers/account";
import { adminRouter } from "@/server/routers/admin";
import { arrivalsRouter } from "@/server/routers/arrivals";
import { deliveriesRouter } from "@/server/routers/deliveries";
import { liveRouter } from "@/server/routers/live";
import { parcelsRouter } from "@/server/routers/parcels";
import { partnersRouter } from "@/server/routers/partners";
import { performanceRouter } from "@/server/routers/performance";
import { staffRouter } from "@/server/routers/staff";
import { usersRouter } from "@/server/routers/users";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  arrivals: arrivalsRouter,
  deliveries: deliveriesRouter,
  live: liveRouter,
  parcels: parcelsRouter,
  performance: performanceRouter,
  partners: partnersRouter,
  staff: staffRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (tests, server components). */
export const createCaller = createCallerFactory(appRouter);
