export { DEADLINE_KINDS } from '../model/vocabulary';
