"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";

function useRefreshToday() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.deliveries.today.pathKey() });
}

/** "Start route" sends today's stops out; "End route" brings whatever is still out back to the store. */
export function RouteControls({
  partnerCode,
  waiting,
  out,
}: {
  partnerCode: string;
  /** Stops at the store that can go out. */
  waiting: number;
  /** Stops out for delivery now. */
  out: number;
}) {
  const t = useTranslations("deliveries");
  const trpc = useTRPC();
  const refresh = useRefreshToday();
  const [message, setMessage] = useState<string | null>(null);
  const start = useMutation(
    trpc.deliveries.startRoute.mutationOptions({
      onSuccess: (r) => setMessage(t("outForDelivery", { count: r.outForDelivery })),
      onError: (e) => setMessage(e.message),
      onSettled: () => void refresh(),
    }),
  );
  const end = useMutation(
    trpc.deliveries.endRoute.mutationOptions({
      onSuccess: (r) => setMessage(t("backAtStoreCount", { count: r.backAtStore })),
      onError: (e) => setMessage(e.message),
      onSettled: () => void refresh(),
    }),
  );
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <Button disabled={waiting === 0 || start.isPending} onClick={() => start.mutate({ partnerCode })}>
        {t("startRoute")}
      </Button>
      <Button variant="secondary" disabled={out === 0 || end.isPending} onClick={() => end.mutate({ partnerCode })}>
        {t("endRoute")}
      </Button>
      {message ? (
        <p role="status" className="text-sm text-slate-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** One unfinished parcel brought back to the store. */
export function BackAtStoreButton({ trackingId }: { trackingId: string }) {
  const t = useTranslations("deliveries");
  const trpc = useTRPC();
  const refresh = useRefreshToday();
  const back = useMutation(trpc.deliveries.backAtStore.mutationOptions({ onSettled: () => void refresh() }));
  return (
    <Button
      variant="secondary"
      aria-label={t("backAtStoreOf", { trackingId })}
      disabled={back.isPending}
      onClick={() => back.mutate({ trackingId })}
    >
      {t("backAtStore")}
    </Button>
  );
}
