// The popup's and setup page's one way to reach the background: typed request, typed answer.
import { extensionApi } from '../extensionApi';
import type { BackgroundMessage } from './backgroundMessage';
import type { BackgroundAnswers } from './backgroundAnswers';

export async function sendToBackground<M extends BackgroundMessage>(
  message: M,
): Promise<BackgroundAnswers[M['type']]> {
  return (await extensionApi().runtime.sendMessage(message)) as BackgroundAnswers[M['type']];
}
