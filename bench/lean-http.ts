// A lean HTTP/1.1 client for the load generators: one keep-alive socket per simulated candidate,
// the request written as one string, the reply parsed just enough (status line, content-length or
// chunked body, set-cookie not needed). Node's http client cost the autosave benchmark's load
// generator ~240 µs of CPU per save on this machine — more than half of what the server spent —
// and the generator shares the machine's two cores with the server and the database, so the
// benchmark measured its own client as much as the app. A browser's cost is on another machine.
// This client does the same real requests (cookie, CSRF header, JSON body, keep-alive) over TCP;
// what it leaves out is what a benchmark does not need: redirects, pipelining, compression.
import net from 'node:net';

export interface LeanReply {
  status: number;
  text: string;
}

const crlf2 = Buffer.from('\r\n\r\n');

/** One keep-alive connection; one request at a time, as a candidate's autosave queue sends them. */
export class LeanConnection {
  private socket: net.Socket | null = null;
  private buffered: Buffer = Buffer.alloc(0);
  private pending: { resolve(reply: LeanReply): void; reject(error: Error): void } | null = null;

  private readonly port: number;
  private readonly host: string;

  constructor(port: number, host = '127.0.0.1') {
    this.port = port;
    this.host = host;
  }

  request(method: string, path: string, headers: string, body?: string): Promise<LeanReply> {
    if (this.pending) return Promise.reject(new Error('lean-http: one request at a time'));
    const socket = this.connected();
    const length = body === undefined ? 0 : Buffer.byteLength(body);
    const head =
      `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\nconnection: keep-alive\r\n${headers}` +
      (body === undefined ? '\r\n' : `content-length: ${length}\r\n\r\n${body}`);
    return new Promise<LeanReply>((resolve, reject) => {
      this.pending = { resolve, reject };
      socket.write(head);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private connected(): net.Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect({ port: this.port, host: this.host, noDelay: true });
    this.buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
      this.parse();
    });
    const fail = (error: Error) => {
      if (this.socket === socket) this.socket = null;
      const pending = this.pending;
      this.pending = null;
      pending?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('lean-http: connection closed')));
    this.socket = socket;
    return socket;
  }

  /** A reply this client cannot read: the request fails and the connection is dropped. */
  private broken(what: string): void {
    const pending = this.pending;
    this.pending = null;
    this.close();
    pending?.reject(new Error(`lean-http: ${what}`));
  }

  /** A whole reply in the buffer: settle the pending request with it. */
  private parse(): void {
    const end = this.buffered.indexOf(crlf2);
    if (end < 0) return;
    const head = this.buffered.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const lower = head.toLowerCase();
    const bodyStart = end + 4;
    let text: string;
    let consumed: number;
    const lengthAt = lower.indexOf('\r\ncontent-length:');
    if (lengthAt >= 0) {
      const lineEnd = lower.indexOf('\r\n', lengthAt + 2);
      const length = Number.parseInt(lower.slice(lengthAt + 17, lineEnd < 0 ? undefined : lineEnd), 10);
      if (this.buffered.length < bodyStart + length) return;
      text = this.buffered.toString('utf8', bodyStart, bodyStart + length);
      consumed = bodyStart + length;
    } else if (lower.includes('\r\ntransfer-encoding: chunked')) {
      const parts: Buffer[] = [];
      let at = bodyStart;
      for (;;) {
        const lineEnd = this.buffered.indexOf('\r\n', at);
        if (lineEnd < 0) return;
        const sizeText = this.buffered.toString('latin1', at, lineEnd);
        const size = Number.parseInt(sizeText, 16);
        if (!/^[0-9a-f]+$/i.test(sizeText)) {
          this.broken(`a chunk size of '${sizeText.slice(0, 20)}'`);
          return;
        }
        if (this.buffered.length < lineEnd + 2 + size + 2) return;
        if (size === 0) {
          consumed = lineEnd + 4;
          break;
        }
        parts.push(this.buffered.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      text = Buffer.concat(parts).toString('utf8');
    } else {
      text = '';
      consumed = bodyStart;
    }
    this.buffered = this.buffered.subarray(consumed);
    const pending = this.pending;
    this.pending = null;
    pending?.resolve({ status, text });
    // The server closes after this reply: the next request opens a new connection.
    if (lower.includes('\r\nconnection: close')) this.close();
  }
}

/** Header lines for a request, each ending in CRLF. */
export function headerLines(headers: Record<string, string>): string {
  let lines = '';
  for (const [name, value] of Object.entries(headers)) lines += `${name}: ${value}\r\n`;
  return lines;
}
