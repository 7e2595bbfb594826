import { Alert, Button, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem, type Problem, reasonOf, withFields } from './errors.js';
import { i18n } from './i18n.js';

/**
 * A server's reason in the user's words: a known one translated; an unknown one verbatim in English only,
 * never English text on a Vietnamese screen.
 */
export function sayReason(message: string): string {
  const reason = reasonOf(message);
  if (reason) return i18n.t(`common:reasons.${reason.key}`, reason.values);
  return i18n.language === 'en' && message ? message : i18n.t('common:reasons.unknown');
}

/** What the server refused and why, one reason per field it named (or its message). */
function reasonsOf(problem: Problem): string[] {
  const messages = Object.values(problem.fields);
  return [...new Set((messages.length ? messages : [problem.message]).map(sayReason))];
}

/** A failed operation said in the user's language, with the server's reason for refused input; a conflict offers to reload. */
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
      description={problem.kind === 'badInput' ? reasonsOf(problem).join(' ') : undefined}
      action={action}
      data-testid="problem"
    />
  );
}

/**
 * Puts BAD_USER_INPUT reasons next to the form fields they name; returns what is left for a banner (a conflict,
 * no right, the network, a reason naming no field of this form), or null when the fields say it all.
 */
export function showFieldErrors(form: FormInstance, error: unknown): Problem | null {
  const problem = describeProblem(error);
  const named = Object.keys(problem.fields);
  if (problem.kind !== 'badInput' || named.length === 0) return problem;
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  form.setFields(
    named
      .filter((name) => known.has(name))
      .map((name) => ({ name, errors: [sayReason(problem.fields[name] ?? '')] })),
  );
  const left = named.filter((name) => !known.has(name));
  return left.length ? withFields(problem, left) : null;
}
