import { ClientMessages } from "@/app/_components/client-messages";

/** The delivery steps, the morning drop's manifest and its scanner. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["deliveries", "parcels", "scan"]}>{children}</ClientMessages>;
}
