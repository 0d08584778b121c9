/** The confirmation of a destructive step is shared UI now (trainings use it too). */
export { ConfirmForm } from '../../../ui/confirm-form.js';
