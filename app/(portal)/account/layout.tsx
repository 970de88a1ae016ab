import { ClientMessages } from "@/app/_components/client-messages";

/** The language choice and the password form. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["account", "signIn"]}>{children}</ClientMessages>;
}
