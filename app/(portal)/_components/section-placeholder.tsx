import { EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";

/** A section in the navigation whose screens are not built yet: says what will appear here. */
export function SectionPlaceholder({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title="Nothing here yet">{description}</EmptyState>
    </>
  );
}
