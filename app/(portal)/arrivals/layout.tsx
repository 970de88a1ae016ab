import { ClientMessages } from "@/app/_components/client-messages";

/** The arrivals board, the handoff and its scanner. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["arrivals", "handoff", "parcels", "scan"]}>{children}</ClientMessages>;
}
