import { useTranslations } from "next-intl";
import { PillNav } from "@/app/_components/ui/pill-nav";
import type { Program } from "@/lib/enums";

export type StoreSummary = { code: string; name: string; program: Program; timeZone: string };

/** The store a page is about: the one named in `?store=`, else the person's first. */
export function pickStore(stores: StoreSummary[], code: string | undefined): StoreSummary | undefined {
  return stores.find((s) => s.code === code) ?? stores[0];
}

/** Links between a person's stores, for owners of more than one; nothing otherwise. */
export function StoreSwitcher({ stores, current, path }: { stores: StoreSummary[]; current: string; path: string }) {
  const t = useTranslations("today");
  if (stores.length < 2) return null;
  return (
    <PillNav
      label={t("yourStores")}
      items={stores.map((s) => ({
        href: `${path}?store=${encodeURIComponent(s.code)}`,
        label: s.name,
        current: s.code === current,
      }))}
    />
  );
}
