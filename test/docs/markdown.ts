import { readFileSync } from 'node:fs';

/** A doc page's text, read from the repository. */
export function readDoc(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The body of every fenced block of a language (```lang … ```), in order. */
export function fencedBlocks(markdown: string, lang: string): string[] {
  const pattern = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...markdown.matchAll(pattern)].map((match) => match[1]!);
}

/** The rows of every Markdown table in a text, as trimmed cells; header and rule rows included. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && line.endsWith('|'))
    .map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

/** The part of a page under a heading, up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}
