// Styles of the shared pieces, themed only through CSS variables (`--td-*`), so the widget's
// Shadow DOM and the extension's popup each set the palette and reuse these rules. In two parts
// so the widget's dialog file carries only the form's (the rest loads with its later steps).
import { formCss } from './formCss';
import { stepsCss } from './stepsCss';

export const uiCss = formCss + stepsCss;
