// Colour is decided once by the CLI (NO_COLOR, non-TTY) and passed down, so every renderer stays a
// pure function of its input. A dozen escape codes do not justify a dependency like chalk.

export type Paint = (text: string) => string;

export interface Style {
  green: Paint;
  yellow: Paint;
  red: Paint;
  bold: Paint;
  dim: Paint;
  cyan: Paint;
}

const plain: Paint = (text) => text;

function sgr(open: number, close: number): Paint {
  // An empty string stays empty so callers can paint optional parts without checking.
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

export function createStyle(color: boolean): Style {
  if (!color) {
    return { green: plain, yellow: plain, red: plain, bold: plain, dim: plain, cyan: plain };
  }
  return {
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    red: sgr(31, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    cyan: sgr(36, 39),
  };
}
