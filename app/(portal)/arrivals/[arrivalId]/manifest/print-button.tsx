"use client";

import { Button } from "@/app/_components/ui/button";

export function PrintButton() {
  return (
    <Button className="print:hidden" onClick={() => window.print()}>
      Print
    </Button>
  );
}
