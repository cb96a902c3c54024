/**
 * One line index per text: line starts, line ends without the line break,
 * and conversions between offsets and 0-based line/character positions.
 * Line breaks are \n, \r\n and a lone \r (what VS Code recognises).
 */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset where each line starts. */
  readonly starts: number[];
  /** Offset where each line's content ends (before its line break). */
  readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      } else if (c === 13 /* \r */) {
        ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based line holding `offset` (an offset on a line break belongs to its line). */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + character, this.ends[line]);
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  /** The line break that ends `line` ('' for the last line). */
  lineBreak(line: number): string {
    return this.text.slice(this.ends[line], line + 1 < this.starts.length ? this.starts[line + 1] : this.ends[line]);
  }

  /** The line break the text uses most (\n when it has none). */
  get dominantLineBreak(): string {
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let i = 0; i + 1 < this.starts.length; i++) {
      const br = this.lineBreak(i);
      if (br === '\r\n') crlf++;
      else if (br === '\n') lf++;
      else cr++;
    }
    if (crlf > lf && crlf >= cr) return '\r\n';
    if (cr > lf && cr > crlf) return '\r';
    return '\n';
  }
}
