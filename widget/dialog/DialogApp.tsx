// The dialog's Preact tree: a labelled modal with the form, live preview, known issues and
// screenshot; then review; then the confirmation, or "my tickets". Reads the model only. The
// steps after the form come from the steps file; until it is there they show as loading.
import { KnownIssueList } from '@tierdesk/ui/KnownIssueList';
import { TicketForm } from '@tierdesk/ui/TicketForm';
import { TriagePreview } from '@tierdesk/ui/TriagePreview';
import type { Strings } from '@tierdesk/ui/enStrings';
import type { StepsStage } from '../stages/stageTypes';
import type { DialogModel, Shot } from './createDialogModel';
import { useStore } from './createStore';
import type { ReviewPart } from './keptContext';
import { ScreenshotPanel } from './ScreenshotPanel';

export interface DialogAppProps {
  model: DialogModel;
  /** The later steps' components, null until their file has loaded. */
  steps: StepsStage | null;
  strings: Strings;
  locale: string;
  timeZone?: string;
  now: () => number;
  categoryLabel: (id: string) => string;
  capture: () => Promise<Shot>;
  fromFile: (file: Blob) => Promise<Shot>;
  newId: () => string;
  onClose: () => void;
}

export function DialogApp(props: DialogAppProps) {
  const { model, steps, strings, locale, timeZone } = props;
  const state = useStore(model.store);
  const { step, preview } = state;
  const now = props.now();
  const p = preview.value;
  return (
    <div class="td-panel">
      <header class="td-head">
        <h2 id="td-title">{step === 'mine' ? strings.myTickets : strings.dialogTitle}</h2>
        <button type="button" class="td-close" aria-label={strings.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      <div class="td-body">
        {step === 'form' && (
          <form
            id="td-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!model.toReview())
                e.currentTarget.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
            }}
          >
            <TicketForm
              value={state.form}
              onInput={model.edit}
              strings={strings}
              errors={state.errors}
            />
            <TriagePreview
              state={preview.state}
              preview={
                p && {
                  categoryLabel: props.categoryLabel(p.classification.category),
                  tier: p.classification.tier,
                  priority: p.priority,
                  needsTriage: p.classification.needsTriage,
                  due: p.due,
                }
              }
              strings={strings}
              locale={locale}
              timeZone={timeZone}
              now={now}
            />
            <KnownIssueList
              items={p?.knownIssues ?? []}
              onSolved={(id) => void model.solved(id)}
              strings={strings}
            />
            <ScreenshotPanel
              model={model}
              editor={steps?.AnnotationEditor ?? null}
              strings={strings}
              capture={props.capture}
              fromFile={props.fromFile}
              newId={props.newId}
            />
          </form>
        )}
        {step !== 'form' && step !== 'solved' && !steps && (
          <p class="td-hint" role="status" aria-busy="true">
            {strings.previewLoading}
          </p>
        )}
        {(step === 'review' || step === 'sending') && state.context && steps && (
          <steps.ReviewList
            items={steps.reviewItems(
              state.context,
              state.form.summary,
              !!state.shot,
              state.excluded,
              strings,
            )}
            onToggle={(id, on) => model.toggle(id as ReviewPart, on)}
            strings={strings}
          />
        )}
        {step === 'done' && state.outcome && steps && (
          <steps.Confirmation
            outcome={
              state.outcome.kind === 'accepted'
                ? { kind: 'accepted', ...state.outcome.receipt }
                : state.outcome
            }
            strings={strings}
            locale={locale}
            timeZone={timeZone}
            now={now}
            onNewReport={model.reset}
          />
        )}
        {step === 'solved' && (
          <section role="status">
            <p>{strings.solvedThanks}</p>
          </section>
        )}
        {step === 'mine' &&
          steps &&
          (state.mine === 'unavailable' ? (
            <p class="td-hint">{strings.previewUnavailable}</p>
          ) : (
            <steps.MyTickets
              items={state.mine}
              strings={strings}
              locale={locale}
              timeZone={timeZone}
              now={now}
            />
          ))}
      </div>
      <footer class="td-foot">
        {step === 'form' && (
          <>
            <button type="button" class="td-link" onClick={() => void model.showMine()}>
              {strings.myTickets}
            </button>
            <button type="submit" form="td-form" class="td-primary">
              {strings.next}
            </button>
          </>
        )}
        {(step === 'review' || step === 'sending') && (
          <>
            <button
              type="button"
              class="td-secondary"
              onClick={model.back}
              disabled={step === 'sending'}
            >
              {strings.back}
            </button>
            <button
              type="button"
              class="td-primary"
              onClick={() => void model.submit()}
              disabled={step === 'sending' || !state.context}
            >
              {step === 'sending' ? strings.sending : strings.submit}
            </button>
          </>
        )}
        {(step === 'mine' || step === 'solved') && (
          <button type="button" class="td-secondary" onClick={model.reset}>
            {strings.back}
          </button>
        )}
      </footer>
    </div>
  );
}
