import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { AppError } from "@/server/errors";
import type { SystemActor } from "../actor";
import { recordAudit } from "../audit/record";
import { newOneTimePassword } from "./credentials";
import { createPersonInput } from "./schemas";

const firstAdminInput = createPersonInput.pick({ email: true, name: true });
const setupActor: SystemActor = { kind: "system", label: "admin:create" };

/**
 * Creates an administrator from the command line, for standing up a new network on an empty
 * database (everything after is done in the admin area). Returns a one-time password.
 */
export async function createAdminFromCommandLine(options: { db: DbOrTx; input: z.input<typeof firstAdminInput> }) {
  const input = firstAdminInput.parse(options.input);
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ ...input, role: "admin", passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!row) throw new AppError("CONFLICT", `${input.email} already has an account.`);
    await recordAudit({
      db: tx,
      actor: setupActor,
      entity: "person",
      entityId: row.id,
      action: "create",
      after: { ...input, role: "admin" },
    });
    return { ...row, oneTimePassword };
  });
}
