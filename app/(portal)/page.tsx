import type { Metadata } from "next";
import { currentUser } from "./_components/current-user";
import { AdminHome } from "./_components/home/admin-home";
import { RegionHome } from "./_components/home/region-home";
import { StoreHome } from "./_components/home/store-home";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store }] = await Promise.all([currentUser(), searchParams]);
  if (!me) return null;
  switch (me.role) {
    case "store_staff":
    case "store_owner":
      return <StoreHome stores={me.stores} selectedCode={store} />;
    case "regional_manager":
      return <RegionHome />;
    case "admin":
      return <AdminHome />;
  }
}
