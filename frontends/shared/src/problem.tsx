import { Alert, Button, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem, type Problem } from './errors.js';

/** A failed operation said in the user's language; a conflict offers to reload. */
export function ProblemAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const problem = describeProblem(error);
  const action =
    problem.kind === 'conflict' && onReload ? (
      <Button size="small" onClick={onReload}>
        {t('problem.reload')}
      </Button>
    ) : undefined;
  return (
    <Alert
      role="alert"
      type={problem.kind === 'unavailable' ? 'warning' : 'error'}
      showIcon
      title={t(`problem.${problem.kind}`)}
      description={
        problem.kind === 'badInput' && Object.keys(problem.fields).length === 0 ? problem.message : undefined
      }
      action={action}
    />
  );
}

/**
 * Puts BAD_USER_INPUT messages next to the fields they name; returns the problem for whatever is left
 * (a conflict, no right, the network).
 */
export function showFieldErrors(form: FormInstance, error: unknown): Problem {
  const problem = describeProblem(error);
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = Object.entries(problem.fields).filter(([name]) => known.has(name));
  form.setFields(fields.map(([name, message]) => ({ name, errors: [message] })));
  return problem;
}
