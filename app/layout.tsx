import type { Metadata, Viewport } from "next";
import { ClientMessages } from "./_components/client-messages";
import { requestLocale } from "./_components/request-locale";
import { RegisterServiceWorker } from "./_offline/register-service-worker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Handoff", template: "%s · Handoff" },
  description: "The portal for last-mile partner stores.",
  applicationName: "Handoff",
  appleWebApp: { capable: true, title: "Handoff", statusBarStyle: "default" },
  icons: { icon: "/icon.svg", apple: "/icon-192.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f7a5c",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The person's locale (decision 020); prerendered pages read no request and get the default.
  return (
    <html lang={await requestLocale()}>
      <body className="min-h-dvh">
        <ClientMessages>{children}</ClientMessages>
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
