// HTML -> plain text for extraction. Table rows become one line each with cells separated by
// a tab, so a two-column form ("Firma | Eckhardt Metallbau GmbH") reads like "Firma<TAB>…".
import { compile } from "html-to-text";

const CELL_END = "\u241f"; // a character no mail contains; turned into a tab afterwards

const convert = compile({
  wordwrap: false,
  decodeEntities: true,
  formatters: {
    tableRowBlock: (elem, walk, builder) => {
      builder.openBlock({ leadingLineBreaks: 1 });
      walk(elem.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    },
    tableCellInline: (elem, walk, builder) => {
      walk(elem.children, builder);
      builder.addInline(` ${CELL_END} `);
    },
  },
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "head", format: "skip" },
    { selector: "table", format: "block" },
    { selector: "tbody", format: "block" },
    { selector: "thead", format: "block" },
    { selector: "tr", format: "tableRowBlock" },
    { selector: "td", format: "tableCellInline" },
    { selector: "th", format: "tableCellInline" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
  ],
});

/** Outlook wraps every cell's text in <p class=MsoNormal>: paragraphs inside a cell stay on the row. */
function inlineCellBlocks(html: string): string {
  return html.replace(
    /(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]\s*>)/gi,
    (_m, open: string, inner: string, close: string) =>
      `${open}${inner.replace(/<\/?(?:p|div)\b[^>]*>/gi, " ")}${close}`,
  );
}

/**
 * "<strong>Firmenname</strong> Lindenhof gGmbH<br>": a bold word at the start of a line with no
 * colon is a label; it is followed by a cell break so it reads like "Firmenname<TAB>Lindenhof gGmbH".
 * Whether it names a field is the label reader's decision.
 */
function boldLabelCells(html: string): string {
  return html.replace(
    /((?:^|<br\s*\/?>|<(?:p|div|li|td)\b[^>]*>)\s*)<(strong|b)\b[^>]*>([^<:]{1,48})<\/\2\s*>(?=[ \t]*(?:&nbsp;)?[ \t]*[^\s<:&,.;!?)])/gi,
    (_m, pre: string, tag: string, label: string) => `${pre}<${tag}>${label}</${tag}> ${CELL_END} `,
  );
}

export function htmlToPlainText(html: string): string {
  let text: string;
  try {
    text = convert(boldLabelCells(inlineCellBlocks(html)));
  } catch {
    // a pathological document (deep nesting): fall back to stripping tags
    text = html.replace(/<[^>]*>/g, " ");
  }
  return text
    .split("\n")
    .map((line) => {
      // cells in one line: "label<TAB>value"; a lone cell loses its marker
      const cells = line.split(CELL_END).map((c) => c.trim());
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      return cells.join("\t").trimEnd();
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
