// The shipped text model, trained by `tierdesk classify train` on the public IT-service-ticket
// data (see docs/classify.md). Only the hub bundles it: the widget asks the hub for a preview.
import shipped from './model/default.json';
import { loadTextModel, type TextModel } from './text/textModel';

/** Decoded once when first imported (a few tens of milliseconds). */
export const defaultTextModel: TextModel = /* @__PURE__ */ loadTextModel(shipped);
