import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Arrivals" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Arrivals"
      description="Driver arrivals for your store, with windows, drivers, ETAs and what is ready for each."
    />
  );
}
