// Entry of tierdesk-steps.js: the dialog's later steps (screenshot mark-up, review, confirmation,
// my tickets), fetched once the form is showing. Built against the dialog file's Preact.
import { snapshotContext } from '@tierdesk/client/context/snapshotContext';
import { AnnotationEditor } from '@tierdesk/ui/AnnotationEditor';
import { drawAnnotations } from '@tierdesk/ui/annotations';
import { Confirmation } from '@tierdesk/ui/Confirmation';
import { MyTickets } from '@tierdesk/ui/MyTickets';
import { ReviewList } from '@tierdesk/ui/ReviewList';
import { stepsCss } from '@tierdesk/ui/stepsCss';
import { registerStage } from '../stages/registry';
import { encodeShot } from './encodeShot';
import { reviewItems } from './reviewItems';

registerStage(window, 'steps', {
  css: stepsCss,
  ReviewList,
  Confirmation,
  MyTickets,
  AnnotationEditor,
  reviewItems,
  snapshotContext,
  encodeShot: (doc, shot, boxes) => encodeShot(doc, shot, boxes, drawAnnotations),
});
