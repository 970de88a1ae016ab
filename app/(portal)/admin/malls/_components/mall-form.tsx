"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type MapTiles, parseLatLng } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { textAsNumber } from "@/app/_components/ui/form-values";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { MallInput } from "@/server/domain/malls/schemas";
import { FormError } from "../../_components/form-bits";
import { TimeZoneSelect } from "../../_components/time-zone-select";

const resolver = lazyZodResolver(() => import("@/server/domain/malls/schemas").then((m) => m.mallFields));

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
  const { toast } = useToast();
  // No coordinates until typed or picked on the map (an empty field, not "NaN").
  const blank: Partial<MallInput> = {
    name: "",
    regionId: regions[0]?.id ?? "",
    addressLine1: "",
    city: "",
    state: "",
    postalCode: "",
    timeZone: regions[0]?.timeZone ?? "America/Chicago",
  };
  // The create procedure's own schema (coordinates included); an edit adds only the id.
  const form = useForm<MallInput>({
    resolver,
    defaultValues: mall ? (({ id: _, ...fields }) => fields)(mall) : blank,
  });
  usePreload(resolver);
  const options = {
    onSuccess: async () => {
      if (!mall) form.reset(blank);
      toast({ title: mall ? "Mall saved" : "Mall created" });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.malls.list.queryKey() });
      onDone?.();
    },
    onError: (error: unknown) => setServerErrors(form.setError, error, fieldNames),
  };
  const create = useMutation(trpc.admin.malls.create.mutationOptions(options));
  const update = useMutation(trpc.admin.malls.update.mutationOptions(options));
  const error = mall ? update.error : create.error;
  const errors = form.formState.errors;
  const [lat, lng] = form.watch(["lat", "lng"]);
  const coordinate = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : String(n));
  const location = parseLatLng(coordinate(lat), coordinate(lng));
  // An empty or non-numeric coordinate is NaN, which the schema refuses with its own message.
  const asNumber = { setValueAs: textAsNumber };
  const text = (name: "name" | "addressLine1" | "city" | "state" | "postalCode", label: string) => (
    <Field label={label} error={errors[name]?.message}>
      <Input {...form.register(name)} required />
    </Field>
  );

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      onFocus={resolver.preload}
      onSubmit={form.handleSubmit((values) =>
        mall ? update.mutate({ id: mall.id, ...values }) : create.mutate(values),
      )}
    >
      {text("name", "Mall name")}
      <Field label="Region" error={errors.regionId?.message}>
        <Select {...form.register("regionId")}>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      {text("addressLine1", "Street address")}
      {text("city", "City")}
      {text("state", "State")}
      {text("postalCode", "Postal code")}
      <Field label="Latitude" error={errors.lat?.message}>
        <Input {...form.register("lat", asNumber)} inputMode="decimal" required />
      </Field>
      <Field label="Longitude" error={errors.lng?.message}>
        <Input {...form.register("lng", asNumber)} inputMode="decimal" required />
      </Field>
      <div className="sm:col-span-2">
        <StoreMap
          className="h-64"
          label="Map for placing the mall: click to set its coordinates, drag the square to adjust."
          tiles={tiles}
          center={location}
          onPick={(pickedLat, pickedLng) => {
            form.setValue("lat", pickedLat);
            form.setValue("lng", pickedLng);
          }}
        />
      </div>
      <TimeZoneSelect timeZones={timeZones} error={errors.timeZone?.message} {...form.register("timeZone")} />
      <div className="flex items-end">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {mall ? "Save mall" : "Create mall"}
        </Button>
      </div>
      <div className="sm:col-span-2">
        <FormError error={error} fields={fieldNames} />
      </div>
    </form>
  );
}

const fieldNames = [
  "name",
  "regionId",
  "addressLine1",
  "city",
  "state",
  "postalCode",
  "lat",
  "lng",
  "timeZone",
] as const;
