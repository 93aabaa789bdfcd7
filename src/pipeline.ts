/**
 * The Arabic pipeline: one explicit ordered list of pure stages. The runner
 * checks at build time that each stage's required layers come from an
 * earlier stage.
 */
import { buildPipeline } from "./core/pipeline.js";
import type { AnyStage, Pipeline } from "./core/pipeline.js";
import { clausesStage } from "./stages/clauses.js";
import { entitiesStage } from "./stages/entities.js";
import { eventsStage } from "./stages/events.js";
import type { Layers, Resources } from "./stages/layers.js";
import { mentionsStage } from "./stages/mentions.js";
import { quotesStage } from "./stages/quotes.js";
import { sentencesStage, timesStage, tokensStage } from "./stages/text.js";
import { triggersStage } from "./stages/triggers.js";

export const ARABIC_STAGES: readonly AnyStage<Layers, Resources>[] = [
  tokensStage,
  sentencesStage,
  timesStage,
  mentionsStage,
  entitiesStage,
  triggersStage,
  clausesStage,
  quotesStage,
  eventsStage,
];

export function arabicPipeline(): Pipeline<Layers, Resources> {
  return buildPipeline<Layers, Resources>(ARABIC_STAGES);
}
