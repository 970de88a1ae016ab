"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";

export function PrintButton() {
  const t = useTranslations("arrivals");
  return (
    <Button className="print:hidden" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
