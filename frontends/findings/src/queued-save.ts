import { useApolloClient } from '@apollo/client/react';
import { useSession } from '@cchc/web-shared';
import { useCallback, useState } from 'react';
import type { FindingInput } from './generated/graphql.js';
import { newClientKey, type QueuedFinding, type Send, type SendResult } from './offline-queue.js';
import { findingQueue } from './offline-store.js';
import { FindingsQuery, RecordFindingMutation } from './operations.js';

/** Sends a queued finding with its clientKey through the page's client; the unit's findings are read again. */
export function useSendFinding(): Send {
  const client = useApolloClient();
  return useCallback(
    (entry: QueuedFinding) =>
      client.mutate({
        mutation: RecordFindingMutation,
        variables: { targetId: entry.targetId, finding: { ...entry.finding, clientKey: entry.clientKey } },
        refetchQueries: [FindingsQuery],
      }),
    [client],
  );
}

/** The quick form's save: the finding is kept in this browser first, then sent (see FindingQueue.saveTyped). */
export function useQueuedSave(targetId: string, area: QueuedFinding['area']) {
  const send = useSendFinding();
  const { user } = useSession();
  const [saving, setSaving] = useState(false);
  const save = async (finding: FindingInput): Promise<SendResult> => {
    setSaving(true);
    try {
      return await findingQueue.saveTyped(
        {
          clientKey: newClientKey(),
          username: user?.username ?? '',
          targetId,
          area: { code: area.code, nameVi: area.nameVi, nameEn: area.nameEn },
          finding,
          typedAt: new Date().toISOString(),
          attempts: 0,
          lastProblem: null,
          refusal: null,
        },
        send,
      );
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
