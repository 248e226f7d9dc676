// File dialogs in the harness: the test says beforehand what the analyst will
// pick (or that they cancel), the way a person would answer the native dialog.
import type { OpenDialogOptions, SaveDialogOptions } from '../../electron/main/host.ts';

export type Asked = { kind: 'open'; options: OpenDialogOptions } | { kind: 'save'; options: SaveDialogOptions };

export interface DialogAnswerer {
  answer(asked: Asked): Promise<string | null>;
}

/** The queue a test fills: `await app.dialogs.nextSave(file)`; null answers "cancel". */
export class DialogQueue implements DialogAnswerer {
  readonly asked: Asked[] = [];
  /** Dialogs that opened with no answer queued (answered "cancel"); the fixture fails the test on these. */
  readonly unanswered: Asked[] = [];
  private opens: (string | null)[] = [];
  private saves: (string | null)[] = [];

  async nextOpen(file: string | null): Promise<void> {
    this.opens.push(file);
  }

  async nextSave(file: string | null): Promise<void> {
    this.saves.push(file);
  }

  async answer(asked: Asked): Promise<string | null> {
    this.asked.push(asked);
    const queue = asked.kind === 'open' ? this.opens : this.saves;
    if (queue.length === 0) {
      this.unanswered.push(asked);
      return null;
    }
    return queue.shift()!;
  }
}
