export {
  addDuration,
  type Duration,
  type DurationParts,
  daysToMs,
  instantAfter,
  isAtMost100Years,
  parseDuration,
  toDurationParts,
} from './duration';
export {
  compareInstants,
  type Instant,
  isCanonicalInstant,
  isWithinYears0000To9999,
  parseInstant,
  toInstant,
} from './instant';
