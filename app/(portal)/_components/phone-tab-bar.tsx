"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/app/_components/ui/link";
import type { ShownNavItem } from "./nav";

function isCurrent(href: string, pathname: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

const tabClass = (current: boolean) =>
  `flex min-h-14 w-full flex-col items-center justify-center px-1 text-xs font-semibold ${
    current ? "text-brand-700" : "text-slate-700"
  }`;

/**
 * Phones get the sections as a bar along the bottom, in reach of a thumb: at most five entries,
 * the last one "More" when a role has more sections than fit. Wider screens use the header's tabs.
 */
export function PhoneTabBar({ tabs, more }: { tabs: ShownNavItem[]; more: ShownNavItem[] }) {
  const t = useTranslations("common");
  const pathname = usePathname();
  // Open on the page where it was opened: going somewhere closes the "More" sheet.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const moreCurrent = more.some((item) => isCurrent(item.href, pathname));
  return (
    <nav
      aria-label={t("sections")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden print:hidden"
    >
      {open ? (
        <ul id="more-sections" className="border-b border-slate-200 px-2 py-1">
          {more.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent(item.href, pathname) ? "page" : undefined}
                className="flex min-h-12 items-center rounded-lg px-3 text-base font-medium text-slate-800 hover:bg-slate-50"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="flex">
        {tabs.map((item) => {
          const current = isCurrent(item.href, pathname);
          return (
            <li key={item.href} className="flex-1">
              <Link href={item.href} aria-current={current ? "page" : undefined} className={tabClass(current)}>
                <span aria-hidden="true" className={`mb-1 h-1 w-6 rounded-full ${current ? "bg-brand-600" : ""}`} />
                {item.label}
              </Link>
            </li>
          );
        })}
        {more.length ? (
          <li className="flex-1">
            <button
              type="button"
              aria-expanded={open}
              aria-controls="more-sections"
              onClick={() => setOpenOn(open ? null : pathname)}
              className={tabClass(moreCurrent || open)}
            >
              <span aria-hidden="true" className={`mb-1 h-1 w-6 rounded-full ${moreCurrent ? "bg-brand-600" : ""}`} />
              {t("more")}
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
