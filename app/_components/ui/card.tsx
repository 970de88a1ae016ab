export function Card({
  title,
  children,
  className = "",
  headingLevel = 2,
}: {
  title?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={`rounded-card bg-surface p-4 shadow-sm ring-1 ring-border sm:p-5 ${className}`}>
      {title ? <Heading className="mb-3 text-heading font-semibold text-fg">{title}</Heading> : null}
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-card border border-dashed border-border-strong bg-surface px-4 py-8 text-center">
      <p className="font-medium text-fg">{title}</p>
      {children ? <div className="mt-1 text-body text-fg-muted">{children}</div> : null}
    </div>
  );
}
