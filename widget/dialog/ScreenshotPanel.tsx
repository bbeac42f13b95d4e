// The screenshot part of the form: capture the page (html2canvas stage), or upload / paste an
// image when capture is impossible (strict CSP, tainted canvas); then mark it up.
import type { AnnotationEditor } from '@tierdesk/ui/AnnotationEditor';
import type { Strings } from '@tierdesk/ui/enStrings';
import type { DialogModel, Shot } from './createDialogModel';
import { useStore } from './createStore';

export interface ScreenshotPanelProps {
  model: DialogModel;
  /** The mark-up editor from the steps file; null until it has loaded. */
  editor: typeof AnnotationEditor | null;
  strings: Strings;
  capture: () => Promise<Shot>;
  fromFile: (file: Blob) => Promise<Shot>;
  newId: () => string;
}

export function ScreenshotPanel({
  model,
  editor: Editor,
  strings,
  capture,
  fromFile,
  newId,
}: ScreenshotPanelProps) {
  const { shot, shotState: state, boxes } = useStore(model.store);
  const take = async () => {
    model.setShotState('capturing');
    try {
      model.setShot(await capture());
    } catch {
      model.setShotState('failed');
    }
  };
  const upload = async (file: Blob | undefined) => {
    if (!file) return;
    try {
      model.setShot(await fromFile(file));
    } catch {
      model.setShotState('failed');
    }
  };
  return (
    <section class="td-shot" aria-label={strings.screenshot}>
      {!shot && (
        <>
          <button
            type="button"
            class="td-secondary"
            disabled={state === 'capturing'}
            onClick={take}
          >
            {state === 'capturing' ? strings.takingScreenshot : strings.takeScreenshot}
          </button>
          {state === 'failed' && (
            <p class="td-hint" role="alert">
              {strings.screenshotFailed}
            </p>
          )}
          <div class="td-upload">
            <label class="td-link" for="td-upload">
              {strings.uploadImage}
            </label>
            <input
              id="td-upload"
              class="td-visually-hidden"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              onChange={(e) => upload(e.currentTarget.files?.[0])}
            />
            <span class="td-hint"> {strings.pasteHint}</span>
          </div>
        </>
      )}
      {shot && !Editor && (
        <p class="td-hint" role="status" aria-busy="true">
          {strings.takingScreenshot}
        </p>
      )}
      {shot && Editor && (
        <>
          <Editor
            source={shot.source}
            image={{ width: shot.width, height: shot.height }}
            boxes={boxes}
            onChange={model.setBoxes}
            strings={strings}
            newId={newId}
          />
          <button type="button" class="td-link" onClick={() => model.setShot(null)}>
            {strings.removeScreenshot}
          </button>
        </>
      )}
    </section>
  );
}
