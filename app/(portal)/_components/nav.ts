export { roleLabels } from "@/lib/labels";

import type { Program, Role } from "@/lib/enums";

export type NavItem = { href: string; label: string };

/** The sections each role works in; rural-only sections only for rural stores. */
export function navFor(role: Role, storePrograms: readonly Program[]): NavItem[] {
  const rural = storePrograms.includes("local_delivery");
  switch (role) {
    case "store_staff":
    case "store_owner":
      return [
        { href: "/", label: "Today" },
        { href: "/parcels", label: "Parcels" },
        { href: "/arrivals", label: "Arrivals" },
        ...(rural ? [{ href: "/deliveries", label: "Deliveries" }] : []),
        ...(role === "store_owner"
          ? [
              { href: "/earnings", label: "Earnings" },
              { href: "/performance", label: "Performance" },
              { href: "/staff", label: "Staff" },
              { href: "/store", label: "Store" },
            ]
          : []),
      ];
    case "regional_manager":
      return [
        { href: "/", label: "Region" },
        { href: "/arrivals", label: "Arrivals" },
        { href: "/performance", label: "Performance" },
        { href: "/partners", label: "Partners" },
        { href: "/parcels", label: "Parcels" },
      ];
    case "admin":
      return [
        { href: "/", label: "Overview" },
        { href: "/partners", label: "Partners" },
        { href: "/performance", label: "Performance" },
        { href: "/parcels", label: "Parcels" },
        { href: "/admin", label: "Admin" },
      ];
  }
}

/** A phone's bottom bar holds at most this many entries, "More" included. */
export const maxPhoneTabs = 5;

/** The sections a role opens most, first: they get the phone's tab bar, the rest go under "More". */
const phonePriority: Record<Role, string[]> = {
  store_staff: ["/", "/parcels", "/deliveries", "/arrivals"],
  store_owner: ["/", "/deliveries", "/parcels", "/arrivals", "/earnings", "/performance", "/staff", "/store"],
  regional_manager: ["/", "/arrivals", "/performance", "/partners", "/parcels"],
  admin: ["/", "/partners", "/performance", "/parcels", "/admin"],
};

/**
 * The phone's bottom bar: every section when they fit, else the most used ones and a "More"
 * entry holding the rest (in the order of the header).
 */
export function phoneNav(role: Role, items: NavItem[]): { tabs: NavItem[]; more: NavItem[] } {
  if (items.length <= maxPhoneTabs) return { tabs: items, more: [] };
  const rank = (item: NavItem) => {
    const i = phonePriority[role].indexOf(item.href);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const tabs = [...items].sort((a, b) => rank(a) - rank(b)).slice(0, maxPhoneTabs - 1);
  return { tabs, more: items.filter((item) => !tabs.includes(item)) };
}
