import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Performance" };

export default function Page() {
  return (
    <SectionPlaceholder title="Performance" description="Partner scorecards, trends and alerts over any period." />
  );
}
