// DOM ids for a field's control, hint and error, so labels and descriptions
// are tied to the right control in every widget.
export function fieldIds(idPrefix: string, fieldId: string, hasHelp: boolean, hasError: boolean) {
  const id = `${idPrefix}-${fieldId}`;
  const helpId = hasHelp ? `${id}-help` : undefined;
  const errorId = hasError ? `${id}-error` : undefined;
  return { id, helpId, errorId, describedBy: [helpId, errorId].filter(Boolean).join(' ') || undefined };
}
