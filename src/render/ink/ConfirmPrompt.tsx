// Terraform's approval question: anything but exactly "yes" declines, so a stray Enter or "y"
// can never start changing a live workspace. The answer stays on screen after the prompt closes.
import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { createStyle } from '../style.js';
import { TextInput } from './TextInput.js';

export const DEFAULT_QUESTION =
  'Do you want to perform these actions? Only "yes" will be accepted:';

type Outcome = 'accepted' | 'declined' | 'cancelled';

export interface ConfirmPromptProps {
  question?: string;
  color?: boolean;
  /** Called once, after the frame showing the answer has been committed. */
  onAnswer(accepted: boolean): void;
}

export function ConfirmPrompt({
  question = DEFAULT_QUESTION,
  color = true,
  onAnswer,
}: ConfirmPromptProps) {
  const style = createStyle(color);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const reported = useRef(false);

  useEffect(() => {
    if (outcome === undefined || reported.current) return;
    reported.current = true;
    onAnswer(outcome === 'accepted');
  }, [outcome, onAnswer]);

  return (
    <Box flexDirection="column">
      <Text>{style.bold(question)}</Text>
      <Text>
        {'  Enter a value: '}
        <TextInput
          active={outcome === undefined}
          onSubmit={(value) => setOutcome(value === 'yes' ? 'accepted' : 'declined')}
          onCancel={() => setOutcome('cancelled')}
        />
        {/* Escape after typing "yes" must not read as a yes in the scrollback. */}
        {outcome === 'cancelled' ? style.dim(' (cancelled)') : ''}
      </Text>
    </Box>
  );
}
