import { performance } from 'node:perf_hooks';
import { generatedInstance } from '../src/modules/event-day/generated-instance.js';
import { solveEventDay } from '../src/modules/event-day/solver.js';
import { greedyAssignment } from '../src/modules/event-day/solver-greedy.js';
import { evaluate } from '../src/modules/event-day/solver-rules.js';

/**
 * The event-day assignment (issue 16, ADR 026) measured in-process: 2,000 volunteers × 300
 * task-slots from the seeded generator, the optimal solver and the greedy baseline in the same run,
 * their wall-clock and CPU times and quality (required seats filled, preference points, seats) as
 * ratios. Target: the solver ≤ 2 s. Alone: `npm run bench -- event-day`.
 */
export type EventDayFigure = {
  volunteers: number;
  taskSlots: number;
  solverMs: number;
  solverCpuMs: number;
  greedyMs: number;
  greedyCpuMs: number;
  optimal: boolean;
  solver: { requiredFilled: number; preference: number; filled: number; friendsTogether: number };
  greedy: { requiredFilled: number; preference: number; filled: number; friendsTogether: number };
  targetMs: number;
};

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

export function measureEventDay(size = { volunteers: 2000, tasks: 300 }): EventDayFigure {
  const input = generatedInstance(size);
  // One small warm-up so both are measured compiled.
  solveEventDay(generatedInstance({ volunteers: 50, tasks: 10 }, 1));
  greedyAssignment(generatedInstance({ volunteers: 50, tasks: 10 }, 1));
  const solved = timed(() => solveEventDay(input));
  const greedy = timed(() => greedyAssignment(input));
  return {
    volunteers: size.volunteers,
    taskSlots: size.tasks,
    solverMs: solved.ms,
    solverCpuMs: solved.cpuMs,
    greedyMs: greedy.ms,
    greedyCpuMs: greedy.cpuMs,
    optimal: solved.value.optimal,
    solver: solved.value.objective,
    greedy: evaluate(input.tasks, input.volunteers, greedy.value),
    targetMs: 2000,
  };
}

export function printEventDay(f: EventDayFigure): void {
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
  console.log(
    [
      `event-day assignment: ${f.volunteers} volunteers × ${f.taskSlots} task-slots${f.optimal ? '' : ' (multi-slot clashes: feasible dive, not proven optimal)'}`,
      `                      solver      greedy   solver ÷ greedy`,
      `time, wall (ms)  ${f.solverMs.toFixed(0).padStart(10)} ${f.greedyMs.toFixed(0).padStart(11)} ${ratio(f.solverMs, f.greedyMs).padStart(17)}`,
      `time, CPU (ms)   ${f.solverCpuMs.toFixed(0).padStart(10)} ${f.greedyCpuMs.toFixed(0).padStart(11)} ${ratio(f.solverCpuMs, f.greedyCpuMs).padStart(17)}`,
      `required seats   ${String(f.solver.requiredFilled).padStart(10)} ${String(f.greedy.requiredFilled).padStart(11)} ${ratio(f.solver.requiredFilled, f.greedy.requiredFilled).padStart(17)}`,
      `preference pts   ${String(f.solver.preference).padStart(10)} ${String(f.greedy.preference).padStart(11)} ${ratio(f.solver.preference, f.greedy.preference).padStart(17)}`,
      `seats filled     ${String(f.solver.filled).padStart(10)} ${String(f.greedy.filled).padStart(11)} ${ratio(f.solver.filled, f.greedy.filled).padStart(17)}`,
      `friends together ${String(f.solver.friendsTogether).padStart(10)} ${String(f.greedy.friendsTogether).padStart(11)} ${ratio(f.solver.friendsTogether, f.greedy.friendsTogether).padStart(17)}`,
      `target: solver ≤ ${f.targetMs} ms wall — ${f.solverMs <= f.targetMs ? '✓' : '✗'}`,
    ].join('\n'),
  );
}

/** `npm run bench -- event-day` (run.ts hands over here): only this scenario, no database. */
export function runEventDayBenchAlone(): void {
  const figure = measureEventDay();
  printEventDay(figure);
  if (process.env.BENCH_CHECK === '1' && figure.solverMs > figure.targetMs) process.exitCode = 1;
}
