import type { Locale } from "../format";
import enAccount from "./messages/en/account.json";
import enArrivals from "./messages/en/arrivals.json";
import enCommon from "./messages/en/common.json";
import enDeliveries from "./messages/en/deliveries.json";
import enEarnings from "./messages/en/earnings.json";
import enErrors from "./messages/en/errors.json";
import enHandoff from "./messages/en/handoff.json";
import enNav from "./messages/en/nav.json";
import enOffline from "./messages/en/offline.json";
import enParcels from "./messages/en/parcels.json";
import enRoles from "./messages/en/roles.json";
import enScan from "./messages/en/scan.json";
import enSignIn from "./messages/en/signIn.json";
import enStaff from "./messages/en/staff.json";
import enStore from "./messages/en/store.json";
import enToday from "./messages/en/today.json";
import enValidation from "./messages/en/validation.json";
import esAccount from "./messages/es/account.json";
import esArrivals from "./messages/es/arrivals.json";
import esCommon from "./messages/es/common.json";
import esDeliveries from "./messages/es/deliveries.json";
import esEarnings from "./messages/es/earnings.json";
import esErrors from "./messages/es/errors.json";
import esHandoff from "./messages/es/handoff.json";
import esNav from "./messages/es/nav.json";
import esOffline from "./messages/es/offline.json";
import esParcels from "./messages/es/parcels.json";
import esRoles from "./messages/es/roles.json";
import esScan from "./messages/es/scan.json";
import esSignIn from "./messages/es/signIn.json";
import esStaff from "./messages/es/staff.json";
import esStore from "./messages/es/store.json";
import esToday from "./messages/es/today.json";
import esValidation from "./messages/es/validation.json";

/**
 * Every text a person reads on store screens, per language and screen (decision 021). English is
 * the source: a key missing from Spanish is a type error, so no screen shows a key name.
 */
const english = {
  common: enCommon,
  roles: enRoles,
  nav: enNav,
  account: enAccount,
  signIn: enSignIn,
  today: enToday,
  parcels: enParcels,
  arrivals: enArrivals,
  handoff: enHandoff,
  scan: enScan,
  offline: enOffline,
  errors: enErrors,
  validation: enValidation,
  deliveries: enDeliveries,
  earnings: enEarnings,
  store: enStore,
  staff: enStaff,
};
export type Messages = typeof english;

const spanish: Messages = {
  common: esCommon,
  roles: esRoles,
  nav: esNav,
  account: esAccount,
  signIn: esSignIn,
  today: esToday,
  parcels: esParcels,
  arrivals: esArrivals,
  handoff: esHandoff,
  scan: esScan,
  offline: esOffline,
  errors: esErrors,
  validation: esValidation,
  deliveries: esDeliveries,
  earnings: esEarnings,
  store: esStore,
  staff: esStaff,
};

export const messagesFor: Record<Locale, Messages> = { "en-US": english, es: spanish };
