// Test fixture: a small labelled ticket corpus in the style of the training data, and a tiny
// model trained on it (fast enough for unit tests).
import type { LabelledText } from '../text/trainTextModel';
import { trainTextModel } from '../text/trainTextModel';

const templates: Record<string, string[]> = {
  Hardware: [
    'laptop screen broken flickering replace',
    'docking station monitor not detected laptop',
    'keyboard mouse not working laptop usb',
    'laptop battery not charging replace charger',
    'monitor black screen after docking',
  ],
  Access: [
    'please grant access folder project site',
    'access request sharepoint site permissions',
    'need access application role approval',
    'grant permissions user group access rights',
    'access denied application please add user',
  ],
  Purchase: [
    'purchase order new headset approval quote',
    'please order licence purchase approval budget',
    'quote purchase new monitor order',
    'purchase request new phone order approval',
    'invoice purchase order supplier quote',
  ],
};

/** 3 labels × 5 templates × `copies` rows, each copy with a varying extra word. */
export function smallCorpus(copies = 6): LabelledText[] {
  const extra = ['today', 'urgent', 'thanks', 'hello', 'regards', 'team', 'office', 'week'];
  const rows: LabelledText[] = [];
  for (const [label, texts] of Object.entries(templates)) {
    for (let k = 0; k < copies; k++) {
      for (const text of texts) rows.push({ text: `${text} ${extra[k % extra.length]}`, label });
    }
  }
  return rows;
}

/** A small model trained on `smallCorpus()` without refitting. */
export function smallModel() {
  return trainTextModel(smallCorpus(), {
    name: 'small-test',
    features: { bits: 14 },
    fit: { epochs: 10 },
    categories: { Hardware: 'hardware', Access: 'access_permissions', Purchase: 'purchase' },
    refitOnAll: false,
  });
}
