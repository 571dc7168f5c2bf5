import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { from: string; to: string[]; subject: string; text: string };

/** The text of a raw single-part message, its transfer encoding undone. */
function decodeMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body, "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8")
        : body;
  return { subject: header("Subject"), text: text.replace(/\r\n/g, "\n") };
}

/**
 * A real SMTP server on a free loopback port, started by a test: it keeps
 * every message it accepts. `refuseFirst` makes it answer the first n
 * messages with a temporary failure (451), as a server under maintenance does.
 */
export async function startSmtpCatcher(options: { refuseFirst?: number } = {}) {
  const caught: CaughtMail[] = [];
  let refusalsLeft = options.refuseFirst ?? 0;
  let refused = 0;
  const server = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (refusalsLeft > 0) {
        refusalsLeft--;
        refused++;
        callback(Object.assign(new Error("Service not available, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        caught.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          ...decodeMessage(Buffer.concat(chunks).toString("latin1")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.server.address();
  if (address === null || typeof address === "string") throw new Error("The SMTP server has no port.");
  const { port } = address;
  return {
    url: `smtp://127.0.0.1:${port}`,
    caught,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link to `path` in a message. */
export function linkIn(text: string, path: string): string {
  const link = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`).exec(text)?.[0];
  if (!link) throw new Error(`No ${path} link in:\n${text}`);
  return link;
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get("token") ?? "";
}
