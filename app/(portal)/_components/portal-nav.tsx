"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/app/_components/ui/link";
import type { ShownNavItem } from "./nav";

export function PortalNav({ items }: { items: ShownNavItem[] }) {
  const t = useTranslations("common");
  const pathname = usePathname();
  return (
    <nav aria-label={t("sections")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-1">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium ${
                  current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
