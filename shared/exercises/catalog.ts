// The exercises Mend offers, in catalog order.
import { whereIStand } from './where-i-stand.ts';
import { nextRightThing } from './next-right-thing.ts';
import { promisesKept } from './promises-kept.ts';
import { smallSteps } from './small-steps.ts';
import { forgivingMyself } from './forgiving-myself.ts';
import { throughTheirEyes } from './through-their-eyes.ts';
import { owningIt } from './owning-it.ts';
import { whatIChanged } from './what-i-changed.ts';
import { askThenWait } from './ask-then-wait.ts';
import { sameQuestionAgain } from './same-question-again.ts';
import { rebuildingContact } from './rebuilding-contact.ts';
import { supportILeanOn } from './support-i-lean-on.ts';
import { caringForMyself } from './caring-for-myself.ts';
import { faithWithoutGuarantees } from './faith-without-guarantees.ts';
import { whatINeedToFeelSafe } from './what-i-need-to-feel-safe.ts';
import { weeklyCheckIn } from './weekly-check-in.ts';
import { rebuildingAgreement } from './rebuilding-agreement.ts';
import { whatIHaveNoticed } from './what-i-have-noticed.ts';
import { myQuestions } from './my-questions.ts';
import { myOwnSupport } from './my-own-support.ts';
import { decidingAtMyOwnPace } from './deciding-at-my-own-pace.ts';
import { whenItComesBack } from './when-it-comes-back.ts';
import { planForASlip } from './plan-for-a-slip.ts';
import { theChildren } from './the-children.ts';
import { rightNow } from './right-now.ts';
import { whatIAmProudOf } from './what-i-am-proud-of.ts';
import { sayingHowIFeel } from './saying-how-i-feel.ts';
import { sessionPrepHurt, sessionPrepRebuilding } from './session-preparation.ts';
import type { ExerciseDef } from './types.ts';

export const CATALOG: readonly ExerciseDef[] = [
  whereIStand,
  nextRightThing,
  promisesKept,
  smallSteps,
  forgivingMyself,
  throughTheirEyes,
  owningIt,
  whatIChanged,
  askThenWait,
  sameQuestionAgain,
  rebuildingContact,
  supportILeanOn,
  caringForMyself,
  faithWithoutGuarantees,
  whatINeedToFeelSafe,
  weeklyCheckIn,
  rebuildingAgreement,
  whatIHaveNoticed,
  myQuestions,
  myOwnSupport,
  decidingAtMyOwnPace,
  whenItComesBack,
  planForASlip,
  theChildren,
  rightNow,
  whatIAmProudOf,
  sayingHowIFeel,
  sessionPrepRebuilding,
  sessionPrepHurt,
];

export type ExerciseId = (typeof CATALOG)[number]['id'];

export const EXERCISE_IDS = CATALOG.map((e) => e.id) as [string, ...string[]];

const byId = new Map(CATALOG.map((e) => [e.id, e]));

export function findExercise(id: string): ExerciseDef | undefined {
  return byId.get(id);
}

export function getExercise(id: string): ExerciseDef {
  const exercise = byId.get(id);
  if (!exercise) throw new RangeError(`unknown exercise ${id}`);
  return exercise;
}
