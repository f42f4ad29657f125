// An answer as plain words, for anything that turns entries into text (the
// readable export, later the counselor summary): "7 of 10", "Confirmed by Sam
// on …", a list row as "Who: I will; Commitment: …".
import type { FieldDef } from '../exercises/types.ts';
import type { AnswerValue, Signature } from '../exercises/answer-schema.ts';
import { optionLabel } from '../exercises/answer-schema.ts';
import { formatDay } from '../domain/dates.ts';

/** Lines of text for one answer; empty when it was not answered. */
export function answerLines(field: FieldDef, value: AnswerValue | undefined): string[] {
  if (value === undefined || value === '') return [];
  switch (field.type) {
    case 'choice':
      return [optionLabel(field, value) ?? String(value)];
    case 'scale':
      return [`${value} of 10 (0 = ${field.scaleLabels?.low ?? 'lowest'}, 10 = ${field.scaleLabels?.high ?? 'highest'})`];
    case 'signature': {
      const s = value as Signature;
      return [`Confirmed by ${s.name} on ${formatDay(s.date, 'en-GB')}`];
    }
    case 'list':
      return (value as Record<string, string>[])
        .map((row) =>
          (field.itemFields ?? [])
            .map((item) => [item.label, item.type === 'choice' ? optionLabel(item, row[item.id]) : row[item.id]?.trim()] as const)
            .filter(([, v]) => v)
            .map(([label, v]) => `${label}: ${v}`)
            .join('; '),
        )
        .filter(Boolean);
    default:
      return String(value).trim() ? String(value).trim().split('\n') : [];
  }
}
