"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, fieldErrorsOf } from "@/app/_components/form-errors";
import { type MapTiles, parseLatLng } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { programLabels } from "@/lib/labels";
import {
  latitudeRule,
  longitudeRule,
  messageOf,
  type NumberRule,
  payRateCentsRule,
  radiusMilesRule,
} from "@/lib/partner-fields";
import type { PartnerInput } from "@/server/domain/partners/schemas";

type Placement = {
  regions: { id: string; name: string; timeZone: string }[];
  malls: { id: string; name: string; regionId: string; timeZone: string }[];
  timeZones: string[];
  carriers: { id: string; name: string }[];
};

/** What the form shows for an existing partner: the domain's input, less the carrier (fixed at onboarding) and the pay rate (set from a day onward, in its own card). */
export type PartnerFormValues = Omit<PartnerInput, "carrierId" | "payRateCents"> & { payRateCents?: number };

/** Onboard a partner (no `existingCode`) or edit one. Nothing typed is lost on an error. */
export function PartnerForm({
  placement,
  initial,
  existingCode,
  tiles,
}: {
  placement: Placement;
  initial?: PartnerFormValues;
  existingCode?: string;
  tiles: MapTiles;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState<Record<string, string>>(() => ({
    code: initial?.code ?? "",
    name: initial?.name ?? "",
    program: initial?.program ?? "local_delivery",
    regionId: initial?.regionId ?? placement.regions[0]?.id ?? "",
    mallId: initial?.mallId ?? "",
    carrierId: placement.carriers[0]?.id ?? "",
    addressLine1: initial?.addressLine1 ?? "",
    city: initial?.city ?? "",
    state: initial?.state ?? "",
    postalCode: initial?.postalCode ?? "",
    lat: initial ? String(initial.lat) : "",
    lng: initial ? String(initial.lng) : "",
    timeZone: initial?.timeZone ?? placement.regions[0]?.timeZone ?? "America/Chicago",
    radiusMiles: String(initial?.radiusMiles ?? 10),
    payRate: ((initial?.payRateCents ?? 250) / 100).toFixed(2),
  }));
  const onboard = useMutation(trpc.partners.onboard.mutationOptions());
  const update = useMutation(trpc.partners.update.mutationOptions());
  const error = onboard.error ?? update.error;
  // Checked here first with the server's own rules; the server's answer, if any, by field.
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const fromServer = fieldErrorsOf(error);
  const fieldErrors: Record<string, string[] | undefined> = {
    ...fromServer,
    // The form asks for dollars; the server checks cents.
    payRate: fromServer.payRateCents,
    ...checked,
  };
  const set = (key: string) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  const location = parseLatLng(v.lat!, v.lng!);
  const radius = Number(v.radiusMiles);

  /** A blank or non-numeric box is NaN (Number("") would be 0, a real coordinate). */
  const num = (value: string | undefined) => (value?.trim() ? Number(value) : Number.NaN);

  function check() {
    const problems: Record<string, string[]> = {};
    const rules: [string, NumberRule, number][] = [
      ["lat", latitudeRule, num(v.lat)],
      ["lng", longitudeRule, num(v.lng)],
    ];
    if (v.program === "local_delivery") rules.push(["radiusMiles", radiusMilesRule, num(v.radiusMiles)]);
    if (!existingCode) rules.push(["payRate", payRateCentsRule, Math.round(num(v.payRate) * 100)]);
    for (const [key, rule, value] of rules) {
      const message = messageOf(rule, value);
      if (message) problems[key] = [message];
    }
    setChecked(problems);
    return Object.keys(problems).length === 0;
  }

  const values = () => ({
    name: v.name!,
    program: v.program as PartnerFormValues["program"],
    regionId: v.regionId!,
    mallId: v.program === "mall_pickup" ? v.mallId || null : null,
    addressLine1: v.addressLine1!,
    city: v.city!,
    state: v.state!,
    postalCode: v.postalCode!,
    lat: num(v.lat),
    lng: num(v.lng),
    timeZone: v.timeZone!,
    radiusMiles: num(v.radiusMiles),
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!check()) return;
    try {
      if (existingCode) {
        await update.mutateAsync({ code: existingCode, partner: values() });
        router.refresh();
      } else {
        const created = await onboard.mutateAsync({
          code: v.code!,
          carrierId: v.carrierId!,
          ...values(),
          payRateCents: Math.round(num(v.payRate) * 100),
        });
        router.push(`/partners/${encodeURIComponent(created.code)}`);
      }
    } catch {
      // Shown beside the fields below.
    }
  }

  const field = (key: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="text-sm">
      {label}
      <input
        value={v[key]}
        onChange={set(key)}
        aria-invalid={fieldErrors[key] ? true : undefined}
        className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
        {...props}
      />
      {fieldErrors[key] ? <span className="block text-rose-700">{fieldErrors[key]![0]}</span> : null}
    </label>
  );

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2">
      {existingCode ? null : field("code", "Partner code", { required: true, placeholder: "NE-SANDHILLS" })}
      {field("name", "Store name", { required: true })}
      <label className="text-sm">
        Program
        <select
          value={v.program}
          onChange={set("program")}
          disabled={Boolean(existingCode)}
          className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
        >
          <option value="local_delivery">{programLabels.local_delivery}</option>
          <option value="mall_pickup">{programLabels.mall_pickup}</option>
        </select>
      </label>
      {existingCode ? null : (
        <label className="text-sm">
          Carrier
          <select
            value={v.carrierId}
            onChange={set("carrierId")}
            aria-invalid={fieldErrors.carrierId ? true : undefined}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
          >
            {placement.carriers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fieldErrors.carrierId ? <span className="block text-rose-700">{fieldErrors.carrierId[0]}</span> : null}
        </label>
      )}
      <label className="text-sm">
        Region
        <select
          value={v.regionId}
          onChange={set("regionId")}
          className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
        >
          {placement.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {v.program === "mall_pickup" ? (
        <label className="text-sm">
          Mall
          <select
            value={v.mallId}
            onChange={set("mallId")}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
          >
            <option value="">Choose a mall</option>
            {placement.malls
              .filter((m) => m.regionId === v.regionId)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
          {fieldErrors.mallId ? <span className="block text-rose-700">{fieldErrors.mallId[0]}</span> : null}
        </label>
      ) : null}
      {field("addressLine1", "Street address", { required: true })}
      {field("city", "Town or city", { required: true })}
      {field("state", "State", { required: true })}
      {field("postalCode", "Postal code", { required: true })}
      <div className="grid gap-3 sm:col-span-2 sm:grid-cols-2">
        <div className="grid content-start gap-3">
          {field("lat", "Latitude", { required: true, inputMode: "decimal" })}
          {field("lng", "Longitude", { required: true, inputMode: "decimal" })}
          <p className="text-sm text-slate-600">Or click the map to place the store, and drag the square to adjust.</p>
        </div>
        <StoreMap
          className="h-64 sm:h-72"
          label="Map for placing the store: click to set its coordinates, drag the square to adjust."
          tiles={tiles}
          center={location}
          radiusMiles={v.program === "local_delivery" && Number.isFinite(radius) && radius > 0 ? radius : null}
          onPick={(lat, lng) => setV((prev) => ({ ...prev, lat: String(lat), lng: String(lng) }))}
        />
      </div>
      <label className="text-sm">
        Time zone
        <select
          value={v.timeZone}
          onChange={set("timeZone")}
          className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
        >
          {placement.timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
      </label>
      {v.program === "local_delivery"
        ? field("radiusMiles", "Delivery radius (miles)", { inputMode: "decimal" })
        : null}
      {existingCode ? null : field("payRate", "Pay per parcel ($)", { inputMode: "decimal" })}
      <div className="sm:col-span-2">
        <FormError
          error={error}
          fields={[
            "code",
            "name",
            "carrierId",
            "mallId",
            "addressLine1",
            "city",
            "state",
            "postalCode",
            "lat",
            "lng",
            "radiusMiles",
            "payRateCents",
          ]}
        />
      </div>
      {update.isSuccess && !error ? (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-2">
          Saved.
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={onboard.isPending || update.isPending}>
          {existingCode ? "Save changes" : "Onboard partner"}
        </Button>
      </div>
    </form>
  );
}
