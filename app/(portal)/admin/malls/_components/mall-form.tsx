"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type MapTiles, parseLatLng } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { latitudeRule, longitudeRule, messageOf } from "@/lib/partner-fields";
import { FormError, fieldErrorsOf, inputClass, TextField } from "../../_components/form-bits";
import { TimeZoneSelect } from "../../_components/time-zone-select";

export type MallValues = {
  id: string;
  name: string;
  regionId: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  lat: number;
  lng: number;
  timeZone: string;
};

/** Create a mall (no `mall`) or edit one; the map sets the coordinates as the partner form does. */
export function MallForm({
  mall,
  regions,
  timeZones,
  tiles,
  onDone,
}: {
  mall?: MallValues;
  regions: { id: string; name: string; timeZone: string }[];
  timeZones: string[];
  tiles: MapTiles;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const blank = {
    name: "",
    regionId: regions[0]?.id ?? "",
    addressLine1: "",
    city: "",
    state: "",
    postalCode: "",
    lat: "",
    lng: "",
    timeZone: regions[0]?.timeZone ?? "America/Chicago",
  };
  const [v, setV] = useState(mall ? { ...mall, lat: String(mall.lat), lng: String(mall.lng) } : blank);
  const set = (key: keyof typeof blank) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const options = {
    onSuccess: async () => {
      if (!mall) setV(blank);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.malls.list.queryKey() });
      onDone?.();
    },
  };
  const create = useMutation(trpc.admin.malls.create.mutationOptions(options));
  const update = useMutation(trpc.admin.malls.update.mutationOptions(options));
  const error = mall ? update.error : create.error;
  // Coordinates are checked here first with the server's own rules.
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const errors = { ...fieldErrorsOf(error), ...checked };
  const location = parseLatLng(v.lat, v.lng);

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const values = {
          name: v.name,
          regionId: v.regionId,
          addressLine1: v.addressLine1,
          city: v.city,
          state: v.state,
          postalCode: v.postalCode,
          lat: v.lat.trim() ? Number(v.lat) : Number.NaN,
          lng: v.lng.trim() ? Number(v.lng) : Number.NaN,
          timeZone: v.timeZone,
        };
        const problems: Record<string, string[]> = {};
        const lat = messageOf(latitudeRule, values.lat);
        const lng = messageOf(longitudeRule, values.lng);
        if (lat) problems.lat = [lat];
        if (lng) problems.lng = [lng];
        setChecked(problems);
        if (lat || lng) return;
        if (mall) update.mutate({ id: mall.id, ...values });
        else create.mutate(values);
      }}
    >
      <TextField label="Mall name" value={v.name} onChange={set("name")} error={errors.name} required />
      <div className="text-sm font-medium">
        <label htmlFor="mall-region" className="block">
          Region
        </label>
        <select
          id="mall-region"
          value={v.regionId}
          onChange={(e) => set("regionId")(e.target.value)}
          className={inputClass}
        >
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {errors.regionId ? <span className="mt-1 block font-normal text-rose-700">{errors.regionId[0]}</span> : null}
      </div>
      <TextField
        label="Street address"
        value={v.addressLine1}
        onChange={set("addressLine1")}
        error={errors.addressLine1}
        required
      />
      <TextField label="City" value={v.city} onChange={set("city")} error={errors.city} required />
      <TextField label="State" value={v.state} onChange={set("state")} error={errors.state} required />
      <TextField
        label="Postal code"
        value={v.postalCode}
        onChange={set("postalCode")}
        error={errors.postalCode}
        required
      />
      <TextField label="Latitude" value={v.lat} onChange={set("lat")} error={errors.lat} inputMode="decimal" required />
      <TextField
        label="Longitude"
        value={v.lng}
        onChange={set("lng")}
        error={errors.lng}
        inputMode="decimal"
        required
      />
      <div className="sm:col-span-2">
        <StoreMap
          className="h-64"
          label="Map for placing the mall: click to set its coordinates, drag the square to adjust."
          tiles={tiles}
          center={location}
          onPick={(lat, lng) => setV((prev) => ({ ...prev, lat: String(lat), lng: String(lng) }))}
        />
      </div>
      <TimeZoneSelect value={v.timeZone} onChange={set("timeZone")} timeZones={timeZones} error={errors.timeZone} />
      <div className="flex items-end">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {mall ? "Save mall" : "Create mall"}
        </Button>
      </div>
      <div className="sm:col-span-2">
        <FormError error={error} />
      </div>
    </form>
  );
}
