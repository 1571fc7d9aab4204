export { parseInstant, toInstant, compareInstants, isCanonicalInstant, isWithinYears0000To9999, type Instant } from './instant';
export { parseDuration, toDurationParts, addDuration, instantAfter, daysToMs, isAtMost100Years, type Duration, type DurationParts } from './duration';
