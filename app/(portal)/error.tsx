"use client";

import { Button } from "@/app/_components/ui/button";

export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = /unreachable|unavailable/i.test(error.message);
  return (
    <div role="alert" className="rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-rose-200">
      <h1 className="text-lg font-semibold text-slate-900">
        {unavailable ? "The portal can't reach its database right now" : "Something went wrong"}
      </h1>
      <p className="mt-1 text-sm text-slate-600">Nothing you entered was lost. Please try again in a moment.</p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
