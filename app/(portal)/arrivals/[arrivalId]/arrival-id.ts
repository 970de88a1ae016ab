import { notFound } from "next/navigation";
import { isUuid } from "@/server/ids";

/** The route's arrival id; anything that is not one is simply not found. */
export async function arrivalIdFrom(params: Promise<{ arrivalId: string }>): Promise<string> {
  const { arrivalId } = await params;
  if (!isUuid(arrivalId)) notFound();
  return arrivalId;
}
