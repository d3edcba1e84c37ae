// When the weekly digest is due: the latest "<weekday> <HH:MM> UTC" at or before now. Pure.
export interface DigestSchedule {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

export function lastDigestSlot(now: Date, s: DigestSchedule): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), s.hour, s.minute));
  slot.setUTCDate(slot.getUTCDate() - ((now.getUTCDay() - s.weekday + 7) % 7));
  if (slot > now) slot.setUTCDate(slot.getUTCDate() - 7);
  return slot;
}
