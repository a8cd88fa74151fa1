// WHY: article bodies dominate what a plan reads and compares, so the bench uses realistic ~4 KB
// help-center HTML (headings, paragraphs with inline markup, lists, links, now and then a hosted
// image that the sandbox re-hosts on a re-signed CDN URL) rather than short placeholders.
import { seededRandom } from './random.js';

const WORDS = (
  'account billing invoice workspace teammate inbox conversation customer message widget ' +
  'settings export import report filter segment campaign article collection help center ' +
  'integration webhook token permission admin schedule office hours reply assign snooze ' +
  'close reopen priority ticket escalation survey rating feedback mobile browser install'
).split(' ');

/** Target size of a body in bytes; each one lands within a few hundred bytes of it. */
export const BODY_BYTES = 4_096;

export function articleBody(index: number, edited = false): string {
  const random = seededRandom(1_000_003 + index);
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'help';
  const sentence = (n: number): string => {
    const words = Array.from({ length: n }, word);
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const parts: string[] = [`<h1>Article ${index + 1}</h1>`];
  let section = 0;
  while (parts.join('\n').length < BODY_BYTES - 600) {
    section++;
    parts.push(`<h2>Step ${section}: ${sentence(4).slice(0, -1)}</h2>`);
    parts.push(
      `<p>${sentence(14)} Open <b>${word()}</b> and choose <i>${word()}</i>. ${sentence(12)}</p>`,
    );
    parts.push(
      `<ul>\n<li>${sentence(6)}</li>\n<li>${sentence(7)}</li>\n<li>${sentence(5)}</li>\n</ul>`,
    );
    parts.push(
      `<p>See <a href="https://docs.example.com/${word()}/${index}">the ${word()} guide</a>. ${sentence(16)}</p>`,
    );
    if (section === 2 && index % 10 === 3) {
      parts.push(`<p><img src="https://assets.example.com/screens/${index}.png" alt="screen"></p>`);
    }
  }
  // An edit a writer would make: one paragraph reworded, the rest untouched.
  if (edited) parts[2] = `<p>${sentence(10)} This paragraph was revised for the new release.</p>`;
  return parts.join('\n') + '\n';
}
