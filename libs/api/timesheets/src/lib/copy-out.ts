import { Readable } from 'node:stream';
import { type Connection, type Submittable, escapeLiteral } from 'pg';

/** `PGCOPY\n\377\r\n\0`, then 32-bit flags and header-extension length (COPY BINARY). */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_LENGTH = SIGNATURE.length + 8;
/** Rows are handed on in chunks of about this size: few, large writes downstream. */
const CHUNK = 64 * 1024;

/**
 * `COPY (SELECT <one text column>) TO STDOUT (FORMAT binary)` as a byte stream of the column's
 * values, concatenated. Why COPY and not a cursor: node-postgres turns every DataRow into a
 * message, an array and a string, and for reasons of V8's scavenger a third of those survive
 * into the old generation; the young generation then grows to its maximum (128 MB) during a
 * long export. COPY rows arrive as Buffer slices of the socket's chunks: no string per row and
 * a flat heap. Backpressure: the socket is paused while this stream's buffer is full, so
 * PostgreSQL waits (TCP flow control) instead of Node buffering.
 *
 * Use it as a node-postgres `Submittable`: `client.query(copy)`. The text must be complete SQL:
 * COPY takes no bind parameters (see `inlineParams`).
 */
export class CopyOutStream extends Readable implements Submittable {
  /** Rows copied, from PostgreSQL's `COPY n` (valid once the stream has ended). */
  rows = 0;
  /** PostgreSQL is done with the statement (finished or failed): no more rows will come. */
  settled = false;
  private connection?: Connection;
  private headerSeen = false;
  /**
   * Rows are copied into this chunk: a message's bytes are a view of node-postgres's read
   * buffer, which it reuses for the next messages.
   */
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private paused = false;
  private failed = false;

  constructor(private readonly text: string) {
    super({ highWaterMark: 4 * CHUNK });
  }

  /** Called by node-postgres when the query's turn comes. */
  submit(connection: Connection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.failed) return;
    const data = message.chunk;
    let offset = 0;
    if (!this.headerSeen) {
      if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
        this.fail(new Error('COPY BINARY: unexpected header'));
        return;
      }
      offset = HEADER_LENGTH + data.readUInt32BE(SIGNATURE.length + 4);
      this.headerSeen = true;
    }
    // PostgreSQL sends each row (and the trailer, a field count of -1) as one message.
    while (offset < data.length) {
      const fields = data.readInt16BE(offset);
      offset += 2;
      if (fields === -1) break;
      for (let i = 0; i < fields; i += 1) {
        const length = data.readInt32BE(offset);
        offset += 4;
        if (length <= 0) continue;
        this.append(data.subarray(offset, offset + length));
        offset += length;
      }
    }
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
    this.flush();
  }

  handleReadyForQuery(): void {
    this.settled = true;
    if (!this.failed) this.push(null);
  }

  /** node-postgres calls this instead of `handleReadyForQuery` when the statement failed. */
  handleError(error: Error): void {
    this.settled = true;
    this.fail(error);
  }

  /** node-postgres calls these for other messages; a COPY TO has none of them. */
  handleEmptyQuery(): void {
    // nothing to do
  }

  /** The reader wants more: let PostgreSQL send again. */
  override _read(): void {
    if (this.paused) {
      this.paused = false;
      this.connection?.stream.resume();
    }
  }

  /**
   * The reader stopped early (the receiver went away, or `for await` broke off): what PostgreSQL
   * still sends is dropped, so that the connection reaches ReadyForQuery once the COPY ends or
   * is cancelled (`pg_cancel_backend`), instead of hanging on a paused socket.
   */
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.discard();
    callback(error);
  }

  private discard(): void {
    this.failed = true;
    this.used = 0;
    if (this.paused) {
      this.paused = false;
      this.connection?.stream.resume();
    }
  }

  private append(bytes: Buffer): void {
    if (this.used + bytes.length > this.chunk.length) this.flush();
    if (bytes.length > this.chunk.length) {
      this.hand(Buffer.from(bytes));
      return;
    }
    bytes.copy(this.chunk, this.used);
    this.used += bytes.length;
  }

  private flush(): void {
    if (this.used === 0 || this.failed) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    this.hand(full);
  }

  /** Hands a chunk to the reader; a full buffer pauses the socket until `_read`. */
  private hand(chunk: Buffer): void {
    if (!this.push(chunk) && !this.paused) {
      this.paused = true;
      this.connection?.stream.pause();
    }
  }

  private fail(error: Error): void {
    this.destroy(error);
  }
}

/**
 * Writes the bind parameters into the SQL as literals, for statements that take none (COPY).
 * Strings and numbers are quoted by node-postgres's `escapeLiteral`; arrays become array
 * literals ('{"a","b"}'), so that the casts of the SQL (`::uuid[]`) still apply.
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)\b/g, (placeholder, index: string) => {
    const value = params[Number(index) - 1];
    if (value === undefined) throw new Error(`No value for ${placeholder}`);
    return literal(value);
  });
}

function literal(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`);
    return escapeLiteral(`{${items.join(',')}}`);
  }
  if (typeof value === 'string' || typeof value === 'number') return escapeLiteral(String(value));
  throw new Error(`Cannot inline a ${typeof value} parameter`);
}
