// The quiet "Saved" line under an editor; errors are announced.
import type { SaveState } from './autosave.ts';

export function SaveStatus({ state }: { state: SaveState }) {
  const text = (() => {
    switch (state.status) {
      case 'idle':
        return 'Your words save as you write.';
      case 'pending':
      case 'saving':
        return 'Saving…';
      case 'saved':
        return `Saved at ${new Date(state.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
      case 'error':
        return `Not saved yet: ${state.message}`;
    }
  })();
  return (
    <p className={`save-status save-status--${state.status}`} role={state.status === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
