/** The keyboard commands, as the manifest declares them (shortcuts the user can change in the browser). */
export const COMMANDS = {
  'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn highlights on or off' },
  'next-highlight': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next highlight' },
  'previous-highlight': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous highlight' },
  'share-selection': { suggested_key: { default: 'Alt+Shift+E' }, description: 'Share the selected text' },
} as const;

export interface CommandActions {
  /** Flips the global highlight switch. */
  toggleHighlights(): Promise<unknown>;
  /** Moves the active tab's focus to the next (1) or previous (-1) highlight. */
  step(direction: 1 | -1): Promise<unknown>;
  /** Moves the active tab's focus to the share bar of its selection: a selection made with the keyboard is shared from it. */
  share(): Promise<unknown>;
}

/** Does what a command asks; returns false for a command Factmark does not declare. */
export async function runCommand(command: string, actions: CommandActions): Promise<boolean> {
  switch (command) {
    case 'toggle-highlights':
      await actions.toggleHighlights();
      return true;
    case 'next-highlight':
      await actions.step(1);
      return true;
    case 'previous-highlight':
      await actions.step(-1);
      return true;
    case 'share-selection':
      await actions.share();
      return true;
    default:
      return false;
  }
}
