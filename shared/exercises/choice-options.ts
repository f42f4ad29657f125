// The answers a choice field offers: every option but the retired ones, and a
// retired one only where an earlier entry already chose it (so it still shows).
import type { ChoiceOption, FieldDef } from './types.ts';

export function offeredOptions(field: FieldDef, current?: string): readonly ChoiceOption[] {
  return (field.options ?? []).filter((o) => !o.retired || o.value === current);
}
