// Entry of tierdesk-screenshot.js: html2canvas, loaded only when the user adds a screenshot.
import { registerStage } from '../stages/registry';
import { captureScreenshot } from './captureScreenshot';

registerStage(window, 'screenshot', { captureScreenshot });
