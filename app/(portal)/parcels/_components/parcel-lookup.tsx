import { redirect } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { LookupCamera } from "./lookup-camera";

async function findParcel(formData: FormData) {
  "use server";
  const trackingId = String(formData.get("trackingId") ?? "").trim();
  if (trackingId) redirect(`/parcels/${encodeURIComponent(trackingId)}`);
}

/** Look up any parcel the person may see by its tracking ID. */
export function ParcelLookup() {
  const t = useTranslations("parcels");
  return (
    <Card title={t("findTitle")}>
      <form action={findParcel} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="trackingId" className="block text-sm font-medium text-slate-800">
            {t("trackingId")}
          </label>
          <input
            id="trackingId"
            name="trackingId"
            required
            autoComplete="off"
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-base"
          />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("find")}
        </button>
      </form>
      <LookupCamera inputId="trackingId" />
    </Card>
  );
}
