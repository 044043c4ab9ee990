// Typed errors of the bot layer. A CommandInputError is the user's to fix (shown to them as is);
// any other error is ours (logged, and the user gets a polite apology).

/** The command was used wrongly: missing text, a bad date, a number out of range. */
export class CommandInputError extends Error {
  override readonly name = 'CommandInputError';
  readonly command: string;

  constructor(command: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.command = command;
  }
}

/** The polite answer to an unexpected failure; details go to the log, never to the chat. */
export const SORRY = 'Sorry, something went wrong while answering. Please try again in a moment.';
