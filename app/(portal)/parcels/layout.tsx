import { ClientMessages } from "@/app/_components/client-messages";

/** The parcel queue, the lookup and the scanner. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["parcels", "scan"]}>{children}</ClientMessages>;
}
