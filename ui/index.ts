// The public surface of ui/: Preact pieces the widget and the extension both show. Props in,
// no I/O. (The triage views are in ./triage, owned by the extension.)
export { TicketForm } from './TicketForm';
export type { TicketFormProps, TicketFormValue } from './TicketForm';
export { TriagePreview } from './TriagePreview';
export type { TriagePreviewProps, TriagePreviewView } from './TriagePreview';
export { KnownIssueList } from './KnownIssueList';
export type { KnownIssueItem, KnownIssueListProps } from './KnownIssueList';
export { AnnotationEditor } from './AnnotationEditor';
export type { AnnotationEditorProps } from './AnnotationEditor';
export * from './annotations';
export { ReviewList } from './ReviewList';
export type { ReviewItem, ReviewListProps } from './ReviewList';
export { Confirmation } from './Confirmation';
export type { ConfirmationProps } from './Confirmation';
export { MyTickets } from './MyTickets';
export type { MyTicketItem, MyTicketsProps } from './MyTickets';
export { formatDue } from './formatDue';
export { stringsFor, locales } from './strings';
export type { Locale, Strings } from './strings';
export { uiCss } from './uiCss';
