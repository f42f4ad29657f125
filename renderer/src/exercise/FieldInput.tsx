// One answer field of an exercise, drawn from its data: a line of text, a
// growing text area with a word count, or a set of choices. Labels, hints and
// errors are tied to the control so screen readers announce them.
import { useFormContext, useWatch } from 'react-hook-form';
import type { FieldDef } from '../../../shared/exercises/types.ts';
import { TEXT_LIMITS } from '../../../shared/exercises/answer-schema.ts';
import { ApologyFeedback } from './ApologyFeedback.tsx';

const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/u).length : 0);

export function FieldInput({ field, idPrefix }: { field: FieldDef; idPrefix: string }) {
  const { register, formState } = useFormContext<Record<string, string>>();
  const value = useWatch<Record<string, string>>({ name: field.id }) ?? '';
  const error = formState.errors[field.id]?.message;
  const id = `${idPrefix}-${field.id}`;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const requiredMark = field.required ? <span className="field__required"> (needed)</span> : null;

  if (field.type === 'choice') {
    return (
      <fieldset className="field field--choice" aria-describedby={describedBy}>
        <legend className="field__label">
          {field.label}
          {requiredMark}
        </legend>
        {field.help && <p id={helpId} className="field__help">{field.help}</p>}
        <div className="choices">
          {(field.options ?? []).map((option) => (
            <label key={option.value} className="choice">
              <input type="radio" value={option.value} {...register(field.id)} />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {error && <p id={errorId} className="field__error" role="alert">{String(error)}</p>}
      </fieldset>
    );
  }

  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    ...register(field.id),
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {field.label}
        {requiredMark}
      </label>
      {field.help && <p id={helpId} className="field__help">{field.help}</p>}
      {field.type === 'long-text' ? (
        <>
          <textarea className="field__textarea" rows={4} spellCheck {...common} />
          <p className="field__count" aria-live="off">
            {countWords(value)} {countWords(value) === 1 ? 'word' : 'words'}
            {value.length > TEXT_LIMITS['long-text'] * 0.9 && ` · ${value.length.toLocaleString()} of ${TEXT_LIMITS['long-text'].toLocaleString()} characters`}
          </p>
        </>
      ) : (
        <input className="field__input" type="text" autoComplete="off" spellCheck {...common} />
      )}
      {error && <p id={errorId} className="field__error" role="alert">{String(error)}</p>}
      {field.feedback === 'apology' && <ApologyFeedback text={value} />}
    </div>
  );
}
