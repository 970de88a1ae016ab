import type { Program, Role } from "@/db/schema";

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

export const roleLabels: Record<Role, string> = {
  store_staff: "Store staff",
  store_owner: "Store owner",
  regional_manager: "Regional manager",
  admin: "Administrator",
};
