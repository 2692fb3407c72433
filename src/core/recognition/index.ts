// Recognition of names (entities) and figures in news text, linked across the sources of a
// workspace. See docs/decisions/recognition.md.
export { recognizeWorkspace, WorkspaceRecognizer, type RecognitionResult, type RecognizerOptions, type UpsertInSlices } from './workspaceRecognizer';
export {
  parseGazetteer, addGazetteerEntity, addGazetteerIgnore, suggestEntityId,
  type GazetteerParseResult, type GazetteerEdit, type NewGazetteerEntity, type GazetteerEntry,
} from './gazetteer';
export type { TeamGazetteer } from './gazetteer';
export { slugify as entityIdFor } from './linking/keys';
