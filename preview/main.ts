/**
 * Browser entry of the local preview: synthetic shadow (as Lightning
 * Experience runs components, so the page's SLDS stylesheet styles base
 * components) and the Account record page look-alike.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PreviewApp from 'preview/app';

const app = createElement('preview-app', { is: PreviewApp });
document.querySelector('#root')!.appendChild(app);
