import { PillNav } from "@/app/_components/ui/pill-nav";

const sections = [
  { href: "/admin/carriers", label: "Carriers" },
  { href: "/admin/regions", label: "Regions" },
  { href: "/admin/malls", label: "Malls" },
  { href: "/admin/people", label: "People" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/audit", label: "Audit" },
] as const;

export type AdminSection = (typeof sections)[number]["href"];

/** The admin sections, drawn by each section's page on the server (no script for a row of links). */
export function AdminNav({ current }: { current: AdminSection }) {
  return <PillNav label="Admin" items={sections.map((s) => ({ ...s, current: s.href === current }))} />;
}
