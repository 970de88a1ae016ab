import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Store" };

export default function Page() {
  return <SectionPlaceholder title="Store" description="Your staff accounts, closure days and opening hours." />;
}
