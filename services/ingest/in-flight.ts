// Which stored messages this process is processing right now, and the name under which it
// leases them in the database (inbound_messages.processing_by). The backlog sweeps skip both
// these and rows leased by another live process; a lease of a process that died runs out.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

export const PROCESS_LEASE_OWNER = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

const inFlight = new Set<number>();

export function markInFlight(id: number): () => void {
  inFlight.add(id);
  return () => inFlight.delete(id);
}

export function isInFlight(id: number): boolean {
  return inFlight.has(id);
}
