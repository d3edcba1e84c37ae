// The mail of `npm run bench:bigmail`.

/** A registration with one attachment of random bytes, base64 in 76-character lines: `bytes` in all. */
export function bigMail(i: number, bytes: number, tag = `${process.pid}-${Date.now()}`): Buffer {
  const head =
    `From: Oliver Grant <oliver.grant@ledgerline.co.uk>\r\nTo: partners@northbeam.io\r\nSubject: Deal registration ${i}\r\n` +
    `Message-ID: <bigmail-${i}-${tag}@ledgerline.co.uk>\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` +
    `Company: Castlegate Dental Group ${i} Ltd\r\nWebsite: castlegate${i}.co.uk\r\nContact: Jane Roe, jane@castlegate${i}.co.uk\r\n\r\n` +
    `--b\r\nContent-Type: application/pdf; name="deck.pdf"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="deck.pdf"\r\n\r\n`;
  const tail = "\r\n--b--\r\n";
  const lineBytes = 78; // 76 characters and CRLF
  const lines = Math.floor((bytes - head.length - tail.length) / lineBytes);
  const line = Buffer.from(`${Buffer.alloc(57, i).toString("base64")}\r\n`);
  const out = Buffer.alloc(head.length + lines * lineBytes + tail.length);
  let at = out.write(head);
  for (let l = 0; l < lines; l++) at += line.copy(out, at);
  out.write(tail, at);
  return out;
}
