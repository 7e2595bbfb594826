import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeProblem, ProblemAlert, showFieldErrors, useLanguage } from '@cchc/web-shared';
import { Alert, Button, Flex, Form, message, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from './area-section.js';
import { FindingDetailQuery, FindingHistoryQuery, UpdateFindingMutation } from './detail.operations.js';
import { COMPARED, type Compared, differingParts, fieldsOfFinding, findingUpdateOf } from './finding-edit.js';
import { FindingFieldItems, type FindingFields } from './finding-fields.js';
import type { FindingContentFragment as FindingContent } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { WRAPPING } from './text-style.js';

interface FindingEditorProps {
  finding: FindingContent;
  area: Area;
  unitId: string;
  period: string;
  onDone: () => void;
}

/**
 * Edits a finding from the version it was read at. A stale save gets CONFLICT: the saved version is read
 * again and set beside what the user typed, which stays in the form until they keep theirs or take the saved one.
 */
export function FindingEditor({ finding, area, unitId, period, onDone }: FindingEditorProps) {
  const { t } = useTranslation('findings');
  const client = useApolloClient();
  const [form] = Form.useForm<FindingFields>();
  // The version this edit started from, not the cache's: a later read must not turn a stale save into a fresh one.
  const [baseVersion, setBaseVersion] = useState(finding.version);
  const [theirs, setTheirs] = useState<FindingContent | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const mine = Form.useWatch((values: FindingFields) => values, { form, preserve: true });
  const [update, updating] = useMutation(UpdateFindingMutation, { refetchQueries: [FindingHistoryQuery] });
  const send = async (fields: FindingFields, version: number, over: FindingContent) => {
    setProblem(null);
    try {
      await update({ variables: { id: finding.id, version, finding: findingUpdateOf(over, fields) } });
      void message.success(t('detail.saved'));
      onDone();
    } catch (error) {
      if (describeProblem(error).kind !== 'conflict') return setProblem(showFieldErrors(form, error));
      await readTheirs(error);
    }
  };
  const readTheirs = async (conflict: unknown) => {
    try {
      const { data } = await client.query({
        query: FindingDetailQuery,
        variables: { id: finding.id },
        fetchPolicy: 'network-only',
      });
      const saved = data?.findings.nodes[0];
      if (saved) setTheirs(saved);
      else setProblem(conflict);
    } catch (reading) {
      setProblem(reading);
    }
  };
  const takeTheirs = (saved: FindingContent) => {
    form.resetFields();
    form.setFieldsValue(fieldsOfFinding(saved));
    setBaseVersion(saved.version);
    setTheirs(null);
  };
  const keepMine = async (saved: FindingContent) => {
    const fields = await form.validateFields().catch(() => null);
    if (!fields) return;
    setBaseVersion(saved.version);
    setTheirs(null);
    await send(fields, saved.version, saved);
  };
  return (
    <Form<FindingFields>
      form={form}
      name="finding-edit"
      layout="vertical"
      initialValues={fieldsOfFinding(finding)}
      onFinish={(fields) => send(fields, baseVersion, theirs ?? finding)}
    >
      <ProblemAlert error={problem} />
      {theirs && mine && (
        <ConflictView
          theirs={theirs}
          mine={mine}
          area={area}
          onKeepMine={() => void keepMine(theirs)}
          onTakeTheirs={() => takeTheirs(theirs)}
          busy={updating.loading}
        />
      )}
      <FindingFieldItems
        form={form}
        area={area}
        unitId={unitId}
        period={period}
        kinds={finding.kind === 'STRENGTH' ? ['STRENGTH'] : ['LIMITATION', 'VIOLATION']}
      />
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={updating.loading} disabled={!!theirs}>
          {t('detail.save')}
        </Button>
        <Button onClick={onDone}>{t('detail.cancel')}</Button>
      </Space>
    </Form>
  );
}

interface ConflictViewProps {
  theirs: FindingContent;
  mine: FindingFields;
  area: Area;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}

/** The saved version beside the user's, part by part, the parts that differ marked. */
function ConflictView({ theirs, mine, area, onKeepMine, onTakeTheirs, busy }: ConflictViewProps) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { byCode } = useIndicatorCatalog();
  const saved = fieldsOfFinding(theirs);
  const differing = differingParts(saved, mine);
  const criterionName = (code: string | null | undefined) => {
    if (!code) return t('detail.noCriterion');
    const criterion = area.criteria
      .flatMap((top) => [top, ...top.subCriteria])
      .find((candidate) => candidate.code === code);
    return criterion ? `${code} ${language === 'en' ? criterion.nameEn : criterion.nameVi}` : code;
  };
  const evidenceOf = (fields: FindingFields) => {
    if (fields.evidenceKind === 'indicator' && fields.indicatorCode) {
      const indicator = byCode.get(fields.indicatorCode);
      const name = indicator ? (language === 'en' ? indicator.nameEn : indicator.nameVi) : '';
      return `${t('evidenceKinds.indicator')}: ${name}`;
    }
    if (fields.evidenceKind === 'observed')
      return `${fields.observedLabel ?? ''}: ${fields.observedValue ?? ''}`;
    return t('evidenceKinds.none');
  };
  const say = (fields: FindingFields): Record<Compared, string> => ({
    kind: t(`common:findingKinds.${fields.kind}`),
    severity: t(`severities.${fields.severity}`),
    criterion: criterionName(fields.criterionCode),
    text: fields.text,
    evidence: evidenceOf(fields),
  });
  const [left, right] = [say(saved), say(mine)];
  const labels: Record<Compared, string> = {
    kind: t('kind'),
    severity: t('severity'),
    criterion: t('criterion'),
    text: t('text'),
    evidence: t('evidence'),
  };
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('detail.conflict.title')}
      description={
        <Flex vertical gap="small" data-testid="conflict">
          <span>{t('detail.conflict.hint')}</span>
          <Table
            size="small"
            pagination={false}
            rowKey="part"
            columns={[
              {
                title: t('detail.conflict.field'),
                dataIndex: 'label',
                width: 140,
                render: (label: string, row) => (
                  <>
                    {label}{' '}
                    {row.differs && (
                      <Tag variant="solid" color="#874d00">
                        {t('detail.conflict.differs')}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('detail.conflict.theirs', { version: theirs.version }),
                dataIndex: 'theirs',
                render: (text: string) => (
                  <span data-testid="conflict-theirs" style={WRAPPING}>
                    {text}
                  </span>
                ),
              },
              {
                title: t('detail.conflict.mine'),
                dataIndex: 'mine',
                render: (text: string) => (
                  <span data-testid="conflict-mine" style={WRAPPING}>
                    {text}
                  </span>
                ),
              },
            ]}
            dataSource={COMPARED.map((part) => ({
              part,
              label: labels[part],
              theirs: left[part],
              mine: right[part],
              differs: differing.has(part),
            }))}
          />
          <Space wrap>
            <Button type="primary" onClick={onKeepMine} loading={busy}>
              {t('detail.conflict.keepMine')}
            </Button>
            <Button onClick={onTakeTheirs}>{t('detail.conflict.takeTheirs')}</Button>
          </Space>
        </Flex>
      }
    />
  );
}
