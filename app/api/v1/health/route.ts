import { errorResponse, json } from "@/server/api/http";
import { checkDatabase } from "@/server/domain/system/health";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await checkDatabase();
    return json(200, { status: "ok" });
  } catch (error) {
    return errorResponse(
      new AppError("UNAVAILABLE", "The database is unreachable.", { reason: "unavailable", cause: error }),
    );
  }
}
