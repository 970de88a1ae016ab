import type { Metadata } from "next";
import { SectionPlaceholder } from "../_components/section-placeholder";

export const metadata: Metadata = { title: "Admin" };

export default function Page() {
  return <SectionPlaceholder title="Admin" description="Regions, people, carriers, API keys and webhooks." />;
}
