import { ClientMessages } from "@/app/_components/client-messages";

/** The store's settings, with its coverage map's texts. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["deliveries", "store"]}>{children}</ClientMessages>;
}
