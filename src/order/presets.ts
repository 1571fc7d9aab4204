import type { Policy } from '../model/policy';
import { comeup } from './presets/comeup';
import { fiverr } from './presets/fiverr';
import { upwork } from './presets/upwork';

/**
 * The built-in policies (SPEC §9), frozen: ComeUp's, the default, and Fiverr's and Upwork's
 * published rules for one order with one delivery. Each value's source is in docs/policy.md.
 * Derive your own: `{ ...presets.comeup, reviewWindow: 'P3D', name: 'acme' }`.
 */
export const presets: { readonly comeup: Policy; readonly fiverr: Policy; readonly upwork: Policy } = Object.freeze({
  comeup,
  fiverr,
  upwork,
});
