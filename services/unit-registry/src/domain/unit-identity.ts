import { v5 as uuidV5 } from 'uuid';

/** Namespace of the platform's deterministic unit ids (a fixed random UUID). */
const UNIT_NAMESPACE = '5b0e6d4e-3f5c-4f0b-9a51-2f1f1c7f3a10';

/**
 * A unit record's id, derived from its code and first day so that every import gives the same id.
 * Records whose start predates the data use "origin".
 */
export function unitId(code: string, validFrom: string | null): string {
  return uuidV5(`unit:${code}:${validFrom ?? 'origin'}`, UNIT_NAMESPACE);
}

export function lineageLinkId(predecessorId: string, successorId: string): string {
  return uuidV5(`lineage:${predecessorId}:${successorId}`, UNIT_NAMESPACE);
}
