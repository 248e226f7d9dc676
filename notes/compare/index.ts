export {
  compareQuestion,
  conflictingQuestions,
  positionKey,
  type CompareOptions,
  type ComparedClaim,
  type ComparedRelation,
  type Comparison,
  type ComparisonColumn,
  type Conflict,
  type PositionGroup,
  type PositionRow,
  type QuestionConflicts,
} from './compare.ts';
export { describeConflict, listOf, whoSaysWhat } from './describe.ts';
