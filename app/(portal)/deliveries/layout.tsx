import { ClientMessages } from "@/app/_components/client-messages";
import { ProofLimitProvider } from "@/app/_components/proof-limit";
import { env } from "@/server/env";

/** The delivery steps, the morning drop's manifest and its scanner; the proof photo limit for the phone. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["deliveries", "parcels", "scan"]}>
      <ProofLimitProvider maxBytes={env.PROOF_MAX_BYTES}>{children}</ProofLimitProvider>
    </ClientMessages>
  );
}
