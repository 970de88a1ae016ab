"use client";

import { useRouter } from "next/navigation";

/**
 * The search's GET form, sending only the fields filled in: the address holds what was asked and
 * nothing empty (`?q=lee`, not `?q=lee&date=`). Without script it submits as any GET form, and the
 * page drops the empty fields itself.
 */
export function SearchForm({ className, children }: { className?: string; children: React.ReactNode }) {
  const router = useRouter();
  return (
    <form
      method="get"
      action="/parcels/search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) {
          if (typeof value === "string" && value.trim()) query.append(key, value);
        }
        router.push(query.size ? `/parcels/search?${query}` : "/parcels/search");
      }}
    >
      {children}
    </form>
  );
}
