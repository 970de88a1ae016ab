import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Deliveries" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Deliveries"
      description="Today's deliveries in route order, with proof of delivery and failed attempts."
    />
  );
}
