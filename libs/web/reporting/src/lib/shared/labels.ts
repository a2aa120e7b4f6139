import { type ReportingStage } from '@techpact/contracts';
import { type I18nService, type TranslationKey, isKnownKey } from '@techpact/web/i18n';

/** `agreement.awaitingSignature` → `agreementAwaitingSignature`, the key of the cases dictionary. */
function camel(state: string): string {
  return state.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** A state or stage name as people read it; the raw name when this build does not know it. */
export function stateLabel(state: string, i18n: I18nService): string {
  const candidates = [`cases.states.${camel(state)}`, `cases.steps.${state}`];
  const key = candidates.find(isKnownKey);
  return key ? i18n.t(key) : state;
}

export function stageKey(stage: ReportingStage): TranslationKey {
  return `cases.steps.${stage}`;
}
