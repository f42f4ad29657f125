// One answer field of an exercise, drawn from its data: a line of text, a
// growing text area with a word count, a set of choices, a 0-10 scale, a list
// of rows, or a confirmation by name. Labels, hints and errors are tied to the
// control so screen readers announce them.
import { useFormContext, useWatch } from 'react-hook-form';
import type { FieldDef } from '../../../../shared/exercises/types.ts';
import { isAnswered, TEXT_LIMITS } from '../../../../shared/exercises/answer-schema.ts';
import { offeredOptions } from '../../../../shared/exercises/choice-options.ts';
import { ApologyFeedback } from './ApologyFeedback.tsx';
import { fieldIds } from './field-ids.ts';
import { ListField } from './ListField.tsx';
import { ScaleField } from './ScaleField.tsx';
import { SignatureField } from './SignatureField.tsx';

const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/u).length : 0);

/** The first error message anywhere under a field (a list's rows included). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { message } = error as { message?: unknown };
  if (typeof message === 'string') return message;
  for (const value of Object.values(error)) {
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}

/** Fields whose control is a group of inputs are a fieldset with a legend. */
const GROUPED: ReadonlySet<FieldDef['type']> = new Set(['choice', 'scale', 'list', 'signature']);

export function FieldInput({ field, idPrefix }: { field: FieldDef; idPrefix: string }) {
  const { register, formState, getFieldState } = useFormContext();
  const value = useWatch({ name: field.id });
  // A needed answer left empty after the user has been in the field: said gently, and the draft still saves.
  const stillNeeded = field.required && getFieldState(field.id, formState).isTouched && !isAnswered(value);
  const error = firstMessage(formState.errors[field.id]) ?? (stillNeeded ? 'This answer is needed to finish this step. The rest is saved as it is.' : undefined);
  const { id, helpId, errorId, describedBy } = fieldIds(idPrefix, field.id, Boolean(field.help), Boolean(error));
  const requiredMark = field.required ? <span className="field__required"> (needed)</span> : null;
  const help = field.help && <p id={helpId} className="field__help">{field.help}</p>;
  const errorLine = error && <p id={errorId} className="field__error" role="alert">{error}</p>;

  if (GROUPED.has(field.type)) {
    return (
      <fieldset className={`field field--${field.type}`} aria-describedby={describedBy}>
        <legend className="field__label">
          {field.label}
          {requiredMark}
        </legend>
        {help}
        {field.type === 'choice' && (
          <div className="choices">
            {offeredOptions(field, typeof value === 'string' ? value : undefined).map((option) => (
              <label key={option.value} className="choice">
                <input type="radio" value={option.value} {...register(field.id)} />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        )}
        {field.type === 'scale' && <ScaleField field={field} name={field.id} describedBy={describedBy} />}
        {field.type === 'list' && <ListField field={field} idPrefix={idPrefix} describedBy={describedBy} />}
        {field.type === 'signature' && <SignatureField field={field} id={id} describedBy={describedBy} />}
        {errorLine}
      </fieldset>
    );
  }

  const text = typeof value === 'string' ? value : '';
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, ...register(field.id) };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {field.label}
        {requiredMark}
      </label>
      {help}
      {field.type === 'long-text' ? (
        <>
          <textarea className="field__textarea" rows={4} spellCheck {...common} />
          <p className="field__count">
            {countWords(text)} {countWords(text) === 1 ? 'word' : 'words'}
            {text.length > TEXT_LIMITS['long-text'] * 0.9 && ` · ${text.length.toLocaleString()} of ${TEXT_LIMITS['long-text'].toLocaleString()} characters`}
          </p>
        </>
      ) : (
        <input className="field__input" type="text" autoComplete="off" spellCheck {...common} />
      )}
      {errorLine}
      {field.feedback && field.feedback !== 'ladder-pace' && <ApologyFeedback text={text} mode={field.feedback} />}
    </div>
  );
}
