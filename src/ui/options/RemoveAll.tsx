import { useEffect, useRef, useState } from 'preact/hooks';
import { countOf } from '../labels';

/**
 * Removes every document the user added, after a second, explicit step. The
 * step opens on Cancel: a double click, or Enter pressed twice, removes nothing.
 */
export function RemoveAll({ count, disabled, onConfirm }: { count: number; disabled: boolean; onConfirm(): void }) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  if (!count) return null;
  if (!confirming) {
    return (
      <button type="button" class="fm-remove-all" disabled={disabled} onClick={() => setConfirming(true)}>
        {count === 1 ? 'Remove the document you added' : `Remove all ${countOf(count, 'document')} you added`}
      </button>
    );
  }
  return (
    <div class="fm-confirm" role="group" aria-labelledby="fm-confirm-text">
      <p id="fm-confirm-text">
        Remove {count === 1 ? 'the document' : `the ${countOf(count, 'document')}`} you added, and what Factmark found in {count === 1 ? 'it' : 'them'}? The default
        corpus stays.
      </p>
      <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <button
        type="button"
        class="fm-danger"
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        Remove {count === 1 ? 'it' : 'them'}
      </button>
    </div>
  );
}
