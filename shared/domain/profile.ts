// Who the user is in this: the partner rebuilding trust, the hurt partner, both
// together, or the partner who was abusive or controlling (who works on the
// rebuilding side, but individual help comes first and nothing reaches out to
// the other partner unless they ask). Kept encrypted inside the workbook (it is personal), and used
// to put that person's exercises first.
import { z } from '../zod.ts';

export const RoleSchema = z.enum(['R', 'H', 'T', 'A'], { error: 'Choose one of the roles offered.' });
export type Role = z.infer<typeof RoleSchema>;
export const ProfileSchema = z.strictObject({ role: RoleSchema.nullable() });
export type Profile = z.infer<typeof ProfileSchema>;

export const ROLE_LABELS: Record<Role, { title: string; description: string }> = {
  R: { title: 'I am rebuilding trust', description: 'I broke my partner’s trust and want to earn it back, one step at a time.' },
  H: { title: 'I was hurt', description: 'My trust was broken. I want to understand what I need, and set the pace.' },
  T: { title: 'We are doing this together', description: 'We are working through this as a couple, side by side.' },
  A: { title: 'I have been abusive or controlling', description: 'I want to stop, and to take responsibility. Mend shows what changes for me first.' },
};
