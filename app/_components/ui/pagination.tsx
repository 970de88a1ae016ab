import { Link } from "@/app/_components/ui/link";
import { pageSizes } from "@/lib/page-rules";
import { buttonClass } from "./button";
import { Field } from "./field";
import { Select } from "./select";

/**
 * A long list's pages: "Previous" and "Next" as links (the page is in the address, so a page can
 * be reloaded and shared), "Page X of Y" and which rows are shown. At an end its link is inert.
 */
export function Pagination({
  label,
  page,
  pageCount,
  size,
  total,
  href,
}: {
  /** Names the navigation landmark, e.g. "Mall pickup partners pages". */
  label: string;
  page: number;
  pageCount: number;
  size: number;
  total: number;
  href: (page: number) => string;
}) {
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <PageLink href={page > 1 ? href(page - 1) : null} rel="prev">
        Previous
      </PageLink>
      <span className="font-medium" aria-current="page">
        Page {page} of {pageCount}
      </span>
      <PageLink href={page < pageCount ? href(page + 1) : null} rel="next">
        Next
      </PageLink>
      <span className="text-fg-muted">
        {first}–{last} of {total}
      </span>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: string; children: string }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={buttonClass("secondary", "cursor-not-allowed text-fg-muted")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={buttonClass("secondary")}>
      {children}
    </Link>
  );
}

/** The "Rows per page" choice of a list's filter form (a GET form: the size goes in the address). */
export function RowsPerPage({ value }: { value: number }) {
  return (
    <Field label="Rows per page">
      <Select name="size" defaultValue={value} className="w-24">
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </Select>
    </Field>
  );
}
