import Link from "next/link";
import type { Program } from "@/db/schema";

export type StoreSummary = { code: string; name: string; program: Program; timeZone: string };

/** The store a page is about: the one named in `?store=`, else the person's first. */
export function pickStore(stores: StoreSummary[], code: string | undefined): StoreSummary | undefined {
  return stores.find((s) => s.code === code) ?? stores[0];
}

/** Links between a person's stores, for owners of more than one; nothing otherwise. */
export function StoreSwitcher({ stores, current, path }: { stores: StoreSummary[]; current: string; path: string }) {
  if (stores.length < 2) return null;
  return (
    <nav aria-label="Your stores" className="mb-4 flex flex-wrap gap-2">
      {stores.map((s) => (
        <Link
          key={s.code}
          href={`${path}?store=${encodeURIComponent(s.code)}`}
          aria-current={s.code === current ? "page" : undefined}
          className={`rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${
            s.code === current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-800 ring-slate-300"
          }`}
        >
          {s.name}
        </Link>
      ))}
    </nav>
  );
}
