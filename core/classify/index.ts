// Public surface of core/classify: the ticket classifier (text model, rules, context),
// incident grouping, problem suggestions and known-issue matching.
export {
  classifyTicket,
  type ClassifyInput,
  type ClassifyOptions,
  type TicketText,
} from './classifyTicket';
export { categoryPosterior, defaultCategoryParents, keywordWeight } from './categoryPosterior';
export { categoriesForLabels, itServiceTicketCategories } from './datasetCategories';
export { defaultTextModel } from './defaultTextModel';
export { contextSignals, isOwnApi, type ContextSignal } from './context/contextSignals';
export { matchKeywordRules, ruleText, type KeywordHit } from './rules/keywordRules';
export { normalizeTicketText, stripQuotedReply, maxTicketTokens } from './text/normalizeTicketText';
export {
  ticketFeatures,
  termWeight,
  type FeatureSpec,
  type SparseVector,
} from './text/ticketFeatures';
export { charGrams, wordHash, wordBucket, pairBucket } from './text/featureHashes';
export { TextScorer, textScorer } from './text/textScorer';
export {
  loadTextModel,
  storeTextModel,
  defaultPrune,
  textModelSchema,
  textModelFormat,
  textModelVersion,
  TextModelError,
  type StoredTextModel,
  type TextModel,
} from './text/textModel';
export {
  trainTextModel,
  defaultFeatureSpec,
  type LabelledText,
  type TrainOptions,
  type TrainResult,
} from './text/trainTextModel';
export { predictText, type PredictOptions, type TextPrediction } from './text/predictText';
export { explainText, type TermWeight } from './text/explainText';
export { scoreLabels, type LabelScore, type LabelScores } from './text/scoreLabels';
export { stratifiedSplit, type SplitOptions } from './text/stratifiedSplit';
export { calibrateTemperature, meanLogLoss } from './text/calibrateTemperature';
export { ticketTerms, stemTerm } from './terms/ticketTerms';
export { errorSignature, requestPath, errorMessageShape } from './incident/errorSignature';
export {
  assignIncident,
  termOverlap,
  type IncidentCandidate,
  type IncidentGroup,
  type IncidentOptions,
} from './incident/assignIncident';
export {
  suggestProblems,
  type ProblemHistoryItem,
  type ProblemSuggestion,
  type ProblemOptions,
} from './incident/suggestProblems';
export {
  matchKnownIssues,
  type KnownIssueDraft,
  type KnownIssueMatch,
  type MatchOptions,
} from './knownIssues/matchKnownIssues';
