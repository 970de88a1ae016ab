import Link from "next/link";

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
  className: string;
}) {
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={href(active && dir === "asc" ? "desc" : "asc")} className="hover:underline">
        {label}
        {active ? (dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    </th>
  );
}
