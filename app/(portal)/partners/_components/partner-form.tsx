"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type MapTiles, parseLatLng } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";

type Placement = {
  regions: { id: string; name: string; timeZone: string }[];
  malls: { id: string; name: string; regionId: string; timeZone: string }[];
  timeZones: string[];
};

export type PartnerFormValues = {
  code: string;
  name: string;
  program: "mall_pickup" | "local_delivery";
  regionId: string;
  mallId: string | null;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  lat: number;
  lng: number;
  timeZone: string;
  radiusMiles: number;
  payRateCents: number;
};

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
  const fieldErrors = (error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
  const set = (key: string) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  const location = parseLatLng(v.lat!, v.lng!);
  const radius = Number(v.radiusMiles);

  const values = () => ({
    name: v.name!,
    program: v.program as PartnerFormValues["program"],
    regionId: v.regionId!,
    mallId: v.program === "mall_pickup" ? v.mallId || null : null,
    addressLine1: v.addressLine1!,
    city: v.city!,
    state: v.state!,
    postalCode: v.postalCode!,
    lat: Number(v.lat),
    lng: Number(v.lng),
    timeZone: v.timeZone!,
    radiusMiles: Number(v.radiusMiles),
    payRateCents: Math.round(Number(v.payRate) * 100),
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      if (existingCode) {
        await update.mutateAsync({ code: existingCode, partner: values() });
        router.refresh();
      } else {
        const created = await onboard.mutateAsync({ code: v.code!, ...values() });
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
          <option value="local_delivery">Local delivery</option>
          <option value="mall_pickup">Mall pickup</option>
        </select>
      </label>
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
      {field("payRate", "Pay per parcel ($)", { inputMode: "decimal" })}
      {error && !Object.keys(fieldErrors).length ? (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-2">
          {error.message}
        </p>
      ) : null}
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
