// The one Preact the widget runs: the dialog file carries it and hands it to later stage files
// (built with these modules mapped to it, widget/build.ts), since two copies of Preact in one tree
// break hooks and cost their bytes twice.
import { Fragment, render } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';

/** Per module, the exports later stages may import; a name missing here fails their build. */
export const sharedRuntime = {
  preact: { Fragment, render },
  'preact/hooks': { useEffect, useReducer, useRef, useState },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
};

export type SharedRuntime = typeof sharedRuntime;
