"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";

export function ActiveToggle({ code, active }: { code: string; active: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toggle = useMutation(trpc.partners.setActive.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button variant="secondary" onClick={() => toggle.mutate({ code, active: !active })} disabled={toggle.isPending}>
      {active ? "Deactivate partner" : "Reactivate partner"}
    </Button>
  );
}
