import { request } from "node:http";

export type StreamedAnswer = { status: number; text: string; bytesSent: number };

const CHUNK = Buffer.alloc(64 * 1024);

/**
 * POSTs `prefix` and then zero bytes up to `totalBytes` with chunked transfer
 * encoding (no Content-Length), as a client streaming an upload would. It
 * stops sending as soon as the server answers. With `holdAfterBytes` it also
 * stops once it has sent that many bytes, without ending the body, and waits
 * for the answer, as a client whose upload stalls: an answer then came before
 * the rest of the body, whatever the machine's load.
 */
export function postChunked(
  url: string,
  headers: Record<string, string>,
  prefix: Buffer,
  totalBytes: number,
  { holdAfterBytes = Infinity, timeoutMs = 60_000 }: { holdAfterBytes?: number; timeoutMs?: number } = {},
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const post = request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } });
    const timer = setTimeout(() => post.destroy(new Error(`No answer within ${timeoutMs} ms`)), timeoutMs);
    post.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString(), bytesSent });
      });
      response.on("error", reject);
    });
    // Once the server has answered, it may close the connection while we write: that is expected.
    post.on("error", (error) => {
      if (!answered) {
        clearTimeout(timer);
        reject(error);
      }
    });
    const pump = () => {
      while (!answered && bytesSent < totalBytes) {
        if (bytesSent >= holdAfterBytes) return;
        const piece = bytesSent === 0 ? prefix : CHUNK.subarray(0, Math.min(CHUNK.length, totalBytes - bytesSent));
        bytesSent += piece.length;
        if (!post.write(piece)) {
          post.once("drain", pump);
          return;
        }
      }
      if (!answered) post.end();
    };
    pump();
  });
}

/** POSTs `body` in two chunks with chunked transfer encoding (no Content-Length) and answers the status. */
export function postChunkedBody(url: string, headers: Record<string, string>, body: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const post = request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } });
    post.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    post.on("error", reject);
    const middle = Math.floor(body.length / 2);
    if (middle > 0) post.write(body.subarray(0, middle));
    post.end(body.subarray(middle));
  });
}

/** The start of a multipart form: its text fields, then the head of a file part whose bytes follow. */
export function multipartHead(boundary: string, fields: Record<string, string>, file: { field: string; name: string; type: string }): Buffer {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`);
  return Buffer.from(parts.join(""));
}
