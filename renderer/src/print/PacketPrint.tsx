// "Print the workbook": blank worksheets of several exercises, one after the
// other, each starting on a new page.
import { findExercise } from '../../../shared/exercises/catalog.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { Worksheet } from './Worksheet.tsx';
import { useSignalPrintReady } from './print-ready.ts';

export function PacketPrint({ exerciseIds }: { exerciseIds: string[] }) {
  const exercises = exerciseIds.map(findExercise).filter((e): e is ExerciseDef => e !== undefined);
  useSignalPrintReady(true);
  return (
    <div className="packet">
      {exercises.map((exercise) => (
        <div key={exercise.id} className="packet__sheet">
          <Worksheet exercise={exercise} entry={null} />
        </div>
      ))}
    </div>
  );
}
