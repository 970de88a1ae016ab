export { geodesicMeters, isWithinRadius, METERS_PER_MILE, milesToMeters, pointAt } from "@/server/domain/geo/distance";
