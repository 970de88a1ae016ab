import { Link } from "@/app/_components/ui/link";
import { cn } from "./cn";
import { thClass } from "./table";

/**
 * A column header that sorts its list by its column (on the server: the link changes the
 * address); `aria-sort` is on the header cell, where it belongs. A second click reverses it.
 */
export function SortableHeader({
  label,
  active,
  dir,
  href,
  className,
}: {
  label: string;
  /** Whether the list is sorted by this column now. */
  active: boolean;
  /** The list's direction now. */
  dir: "asc" | "desc";
  /** The address of the list sorted by this column in the given direction, from its first page. */
  href: (dir: "asc" | "desc") => string;
  /** Extra classes (alignment); the header look comes from the Table's. */
  className?: string;
}) {
  return (
    <th
      scope="col"
      className={cn(thClass, className)}
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={href(active && dir === "asc" ? "desc" : "asc")} className="hover:underline">
        {label}
        {/* The arrow is part of the link's name ("Code ↑"): it says the order to a screen reader too. */}
        {active ? (dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    </th>
  );
}
