import type { OpeningHours } from "../schema";

/**
 * The demo's fixed geography. Places and coordinates are real (approximate); store names are
 * fictional. Each store carries the traits that make it a strong or a struggling partner, so
 * every performance figure has good and bad data.
 */

export type RegionKey = "southwest" | "capital" | "plains" | "delta";

export const demoRegions: readonly { key: RegionKey; name: string; timeZone: string }[] = [
  { key: "southwest", name: "Southwest", timeZone: "America/Phoenix" },
  { key: "capital", name: "Capital", timeZone: "America/New_York" },
  { key: "plains", name: "Plains", timeZone: "America/Chicago" },
  { key: "delta", name: "Delta", timeZone: "America/Chicago" },
];

export type Town = { city: string; postalCode: string; weight: number };

export type MallDef = {
  key: "chandler" | "fashion-show" | "tysons";
  name: string;
  region: RegionKey;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  lat: number;
  lng: number;
  timeZone: string;
  areaCode: string;
  /** Where its customers live: recipients spread over the metro area. */
  metro: readonly Town[];
  metroRadiusKm: number;
  /** How reliable the contracted drivers are here (per arrival). */
  driverNoShowRate: number;
  driverLateRate: number;
};

export const demoMalls: readonly MallDef[] = [
  {
    key: "chandler",
    name: "Chandler Fashion Center",
    region: "southwest",
    addressLine1: "3111 W Chandler Blvd",
    city: "Chandler",
    state: "AZ",
    postalCode: "85226",
    lat: 33.3016,
    lng: -111.8976,
    timeZone: "America/Phoenix",
    areaCode: "480",
    metro: [
      { city: "Chandler", postalCode: "85226", weight: 5 },
      { city: "Chandler", postalCode: "85224", weight: 3 },
      { city: "Gilbert", postalCode: "85233", weight: 3 },
      { city: "Tempe", postalCode: "85283", weight: 2 },
      { city: "Mesa", postalCode: "85210", weight: 2 },
    ],
    metroRadiusKm: 18,
    driverNoShowRate: 0.015,
    driverLateRate: 0.05,
  },
  {
    key: "fashion-show",
    name: "Fashion Show",
    region: "southwest",
    addressLine1: "3200 S Las Vegas Blvd",
    city: "Las Vegas",
    state: "NV",
    postalCode: "89109",
    lat: 36.1275,
    lng: -115.171,
    timeZone: "America/Los_Angeles",
    areaCode: "702",
    metro: [
      { city: "Las Vegas", postalCode: "89109", weight: 3 },
      { city: "Las Vegas", postalCode: "89102", weight: 3 },
      { city: "Las Vegas", postalCode: "89117", weight: 2 },
      { city: "Henderson", postalCode: "89014", weight: 2 },
      { city: "Paradise", postalCode: "89119", weight: 2 },
    ],
    metroRadiusKm: 20,
    // The struggling driver pool: misses here are the drivers', not the stores'.
    driverNoShowRate: 0.06,
    driverLateRate: 0.14,
  },
  {
    key: "tysons",
    name: "Tysons Corner Center",
    region: "capital",
    addressLine1: "1961 Chain Bridge Rd",
    city: "Tysons",
    state: "VA",
    postalCode: "22102",
    lat: 38.9177,
    lng: -77.2218,
    timeZone: "America/New_York",
    areaCode: "703",
    metro: [
      { city: "McLean", postalCode: "22102", weight: 3 },
      { city: "Vienna", postalCode: "22180", weight: 3 },
      { city: "Falls Church", postalCode: "22043", weight: 2 },
      { city: "Arlington", postalCode: "22207", weight: 2 },
      { city: "Reston", postalCode: "20190", weight: 1 },
    ],
    metroRadiusKm: 16,
    driverNoShowRate: 0.02,
    driverLateRate: 0.06,
  },
];

export type MallPartnerDef = {
  code: string;
  name: string;
  mall: MallDef["key"];
  suite: string;
  /** Offset of the shop from the mall's centre, in degrees. */
  offset: readonly [number, number];
  volume: readonly [number, number];
  /** Share of parcels ready before the window starts. */
  readyOnTime: number;
  payRateCents: number;
};

export const mallPartners: readonly MallPartnerDef[] = [
  {
    code: "CHN-SUNDIAL",
    name: "Sundial Outfitters",
    mall: "chandler",
    suite: "Suite 1148",
    offset: [0.0004, -0.0009],
    volume: [14, 24],
    readyOnTime: 0.985,
    payRateCents: 250,
  },
  {
    code: "CHN-SAGUARO",
    name: "Saguaro Sport & Trail",
    mall: "chandler",
    suite: "Suite 2210",
    offset: [-0.0006, 0.0007],
    volume: [10, 18],
    readyOnTime: 0.97,
    payRateCents: 250,
  },
  {
    code: "CHN-COPPER",
    name: "Copper Kettle Kitchenware",
    mall: "chandler",
    suite: "Suite 1072",
    offset: [0.0009, 0.0003],
    volume: [12, 22],
    readyOnTime: 0.76,
    payRateCents: 240,
  },
  {
    code: "CHN-MESQUITE",
    name: "Mesquite & Main Home",
    mall: "chandler",
    suite: "Suite 2306",
    offset: [-0.0002, -0.0011],
    volume: [8, 15],
    readyOnTime: 0.95,
    payRateCents: 250,
  },
  {
    code: "LAS-NEONLEAF",
    name: "Neon Leaf Apparel",
    mall: "fashion-show",
    suite: "Level 1, Unit 1510",
    offset: [0.0005, 0.0006],
    volume: [15, 25],
    readyOnTime: 0.98,
    payRateCents: 260,
  },
  {
    code: "LAS-DESERTROSE",
    name: "Desert Rose Beauty",
    mall: "fashion-show",
    suite: "Level 2, Unit 2245",
    offset: [-0.0007, -0.0004],
    volume: [10, 20],
    readyOnTime: 0.96,
    payRateCents: 255,
  },
  {
    code: "LAS-HIGHROLLER",
    name: "High Roller Games",
    mall: "fashion-show",
    suite: "Level 2, Unit 2080",
    offset: [0.0008, -0.0008],
    volume: [10, 18],
    readyOnTime: 0.84,
    payRateCents: 250,
  },
  {
    code: "TYS-CAPITOL",
    name: "Capitol Books",
    mall: "tysons",
    suite: "Level 1, Suite F4L",
    offset: [0.0006, 0.0004],
    volume: [12, 22],
    readyOnTime: 0.975,
    payRateCents: 270,
  },
  {
    code: "TYS-POTOMAC",
    name: "Potomac Outdoor Co.",
    mall: "tysons",
    suite: "Level 2, Suite H2U",
    offset: [-0.0005, 0.0009],
    volume: [10, 20],
    readyOnTime: 0.93,
    payRateCents: 265,
  },
  {
    code: "TYS-BLUERIDGE",
    name: "Blue Ridge Toy Works",
    mall: "tysons",
    suite: "Level 1, Suite C1P",
    offset: [0.0003, -0.001],
    volume: [10, 24],
    readyOnTime: 0.9,
    payRateCents: 260,
  },
];

export type RuralTraits = {
  failRate: number;
  photoRate: number;
  /** Share of received parcels the store attempts on the day it receives them. */
  sameDayRate: number;
  missingRate: number;
  unexpectedRate: number;
  damagedRate: number;
  outOfRadiusRate: number;
  /** Days in the history with a drop-off the store never checked in. */
  unservicedDays: number;
  usesOutForDelivery: boolean;
  /** Minutes after check-in before the delivery round starts. */
  roundDelay: readonly [number, number];
};

export type RuralPartnerDef = {
  code: string;
  name: string;
  region: RegionKey;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  lat: number;
  lng: number;
  areaCode: string;
  volume: readonly [number, number];
  /** The drop-off window start, local time; windows last an hour. */
  dropoffAt: string;
  hours: OpeningHours;
  payRateCents: number;
  traits: RuralTraits;
};

const good: RuralTraits = {
  failRate: 0.03,
  photoRate: 0.995,
  sameDayRate: 0.97,
  missingRate: 0.004,
  unexpectedRate: 0.003,
  damagedRate: 0.002,
  outOfRadiusRate: 0.002,
  unservicedDays: 0,
  usesOutForDelivery: false,
  roundDelay: [25, 75],
};

const weekdays = (open: string, close: string, sat: [string, string], sun: [string, string]): OpeningHours => ({
  "1": { open, close },
  "2": { open, close },
  "3": { open, close },
  "4": { open, close },
  "5": { open, close },
  "6": { open: sat[0], close: sat[1] },
  "7": { open: sun[0], close: sun[1] },
});

export const ruralPartners: readonly RuralPartnerDef[] = [
  {
    code: "NE-PRAIRIE",
    name: "Prairie Bloom Florist",
    region: "plains",
    addressLine1: "512 S 9th Ave",
    city: "Broken Bow",
    state: "NE",
    postalCode: "68822",
    lat: 41.4019,
    lng: -99.6393,
    areaCode: "308",
    volume: [26, 36],
    dropoffAt: "07:00",
    hours: weekdays("08:00", "18:00", ["08:00", "15:00"], ["10:00", "14:00"]),
    payRateCents: 250,
    traits: good,
  },
  {
    code: "NE-ORD",
    name: "North Loup Feed & Supply",
    region: "plains",
    addressLine1: "1520 L St",
    city: "Ord",
    state: "NE",
    postalCode: "68862",
    lat: 41.6033,
    lng: -98.9262,
    areaCode: "308",
    volume: [20, 32],
    dropoffAt: "07:30",
    hours: weekdays("07:30", "17:30", ["07:30", "12:00"], ["09:00", "12:00"]),
    payRateCents: 245,
    traits: { ...good, usesOutForDelivery: true, failRate: 0.035 },
  },
  {
    code: "NE-VALENTINE",
    name: "Sandhills Hair Studio",
    region: "plains",
    addressLine1: "315 N Main St",
    city: "Valentine",
    state: "NE",
    postalCode: "69201",
    lat: 42.8728,
    lng: -100.551,
    areaCode: "402",
    volume: [18, 28],
    dropoffAt: "08:00",
    hours: weekdays("09:00", "18:00", ["09:00", "14:00"], ["11:00", "14:00"]),
    payRateCents: 260,
    traits: { ...good, sameDayRate: 0.93, failRate: 0.045 },
  },
  {
    code: "NE-OGALLALA",
    name: "Lake Mac Fuel & Market",
    region: "plains",
    addressLine1: "210 E 1st St",
    city: "Ogallala",
    state: "NE",
    postalCode: "69153",
    lat: 41.128,
    lng: -101.7196,
    areaCode: "308",
    volume: [28, 40],
    dropoffAt: "06:30",
    hours: weekdays("06:00", "22:00", ["06:00", "22:00"], ["07:00", "21:00"]),
    payRateCents: 240,
    traits: {
      failRate: 0.09,
      photoRate: 0.86,
      sameDayRate: 0.82,
      missingRate: 0.02,
      unexpectedRate: 0.012,
      damagedRate: 0.006,
      outOfRadiusRate: 0.008,
      unservicedDays: 4,
      usesOutForDelivery: false,
      roundDelay: [60, 300],
    },
  },
  {
    code: "MS-DELTA",
    name: "Delta Hardware",
    region: "delta",
    addressLine1: "105 Jackson St",
    city: "Belzoni",
    state: "MS",
    postalCode: "39038",
    lat: 33.1843,
    lng: -90.4893,
    areaCode: "662",
    volume: [24, 36],
    dropoffAt: "07:00",
    hours: weekdays("07:00", "18:00", ["07:00", "16:00"], ["12:00", "17:00"]),
    payRateCents: 255,
    traits: { ...good, usesOutForDelivery: true },
  },
  {
    code: "MS-GREENWOOD",
    name: "Yazoo River Gifts",
    region: "delta",
    addressLine1: "318 Howard St",
    city: "Greenwood",
    state: "MS",
    postalCode: "38930",
    lat: 33.5162,
    lng: -90.1795,
    areaCode: "662",
    volume: [22, 34],
    dropoffAt: "08:00",
    hours: weekdays("09:00", "18:00", ["09:00", "17:00"], ["12:00", "16:00"]),
    payRateCents: 250,
    traits: { ...good, failRate: 0.05, sameDayRate: 0.9, photoRate: 0.97, unservicedDays: 1 },
  },
  {
    code: "AL-DEMOPOLIS",
    name: "Canebrake Pharmacy",
    region: "delta",
    addressLine1: "200 N Walnut Ave",
    city: "Demopolis",
    state: "AL",
    postalCode: "36732",
    lat: 32.5176,
    lng: -87.8364,
    areaCode: "334",
    volume: [20, 30],
    dropoffAt: "07:30",
    hours: weekdays("08:00", "19:00", ["08:00", "17:00"], ["13:00", "17:00"]),
    payRateCents: 275,
    traits: good,
  },
  {
    code: "AL-EUFAULA",
    name: "Barbour Street Salon",
    region: "delta",
    addressLine1: "125 N Eufaula Ave",
    city: "Eufaula",
    state: "AL",
    postalCode: "36027",
    lat: 31.8913,
    lng: -85.1455,
    areaCode: "334",
    volume: [20, 34],
    dropoffAt: "08:30",
    hours: weekdays("09:00", "18:00", ["09:00", "15:00"], ["12:00", "15:00"]),
    payRateCents: 245,
    traits: {
      failRate: 0.07,
      photoRate: 0.92,
      sameDayRate: 0.88,
      missingRate: 0.01,
      unexpectedRate: 0.006,
      damagedRate: 0.008,
      outOfRadiusRate: 0.02,
      unservicedDays: 2,
      usesOutForDelivery: false,
      roundDelay: [45, 200],
    },
  },
];

/** Mall opening hours: 10–9, Sunday 11–7. */
export const mallHours: OpeningHours = weekdays("10:00", "21:00", ["10:00", "21:00"], ["11:00", "19:00"]);

/** Driver pickup windows at the malls, by ISO weekday (Sunday has two). */
export function pickupWindows(isoWeekday: number): readonly (readonly [string, string])[] {
  if (isoWeekday === 7)
    return [
      ["12:00", "12:30"],
      ["16:00", "16:30"],
    ];
  return [
    ["11:00", "11:30"],
    ["15:00", "15:30"],
    ["18:30", "19:00"],
  ];
}
