import { assignRegions, disablePerson, enablePerson, resetPassword } from "@/server/domain/people/access";
import { createPerson, listPeople } from "@/server/domain/people/manage";
import { assignRegionsInput, createPersonInput, listPeopleInput, personIdInput } from "@/server/domain/people/schemas";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const adminProcedure = roleProcedure("admin");

export const peopleRouter = createTRPCRouter({
  list: adminProcedure.input(listPeopleInput).query(({ ctx, input }) => listPeople({ ...ctx, input })),
  create: adminProcedure.input(createPersonInput).mutation(({ ctx, input }) => createPerson({ ...ctx, input })),
  assignRegions: adminProcedure
    .input(assignRegionsInput)
    .mutation(({ ctx, input }) => assignRegions({ ...ctx, input })),
  disable: adminProcedure.input(personIdInput).mutation(({ ctx, input }) => disablePerson({ ...ctx, input })),
  enable: adminProcedure.input(personIdInput).mutation(({ ctx, input }) => enablePerson({ ...ctx, input })),
  resetPassword: adminProcedure.input(personIdInput).mutation(({ ctx, input }) => resetPassword({ ...ctx, input })),
});
