"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/app/_components/form-errors";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";

/** Deactivating stops the store's work, so it is confirmed; reactivating is one click. */
export function ActiveToggle({ code, name, active }: { code: string; name: string; active: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const toggle = useMutation(
    trpc.partners.setActive.mutationOptions({
      onSuccess: () => {
        setAsking(false);
        router.refresh();
      },
    }),
  );
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => (active ? setAsking(true) : toggle.mutate({ code, active: true }))}
        disabled={toggle.isPending}
      >
        {active ? "Deactivate partner" : "Reactivate partner"}
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Deactivate ${name}?`}
        confirmLabel="Deactivate partner"
        pending={toggle.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => toggle.mutate({ code, active: false })}
      >
        <p>
          Its staff and owners can no longer record anything for {name} (scans, handoffs, deliveries) until it is
          reactivated. Its history and figures are kept.
        </p>
        <FormError error={toggle.error} />
      </ConfirmDialog>
    </>
  );
}
