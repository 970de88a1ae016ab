import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { currentUser } from "./_components/current-user";
import { AdminHome } from "./_components/home/admin-home";
import { RegionHome } from "./_components/home/region-home";
import { StoreHome } from "./_components/home/store-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("home") };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store }] = await Promise.all([currentUser(), searchParams]);
  if (!me) return null;
  switch (me.role) {
    case "store_staff":
    case "store_owner":
      return (
        <ClientMessages namespaces={["today"]}>
          <StoreHome stores={me.stores} selectedCode={store} />
        </ClientMessages>
      );
    case "regional_manager":
      return <RegionHome />;
    case "admin":
      return <AdminHome />;
  }
}
