import { ClientMessages } from "@/app/_components/client-messages";

/** The store's people. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["staff"]}>{children}</ClientMessages>;
}
