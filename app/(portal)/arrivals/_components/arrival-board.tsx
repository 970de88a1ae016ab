"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { ArrivalCard, type BoardArrival } from "./arrival-card";

function useNow(intervalMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function BoardList({
  arrivals,
  showPartner,
  actions,
}: {
  arrivals: BoardArrival[];
  showPartner: boolean;
  actions: boolean;
}) {
  const now = useNow();
  if (arrivals.length === 0) return <EmptyState title="No driver arrivals from yesterday to the next two days" />;
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Driver arrivals">
      {arrivals.map((a) => (
        <ArrivalCard key={a.id} arrival={a} now={now} showPartner={showPartner} actions={actions} />
      ))}
    </ul>
  );
}

/** One store's arrivals, live. */
export function StoreArrivalBoard({ partnerCode }: { partnerCode: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.forStore.queryOptions({ partnerCode }));
  useSubscription(
    trpc.live.changes.subscriptionOptions(
      { partnerCodes: [partnerCode] },
      { onData: () => void queryClient.invalidateQueries({ queryKey: trpc.arrivals.forStore.pathKey() }) },
    ),
  );
  return <BoardList arrivals={data.arrivals} showPartner={false} actions />;
}

/** Every retailer of a mall against the arrivals, live. */
export function MallArrivalBoard({ mallId }: { mallId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.mallBoard.queryOptions({ mallId }));
  useSubscription(
    trpc.live.changes.subscriptionOptions(
      { mallId },
      { onData: () => void queryClient.invalidateQueries({ queryKey: trpc.arrivals.mallBoard.pathKey() }) },
    ),
  );
  return <BoardList arrivals={data.arrivals} showPartner actions={false} />;
}
