export { parseInstant, toInstant, compareInstants, type Instant } from './instant';
export { parseDuration, toDurationParts, addDuration, instantAfter, daysToMs, type Duration, type DurationParts } from './duration';
