// "Signed by Sam and Alex on …" on an entry done together, and, where it can
// still be changed outside a session, what a change would do to the signatures.
import type { Entry } from '../../../shared/domain/entry.ts';
import { signedByText } from './together-parts.ts';

export function SignedByNote({ entry, changeable }: { entry: Entry | null; changeable: boolean }) {
  const text = signedByText(entry);
  if (!text) return null;
  return (
    <div className="signed-by">
      <p className="signed-by__line">{text}.</p>
      {changeable && <p className="muted">Changing the answers on your own takes these signatures away. To keep them, make changes together.</p>}
    </div>
  );
}
