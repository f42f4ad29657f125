// The choice of role as a group of large radio cards: the role screen and the
// first start's "who will use this workbook" step both use it.
import { ROLE_LABELS } from '../../../shared/domain/profile.ts';
import type { Role } from '../../../shared/domain/profile.ts';

interface RoleChoicesProps {
  legend: string;
  name: string;
  /** The roles offered, each with the title shown for it. */
  options: readonly (readonly [Role, string])[];
  value: Role | null;
  onChange: (role: Role) => void;
}

export function RoleChoices({ legend, name, options, value, onChange }: RoleChoicesProps) {
  return (
    <fieldset className="roles">
      <legend className="visually-hidden">{legend}</legend>
      {options.map(([role, title]) => (
        <label key={role} className="role-option">
          <input type="radio" name={name} value={role} checked={value === role} onChange={() => onChange(role)} />
          <span>
            <span className="role-option__title">{title}</span>
            <span className="role-option__text">{ROLE_LABELS[role].description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
