// A minimal text/plain partner mail to partners@vendor.example, for parser tests that care only
// about the subject, the body and who writes.
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
