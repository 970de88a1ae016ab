"use client";

import { usePathname } from "next/navigation";
import { PillNav } from "@/app/_components/ui/pill-nav";

const sections = [
  { href: "/admin/carriers", label: "Carriers" },
  { href: "/admin/regions", label: "Regions" },
  { href: "/admin/malls", label: "Malls" },
  { href: "/admin/people", label: "People" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/audit", label: "Audit" },
];

export function AdminNav() {
  const pathname = usePathname();
  return <PillNav label="Admin" items={sections.map((s) => ({ ...s, current: pathname.startsWith(s.href) }))} />;
}
