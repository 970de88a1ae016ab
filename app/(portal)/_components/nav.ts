export { roleLabels } from "@/lib/labels";

import type { Program, Role } from "@/lib/enums";

import type { Messages } from "@/lib/i18n/messages";

/** A section: its label is the English name, also its key in the `nav` messages. */
export type NavItem = { href: string; label: keyof Messages["nav"] };

/** A section as shown, its label in the person's language. */
export type ShownNavItem = { href: string; label: string };

/** The sections each role works in; rural-only sections only for rural stores. */
export function navFor(role: Role, storePrograms: readonly Program[]): NavItem[] {
  const item = (href: string, label: NavItem["label"]): NavItem => ({ href, label });
  const rural = storePrograms.includes("local_delivery");
  switch (role) {
    case "store_staff":
    case "store_owner":
      return [
        item("/", "Today"),
        item("/parcels", "Parcels"),
        item("/arrivals", "Arrivals"),
        ...(rural ? [item("/deliveries", "Deliveries")] : []),
        ...(role === "store_owner"
          ? [
              item("/earnings", "Earnings"),
              item("/performance", "Performance"),
              item("/staff", "Staff"),
              item("/store", "Store"),
            ]
          : []),
      ];
    case "regional_manager":
      return [
        item("/", "Region"),
        item("/arrivals", "Arrivals"),
        item("/performance", "Performance"),
        item("/partners", "Partners"),
        item("/parcels", "Parcels"),
      ];
    case "admin":
      return [
        item("/", "Overview"),
        item("/partners", "Partners"),
        item("/performance", "Performance"),
        item("/parcels", "Parcels"),
        item("/admin", "Admin"),
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
export function phoneNav<T extends { href: string }>(role: Role, items: T[]): { tabs: T[]; more: T[] } {
  if (items.length <= maxPhoneTabs) return { tabs: items, more: [] };
  const rank = (item: T) => {
    const i = phonePriority[role].indexOf(item.href);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const tabs = [...items].sort((a, b) => rank(a) - rank(b)).slice(0, maxPhoneTabs - 1);
  return { tabs, more: items.filter((item) => !tabs.includes(item)) };
}
