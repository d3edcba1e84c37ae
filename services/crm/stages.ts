// Case status -> the CRM's stage, for every CRM: a status without its own stage that is still
// open (waiting for the partner, a conflict, a question) sits in the pending stage.

const OPEN_STATUSES = ["incomplete", "pending", "conflict", "info_requested"];

export function stageFor(stages: Readonly<Record<string, string>>, status: string): string | null {
  return stages[status] ?? (OPEN_STATUSES.includes(status) ? (stages.pending ?? null) : null);
}
