import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";

/** Health answers within this, whatever the database does. */
export const healthTimeoutMs = 2_000;

/** Resolves when the database answers a trivial query in time; rejects otherwise. */
export async function checkDatabase(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error("database health check timed out"), { code: "ETIMEDOUT" })),
      healthTimeoutMs,
    );
  });
  try {
    const { db } = await getDatabase();
    await Promise.race([db.execute(sql`select 1`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
