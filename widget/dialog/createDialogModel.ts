// The dialog's state and the actions that change it: editing (with a debounced live triage
// preview), screenshot, review, submit through the outbox, deflection, "my tickets".
// Components only read it; everything outside (hub, outbox, clock, timers) is passed in.
import type { FormClient } from '@tierdesk/client/api/formClient';
import type { PreviewSummary, ReporterTicket } from '@tierdesk/client/api/schemas';
import type { StoredImage } from '@tierdesk/client/outbox/outboxDb';
import type { PageContext } from '@tierdesk/core/model/context';
import type { Reporter } from '@tierdesk/core/model/draft';
import type { AnnotationBox } from '@tierdesk/ui/annotations';
import type { TicketFormValue } from '@tierdesk/ui/TicketForm';
import type { Strings } from '@tierdesk/ui/strings';
import type { Prefill, SubmittedEvent } from '../stages/stageTypes';
import type { SubmitOutcome } from '../outbox/widgetOutbox';
import { buildDraft } from './buildDraft';
import { createStore } from './createStore';
import { keptContext, type ReviewPart } from './keptContext';

export type Step = 'form' | 'review' | 'sending' | 'done' | 'solved' | 'mine';

export interface Shot {
  source: CanvasImageSource;
  width: number;
  height: number;
}

export interface DialogState {
  step: Step;
  form: TicketFormValue;
  errors: { summary?: string };
  preview: { state: 'idle' | 'loading' | 'ready' | 'unavailable'; value?: PreviewSummary };
  shot: Shot | null;
  shotState: 'none' | 'capturing' | 'failed';
  boxes: AnnotationBox[];
  context: PageContext | null;
  excluded: ReadonlySet<ReviewPart>;
  outcome: SubmitOutcome | null;
  mine: ReporterTicket[] | null | 'unavailable';
}

export interface DialogDeps {
  app: string;
  strings: Strings;
  client: Pick<FormClient, 'previewTriage' | 'deflect'>;
  /** The page's context for the review (from the steps file, so it may arrive later). */
  snapshot: () => PageContext | Promise<PageContext>;
  reporter: () => Reporter;
  newId: () => string;
  now: () => number;
  submit: (
    draft: ReturnType<typeof buildDraft>,
    screenshot?: StoredImage,
  ) => Promise<SubmitOutcome>;
  /** Keeps "my tickets" current while shown (null: hub unreachable); resolves to `stop`. */
  watchMyTickets: (onList: (items: ReporterTicket[] | null) => void) => Promise<() => void>;
  /** Burns the annotations into the screenshot and encodes it. */
  encodeShot: (shot: Shot, boxes: AnnotationBox[]) => Promise<StoredImage>;
  onSubmitted: (event: SubmittedEvent) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
  debounceMs?: number;
}

const initial = (): DialogState => ({
  step: 'form',
  form: { summary: '', description: '', impact: 'individual', urgency: 'degraded' },
  errors: {},
  preview: { state: 'idle' },
  shot: null,
  shotState: 'none',
  boxes: [],
  context: null,
  excluded: new Set(),
  outcome: null,
  mine: null,
});

export function createDialogModel(deps: DialogDeps) {
  const store = createStore<DialogState>(initial());
  const get = store.get;
  const set = store.set;
  let timer: unknown;
  let inflight: AbortController | null = null;
  let generation = 0;
  let stopMine: (() => void) | null = null;
  let mineGeneration = 0;

  /** Stops keeping "my tickets" current (the view was left or the dialog closed). */
  function stopWatching() {
    mineGeneration++;
    stopMine?.();
    stopMine = null;
  }

  async function refreshPreview() {
    const { form } = get();
    if (form.summary.trim().length < 3) return set({ preview: { state: 'idle' } });
    inflight?.abort();
    const abort = (inflight = new AbortController());
    const asked = ++generation;
    set({ preview: { ...get().preview, state: 'loading' } });
    try {
      const result = await deps.client.previewTriage(
        {
          app: deps.app,
          summary: form.summary.trim(),
          description: form.description,
          impact: form.impact,
          urgency: form.urgency,
        },
        abort.signal,
      );
      if (asked !== generation) return; // a newer keystroke already asked again
      set({
        preview: result.ok ? { state: 'ready', value: result.value } : { state: 'unavailable' },
      });
    } catch {
      if (asked === generation) set({ preview: { state: 'unavailable' } });
    }
  }

  function schedulePreview() {
    deps.clearTimeout(timer as never);
    timer = deps.setTimeout(() => void refreshPreview(), deps.debounceMs ?? 400);
  }

  return {
    store,
    start(prefill?: Prefill) {
      if (get().step !== 'form' || !prefill) return;
      set({ form: { ...get().form, ...prefill } });
      schedulePreview();
    },
    edit(patch: Partial<TicketFormValue>) {
      set({
        form: { ...get().form, ...patch },
        ...(patch.summary !== undefined ? { errors: {} } : {}),
      });
      schedulePreview();
    },
    setShot(shot: Shot | null) {
      set({ shot, boxes: [], shotState: 'none' });
    },
    setShotState(shotState: DialogState['shotState']) {
      set({ shotState });
    },
    setBoxes(boxes: AnnotationBox[]) {
      set({ boxes });
    },
    toReview(): boolean {
      const summary = get().form.summary.trim();
      if (summary.length < 3) {
        set({
          errors: { summary: summary ? deps.strings.summaryTooShort : deps.strings.required },
        });
        return false;
      }
      const taken = deps.snapshot();
      if (!(taken instanceof Promise)) {
        set({ context: taken, step: 'review' });
        return true;
      }
      set({ context: null, step: 'review' });
      taken.then(
        (context) => {
          if (get().step === 'review' && !get().context) set({ context });
        },
        () => set({ step: 'form' }),
      );
      return true;
    },
    back() {
      set({ step: 'form' });
    },
    toggle(part: ReviewPart, included: boolean) {
      const excluded = new Set(get().excluded);
      if (included) excluded.delete(part);
      else excluded.add(part);
      set({ excluded });
    },
    async submit() {
      const s = get();
      if (s.step !== 'review' || !s.context) return; // the context is still being taken
      set({ step: 'sending' });
      const id = deps.newId();
      // Redaction happens in the outbox stage, before the draft is stored or sent.
      const draft = buildDraft({
        id,
        app: deps.app,
        form: s.form,
        context: keptContext(s.context, s.excluded),
        reporter: deps.reporter(),
        shownKnownIssues: (s.preview.value?.knownIssues ?? []).map((k) => k.id),
        now: deps.now(),
      });
      let image: StoredImage | undefined;
      if (s.shot && !s.excluded.has('screenshot')) {
        image = await deps.encodeShot(s.shot, s.boxes).catch(() => undefined);
      }
      let outcome: SubmitOutcome;
      try {
        outcome = await deps.submit(draft, image);
      } catch (error) {
        outcome = { kind: 'refused', message: String(error) };
      }
      set({ outcome, step: 'done' });
      if (outcome.kind !== 'refused') {
        deps.onSubmitted({
          id,
          number: outcome.kind === 'accepted' ? outcome.receipt.number : null,
          queued: outcome.kind === 'queued',
        });
      }
    },
    async solved(knownIssueId: string) {
      set({ step: 'solved' });
      await deps.client
        .deflect(knownIssueId, get().form.summary.trim() || undefined)
        .catch(() => undefined);
    },
    async showMine() {
      stopWatching();
      const asked = mineGeneration;
      set({ mine: null, step: 'mine' });
      const current = () => asked === mineGeneration && get().step === 'mine';
      try {
        const stop = await deps.watchMyTickets((items) => {
          if (current()) set({ mine: items ?? 'unavailable' });
        });
        if (current()) stopMine = stop;
        else stop();
      } catch {
        if (current()) set({ mine: 'unavailable' });
      }
    },
    stopWatching,
    reset() {
      stopWatching();
      set(initial());
    },
  };
}

export type DialogModel = ReturnType<typeof createDialogModel>;
