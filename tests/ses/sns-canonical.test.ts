import { describe, expect, it } from "vitest";
import { canonicalString } from "../../services/ingest/ses/sns-signature.ts";
import { SnsEnvelope } from "../../services/ingest/ses/sns-envelope.ts";
import { signingCertUrl, subscribeUrl, topicRegion } from "../../services/ingest/ses/sns-urls.ts";
import { TOPIC_ARN, subscriptionConfirmation } from "./sns-fixtures.ts";

const signed = {
  SignatureVersion: "1",
  Signature: "c2ln",
  SigningCertURL: "https://sns.us-east-1.amazonaws.com/a.pem",
};

describe("SNS string to sign", () => {
  // Known answers written out by hand from the SNS guide, not computed by the code under test.
  it("Notification: Message, MessageId, Subject, Timestamp, TopicArn, Type", () => {
    const msg = SnsEnvelope.parse({
      ...signed,
      Type: "Notification",
      MessageId: "m-1",
      TopicArn: TOPIC_ARN,
      Subject: "S",
      Message: "line1\nline2",
      Timestamp: "2026-01-02T03:04:05.678Z",
      UnsubscribeURL: "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
    });
    expect(canonicalString(msg)).toBe(
      "Message\nline1\nline2\nMessageId\nm-1\nSubject\nS\nTimestamp\n2026-01-02T03:04:05.678Z\n" +
        `TopicArn\n${TOPIC_ARN}\nType\nNotification\n`,
    );
  });

  it("Notification without Subject (absent or null) leaves the pair out", () => {
    const base = { ...signed, Type: "Notification", MessageId: "m", TopicArn: "t", Message: "x", Timestamp: "ts" };
    const expected = "Message\nx\nMessageId\nm\nTimestamp\nts\nTopicArn\nt\nType\nNotification\n";
    expect(canonicalString(SnsEnvelope.parse(base))).toBe(expected);
    expect(canonicalString(SnsEnvelope.parse({ ...base, Subject: null }))).toBe(expected);
  });

  it("SubscriptionConfirmation: Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type", () => {
    const msg = SnsEnvelope.parse({
      ...signed,
      Type: "SubscriptionConfirmation",
      MessageId: "m",
      Token: "tok",
      TopicArn: "t",
      Message: "msg",
      SubscribeURL: "https://u",
      Timestamp: "ts",
    });
    expect(canonicalString(msg)).toBe(
      "Message\nmsg\nMessageId\nm\nSubscribeURL\nhttps://u\nTimestamp\nts\nToken\ntok\nTopicArn\nt\nType\nSubscriptionConfirmation\n",
    );
  });
});

describe("SNS URL rules", () => {
  it("reads the region of a topic ARN", () => {
    expect(topicRegion(TOPIC_ARN)).toBe("us-east-1");
    expect(topicRegion("arn:aws-us-gov:sns:us-gov-west-1:123456789012:t")).toBe("us-gov-west-1");
    expect(topicRegion("arn:aws:sqs:us-east-1:123456789012:t")).toBeNull();
  });

  it("normalises an accepted certificate URL", () => {
    expect(signingCertUrl("https://SNS.us-east-1.amazonaws.com:443/a.pem", TOPIC_ARN)).toBe(
      "https://sns.us-east-1.amazonaws.com/a.pem",
    );
  });

  it("accepts the documented SubscribeURL and nothing near it", () => {
    const sub = subscriptionConfirmation();
    expect(subscribeUrl(sub.SubscribeURL, TOPIC_ARN)).toBe(sub.SubscribeURL);
    const bad = [
      sub.SubscribeURL.replace("https:", "http:"),
      sub.SubscribeURL.replace("sns.us-east-1.amazonaws.com", "sns.us-east-1.amazonaws.com.evil.com"),
      sub.SubscribeURL.replace("sns.us-east-1.amazonaws.com", "sns.evil.com"),
      sub.SubscribeURL.replace("sns.us-east-1", "sns.eu-west-1"),
      sub.SubscribeURL.replace("Action=ConfirmSubscription", "Action=Publish"),
      sub.SubscribeURL.replace(TOPIC_ARN, `${TOPIC_ARN}-other`),
      sub.SubscribeURL.replace("https://", "https://u:p@"),
      sub.SubscribeURL.replace(".com/", ".com:8443/"),
      sub.SubscribeURL.replace(".com/", ".com/other"),
    ];
    for (const url of bad) expect(subscribeUrl(url, TOPIC_ARN), url).toBeNull();
  });
});
