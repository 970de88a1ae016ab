import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { errorResponse, json } from "@/server/api/http";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db } = await getDatabase();
    await db.execute(sql`select 1`);
    return json(200, { status: "ok" });
  } catch (error) {
    return errorResponse(
      new AppError("UNAVAILABLE", "The database is unreachable.", { reason: "unavailable", cause: error }),
    );
  }
}
