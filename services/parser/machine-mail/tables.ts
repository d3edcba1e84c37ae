// The phrases and headers by which mail servers, gateways, list managers and people's
// out-of-office rules show themselves. Data only: the recogniser (recognise.ts), the report
// reader (bounce-report.ts) and the return-date reader (return-date.ts) read these tables.
// Every entry carries an `example` from the family it was written for; a test checks that
// each entry matches its example, so an edit that breaks an entry fails loudly.
// Patterns are anchored or bounded (no nested quantifiers) so they stay linear on hostile text.

export interface PhraseEntry {
  pattern: RegExp;
  /** where this wording comes from, for the reader of this table */
  source: string;
  example: string;
}

/** Local parts of the addresses that mail systems send reports from. */
export const REPORT_SENDERS: PhraseEntry[] = [
  {
    pattern: /^(?:mailer-daemon|mailerdaemon|mail-daemon|mailer_daemon)@/i,
    source: "every MTA",
    example: "MAILER-DAEMON@mx1.vendor.example",
  },
  {
    pattern: /^postmaster@/i,
    source: "Exchange, GroupWise, Domino, carriers, gateways",
    example: "Postmaster@acmewerk.de",
  },
  {
    pattern: /^microsoftexchange[0-9a-f]{32}@/i,
    source: "Exchange 2010-2019, Office 365",
    example: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@quarry-stone.com",
  },
  {
    pattern: /^(?:mfilter|mailadmin|mail-admin)@/i,
    source: "McAfee MFilter, older appliances",
    example: "mfilter@mail.kingsbridge-law.com",
  },
  {
    pattern: /^(?:bounce|bounces|mailman-bounces|[a-z0-9._-]+-bounces)@/i,
    source: "Barracuda ESS, Mailman",
    example: "bounce@ess.barracudanetworks.com",
  },
  {
    pattern: /^fml-admin@|^[a-z0-9._-]+-admin@(?:lists?|ml)\./i,
    source: "fml list manager",
    example: "resellers-admin@lists.kyoto-partners.jp",
  },
  {
    pattern: /^no-?reply@sns\.amazonaws\.com$/i,
    source: "Amazon SNS e-mail subscription",
    example: "no-reply@sns.amazonaws.com",
  },
];

/** Display names of report senders whose address says nothing ("<@>", "MAILER-DAEMON" bare). */
export const REPORT_SENDER_NAMES: PhraseEntry[] = [
  {
    pattern: /\b(?:mail delivery (?:system|subsystem)|mailer[- ]daemon|system administrator|mail administrator)\b/i,
    source: "Postfix, sendmail, Exchange 2003",
    example: "Mail Delivery Subsystem",
  },
  { pattern: /\bcourier mail server\b/i, source: "Courier", example: "Courier mail server at mail.alpenhof.at" },
  {
    pattern: /\b(?:interscan|barracuda|mimecast|proofpoint|sophos)\b/i,
    source: "security gateways",
    example: "InterScan MSS",
  },
];

/** Subjects of non-delivery, delay and success reports, in the languages servers send them. */
export const REPORT_SUBJECTS: PhraseEntry[] = [
  {
    pattern: /^\s*undeliver(?:able|ed)\b/i,
    source: "Exchange, Office 365, Postfix",
    example: "Undeliverable: [REG-2026-000802] Registration received",
  },
  {
    pattern: /^\s*undelivered mail returned to sender\b/i,
    source: "Postfix",
    example: "Undelivered Mail Returned to Sender",
  },
  {
    pattern: /^\s*returned mail\b/i,
    source: "sendmail, AOL, docomo",
    example: "Returned mail: see transcript for details",
  },
  {
    pattern: /^\s*mail delivery (?:failed|failure|delayed)\b/i,
    source: "Exim, GMX, IONOS",
    example: "Mail delivery failed: returning message to sender",
  },
  {
    pattern: /^\s*delivery status notification\b/i,
    source: "Gmail, SES, Mailgun, Outlook.com",
    example: "Delivery Status Notification (Failure)",
  },
  {
    pattern: /^\s*delivery (?:failure|failed|has failed|delayed|notification)\b/i,
    source: "Domino, McAfee, Exchange",
    example: "DELIVERY FAILURE: User k.braun not listed in Domino Directory",
  },
  { pattern: /^\s*failure notice\b/i, source: "qmail, Yahoo", example: "failure notice" },
  {
    pattern: /^\s*warning: (?:could not send message|message \S+ delayed)\b/i,
    source: "sendmail, Exim",
    example: "Warning: message 1tQb9X-0007Qs-2E delayed 24 hours",
  },
  { pattern: /^\s*delayed mail\b/i, source: "Postfix", example: "Delayed Mail (still being retried)" },
  { pattern: /^\s*successful mail delivery report\b/i, source: "Postfix", example: "Successful Mail Delivery Report" },
  {
    pattern: /^\s*(?:delivered|relayed|expanded):/i,
    source: "Exchange",
    example: "Relayed: [REG-2026-003301] Registration received",
  },
  { pattern: /^\s*notice: mail delivery status\b/i, source: "Courier", example: "NOTICE: mail delivery status." },
  {
    pattern: /^\s*delivery status notification: error\b/i,
    source: "OpenSMTPD",
    example: "Delivery status notification: error",
  },
  { pattern: /^\s*message status - undeliverable\b/i, source: "GroupWise", example: "Message status - undeliverable" },
  {
    pattern: /^\s*mail (?:system error|could not be delivered)\b/i,
    source: "ezweb/au, KDDI, Trend Micro",
    example: "Mail System Error - Returned Mail",
  },
  { pattern: /^\s*address not found\b/i, source: "Google Groups", example: "Address not found" },
  {
    pattern: /^\s*mimecast notification: message rejected\b/i,
    source: "Mimecast",
    example: "Mimecast Notification: Message Rejected",
  },
  {
    pattern: /^\s*\*\*message you sent blocked\b/i,
    source: "Barracuda",
    example: "**Message you sent blocked by our bulk email filter**",
  },
  { pattern: /^\s*fml status report\b/i, source: "fml", example: "fml Status report (resellers ML)" },
  {
    pattern: /^\s*(?:unzustellbar|nicht zustellbar|unzustellbare nachricht)\b/i,
    source: "Office 365 de, web.de",
    example: "Unzustellbar: [REG-2026-000902] Registrierung eingegangen",
  },
  {
    pattern: /^\s*(?:non remis|non distribuable)\b/i,
    source: "Office 365 fr",
    example: "Non remis : [REG-2026-000903]",
  },
  {
    pattern: /^\s*no se puede entregar\b/i,
    source: "Office 365 es",
    example: "No se puede entregar: [REG-2026-000904]",
  },
  {
    pattern: /^\s*(?:niet bezorgd|onbestelbaar)\b/i,
    source: "Office 365 nl",
    example: "Onbestelbaar: [REG-2026-000001]",
  },
  {
    pattern: /^\s*(?:non recapitabile|impossibile recapitare)\b/i,
    source: "Office 365 it",
    example: "Non recapitabile: [REG-2026-000001]",
  },
  { pattern: /^\s*配信できません/, source: "Office 365 ja", example: "配信できません: [REG-2026-000905]" },
  { pattern: /^\s*メールシステムエラー/, source: "SoftBank", example: "メールシステムエラー" },
  { pattern: /^\s*недоставленное сообщение/i, source: "mail.ru, Yandex", example: "Недоставленное сообщение" },
  {
    pattern: /^\s*non[- ]?deliver(?:y|able)\b/i,
    source: "Exchange 2000, MDaemon, appliances",
    example: "Nondeliverable mail",
  },
  {
    pattern: /^\s*delivery notification: delivery has (?:failed|been delayed)\b/i,
    source: "Oracle/Sun Messaging Server",
    example: "Delivery Notification: Delivery has failed",
  },
  {
    pattern: /^\s*(?:permanent delivery failure|message (?:could not be|not) delivered|undeliverable mail)\b/i,
    source: "MDaemon, IMail, Amavis",
    example: "Permanent Delivery Failure",
  },
  {
    pattern: /^\s*(?:mancata consegna|messaggio non (?:recapitato|consegnato))\b/i,
    source: "Aruba, Italian hosts",
    example: "Mancata consegna: [REG-2026-004007] Registration received",
  },
  { pattern: /^\s*nedoručiteln[áa] zpr[áa]va/i, source: "Seznam", example: "Nedoručitelná zpráva" },
  {
    pattern: /^\s*mensagem não entregue|^\s*mensagem nao entregue/i,
    source: "UOL, Portuguese hosts",
    example: "Mensagem não entregue",
  },
  {
    pattern: /^\s*wiadomość nie została dostarczona|^\s*niedostarczalna wiadomość/i,
    source: "WP, Onet",
    example: "Wiadomość nie została dostarczona",
  },
  {
    pattern: /^\s*退信|^\s*系统退信/,
    source: "QQ mail, NetEase",
    example: "退信：[REG-2026-004004] Registration received",
  },
  { pattern: /메일 발송 실패|반송된 메일/, source: "Naver, Daum", example: "[네이버 메일] 메일 발송 실패" },
];

/**
 * Sentences only a mail system writes, in the report's own words (not a person's account of a
 * bounce): one of these in the first part of the text, from a report sender or under a report
 * subject, makes the mail a bounce.
 */
export const REPORT_BODY_PHRASES: PhraseEntry[] = [
  {
    pattern: /\bcould not be delivered to one or more (?:of its )?recipients\b/i,
    source: "Postfix, Exim",
    example: "your message could not\nbe delivered to one or more recipients",
  },
  {
    pattern: /\bthis message was created automatically by mail delivery software\b/i,
    source: "Exim, GMX, Zoho",
    example: "This message was created automatically by mail delivery software.",
  },
  {
    pattern: /\bi'm afraid i wasn't able to deliver your message\b/i,
    source: "qmail",
    example: "I'm afraid I wasn't able to deliver your message to the following addresses.",
  },
  {
    pattern: /\bthe following addresses had (?:permanent fatal errors|delivery problems)\b/i,
    source: "sendmail, McAfee",
    example: "----- The following addresses had permanent fatal errors -----",
  },
  {
    pattern: /\bdelivery (?:has failed|is delayed) to these recipients\b/i,
    source: "Exchange 2007-2019",
    example: "Delivery has failed to these recipients or groups:",
  },
  {
    pattern: /\byour message (?:to \S+ )?(?:couldn't|could not|wasn't|was not) (?:be )?delivered\b/i,
    source: "Office 365, Gmail, Mimecast",
    example: "Your message to mpatel@tidewater-logistics.com couldn't be delivered.",
  },
  {
    pattern: /\byour message did not reach some or all of the intended recipients\b/i,
    source: "Exchange 2003",
    example: "Your message did not reach some or all of the intended recipients.",
  },
  {
    pattern: /\bsorry, we were unable to deliver your message\b/i,
    source: "Yahoo",
    example: "Sorry, we were unable to deliver your message to the following address.",
  },
  {
    pattern: /\bdelivery to the following recipients? (?:failed|has been delayed)\b/i,
    source: "Mailgun, generic DSN",
    example: "Delivery to the following recipient failed permanently:",
  },
  {
    pattern: /\b(?:unable to deliver message to|the message that you sent was undeliverable)\b/i,
    source: "Trend Micro, GroupWise",
    example: "Unable to deliver message to <s.ito@tokai-kogyo.co.jp>.",
  },
  { pattern: /\bwas not delivered to\b/i, source: "Domino, SoftBank", example: "was not delivered to:" },
  {
    pattern: /\bcould not be delivered to the following (?:recipient|address)/i,
    source: "Barracuda ESS",
    example: "Your message could not be delivered to the following recipient:",
  },
  {
    pattern: /\bwas blocked by our spam firewall\b/i,
    source: "Barracuda",
    example: "was blocked by our Spam Firewall.",
  },
  {
    pattern: /\bcould not be delivered to the following address\(es\)|could not be delivered to the following address/i,
    source: "ezweb/au, KDDI",
    example: "could not be delivered to the following address(es):",
  },
  {
    pattern: /\ban error has occurred while attempting to deliver a message\b/i,
    source: "OpenSMTPD",
    example: "An error has occurred while attempting to deliver a message for",
  },
  {
    pattern: /\bhas not yet been delivered to one or more of its\s+recipients\b/i,
    source: "Exim delay",
    example: "A message that you sent has not yet been delivered to one or more of its\nrecipients",
  },
  {
    pattern:
      /\b(?:message not delivered yet|delivery to the following recipients has been delayed|this is a warning (?:message )?only)\b/i,
    source: "Gmail, generic, sendmail/Postfix delay",
    example: "** Message not delivered yet **",
  },
  {
    pattern: /\bsuccessfully delivered to\b|\bdelivery to these recipients or groups is complete\b/i,
    source: "Postfix/Exchange success",
    example: "Your message was successfully delivered to the destination(s)",
  },
  { pattern: /\*\* (?:address not found|message blocked) \*\*/i, source: "Gmail", example: "** Address not found **" },
  {
    pattern: /\bthe group you tried to contact \([^)\n]{1,80}\) may not exist\b/i,
    source: "Google Groups",
    example: "the group you tried to contact (resellers) may not exist",
  },
  {
    pattern: /\byou are not a member of \S+/i,
    source: "fml",
    example: "You are not a member of resellers@lists.kyoto-partners.jp",
  },
  {
    pattern: /\bkonnte (?:an folgende empfänger )?nicht zugestellt werden\b|\bkonnte nicht zugestellt we/i,
    source: "Office 365 de, web.de",
    example: "Ihre Nachricht an m.hausmann@hausmann-elektro.de konnte nicht zugestellt werden.",
  },
  {
    pattern: /\bn'a pas pu être remis\b/i,
    source: "Office 365 fr",
    example: "Votre message à c.rousseau@atelier-rousseau.fr n'a pas pu être remis.",
  },
  {
    pattern: /\bno se pudo entregar su mensaje\b/i,
    source: "Office 365 es",
    example: "No se pudo entregar su mensaje a r.ibarra@constructora-ibarra.mx.",
  },
  {
    pattern: /メッセージを配信できませんでした|配信できませんでした/,
    source: "Office 365 ja, SoftBank",
    example: "t.yamada@sakura-denki.co.jp にメッセージを配信できませんでした。",
  },
  {
    pattern: /не может быть доставлено|не удалось доставить ваше письмо/i,
    source: "mail.ru, Yandex",
    example: "К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям",
  },
  {
    pattern: /\bmessage from interscan messaging security suite\b/i,
    source: "Trend Micro InterScan",
    example: "******   Message from InterScan Messaging Security Suite  ******",
  },
  {
    pattern: /\bthis is the (?:mail system at host|qmail-send program at|postfix program at host)\b/i,
    source: "Postfix, qmail",
    example: "This is the mail system at host mx1.vendor.example.",
  },
  {
    pattern:
      /\bthis is a delivery status notification from\b|\bthis is an automatically generated delivery status notification\b/i,
    source: "Courier, generic",
    example: "This is a delivery status notification from mail.alpenhof.at,",
  },
  {
    pattern: /\ban error occurred while trying to deliver the mail to the following recipients\b/i,
    source: "Amazon SES",
    example: "An error occurred while trying to deliver the mail to the following recipients:",
  },
  {
    pattern: /\bthis report relates to a message you sent with the following header fields\b/i,
    source: "Oracle/Sun Messaging Server",
    example: "This report relates to a message you sent with the following header fields:",
  },
  {
    pattern: /\bthe following message to <?[^\s>]{1,200}>? was undeliverable\b/i,
    source: "Exchange 2007 relay",
    example: "The following message to <a@b.example> was undeliverable.",
  },
  {
    pattern: /\byour message (?:cannot|could not) be delivered to the following recipients\b/i,
    source: "Messaging Server, appliances",
    example: "Your message cannot be delivered to the following recipients:",
  },
  {
    pattern: /\bbanned contents? alert\b|\bthe message was blocked by the content filter\b/i,
    source: "Amavis",
    example: "BANNED CONTENTS ALERT",
  },
  {
    pattern: /\bnon è stato consegnato ai seguenti destinatari\b/i,
    source: "Aruba",
    example: "Il messaggio non è stato consegnato ai seguenti destinatari:",
  },
  {
    pattern: /zprávu se nepodařilo doručit/i,
    source: "Seznam",
    example: "Zprávu se nepodařilo doručit následujícím příjemcům:",
  },
  {
    pattern: /não foi possível entregar a mensagem/i,
    source: "UOL",
    example: "Não foi possível entregar a mensagem para:",
  },
  {
    pattern: /wiadomość nie mogła zostać dostarczona/i,
    source: "WP",
    example: "Twoja wiadomość nie mogła zostać dostarczona do następujących odbiorców:",
  },
  {
    pattern: /您发送的邮件被退回|邮件被退回/,
    source: "QQ mail",
    example: "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：",
  },
  {
    pattern: /메일이 아래 수신자에게 전달되지 못했습니다|전달되지 못했습니다/,
    source: "Naver",
    example: "보내신 메일이 아래 수신자에게 전달되지 못했습니다.",
  },
];

/**
 * An SMTP reply quoted in a report ("550 5.1.1 …", "552 Requested action …"): from a report
 * sender, this alone marks a bounce in any language.
 */
export const SMTP_REPLY_RE =
  /(?<![\d.])[45][0-5]\d[ -](?:#?[45]\.\d{1,3}\.\d{1,3}\b|(?:mailbox|user|requested|recipient|message|access|relay|no such|invalid|unknown|service|sorry|account|address|delivery|not|rejected|denied)\b)/i;

/** Headers whose presence alone marks a non-delivery report. */
export const REPORT_HEADERS: { name: string; source: string }[] = [
  { name: "x-failed-recipients", source: "Exim, Gmail, GMX, mail.ru" },
  { name: "x-ms-exchange-message-is-ndr", source: "Exchange 2010-2019, Office 365" },
];

/** Amazon SNS notifications mailed to an e-mail subscription: the JSON's notificationType. */
export const SNS_NOTIFICATION_RE = /"notificationType"\s*:\s*"(Bounce|Complaint|Delivery|DeliveryDelay)"/;

/** DSN fields (RFC 3464) as they appear in the text of a report. */
export const DSN_FIELD_RE =
  /^(?:Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Will-Retry-Until|X-Original-Message-ID|Original-Message-ID|Remote-MTA|Reporting-MTA):/im;

/**
 * What a report's words say when it gives no RFC 3463 status, or only "x.0.0": the status the
 * words imply. First match wins; keep the more specific entries first.
 */
export const STATUS_PHRASES: (PhraseEntry & { status: string })[] = [
  {
    status: "5.2.2",
    pattern:
      /\b(?:mailbox (?:is )?full|over ?quota|quota ?exceeded|exceeded storage allocation|out of storage|inbox is full|mailbox has exceeded|casella piena|postfach (?:ist )?voll)/i,
    source: "generic, Gmail, IONOS",
    example: "552 Requested mail action aborted: exceeded storage allocation",
  },
  {
    status: "5.1.1",
    pattern:
      /\b(?:user unknown|unknown user|no such (?:user|mailbox)|user not found|user doesn't exist|does not exist|may not exist|not found|invalid (?:mailbox|recipient|address)|no mailbox here|mailbox unavailable|not listed in (?:the )?domino directory|doesn't have an? \S+ account|address rejected)/i,
    source: "most MTAs",
    example: "Sorry, no mailbox here by that name. vpopmail (#5.1.1)",
  },
  {
    status: "5.1.1",
    pattern:
      /такого ящика не существует|見つかりません|nicht vorhanden|nicht im domino-verzeichnis|introuvable|no se encontró|inexistente|neexistuje|nie istnieje|不存在|존재하지 않습니다/i,
    source: "Yandex, Domino de, Office 365 ja/de/fr/es, UOL, Seznam, WP, QQ, Naver",
    example: "Benutzer hmueller nicht im Domino-Verzeichnis aufgeführt",
  },
  {
    status: "5.7.1",
    pattern:
      /\b(?:blocked|spam|content rejected|rejected due to content|not a member|access denied|relay access denied|policy)/i,
    source: "gateways, fml",
    example: "550 permanent failure for one or more recipients (admin@oakhurst-clinic.com:blocked)",
  },
  {
    status: "4.4.1",
    pattern: /\b(?:connection timed out|timed out)\b/i,
    source: "sendmail delay",
    example: "Deferred: Connection timed out with mx.kestrel.co.uk.",
  },
];

/** Wording of delay notices ("will retry") and of success reports, when no DSN Action says so. */
export const DELAY_PHRASES: PhraseEntry[] = [
  {
    pattern:
      /\b(?:will (?:keep trying|retry|continue to be attempted)|still being retried|not (?:been )?delivered yet|has not yet been delivered|delivery (?:is|has been) delayed|delivery attempts will continue|this is a warning (?:message )?only)\b/i,
    source: "Postfix, sendmail, Exim, Exchange, Gmail",
    example: "Delivery attempts will continue for\nsome time",
  },
];
export const SUCCESS_PHRASES: PhraseEntry[] = [
  {
    pattern:
      /\b(?:successfully delivered|delivery to these recipients or groups is complete|successful mail delivery report)\b/i,
    source: "Postfix, Exchange",
    example: "Your message has been successfully delivered to the following recipients",
  },
];

/** Feedback (complaint) reports that arrive without report-type=feedback-report. */
export const FEEDBACK_SENDERS: PhraseEntry[] = [
  {
    pattern: /^complaints@(?:[a-z0-9-]+\.)*amazonses\.com$/i,
    source: "Amazon SES complaint forwarding",
    example: "complaints@email-abuse.amazonses.com",
  },
  {
    pattern: /^(?:staff@hotmail\.com|feedback@arf\.mail\.yahoo\.com|scomp@aol\.net)$/i,
    source: "Outlook.com JMRP, Yahoo and AOL feedback loops",
    example: "staff@hotmail.com",
  },
];

/** Markers after which a report quotes the original message (so its text is not the report's). */
export const ORIGINAL_MESSAGE_MARKERS: PhraseEntry[] = [
  {
    pattern:
      /^-{2,} ?(?:below this line is a copy of the message|this is a copy of the message|the header of the original message is following|original message|kopfzeilen der ursprünglichen nachricht)/im,
    source: "qmail, Exim, GMX, web.de, Google Groups",
    example: "--- Below this line is a copy of the message.",
  },
  {
    pattern:
      /^(?:original message headers|ursprüngliche nachrichtenkopfzeilen|encabezados del mensaje original|possibly truncated original message follows):?/im,
    source: "Exchange, GroupWise, Mailgun",
    example: "Original message headers:",
  },
];

/**
 * Out-of-office wording that classify.ts's own list lacks (it covers English and German
 * "I am out of the office"): "back in the office on", other languages. Only in the first
 * lines of a short mail.
 */
export const OUT_OF_OFFICE_PHRASES: PhraseEntry[] = [
  {
    pattern: /\b(?:wieder im b(?:ü|ue)ro|wieder erreichbar)\b/i,
    source: "de",
    example: "Ich bin ab dem 7. Januar 2027 wieder im Büro",
  },
  {
    pattern: /\b(?:back in the office|away from the office|out of office until)\b/i,
    source: "en",
    example: "I'm away from the office until 7 January 2027.",
  },
  {
    pattern: /\b(?:sono fuori ufficio|sarò assente|risponderò al mio rientro)\b/i,
    source: "it",
    example: "Sono fuori ufficio fino al 15 dicembre 2026.",
  },
  {
    pattern: /\bik ben (?:momenteel |tot en met [^.\n]{1,30} )?afwezig\b|\buw e-?mail wordt niet doorgestuurd\b/i,
    source: "nl",
    example: "Ik ben afwezig tot en met 11 december 2026.",
  },
  {
    pattern: /\b(?:estoy fuera de la oficina|estaré ausente)\b/i,
    source: "es",
    example: "Estoy fuera de la oficina hasta el 10 de diciembre de 2026.",
  },
  {
    pattern: /\bje suis (?:actuellement )?absente? (?:du bureau|jusqu)/i,
    source: "fr",
    example: "Je suis absente du bureau jusqu'au 4 janvier 2027 inclus.",
  },
  {
    pattern: /(?<![\p{L}])(?:je suis en congés?|je serai absente?)(?![\p{L}])/iu,
    source: "fr",
    example: "Je suis en congé jusqu'au 6 janvier, sans accès à mes e-mails.",
  },
  {
    pattern:
      /(?<![\p{L}])(?:estoy de vacaciones|me encuentro fuera de la oficina|estaré fuera de la oficina)(?![\p{L}])/iu,
    source: "es",
    example: "Estoy de vacaciones hasta el 8 de enero con acceso limitado al correo.",
  },
  {
    pattern: /(?<![\p{L}])(?:sono in ferie|sono assente|sarò fuori ufficio)(?![\p{L}])/iu,
    source: "it",
    example: "Sono in ferie fino al 7 gennaio.",
  },
  {
    pattern: /(?<![\p{L}])ik ben (?:met vakantie|op vakantie|niet op kantoor|niet aanwezig)(?![\p{L}])/iu,
    source: "nl",
    example: "Ik ben met vakantie tot en met 5 januari.",
  },
  {
    pattern:
      /(?<![\p{L}])(?:estou (?:ausente|fora do escritório|de férias)|estarei ausente|encontro-me (?:ausente|de férias|fora do escritório))(?![\p{L}])/iu,
    source: "pt",
    example: "Estou de férias até 12 de janeiro e responderei no meu regresso.",
  },
  {
    pattern: /(?<![\p{L}])(?:jestem (?:nieobecn[ya]|poza biurem|na urlopie)|będę nieobecn[ya])(?![\p{L}])/iu,
    source: "pl",
    example: "Jestem na urlopie do 9 stycznia, dostęp do poczty ograniczony.",
  },
  {
    pattern:
      /(?<![\p{L}])jag är (?:tjänstledig|på semester|ledig|inte på kontoret|frånvarande|föräldraledig)(?![\p{L}])/iu,
    source: "sv",
    example: "Jag är på semester till och med 6 januari.",
  },
  {
    pattern: /(?<![\p{L}])jeg er (?:på ferie|fraværende|ikke på kontoret|ude af huset|på barsel)(?![\p{L}])/iu,
    source: "da/no",
    example: "Jeg er på ferie til og med 4. januar og læser ikke mails.",
  },
  {
    pattern: /(?<![\p{L}])olen (?:lomalla|poissa|vuosilomalla)(?![\p{L}])/iu,
    source: "fi",
    example: "Olen lomalla 8.1. asti.",
  },
  {
    pattern: /(?<![\p{L}])jsem (?:mimo kancelář|na dovolené|nepřítomn[ýá])(?![\p{L}])/iu,
    source: "cs",
    example: "Jsem na dovolené do 10. ledna.",
  },
];
