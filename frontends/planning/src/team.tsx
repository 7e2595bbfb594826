import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetailFragment, TeamRole } from './generated/graphql.js';
import { AddTeamMemberMutation, RemoveTeamMemberMutation } from './operations.js';
import { removeColumn } from './remove-column.js';
import type { PlanSectionProps } from './targets.js';

type Member = PlanDetailFragment['team'][number];

interface MemberFields {
  fullName: string;
  role: TeamRole;
  agencyName?: string;
  position?: string;
  username?: string;
}

const ROLES: TeamRole[] = ['LEAD', 'DEPUTY_LEAD', 'MEMBER', 'SECRETARY'];
const blankToNull = (value: string | undefined) => value?.trim() || null;

/** The inspection team: members with their role, agency and position. */
export function PlanTeam({ plan, canEdit, run }: PlanSectionProps) {
  const { t } = useTranslation('planning');
  const [form] = Form.useForm<MemberFields>();
  const [addMember, adding] = useMutation(AddTeamMemberMutation);
  const [removeMember] = useMutation(RemoveTeamMemberMutation);
  const editable = canEdit && (plan.status === 'DRAFT' || plan.status === 'APPROVED');
  const add = (fields: MemberFields) =>
    run(async () => {
      await addMember({
        variables: {
          planId: plan.id,
          version: plan.version,
          member: {
            fullName: fields.fullName.trim(),
            role: fields.role,
            agencyName: blankToNull(fields.agencyName),
            position: blankToNull(fields.position),
            username: blankToNull(fields.username),
          },
        },
      });
      form.resetFields();
    }, form);
  return (
    <Card title={<span data-testid="team-title">{t('team', { count: plan.team.length })}</span>}>
      <Table<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.team}
        columns={[
          { title: t('fullName'), dataIndex: 'fullName' },
          { title: t('role'), dataIndex: 'role', render: (role: TeamRole) => t(`roles.${role}`) },
          { title: t('position'), dataIndex: 'position' },
          { title: t('agency'), dataIndex: 'agencyName' },
          ...removeColumn<Member>(
            editable,
            (member) => member.fullName,
            (member) =>
              run(() =>
                removeMember({ variables: { planId: plan.id, version: plan.version, memberId: member.id } }),
              ),
          ),
        ]}
      />
      {editable && (
        <Form<MemberFields>
          form={form}
          layout="inline"
          onFinish={add}
          style={{ marginTop: 16, rowGap: 8 }}
          initialValues={{ role: 'MEMBER' }}
        >
          <Form.Item
            name="fullName"
            label={t('fullName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('required', { field: t('fieldNames.fullName') }),
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('role')}>
            <Select<TeamRole>
              style={{ width: 170 }}
              options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            />
          </Form.Item>
          <Form.Item name="position" label={t('position')}>
            <Input />
          </Form.Item>
          <Form.Item name="agencyName" label={t('agency')}>
            <Input />
          </Form.Item>
          <Form.Item name="username" label={t('username')}>
            <Input />
          </Form.Item>
          <Space>
            <Button htmlType="submit" loading={adding.loading}>
              {t('addMember')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
