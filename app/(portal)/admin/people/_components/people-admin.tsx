"use client";

import { keepPreviousData, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useEffect, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useTRPC } from "@/app/_trpc/client";
import { parsePeopleParams, peopleHref } from "../params";
import { NewPerson } from "./new-person";
import { PersonRow } from "./person-row";

export function PeopleAdmin() {
  const trpc = useTRPC();
  // The page and the search are in the address, so Back, a reload or a shared link keep them.
  const { page, q } = parsePeopleParams(useSearchParams());
  const [search, setSearch] = useState(q);
  // Back and Forward bring an older search back into the box (typing only replaces the address).
  useEffect(() => {
    const restore = () => setSearch(new URLSearchParams(window.location.search).get("q") ?? "");
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, []);
  const deferred = useDeferredValue(q.trim());
  const setPage = (next: number) => window.history.pushState(null, "", peopleHref(next, q));
  const { data: regions } = useSuspenseQuery(trpc.admin.regions.list.queryOptions());
  const people = useQuery({
    ...trpc.admin.people.list.queryOptions({ search: deferred || null, role: null, page }),
    placeholderData: keepPreviousData,
  });
  const pages = people.data ? Math.max(1, Math.ceil(people.data.total / people.data.pageSize)) : 1;
  return (
    <div className="space-y-4">
      <Card title="New manager or admin">
        <NewPerson regions={regions} />
      </Card>
      <Card title="Everyone">
        <Field label="Search people" className="max-w-md">
          <Input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              // Each keystroke replaces the address (Back skips them) and starts again at the first page.
              window.history.replaceState(null, "", peopleHref(1, e.target.value));
            }}
            placeholder="Name or email"
            maxLength={100}
          />
        </Field>
        {people.error ? (
          <p role="alert" className="mt-2 text-body text-danger">
            {people.error.message}
          </p>
        ) : null}
        {people.data?.rows.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="Nobody matches" />
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-border" aria-label="People">
            {people.data?.rows.map((person) => (
              <PersonRow key={person.id} person={person} regions={regions} />
            ))}
          </ul>
        )}
        {people.data ? (
          <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-body">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <span>
              Page {page} of {pages} · {people.data.total} people
            </span>
            <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
