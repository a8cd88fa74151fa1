// A one-line text input on ink's useInput, a few dozen lines instead of an ink-text-input
// dependency. Typed text goes through a ref as well as state, so a paste or fast typing that
// arrives before React re-renders is never lost, and Enter always submits what was typed.
import { Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { printable } from '../format.js';

export interface TextInputProps {
  onSubmit(value: string): void;
  /** Escape, Ctrl-C or Ctrl-D. */
  onCancel(value: string): void;
  /** False once answered: stops reading keys and hides the cursor. */
  active?: boolean;
}

// ink hides the terminal cursor while it draws, so the input shows its own: an inverse block.
// Raw SGR rather than <Text inverse>, whose chalk decides from process.stdout, not our stream.
const CURSOR = '\u001b[7m \u001b[27m';

// Control characters are dropped from typed text; Enter inside a paste submits.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function TextInput({ onSubmit, onCancel, active = true }: TextInputProps) {
  const valueRef = useRef('');
  const [value, setValue] = useState('');
  const update = (next: string) => {
    valueRef.current = next;
    setValue(next);
  };

  useInput(
    (input, key) => {
      if (key.escape || (key.ctrl && (input === 'c' || input === 'd'))) {
        onCancel(valueRef.current);
        return;
      }
      if (key.return) {
        onSubmit(valueRef.current);
        return;
      }
      if (key.backspace || key.delete) {
        update(valueRef.current.slice(0, -1));
        return;
      }
      if (key.ctrl || key.meta) return;
      let next = valueRef.current;
      for (const char of input) {
        if (char === '\r' || char === '\n') {
          update(next);
          onSubmit(next);
          return;
        }
        if (!CONTROL.test(char)) next += char;
      }
      update(next);
    },
    { isActive: active },
  );

  return (
    <Text>
      {printable(value)}
      {active ? CURSOR : ''}
    </Text>
  );
}
