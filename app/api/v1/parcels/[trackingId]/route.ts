import { getParcelRoute, putParcelRoute } from "@/server/api/routes/parcel";

export const GET = getParcelRoute;
export const PUT = putParcelRoute;
