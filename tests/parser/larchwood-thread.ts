// One invented thread for the tests that read the contact's title where they sign a forwarded mail
// (role-signature-title-then-firm, role-signed-below-quote): the partner forwards the prospect's
// answer ("Ewan Tate" of Larchwood Kennels Ltd), whose lines the test gives after the greeting.

/** The raw mail: the partner's note, then the forwarded answer with `lines` after "Hi Nora,". */
export function larchwoodThread(subject: string, lines: string[]): Buffer {
  return Buffer.from(
    [
      "From: Nora Pike <nora@pike-advisory.co.uk>",
      "To: partners@vendor.example",
      `Subject: Fwd: ${subject}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hello,",
      "",
      "Forwarding the mail below, please register Larchwood Kennels Ltd for me.",
      "",
      "Nora",
      "",
      "---------- Forwarded message ---------",
      "From: Ewan Tate <ewan.tate@larchwood-kennels.co.uk>",
      "Date: Wed, 1 Apr 2026 at 17:02",
      `Subject: ${subject}`,
      "To: Nora Pike <nora@pike-advisory.co.uk>",
      "",
      "Hi Nora,",
      "",
      ...lines,
    ].join("\r\n"),
  );
}
