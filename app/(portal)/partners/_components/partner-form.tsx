"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { FormError } from "@/app/_components/form-errors";
import { type MapTiles, parseLatLng } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { blankAsNull, dollarsAsCents, textAsNumber } from "@/app/_components/ui/form-values";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Select } from "@/app/_components/ui/select";
import { type Resolver, useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import { programLabels } from "@/lib/labels";
import type { PartnerEdit, PartnerInput, partnerInputSchema } from "@/server/domain/partners/schemas";

type Placement = {
  regions: { id: string; name: string; timeZone: string }[];
  malls: { id: string; name: string; regionId: string; timeZone: string }[];
  timeZones: string[];
  carriers: { id: string; name: string }[];
};

/** What the form shows for an existing partner: the domain's input, less the carrier (fixed at onboarding) and the pay rate (set from a day onward, in its own card). */
export type PartnerFormValues = Omit<PartnerInput, "carrierId" | "payRateCents"> & { payRateCents?: number };

type Values = z.input<typeof partnerInputSchema>;

const fields = [
  "code",
  "name",
  "program",
  "regionId",
  "carrierId",
  "mallId",
  "addressLine1",
  "city",
  "state",
  "postalCode",
  "lat",
  "lng",
  "timeZone",
  "radiusMiles",
  "payRateCents",
] as const;

const schemas = () => import("@/server/domain/partners/schemas");
/** Onboarding checks with the onboard schema; editing with the edit one, which leaves out the code, carrier and pay rate. */
const onboardResolver = lazyZodResolver(() => schemas().then((m) => m.partnerInputSchema));
const editResolver = lazyZodResolver(() => schemas().then((m) => m.partnerEditSchema));

/** A blank or non-numeric box is NaN (Number("") would be 0, a real coordinate), which the schema refuses in words. */
const asNumber = { setValueAs: textAsNumber };
/** The form asks for dollars; the procedure takes cents. */
const asCents = { setValueAs: dollarsAsCents };

/**
 * Onboard a partner (no `existingCode`) or edit one, checked in the browser with the
 * procedure's own schema (onboard or edit). Nothing typed is lost on an error.
 */
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
  const resolver = existingCode ? editResolver : onboardResolver;
  const form = useForm<Values>({
    resolver: resolver as Resolver<Values>,
    defaultValues: {
      code: initial?.code ?? "",
      name: initial?.name ?? "",
      program: initial?.program ?? "local_delivery",
      regionId: initial?.regionId ?? placement.regions[0]?.id ?? "",
      mallId: initial?.mallId ?? null,
      carrierId: placement.carriers[0]?.id ?? "",
      addressLine1: initial?.addressLine1 ?? "",
      city: initial?.city ?? "",
      state: initial?.state ?? "",
      postalCode: initial?.postalCode ?? "",
      ...(initial ? { lat: initial.lat, lng: initial.lng } : {}),
      timeZone: initial?.timeZone ?? placement.regions[0]?.timeZone ?? "America/Chicago",
      radiusMiles: initial?.radiusMiles ?? 10,
      // The pay box starts from its own default (in dollars), read through `asCents`.
    },
  });
  usePreload(resolver);
  const onError = (error: unknown) => setServerErrors(form.setError, error, fields);
  const onboard = useMutation(trpc.partners.onboard.mutationOptions({ onError }));
  const update = useMutation(trpc.partners.update.mutationOptions({ onError }));
  const error = onboard.error ?? update.error;
  const errors = form.formState.errors;
  const [program, regionId, lat, lng, radius] = form.watch(["program", "regionId", "lat", "lng", "radiusMiles"]);
  const coordinate = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : String(n));
  const location = parseLatLng(coordinate(lat), coordinate(lng));

  async function submit(values: Values) {
    // Only a mall pickup partner has a mall.
    const partner = { ...values, mallId: values.program === "mall_pickup" ? (values.mallId ?? null) : null };
    try {
      if (existingCode) {
        await update.mutateAsync({ code: existingCode, partner: partner as PartnerEdit });
        router.refresh();
      } else {
        const created = await onboard.mutateAsync(partner as PartnerInput);
        router.push(`/partners/${encodeURIComponent(created.code)}`);
      }
    } catch {
      // Shown beside the fields below.
    }
  }

  const text = (
    name: "code" | "name" | "addressLine1" | "city" | "state" | "postalCode",
    label: string,
    placeholder?: string,
  ) => (
    <Field label={label} error={errors[name]?.message}>
      <Input {...form.register(name)} required placeholder={placeholder} />
    </Field>
  );

  return (
    <form
      onSubmit={form.handleSubmit(submit)}
      onFocus={resolver.preload}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
    >
      {existingCode ? null : text("code", "Partner code", "NE-SANDHILLS")}
      {text("name", "Store name")}
      <Field label="Program" error={errors.program?.message}>
        <Select
          {...form.register("program", {
            // A local delivery partner has no mall: drop one chosen before switching.
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value !== "mall_pickup") form.setValue("mallId", null);
            },
          })}
          disabled={Boolean(existingCode)}
        >
          <option value="local_delivery">{programLabels.local_delivery}</option>
          <option value="mall_pickup">{programLabels.mall_pickup}</option>
        </Select>
      </Field>
      {existingCode ? null : (
        <Field label="Carrier" error={errors.carrierId?.message}>
          <Select {...form.register("carrierId")}>
            {placement.carriers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Region" error={errors.regionId?.message}>
        <Select {...form.register("regionId")}>
          {placement.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      {program === "mall_pickup" ? (
        <Field label="Mall" error={errors.mallId?.message}>
          <Select {...form.register("mallId", { setValueAs: blankAsNull })}>
            <option value="">Choose a mall</option>
            {placement.malls
              .filter((m) => m.regionId === regionId)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </Select>
        </Field>
      ) : null}
      {text("addressLine1", "Street address")}
      {text("city", "Town or city")}
      {text("state", "State")}
      {text("postalCode", "Postal code")}
      <div className="grid gap-3 sm:col-span-2 sm:grid-cols-2">
        <div className="grid content-start gap-3">
          <Field label="Latitude" error={errors.lat?.message}>
            <Input {...form.register("lat", asNumber)} required inputMode="decimal" />
          </Field>
          <Field label="Longitude" error={errors.lng?.message}>
            <Input {...form.register("lng", asNumber)} required inputMode="decimal" />
          </Field>
          <p className="text-body text-fg-muted">Or click the map to place the store, and drag the square to adjust.</p>
        </div>
        <StoreMap
          className="h-64 sm:h-72"
          label="Map for placing the store: click to set its coordinates, drag the square to adjust."
          tiles={tiles}
          center={location}
          radiusMiles={
            program === "local_delivery" && typeof radius === "number" && Number.isFinite(radius) && radius > 0
              ? radius
              : null
          }
          onPick={(pickedLat, pickedLng) => {
            form.setValue("lat", pickedLat);
            form.setValue("lng", pickedLng);
          }}
        />
      </div>
      <Field label="Time zone" error={errors.timeZone?.message}>
        <Select {...form.register("timeZone")}>
          {placement.timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </Select>
      </Field>
      {program === "local_delivery" ? (
        <Field label="Delivery radius (miles)" error={errors.radiusMiles?.message}>
          <Input {...form.register("radiusMiles", asNumber)} inputMode="decimal" />
        </Field>
      ) : null}
      {existingCode ? null : (
        <Field label="Pay per parcel ($)" error={errors.payRateCents?.message}>
          <Input
            {...form.register("payRateCents", asCents)}
            defaultValue={((initial?.payRateCents ?? 250) / 100).toFixed(2)}
            inputMode="decimal"
          />
        </Field>
      )}
      <div className="sm:col-span-2">
        <FormError error={error} fields={fields} />
      </div>
      {update.isSuccess && !error ? (
        <p role="status" className="text-body text-success sm:col-span-2">
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
