import { notFound } from "next/navigation";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route's arrival id; anything that is not one is simply not found. */
export async function arrivalIdFrom(params: Promise<{ arrivalId: string }>): Promise<string> {
  const { arrivalId } = await params;
  if (!uuidPattern.test(arrivalId)) notFound();
  return arrivalId;
}
