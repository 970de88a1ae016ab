import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/page-header";
import { auditEntities } from "@/lib/enums";
import { AdminNav } from "../_components/admin-nav";
import { AuditLog } from "./_components/audit-log";

export const metadata: Metadata = { title: "Audit" };

export default function AuditPage() {
  return (
    <>
      <AdminNav current="/admin/audit" />
      <PageHeader
        title="Audit"
        subtitle="Every change to carriers, keys, regions, malls, partners, people and webhooks."
      />
      <AuditLog entities={auditEntities} />
    </>
  );
}
