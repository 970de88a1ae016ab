"use client";

import { type ComponentProps, lazy } from "react";
import { BrowserOnly } from "@/app/_components/browser-only";
import type { OpeningHoursGrid as Grid } from "./opening-hours-grid";
import type { PayRate as Rate } from "./pay-rate";
import type { StorePeople as People } from "./store-people";

/*
 * A partner's settings sit below the partner's own form, out of the first screen, and only the
 * managers who edit them see them. The pay rate and the store's accounts fetch their rows in the
 * browser anyway. So their code, and the opening hours', loads after the page's, each section's
 * its own (a mall's page never fetches the pay rate), while the card around each is drawn with the
 * page. A mall's pickup schedule, which the server reads ahead, is drawn with the page.
 */
const PayRate = lazy(() => import("./pay-rate").then((m) => ({ default: m.PayRate })));
const OpeningHoursGrid = lazy(() => import("./opening-hours-grid").then((m) => ({ default: m.OpeningHoursGrid })));
const StorePeople = lazy(() => import("./store-people").then((m) => ({ default: m.StorePeople })));

function Loading({ what }: { what: string }) {
  return <p className="text-sm text-slate-600">Loading {what}…</p>;
}

export function LaterPayRate(props: ComponentProps<typeof Rate>) {
  return (
    <BrowserOnly fallback={<Loading what="the pay rate" />}>
      <PayRate {...props} />
    </BrowserOnly>
  );
}

export function LaterOpeningHoursGrid(props: ComponentProps<typeof Grid>) {
  return (
    <BrowserOnly fallback={<Loading what="the opening hours" />}>
      <OpeningHoursGrid {...props} />
    </BrowserOnly>
  );
}

export function LaterStorePeople(props: ComponentProps<typeof People>) {
  return (
    <BrowserOnly fallback={<Loading what="the store's accounts" />}>
      <StorePeople {...props} />
    </BrowserOnly>
  );
}
