// The "right now" card for a hard evening, on the lock-free safety screen: the same
// four prompts as the exercise, to think through without opening the workbook, the
// helplines, and one step to write it down in the workbook.
import { rightNow } from '../../../shared/exercises/right-now.ts';
import { hrefFor } from '../app/use-hash-route.ts';

export function RightNowCard() {
  const [step] = rightNow.steps;
  return (
    <section className="right-now" aria-labelledby="right-now-title">
      <h2 id="right-now-title" className="section-title">Right now, for a hard evening</h2>
      <p>{step.intro}</p>
      <ol className="right-now__prompts">
        {step.fields.map((f) => (
          <li key={f.id}>
            <strong>{f.label}.</strong> {'help' in f ? f.help : ''}
          </li>
        ))}
      </ol>
      <p>
        <a href={hrefFor.exercise(rightNow.id)}>Write it down in your workbook</a> <span className="muted">(opens it if it is locked)</span>
      </p>
    </section>
  );
}
