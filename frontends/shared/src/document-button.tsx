import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadDocument } from './documents.js';
import { ProblemAlert } from './problem.js';

/**
 * A document made on the server: while it is being made the button spins and says so, the rest of the page
 * stays usable; a refusal shows under it in the user's words.
 */
export function DocumentButton(props: { path: string; label: string; ariaLabel?: string; testId: string }) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await downloadDocument(props.path);
      void message.success(t('documents.done', { file }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={4} style={{ display: 'inline-flex' }}>
      <Flex gap="small" align="center" wrap>
        <Button
          size="small"
          loading={busy}
          aria-label={props.ariaLabel}
          data-testid={props.testId}
          onClick={() => void download()}
        >
          {props.label}
        </Button>
        <span role="status">{busy && t('documents.generating')}</span>
      </Flex>
      <ProblemAlert error={error} />
    </Flex>
  );
}
