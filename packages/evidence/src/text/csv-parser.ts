/** Where a CSV syntax problem is: the record (row) being read, its column and the line. */
export interface CsvProblem {
  /** 1-based record number, header included. */
  row: number;
  /** 1-based field number in that record. */
  column: number;
  /** 1-based line of the file where the problem was seen. */
  line: number;
  detail: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * An incremental RFC 4180 CSV parser: feed it text chunks as they are decoded and it returns the
 * records completed so far, so a file of any size is read with one chunk and one record in memory.
 * Handles any one-character separator, quoted fields with doubled quotes, separators and line breaks
 * inside quotes, LF, CRLF and CR line ends, and chunk boundaries anywhere (even inside a CRLF or a
 * doubled quote). Strict like RFC 4180: a quote inside an unquoted field, text after a closing quote,
 * an unclosed quote at the end and a record longer than `maxRecordChars` are errors, reported through
 * `fail` with the row, column and line.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private record: string[] = [];
  private recordChars = 0;
  private afterCr = false;
  private rows = 0;
  private line = 1;
  private quoteLine = 1;
  /** The first record once it is complete (the header row), for naming columns in messages. */
  header: string[] | null = null;

  constructor(
    private readonly separator: string,
    private readonly maxRecordChars: number,
    private readonly fail: (problem: CsvProblem) => never,
  ) {}

  private problem(detail: string, line = this.line): never {
    return this.fail({ row: this.rows + 1, column: this.record.length + 1, line, detail });
  }

  private pushField(value: string): void {
    this.recordChars += value.length;
    if (this.recordChars > this.maxRecordChars)
      this.problem(`the row is longer than ${this.maxRecordChars} characters`);
    this.record.push(value);
    this.field = '';
  }

  private endRecord(out: string[][]): void {
    this.header ??= this.record;
    out.push(this.record);
    this.record = [];
    this.recordChars = 0;
    this.rows++;
  }

  /** Parses the next chunk; returns the records it completed. */
  feed(text: string): string[][] {
    const out: string[][] = [];
    const separator = this.separator.charCodeAt(0);
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        // The LF of a CRLF: the line was already counted at the CR.
        if (c === LF) {
          if (this.state === State.FieldStart) {
            start = i + 1;
            continue;
          }
          if (this.state === State.Quoted) continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
            start = i + 1;
          } else if (c === separator) this.pushField('');
          else if (c === LF || c === CR) {
            this.pushField('');
            this.endRecord(out);
            this.newline(c);
          } else {
            this.state = State.Unquoted;
            start = i;
          }
          break;
        case State.Unquoted:
          if (c === separator || c === LF || c === CR) {
            this.pushField(this.field + text.slice(start, i));
            this.state = State.FieldStart;
            if (c !== separator) {
              this.endRecord(out);
              this.newline(c);
            }
          } else if (c === QUOTE)
            this.problem(
              'a quote (") inside a field that is not quoted: quote the whole field and double the quote',
            );
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = State.QuoteInQuoted;
          } else if (c === LF || c === CR) this.newline(c);
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            start = i + 1;
          } else if (c === separator || c === LF || c === CR) {
            this.pushField(this.field);
            this.state = State.FieldStart;
            if (c !== separator) {
              this.endRecord(out);
              this.newline(c);
            }
          } else
            this.problem(
              'text after the closing quote of a field: expected a separator or the end of the row',
            );
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.field += text.slice(start);
      if (this.recordChars + this.field.length > this.maxRecordChars)
        this.problem(`the row is longer than ${this.maxRecordChars} characters`);
      start = 0;
    }
    return out;
  }

  private newline(c: number): void {
    this.line++;
    if (c === CR) this.afterCr = true;
  }

  /** Ends the input; returns the last record when the text did not end with a line break. */
  finish(): string[][] {
    const out: string[][] = [];
    if (this.state === State.Quoted)
      this.problem(
        'the quoted field that starts here is not closed before the end of the file',
        this.quoteLine,
      );
    if (this.state === State.Unquoted || this.state === State.QuoteInQuoted) {
      this.pushField(this.field);
      this.endRecord(out);
    } else if (this.record.length > 0) {
      this.pushField('');
      this.endRecord(out);
    }
    this.state = State.FieldStart;
    return out;
  }
}
