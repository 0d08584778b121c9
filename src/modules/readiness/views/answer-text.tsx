import { usePage } from '../../../ui/page-context.js';
import { isReadinessAnswer, type ReadinessAnswer } from '../areas.js';

/** The colour only repeats the word: yes (green), partly (amber), no (red), or "no answer". */
const answerClass: Record<ReadinessAnswer, string> = { yes: 'status-approved', partly: 'status-submitted', no: 'status-rejected' };

/** One area's answer in words, for tables and the page. */
export function AnswerText(props: { answer: unknown }) {
  const { t } = usePage();
  if (!isReadinessAnswer(props.answer)) return <span class="muted">{t('readiness.answer.none')}</span>;
  return <span class={answerClass[props.answer]}>{t(`readiness.answer.${props.answer}`)}</span>;
}
