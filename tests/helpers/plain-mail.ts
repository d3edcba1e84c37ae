// Small partner mails to partners@vendor.example for parser tests.

/** A minimal text/plain partner mail, for tests that care only about the subject, the body and who writes. */
export function plainMail(
  subject: string,
  body: string,
  from = "Lena Hart <lena@northgate-partners.example.com>",
): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      "To: partners@vendor.example",
      `Subject: ${subject}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      body,
    ].join("\r\n"),
  );
}

/**
 * A partner's note above a forwarded prospect mail (Brian Daly of Daly Haulage, to the partner
 * Tom Reyes), for the delegation rules: `cc` is the forwarded mail's Cc line, or "".
 */
export function forwardedChain(note: string, cc: string, body: string, senderTitle = "Managing Director"): Buffer {
  return Buffer.from(
    "From: Tom Reyes <tom@reyes-consult.ie>\r\nTo: partners@vendor.example\r\nSubject: Fwd: fleet tracking\r\n\r\n" +
      `${note}\r\n\r\nTom\r\n\r\n---------- Forwarded message ---------\r\nFrom: Brian Daly <brian.daly@dalyhaulage.ie>\r\nDate: Mon, 2 Mar 2026\r\nSubject: fleet tracking\r\nTo: Tom Reyes <tom@reyes-consult.ie>\r\n${cc}\r\n\r\n${body}\r\n\r\nBrian Daly\r\n${senderTitle}\r\nDaly Haulage Ltd\r\nwww.dalyhaulage.ie\r\n`,
  );
}

/**
 * A partner's registration form (Ola Berg of Nordvik IT) for `prospect`, with `contactLine` where
 * the contact's label goes: for tests of how a contact label's value is read.
 */
export function contactForm(
  prospect: { company: string; website: string; email: string },
  contactLine: string,
): Buffer {
  return Buffer.from(
    `From: Ola Berg <ola@nordvik-it.no>\r\nTo: partners@vendor.example\r\nSubject: Deal registration: ${prospect.company}\r\n\r\n` +
      `Hello, please register this opportunity.\r\n\r\nCompany: ${prospect.company}\r\nWebsite: ${prospect.website}\r\n${contactLine}\r\nEmail: ${prospect.email}\r\n\r\nThanks,\r\nOla Berg\r\nNordvik IT AS\r\n`,
  );
}
