import { notFound } from "next/navigation";
import { currentUser } from "../_components/current-user";

/** The network's operations area: administrators only (everyone else finds nothing here). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const me = await currentUser();
  if (me?.role !== "admin") notFound();
  return children;
}
