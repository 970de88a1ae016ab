import { ClientMessages } from "@/app/_components/client-messages";

/** The sign-in and password forms' texts. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["signIn"]}>{children}</ClientMessages>;
}
