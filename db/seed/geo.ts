export { geodesicMeters, isWithinRadius, METERS_PER_MILE, milesToMeters, pointAt } from "@/lib/distance";
