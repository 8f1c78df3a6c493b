import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFormState } from './useProjectForm';
import { useProblemText } from './FormRow';

/**
 * The pupils declaration, asked as a question with its consequence: whether the evidence shows
 * pupils (faces, voices, names) and, if so, that the school holds the parents' authorisations.
 * Saved with the rest of the form (autosave); submitting needs it.
 */
export function PupilsDeclaration({ state, editing }: { state: ProjectFormState; editing: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const { form, set, problems } = state;
  const showsProblem = editing ? problems.evidenceShowsPupils : undefined;
  const heldProblem = editing ? problems.parentalAuthorisationsHeld : undefined;
  const choose = (value: 'true' | 'false') => {
    set('evidenceShowsPupils', value);
    if (value === 'false') set('parentalAuthorisationsHeld', '');
  };
  return (
    <fieldset className="pupils-declaration" aria-describedby={`${id}-help`} aria-invalid={showsProblem ? true : undefined}>
      <legend>{t('privacy.declarationTitle')}</legend>
      <p id={`${id}-question`} className="question">{t('privacy.declarationQuestion')}</p>
      <p id={`${id}-help`} className="hint">{t('privacy.declarationHelp')}</p>
      <div role="radiogroup" aria-labelledby={`${id}-question`}>
        <label className="radio">
          <input type="radio" name={`${id}-shows`} value="true" checked={form.evidenceShowsPupils === 'true'}
            disabled={!editing} onChange={() => choose('true')} />
          <span>{t('privacy.showsYes')}</span>
        </label>
        <label className="radio">
          <input type="radio" name={`${id}-shows`} value="false" checked={form.evidenceShowsPupils === 'false'}
            disabled={!editing} onChange={() => choose('false')} />
          <span>{t('privacy.showsNo')}</span>
        </label>
      </div>
      {showsProblem && <p className="field-error">{problemText(showsProblem)}</p>}
      {form.evidenceShowsPupils === 'true' && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={form.parentalAuthorisationsHeld === 'true'} disabled={!editing}
              aria-invalid={heldProblem ? true : undefined} aria-describedby={heldProblem ? `${id}-held-error` : undefined}
              onChange={(e) => set('parentalAuthorisationsHeld', e.target.checked ? 'true' : '')} />
            <span>{t('privacy.authorisationsHeld')}</span>
          </label>
          {heldProblem && <p id={`${id}-held-error`} className="field-error">{problemText(heldProblem)}</p>}
        </>
      )}
    </fieldset>
  );
}
