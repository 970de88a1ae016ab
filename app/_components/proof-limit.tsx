"use client";

import { createContext, useContext } from "react";
import { DEFAULT_PROOF_MAX_BYTES } from "@/lib/proof-rules";

const ProofLimitContext = createContext(DEFAULT_PROOF_MAX_BYTES);

/** The server's proof photo limit, handed to the page so the phone refuses what the server would. */
export function ProofLimitProvider({ maxBytes, children }: { maxBytes: number; children: React.ReactNode }) {
  return <ProofLimitContext value={maxBytes}>{children}</ProofLimitContext>;
}

export function useProofLimit(): number {
  return useContext(ProofLimitContext);
}
