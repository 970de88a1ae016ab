import { redirect } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { LookupCamera } from "./lookup-camera";

async function findParcel(formData: FormData) {
  "use server";
  const trackingId = String(formData.get("trackingId") ?? "").trim();
  if (trackingId) redirect(`/parcels/${encodeURIComponent(trackingId)}`);
}

/** The lookup form's id: the camera, outside the form, fills its tracking ID field. */
const formId = "parcel-lookup";

/** Look up any parcel the person may see by its tracking ID. */
export function ParcelLookup() {
  const t = useTranslations("parcels");
  return (
    <Card title={t("findTitle")}>
      <form id={formId} action={findParcel} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field label={t("trackingId")} className="flex-1">
          <Input name="trackingId" required autoComplete="off" className="w-full font-mono" />
        </Field>
        <Button type="submit">{t("find")}</Button>
      </form>
      <LookupCamera formId={formId} name="trackingId" />
    </Card>
  );
}
