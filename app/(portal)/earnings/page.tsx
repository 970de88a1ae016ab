import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Earnings" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Earnings"
      description="Delivered parcels and your pay per day, with monthly statements."
    />
  );
}
