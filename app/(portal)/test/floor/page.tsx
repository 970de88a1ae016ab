import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/ui/page-header";
import { env } from "@/server/env";

export const metadata = { title: "Floor" };

/**
 * The bench's floor for pages: the portal's shell for the signed-in person (session, navigation,
 * providers) around a heading, and no data of its own. Exists only on test servers.
 */
export default function FloorPage() {
  if (env.APP_ENV !== "test") notFound();
  return <PageHeader title="Floor" subtitle="The portal's shell and nothing else." />;
}
