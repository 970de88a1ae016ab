import { Link } from "@/app/_components/ui/link";

/** A row of rounded links, one of them current (stores, malls). */
export function PillNav({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.current ? "page" : undefined}
          className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-medium ring-1 ${
            item.current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-800 ring-slate-300"
          }`}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
