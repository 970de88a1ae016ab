import { z } from "zod";
import { latitudeRule, longitudeRule, type NumberRule, payRateCentsRule, radiusMilesRule } from "./partner-fields";

/** The server's side of lib/partner-fields.ts: the same rules and messages as zod schemas. */
function numberSchema(rule: NumberRule) {
  const number = z.number(rule.notNumber);
  return (rule.notWhole ? number.int(rule.notWhole) : number).min(rule.min, rule.tooSmall).max(rule.max, rule.tooBig);
}

export const latitudeSchema = numberSchema(latitudeRule);
export const longitudeSchema = numberSchema(longitudeRule);
export const radiusMilesSchema = numberSchema(radiusMilesRule);
export const payRateCentsSchema = numberSchema(payRateCentsRule);
