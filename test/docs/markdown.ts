import { readFileSync } from 'node:fs';

/** A doc page's text, read from the repository. */
export function readDoc(path: string): string {
  return readFileSync(path, 'utf8');
}

/** A fenced code block: its language, the other words of its info string, its body and where it opens. */
export type CodeBlock = {
  readonly lang: string;
  readonly tags: readonly string[];
  readonly body: string;
  readonly line: number;
};

/**
 * Every fenced code block of a page, in order. `line` is the 1-based line of the opening fence,
 * so the body's first line is `line + 1`. A fence may be indented (inside a list item): the
 * same indentation is removed from the body's lines. Fences of four backticks are not used here.
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^( *)```(\S*)(.*)$/.exec(lines[index]!);
    if (open === null) continue;
    const [, indent = '', lang = '', rest = ''] = open;
    const close = lines.findIndex((line, at) => at > index && line.trimEnd() === `${indent}\`\`\``);
    if (close === -1) throw new Error(`the code block opened at line ${index + 1} is never closed`);
    const body = lines
      .slice(index + 1, close)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
    blocks.push({
      lang,
      tags: rest.trim().split(/\s+/).filter(Boolean),
      body: body.map((line) => `${line}\n`).join(''),
      line: index + 1,
    });
    index = close;
  }
  return blocks;
}

/** The body of every fenced block of a language (```lang … ```), in order. */
export function fencedBlocks(markdown: string, lang: string): string[] {
  return codeBlocks(markdown)
    .filter((block) => block.lang === lang)
    .map((block) => block.body);
}

/** The rows of every Markdown table in a text, as trimmed cells; header and rule rows included. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && line.endsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
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
