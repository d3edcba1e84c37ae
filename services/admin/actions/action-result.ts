/** Result of an admin action: done (with what to show next) or refused with a reason for the page. */
export type ActionResult<T extends object = Record<never, never>> = ({ ok: true } & T) | { ok: false; reason: string };
