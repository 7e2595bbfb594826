import { DATE_FORMAT, ProblemAlert, useLanguage, useSession } from '@cchc/web-shared';
import { Alert, App, Button, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { KindTag } from './labels.js';
import type { QueuedFinding } from './offline-queue.js';
import { findingQueue } from './offline-store.js';
import { useSendFinding } from './queued-save.js';
import { WRAPPING } from './text-style.js';

/** How often waiting findings are sent again while the page is open. */
const RETRY_MS = 15_000;

/**
 * Sends the user's waiting findings: now (the page opened, or the user logged in again), when the browser is
 * back online, and every few seconds while some wait. Returns a way to send them at once.
 */
function useQueueSender(username: string | undefined) {
  const send = useSendFinding();
  const { t } = useTranslation('findings');
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const flush = async () => {
    if (!username) return;
    setSending(true);
    try {
      const saved = await findingQueue.flush(username, send);
      if (saved) void message.success(t('offline.sent', { count: saved }));
    } finally {
      setSending(false);
    }
  };
  // The triggers are set up once per user, and call the latest render's flush (its words, its client).
  const latest = useRef(flush);
  latest.current = flush;
  useEffect(() => {
    if (!username) return;
    const flushNow = () => void latest.current();
    flushNow();
    window.addEventListener('online', flushNow);
    const timer = setInterval(() => {
      if (findingQueue.waiting(username).length > 0) flushNow();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', flushNow);
      clearInterval(timer);
    };
  }, [username]);
  return { flush, sending };
}

/**
 * The findings typed for this target that the platform does not have yet, marked "not yet saved": sent by
 * themselves when it can be reached, or at once on demand; each can be removed after a confirmation.
 */
export function PendingFindings({ targetId }: { targetId: string }) {
  const { t } = useTranslation('findings');
  const { user } = useSession();
  const { flush, sending } = useQueueSender(user?.username);
  const entries = useSyncExternalStore(findingQueue.subscribe, findingQueue.getSnapshot).filter(
    (entry) => entry.username === user?.username && entry.targetId === targetId,
  );
  if (entries.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="pending-findings"
      style={{ marginBottom: 16 }}
      title={t('offline.title', { count: entries.length })}
      action={
        <Button onClick={() => void flush()} loading={sending}>
          {t('offline.sendNow')}
        </Button>
      }
      description={
        <List
          size="small"
          dataSource={entries}
          rowKey="clientKey"
          renderItem={(entry) => <PendingFinding entry={entry} />}
        />
      }
    />
  );
}

/** Solid tags with white text, dark enough for AA contrast. */
const NOT_SAVED_COLOR = '#ad4e00';
const REFUSED_COLOR = '#a8071a';

function PendingFinding({ entry }: { entry: QueuedFinding }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const typedAt = dayjs(entry.typedAt);
  const facts = [
    t('offline.typedAt', { time: typedAt.format(`HH:mm ${DATE_FORMAT}`) }),
    entry.attempts > 0 && t('offline.attempts', { count: entry.attempts }),
    entry.lastProblem && !entry.refusal && t(`offline.lastProblem.${entry.lastProblem}`),
  ].filter(Boolean);
  return (
    <List.Item
      data-testid="pending-finding"
      actions={[
        <Popconfirm
          key="remove"
          title={t('offline.removeConfirm')}
          okText={t('offline.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('offline.keep')}
          onConfirm={() => findingQueue.remove(entry.clientKey)}
        >
          <Button danger size="small">
            {t('offline.remove')}
          </Button>
        </Popconfirm>,
      ]}
    >
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Flex gap="small" wrap align="center">
          <Tag variant="solid" color={entry.refusal ? REFUSED_COLOR : NOT_SAVED_COLOR}>
            {t(entry.refusal ? 'offline.refused' : 'offline.notSaved')}
          </Tag>
          <KindTag kind={entry.finding.kind} />
          <Typography.Text strong>
            {language === 'en' ? entry.area.nameEn : entry.area.nameVi}
          </Typography.Text>
        </Flex>
        <Typography.Text style={WRAPPING}>{entry.finding.text}</Typography.Text>
        <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
        {entry.refusal && (
          <>
            <ProblemAlert error={entry.refusal} />
            <Typography.Text>{t('offline.refusedHint')}</Typography.Text>
          </>
        )}
      </Flex>
    </List.Item>
  );
}
