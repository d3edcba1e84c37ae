// Cuts a message text into plain and highlighted segments from the parser's provenance spans.
// Pure: the template prints each segment escaped, inside <mark> when it is highlighted.
import type { ProvenanceMap } from "../../parser/schema.ts";

export interface Segment {
  text: string;
  /** the field paths read from this span; empty for plain text */
  fields: string[];
}

interface Span {
  start: number;
  end: number;
  field: string;
}

function spansOf(text: string, provenance: ProvenanceMap): Span[] {
  const spans: Span[] = [];
  for (const [field, p] of Object.entries(provenance)) {
    let range: [number, number] | null = null;
    if (p.span && p.span[0] >= 0 && p.span[1] > p.span[0] && p.span[1] <= text.length) range = p.span;
    else if (p.snippet) {
      const at = text.indexOf(p.snippet);
      if (at >= 0) range = [at, at + p.snippet.length];
    }
    if (range) spans.push({ start: range[0], end: range[1], field });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function highlightSegments(text: string, provenance: ProvenanceMap): Segment[] {
  const spans = spansOf(text, provenance);
  // Overlapping spans merge into one mark that names every field it covers.
  const merged: Span[] = [];
  const fieldsOf: string[][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      fieldsOf.at(-1)!.push(s.field);
    } else {
      merged.push({ ...s });
      fieldsOf.push([s.field]);
    }
  }
  const out: Segment[] = [];
  let at = 0;
  merged.forEach((s, i) => {
    if (s.start > at) out.push({ text: text.slice(at, s.start), fields: [] });
    out.push({ text: text.slice(s.start, s.end), fields: fieldsOf[i]! });
    at = s.end;
  });
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), fields: [] });
  return out;
}
