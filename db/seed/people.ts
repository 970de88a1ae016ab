import type { Role } from "../schema";
import type { RegionKey } from "./places";
import type { Rng } from "./random";

/** Demo accounts (all with the password `handoff-demo`). The first four are the documented ones. */
export type DemoUserDef = {
  email: string;
  name: string;
  role: Role;
  partners?: readonly string[];
  regions?: readonly RegionKey[];
};

export const DEMO_PASSWORD = "handoff-demo";

export const demoUsers: readonly DemoUserDef[] = [
  { email: "staff@chandler.example", name: "Jordan Reyes", role: "store_staff", partners: ["CHN-SUNDIAL"] },
  { email: "owner@prairie.example", name: "Ruth Hadley", role: "store_owner", partners: ["NE-PRAIRIE"] },
  { email: "manager@west.example", name: "Marisol Vega", role: "regional_manager", regions: ["southwest"] },
  { email: "admin@handoff.example", name: "Avery Okafor", role: "admin" },
  // Managers of the other regions.
  { email: "manager@capital.example", name: "Desmond Hart", role: "regional_manager", regions: ["capital"] },
  { email: "manager@plains.example", name: "Karen Lindgren", role: "regional_manager", regions: ["plains"] },
  { email: "manager@delta.example", name: "Terrence Booker", role: "regional_manager", regions: ["delta"] },
  // More store people, so every store has someone acting in its history.
  { email: "owner@sundial.example", name: "Priya Natarajan", role: "store_owner", partners: ["CHN-SUNDIAL"] },
  { email: "staff@saguaro.example", name: "Tyler Benally", role: "store_staff", partners: ["CHN-SAGUARO"] },
  { email: "staff@copperkettle.example", name: "Brianna Holt", role: "store_staff", partners: ["CHN-COPPER"] },
  { email: "staff@mesquitemain.example", name: "Luis Carrillo", role: "store_staff", partners: ["CHN-MESQUITE"] },
  { email: "staff@neonleaf.example", name: "Kiana Moss", role: "store_staff", partners: ["LAS-NEONLEAF"] },
  { email: "staff@desertrose.example", name: "Sofia Marchetti", role: "store_staff", partners: ["LAS-DESERTROSE"] },
  { email: "staff@highroller.example", name: "Devon Pike", role: "store_staff", partners: ["LAS-HIGHROLLER"] },
  { email: "staff@capitolbooks.example", name: "Eleanor Quade", role: "store_staff", partners: ["TYS-CAPITOL"] },
  { email: "staff@potomacoutdoor.example", name: "Marcus Whitley", role: "store_staff", partners: ["TYS-POTOMAC"] },
  { email: "staff@blueridgetoys.example", name: "Hannah Cho", role: "store_staff", partners: ["TYS-BLUERIDGE"] },
  { email: "staff@prairie.example", name: "Cody Jensen", role: "store_staff", partners: ["NE-PRAIRIE"] },
  { email: "owner@northloup.example", name: "Dale Kasper", role: "store_owner", partners: ["NE-ORD"] },
  { email: "owner@sandhillshair.example", name: "Jolene Fairbanks", role: "store_owner", partners: ["NE-VALENTINE"] },
  { email: "owner@lakemac.example", name: "Rick Sorensen", role: "store_owner", partners: ["NE-OGALLALA"] },
  { email: "staff@lakemac.example", name: "Amber Kowalski", role: "store_staff", partners: ["NE-OGALLALA"] },
  { email: "owner@delta.example", name: "Calvin Pruitt", role: "store_owner", partners: ["MS-DELTA"] },
  { email: "staff@delta.example", name: "Latoya Greer", role: "store_staff", partners: ["MS-DELTA"] },
  { email: "owner@yazoogifts.example", name: "Marjorie Tatum", role: "store_owner", partners: ["MS-GREENWOOD"] },
  { email: "owner@canebrake.example", name: "Samuel Ogletree", role: "store_owner", partners: ["AL-DEMOPOLIS"] },
  { email: "owner@barbourstreet.example", name: "Tamika Rollins", role: "store_owner", partners: ["AL-EUFAULA"] },
];

const firstNames = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Elijah",
  "Sophia",
  "James",
  "Isabella",
  "William",
  "Mia",
  "Benjamin",
  "Charlotte",
  "Lucas",
  "Amelia",
  "Henry",
  "Harper",
  "Alexander",
  "Evelyn",
  "Mateo",
  "Abigail",
  "Daniel",
  "Emily",
  "Michael",
  "Ella",
  "Jackson",
  "Grace",
  "Sebastian",
  "Chloe",
  "Jack",
  "Camila",
  "Owen",
  "Nora",
  "Samuel",
  "Lily",
  "Wyatt",
  "Zoe",
  "Caleb",
  "Hazel",
  "Isaac",
  "Aurora",
  "Levi",
  "Violet",
  "Gabriel",
  "Stella",
  "Julian",
  "Lucy",
  "Ezra",
  "Maya",
  "Aaron",
  "Naomi",
  "Andre",
  "Rosa",
  "Tomás",
  "Mei",
  "Rahul",
  "Aisha",
  "Kwame",
  "Yuki",
  "Dmitri",
] as const;

const lastNames = [
  "Anderson",
  "Bailey",
  "Brooks",
  "Carter",
  "Chen",
  "Coleman",
  "Diaz",
  "Edwards",
  "Fischer",
  "Foster",
  "Garcia",
  "Gonzalez",
  "Gray",
  "Hansen",
  "Hayes",
  "Hernandez",
  "Hughes",
  "Jenkins",
  "Johnson",
  "Kim",
  "Larsen",
  "Lee",
  "Lopez",
  "Martin",
  "Mendoza",
  "Miller",
  "Morgan",
  "Nguyen",
  "Nielsen",
  "Olson",
  "Ortiz",
  "Patel",
  "Perry",
  "Peterson",
  "Ramirez",
  "Reed",
  "Rivera",
  "Roberts",
  "Sanders",
  "Schmidt",
  "Scott",
  "Shah",
  "Simmons",
  "Stewart",
  "Sullivan",
  "Thompson",
  "Torres",
  "Turner",
  "Walker",
  "Washington",
  "Watson",
  "Webb",
  "Williams",
  "Young",
] as const;

export function personName(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

export function firstName(rng: Rng): string {
  return rng.pick(firstNames);
}

/** 555-01xx numbers are reserved for fiction. */
export function phoneNumber(rng: Rng, areaCode: string): string {
  return `+1${areaCode}55501${String(rng.int(0, 99)).padStart(2, "0")}`;
}

export type Driver = { name: string; vehicle: string };

const vehicles = [
  "Silver Toyota Corolla",
  "White Honda Civic",
  "Blue Ford Escape",
  "Black Nissan Rogue",
  "Red Kia Soul",
  "Gray Hyundai Elantra",
  "White Chevrolet Equinox",
  "Green Subaru Outback",
];

const vans = ["White Ford Transit", "White Ram ProMaster", "Silver Mercedes Sprinter"];

/** A small pool of regular drivers per mall or rural route, with plates in the right style. */
export function driverPool(rng: Rng, size: number, plateState: string, kind: "car" | "van"): Driver[] {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  return Array.from({ length: size }, () => {
    const plate = `${rng.pick([...letters])}${rng.pick([...letters])}${rng.pick([...letters])}${rng.int(1000, 9999)}`;
    const model = rng.pick(kind === "car" ? vehicles : vans);
    return { name: personName(rng), vehicle: `${model} · ${plateState} ${plate}` };
  });
}
